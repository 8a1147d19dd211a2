package crosscheck.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A search as the user asked it.
 *
 * @param query the query text, in any language, with the usual syntax ("phrase", AND, OR, NOT, -term)
 * @param langs keep only these languages (empty: all)
 * @param scripts keep only these Chinese scripts, Hant or Hans (empty: all)
 * @param sources keep only these sources (empty: all)
 * @param months keep only these publication months, "2022-10" (empty: all)
 * @param from keep only articles published on or after this day (null: no bound)
 * @param to keep only articles published on or before this day (null: no bound)
 * @param page 1-based page number
 * @param size hits per page
 * @param crossLanguage expand the query into the other languages through the lexicon
 */
public record SearchRequest(
    String query,
    List<String> langs,
    List<String> scripts,
    List<String> sources,
    List<String> months,
    LocalDate from,
    LocalDate to,
    int page,
    int size,
    boolean crossLanguage) {

  public static final int MAX_SIZE = 100;
  public static final int MAX_PAGE = 1000;

  public SearchRequest {
    langs = List.copyOf(langs);
    scripts = List.copyOf(scripts);
    sources = List.copyOf(sources);
    months = List.copyOf(months);
    if (query == null || query.isBlank()) {
      throw new InvalidQueryException("empty query: type some words to search for");
    }
    if (query.length() > 1000) {
      throw new InvalidQueryException("query too long (" + query.length() + " characters; at most 1000)");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidQueryException("size must be between 1 and " + MAX_SIZE + ", got " + size);
    }
    if (page < 1 || page > MAX_PAGE) {
      throw new InvalidQueryException("page must be between 1 and " + MAX_PAGE + ", got " + page);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidQueryException("from (" + from + ") is after to (" + to + ")");
    }
  }

  /** A plain query over everything, first page of 10. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, List.of(), List.of(), List.of(), List.of(), null, null, 1, 10, true);
  }
}
