package crosscheck.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param query the query text
 * @param total how many articles match (with the filters)
 * @param page the page shown
 * @param size hits per page
 * @param hits the articles of this page, best first
 * @param facets per facet field (lang, script, source, month), value → count, each counted without its own filter
 * @param expansions the cross-language expansions the query used
 */
public record SearchResult(
    String query, long total, int page, int size, List<Hit> hits, Map<String, Map<String, Long>> facets,
    List<Expansion> expansions) {

  /**
   * One article in the results.
   *
   * @param snippet HTML: the article's text escaped, with {@code <mark>} around the matched words
   */
  public record Hit(
      String id, String path, String lang, String script, String title, String source, String published,
      float score, String snippet) {}

  /**
   * How one query word was carried into the other languages.
   *
   * @param from the words of the query that matched
   * @param concept the concept or entity id
   * @param terms the terms searched per language
   */
  public record Expansion(String from, String concept, Map<String, List<String>> terms) {}
}
