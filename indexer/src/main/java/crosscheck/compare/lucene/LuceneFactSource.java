package crosscheck.compare.lucene;

import crosscheck.compare.ComparedFact;
import crosscheck.compare.FactFilter;
import crosscheck.compare.FactSource;
import crosscheck.index.Searchers;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;

/**
 * The facts of a Lucene index for comparison, read through a searcher manager: a server's, refreshed as the
 * index changes, or one over a single reader for a command. Facts are read again from the same reader version
 * they were grouped from, or not at all.
 */
public final class LuceneFactSource implements FactSource {

  private final ReferenceManager<IndexSearcher> searchers;

  public LuceneFactSource(ReferenceManager<IndexSearcher> searchers) {
    this.searchers = searchers;
  }

  @Override
  public Facts facts(FactFilter filter) {
    return with(searcher -> LuceneFactReader.read(searcher, filter));
  }

  @Override
  public long version() {
    return with(LuceneFactReader::version);
  }

  @Override
  public Optional<List<ComparedFact>> load(long version, int[] refs) {
    return with(searcher -> LuceneFactReader.version(searcher) == version
        ? Optional.of(LuceneFactReader.load(searcher, refs)) : Optional.empty());
  }

  private <T> T with(Searchers.Work<T> work) {
    return Searchers.with(searchers, work);
  }
}
