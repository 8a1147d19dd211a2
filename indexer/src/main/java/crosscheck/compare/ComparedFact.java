package crosscheck.compare;

import crosscheck.facts.Fact;
import java.math.BigDecimal;
import java.util.List;

/**
 * One indexed fact with what is known of its article, as any index backend returns it for comparison.
 *
 * @param articleId the article's id (its path relative to the corpus)
 * @param title the article's headline
 * @param lang the article's language code
 * @param source the publication, or null when unknown (see {@link #sourceName()})
 * @param articleEntities ids of the named entities the whole article mentions: the story it belongs to
 * @param articleConcepts ids of the concepts the whole article mentions (tell stories that name nobody apart)
 * @param published the article's publication date, ISO day or month, or null when unknown
 * @param value normalised value (seconds for durations, epoch day for dates)
 * @param date ISO date of a date fact, null otherwise
 * @param at offset of {@code text} in {@code sentence}, or -1 when it cannot be located
 * @param mentions the lexicon's concepts and entities in {@code sentence} as the indexer's analysis of the body
 *     found them, in text order; null when not known (comparison then analyses the sentence)
 */
public record ComparedFact(
    String articleId, String title, String lang, String source, List<String> articleEntities,
    List<String> articleConcepts, String published,
    Fact.Kind kind, BigDecimal value, String date, String unit, Fact.Qualifier qualifier,
    List<String> concepts, List<String> entities, String text, int start, int end, String sentence, int at,
    List<Mention> mentions) {

  public ComparedFact {
    articleEntities = List.copyOf(articleEntities);
    articleConcepts = List.copyOf(articleConcepts);
    concepts = List.copyOf(concepts);
    entities = List.copyOf(entities);
    mentions = mentions == null ? null : List.copyOf(mentions);
  }

  /** A lexicon entry's id found at {@code [start, end)} of the sentence. */
  public record Mention(String id, int start, int end) {}

  /** Who reports the fact: the source's name, or the article's path when the source is unknown. */
  public String sourceName() {
    return source != null && !source.isBlank() ? source : articleId;
  }
}
