package crosscheck.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;

/** Work done with a searcher of a manager: acquired for the work and released after it, I/O errors unchecked. */
public final class Searchers {

  /** Work done with a searcher that may throw an I/O error. */
  public interface Work<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private Searchers() {}

  public static <T> T with(ReferenceManager<IndexSearcher> searchers, Work<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
