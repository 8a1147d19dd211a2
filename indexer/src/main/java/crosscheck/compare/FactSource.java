package crosscheck.compare;

import java.util.List;
import java.util.function.Function;

/** Where comparison reads facts from: one implementation per index engine (see {@code crosscheck.compare.lucene}). */
public interface FactSource {

  /** Every fact the filter lets through, in any order. I/O errors are unchecked. */
  List<ComparedFact> facts(FactFilter filter);

  /**
   * What the source holds now: while the version stays the same, {@link #facts} returns the same facts (a Lucene
   * index's reader version; it changes when a refresh picks up a commit). Comparison caches its groups by it.
   */
  long version();

  /** A source whose facts never change while it is used (a command's one reader, a test's list). */
  static FactSource unchanging(Function<FactFilter, List<ComparedFact>> read) {
    return new FactSource() {
      @Override
      public List<ComparedFact> facts(FactFilter filter) {
        return read.apply(filter);
      }

      @Override
      public long version() {
        return 0;
      }
    };
  }
}
