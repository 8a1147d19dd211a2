package crosscheck.compare;

import crosscheck.facts.Fact;
import crosscheck.lexicon.Entry;
import crosscheck.lexicon.Lexicon;
import crosscheck.lexicon.Match;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves a question typed in any of the five languages, or a mix ("Kakao 사용자 lost"), to lexicon concepts
 * and entities: the question is matched with each language's analysis ({@link Lexicon#find}), so each word is
 * found in the language it is written in. Cue words ({@code question-kinds.tsv}) say which kind of quantity
 * is asked for.
 */
public final class QuestionResolver {

  /** The languages a question is read in. */
  public static final List<String> LANGUAGES = List.of("zh", "ko", "id", "en", "fr");

  private static final List<Map.Entry<String, Fact.Kind>> CUES = cues();

  private final Lexicon lexicon;

  public QuestionResolver(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  public Question resolve(String text) {
    Map<String, Entry> concepts = new LinkedHashMap<>();
    Map<String, Entry> entities = new LinkedHashMap<>();
    List<Match> matches = new ArrayList<>();
    for (String lang : LANGUAGES) {
      matches.addAll(lexicon.find(text, lang));
    }
    matches.sort(Comparator.comparingInt(Match::start));
    for (Match m : matches) {
      if (m.entry().kind() == Entry.Kind.ENTITY) {
        if (spelledAsAlias(text.substring(m.start(), m.end()), m.entry())) {
          entities.putIfAbsent(m.entry().id(), m.entry());
        }
      } else {
        concepts.putIfAbsent(m.entry().id(), m.entry());
      }
    }
    return new Question(text, List.copyOf(concepts.values()), List.copyOf(entities.values()), kind(text));
  }

  /**
   * A name in a question must be written as one of its aliases: a question is read with all five analyzers, and
   * a stemmer can turn a common word into a short alias ("was" into WA, WhatsApp).
   */
  private static boolean spelledAsAlias(String surface, Entry entity) {
    String s = normal(surface.replaceFirst("['’]s$", ""));
    for (List<String> aliases : entity.terms().values()) {
      for (String alias : aliases) {
        if (normal(alias).equals(s)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
  }

  /** The kind the question's cue words ask for, longest cue first; null when none. */
  static Fact.Kind kind(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Fact.Kind> cue : CUES) {
      if (lower.contains(cue.getKey())) {
        return cue.getValue();
      }
    }
    return null;
  }

  private static List<Map.Entry<String, Fact.Kind>> cues() {
    List<Map.Entry<String, Fact.Kind>> out = new ArrayList<>();
    for (String[] row : Resources.rows("question-kinds.tsv")) {
      Fact.Kind kind = Fact.Kind.valueOf(row[0].strip().toUpperCase(Locale.ROOT));
      for (String cue : row[1].split("\\|")) {
        if (!cue.isBlank()) {
          out.add(Map.entry(cue.strip().toLowerCase(Locale.ROOT), kind));
        }
      }
    }
    out.sort(Comparator.comparingInt((Map.Entry<String, Fact.Kind> e) -> -e.getKey().length()));
    return List.copyOf(out);
  }
}
