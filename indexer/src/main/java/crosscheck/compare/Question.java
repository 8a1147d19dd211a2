package crosscheck.compare;

import crosscheck.facts.Fact;
import crosscheck.lexicon.Entry;
import java.util.List;

/**
 * A fact-checker's question resolved against the lexicon.
 *
 * @param text the question as typed
 * @param concepts the concepts it names, in any of the five languages, in order of first appearance
 * @param entities the named entities it names
 * @param kind the kind of quantity it asks for ("how long" → duration), null when it does not say
 */
public record Question(String text, List<Entry> concepts, List<Entry> entities, Fact.Kind kind) {

  public Question {
    concepts = List.copyOf(concepts);
    entities = List.copyOf(entities);
  }

  public boolean isEmpty() {
    return concepts.isEmpty() && entities.isEmpty();
  }
}
