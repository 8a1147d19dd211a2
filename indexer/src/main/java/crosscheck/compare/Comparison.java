package crosscheck.compare;

import crosscheck.facts.Fact;
import java.util.List;
import java.util.Map;

/**
 * The answer to a question (or the corpus's fact sheet): what the question was resolved to and the groups.
 *
 * @param query the question as asked (empty for the overview)
 * @param concepts the lexicon concepts the question names, with their terms in every language
 * @param entities the named entities the question names
 * @param kind the kind of quantity the question asks for ("how long" → duration), null when it does not say
 */
public record Comparison(String query, List<Term> concepts, List<Term> entities, Fact.Kind kind, List<FactGroup> groups) {

  public Comparison {
    concepts = List.copyOf(concepts);
    entities = List.copyOf(entities);
    groups = List.copyOf(groups);
  }

  /** A lexicon entry the question names, with its terms per language. */
  public record Term(String id, Map<String, List<String>> terms) {}
}
