package crosscheck.search.lucene;

import crosscheck.index.Searchers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The open index: one {@link SearcherManager} for the whole server, refreshed every few seconds so that a
 * re-index by the command line shows up without a restart. {@link IndexSearcher} is thread-safe; callers
 * acquire one per request and release it.
 */
public final class LuceneIndex implements AutoCloseable {

  private final Directory directory;
  private final SearcherManager manager;
  private final ScheduledExecutorService refresher;

  private LuceneIndex(Directory directory, SearcherManager manager) {
    this.directory = directory;
    this.manager = manager;
    this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "index-refresher");
      t.setDaemon(true);
      return t;
    });
    refresher.scheduleWithFixedDelay(this::refresh, 5, 5, TimeUnit.SECONDS);
  }

  /** Opens an existing index; fails with a clear message when the folder holds none. */
  public static LuceneIndex open(Path path) throws IOException {
    Directory dir = FSDirectory.open(path);
    if (!DirectoryReader.indexExists(dir)) {
      dir.close();
      throw new IOException("no index at " + path + " (build one with crosscheck-indexer, or start with --corpus)");
    }
    return new LuceneIndex(dir, new SearcherManager(dir, null));
  }

  public <T> T withSearcher(Searchers.Work<T> work) {
    return Searchers.with(manager, work);
  }

  /** The searcher manager, for readers that acquire and release searchers themselves (fact comparison). */
  public ReferenceManager<IndexSearcher> searchers() {
    return manager;
  }

  /**
   * Runs an action after each refresh that opened a newer searcher, on the refresher thread (to prepare what
   * requests on the new index will need). A failure of the action is left to the request that needs it.
   */
  public void afterNewSearcher(Runnable action) {
    manager.addListener(new ReferenceManager.RefreshListener() {
      @Override
      public void beforeRefresh() {}

      @Override
      public void afterRefresh(boolean didRefresh) {
        if (didRefresh) {
          try {
            action.run();
          } catch (RuntimeException e) {
            // the next request computes it again and reports the error; refreshing must go on
          }
        }
      }
    });
  }

  /** Picks up a newer commit, if any. */
  public void refresh() {
    try {
      manager.maybeRefresh();
    } catch (IOException e) {
      // keep serving the last good searcher; the next refresh tries again
    }
  }

  @Override
  public void close() throws IOException {
    refresher.shutdownNow();
    manager.close();
    directory.close();
  }
}
