package crosscheck.compare;

import java.util.List;
import java.util.Optional;

/**
 * Where comparison reads facts from: one implementation per index engine (see {@code crosscheck.compare.lucene}).
 * Comparison keeps only a compact form of its groups and reads again the facts it answers with, by their refs.
 */
public interface FactSource {

  /**
   * Every fact the filter lets through, in any order, as the source holds them now, to be grouped: a fact whose
   * {@link ComparedFact#mentions()} are known may come without its sentence and title (null), which only the facts
   * an answer shows need, read again with {@link #load}. I/O errors are unchecked.
   */
  Facts facts(FactFilter filter);

  /**
   * What the source holds now: while the version stays the same, {@link #facts} returns the same facts (a Lucene
   * index's reader version; it changes when a refresh picks up a commit). Comparison caches its groups by it.
   */
  long version();

  /**
   * Facts read again by their refs, in the order of the refs, from the version they were read from; empty when
   * the source holds another version now (the refs may then mean other facts).
   */
  Optional<List<ComparedFact>> load(long version, int[] refs);

  /**
   * Facts as read from one version of a source.
   *
   * @param refs what {@link #load} reads each fact again by: {@code refs[i]} is the ref of {@code facts.get(i)}
   */
  record Facts(long version, List<ComparedFact> facts, int[] refs) {

    public Facts {
      facts = List.copyOf(facts);
      if (refs.length != facts.size()) {
        throw new IllegalArgumentException(refs.length + " refs for " + facts.size() + " facts");
      }
    }
  }
}
