package crosscheck.compare;

import java.util.List;

/** Where comparison reads facts from: one implementation per index engine (see {@code crosscheck.compare.lucene}). */
@FunctionalInterface
public interface FactSource {

  /** Every fact the filter lets through, in any order. I/O errors are unchecked. */
  List<ComparedFact> facts(FactFilter filter);
}
