package crosscheck.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * One quantity an article states, normalised and tied to what it measures.
 *
 * @param kind what sort of quantity
 * @param value the normalised value: exact decimal for counts, percents and money, seconds for durations;
 *     for dates the epoch day (see {@link #date()})
 * @param date the ISO date for {@link Kind#DATE} facts ({@code 2022-10-15}), null otherwise
 * @param unit for counts the counted concept id (e.g. {@code users}); {@code %}; {@code s}; ISO 4217 code; null
 * @param qualifier approximation or bound stated with the number
 * @param concepts lexicon concept ids found in the clause around the number (what is measured)
 * @param entities entity ids found in the clause
 * @param text the exact words of the article that state the quantity
 * @param start start offset of {@code text} in the article body
 * @param end end offset (exclusive) of {@code text} in the article body
 * @param sentence the sentence the quantity is in
 */
public record Fact(
    Kind kind,
    BigDecimal value,
    String date,
    String unit,
    Qualifier qualifier,
    List<String> concepts,
    List<String> entities,
    String text,
    int start,
    int end,
    String sentence) {

  public Fact {
    concepts = List.copyOf(concepts);
    entities = List.copyOf(entities);
  }

  /** The sorts of quantity crosscheck extracts. */
  public enum Kind {
    COUNT, PERCENT, DURATION, MONEY, DATE;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** How exactly the article states the number. */
  public enum Qualifier {
    EXACT, ABOUT, MORE_THAN, LESS_THAN, NEARLY, UP_TO, AT_LEAST;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }
}
