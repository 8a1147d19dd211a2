package crosscheck.bench;

import crosscheck.search.SearchRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed query mix of the search benchmarks: same-language, cross-language with expansion, with facet filters,
 * and fact comparison (questions in several languages and the corpus's fact sheet).
 */
final class QueryMix {

  /** One request of the mix as the HTTP load sends it. */
  record Request(String category, String url) {}

  /** One query: its category, text, whether it is expanded across languages, and an optional filter. */
  record Query(String category, String text, boolean crossLanguage, String filter, String value) {

    SearchRequest request() {
      List<String> v = value == null ? List.of() : List.of(value);
      return new SearchRequest(text, "lang".equals(filter) ? v : List.of(), "script".equals(filter) ? v : List.of(),
          List.of(), "month".equals(filter) ? v : List.of(), null, null, 1, 10, crossLanguage);
    }

    String url() {
      String u = "/api/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&xlang=" + crossLanguage;
      return filter == null ? u : u + "&" + filter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }

  static final List<Query> QUERIES = List.of(
      new Query("same-language", "数据中心", false, null, null),
      new Query("same-language", "데이터센터 화재", false, null, null),
      new Query("same-language", "pusat data", false, null, null),
      new Query("same-language", "servers restored", false, null, null),
      new Query("same-language", "centre de données", false, null, null),
      new Query("same-language", "\"data center\"", false, null, null),
      new Query("cross-language", "data center", true, null, null),
      new Query("cross-language", "compensation", true, null, null),
      new Query("cross-language", "尹錫悅", true, null, null),
      new Query("cross-language", "카카오 서비스 장애", true, null, null),
      new Query("cross-language", "Kakao", true, null, null),
      new Query("facets", "Kakao", true, "lang", "ko"),
      new Query("facets", "数据中心", true, "script", "Hant"),
      new Query("facets", "fire", true, "month", "2022-11"),
      new Query("facets", "users", true, "lang", "en"));

  /** The fact-comparison questions ({@code /api/facts/compare}); the blank one stands for the overview. */
  static final List<String> QUESTIONS = List.of("users lost", "사용자 이탈", "用户流失", "how long was the outage?",
      "jumlah pengguna", "");

  static final String COMPARISON = "fact comparison";

  static String comparisonUrl(String question) {
    return question.isEmpty() ? "/api/facts/overview"
        : "/api/facts/compare?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8);
  }

  /** Every request of the mix, searches and fact comparisons, in the order the HTTP clients cycle through. */
  static List<Request> requests() {
    List<Request> all = new ArrayList<>();
    QUERIES.forEach(q -> all.add(new Request(q.category(), q.url())));
    QUESTIONS.forEach(q -> all.add(new Request(COMPARISON, comparisonUrl(q))));
    return List.copyOf(all);
  }

  private QueryMix() {}
}
