package crosscheck.search;

import java.util.List;

/**
 * One article as the API shows it, with its facts.
 *
 * @param body the cleaned article text
 * @param facts the quantities it reports, in text order
 * @param related articles in other languages that cover the same story, most related first
 */
public record ArticleView(
    String id, String path, String lang, String script, String title, String source, String published,
    String author, String url, String body, List<String> concepts, List<String> entities, List<FactView> facts,
    List<Related> related) {

  /**
   * One fact of the article.
   *
   * @param value a number, or an ISO date string for dates
   * @param span start and end offsets of {@code text} in the body
   */
  public record FactView(
      String kind, Object value, String unit, String qualifier, List<String> concepts, List<String> entities,
      String text, int[] span, String sentence) {}

  /**
   * A related article and why.
   *
   * @param shared the language-neutral evidence both articles share (entity, concept ids, numbers)
   */
  public record Related(String id, String lang, String title, String source, double score, List<String> shared) {}
}
