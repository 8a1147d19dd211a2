package crosscheck.lang;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A vote by function words (the, de, yang, ...) among the Latin-script languages crosscheck supports: reliable
 * on the short texts where a character n-gram detector is unsure.
 */
final class FunctionWords {

  private static final Map<String, Set<String>> WORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "was", "for", "that", "with", "on", "by", "are", "it", "from"),
      "fr", Set.of("le", "la", "les", "des", "et", "est", "du", "une", "un", "dans", "pour", "que", "qui", "sur", "au", "aux", "pas"),
      "id", Set.of("yang", "dan", "di", "itu", "dengan", "untuk", "tidak", "ini", "dari", "pada", "ke", "akan", "adalah", "dalam", "juga"));

  /** Minimum votes, and the margin over the runner-up, for a decision. */
  private static final int MIN_VOTES = 3;

  private FunctionWords() {}

  /** The language whose function words dominate the text, or null when none clearly does. */
  static String vote(String text) {
    Map<String, Integer> votes = new java.util.HashMap<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      WORDS.forEach((lang, words) -> {
        if (words.contains(word)) {
          votes.merge(lang, 1, Integer::sum);
        }
      });
    }
    String best = null;
    int bestVotes = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (e.getValue() > bestVotes) {
        second = bestVotes;
        best = e.getKey();
        bestVotes = e.getValue();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return bestVotes >= MIN_VOTES && bestVotes >= 2 * second ? best : null;
  }
}
