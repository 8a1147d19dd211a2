package crosscheck.compare;

import crosscheck.facts.Fact;
import java.util.List;
import java.util.Set;

/**
 * Facts of several articles that measure the same thing: same kind, compatible units, overlapping measured
 * concepts, compatible subjects, same story (see {@link FactGrouper}).
 *
 * @param label what is measured, built from the shared concept ids: "users: loss", "duration: outage"
 * @param unit the counted unit, %, s, currency code; null for dates
 * @param concepts the concepts the label names, most widely reported first
 * @param measured every concept and unit the group's facts measure (a question is matched against these)
 * @param stories the roots of the organisations, products and people its articles name
 * @param facts one fact per article and value, ordered by language, source and position: all of them, or in an
 *     answer that shows a limited number those shown (see {@link FactComparison})
 * @param factCount how many facts the group has (the agreement is over all of them)
 */
public record FactGroup(
    String label, Fact.Kind kind, String unit, List<String> concepts, Set<String> measured, Set<String> stories,
    List<ComparedFact> facts, int factCount, Agreement agreement) {

  public FactGroup {
    concepts = List.copyOf(concepts);
    measured = Set.copyOf(measured);
    stories = Set.copyOf(stories);
    facts = List.copyOf(facts);
    if (factCount < facts.size()) {
      throw new IllegalArgumentException(factCount + " facts counted, " + facts.size() + " given");
    }
  }

  /** A group with all its facts. */
  public FactGroup(String label, Fact.Kind kind, String unit, List<String> concepts, Set<String> measured,
      Set<String> stories, List<ComparedFact> facts, Agreement agreement) {
    this(label, kind, unit, concepts, measured, stories, facts, facts.size(), agreement);
  }

  /** The same group with other facts of it: those shown, or none in a compact form. */
  FactGroup withFacts(List<ComparedFact> shown) {
    return new FactGroup(label, kind, unit, concepts, measured, stories, shown, factCount, agreement);
  }
}
