package crosscheck.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Whether a term occurs in an index reader's documents, remembered for that reader: {@link QueryBuilder} asks
 * about the lexicon's expansion terms only, so the answers are few and every query after the first reuses them.
 * A term no document has (deleted ones included) cannot match, whatever the query around it.
 */
final class IndexedTerms implements Predicate<Term> {

  private final IndexReader reader;
  private final Map<Term, Boolean> known = new ConcurrentHashMap<>();

  IndexedTerms(IndexReader reader) {
    this.reader = reader;
  }

  /** The remembered answers for {@code current}: these when it is this reader, new ones otherwise. */
  IndexedTerms forReader(IndexReader current) {
    return current == reader ? this : new IndexedTerms(current);
  }

  @Override
  public boolean test(Term term) {
    return known.computeIfAbsent(term, t -> {
      try {
        return reader.docFreq(t) > 0;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
