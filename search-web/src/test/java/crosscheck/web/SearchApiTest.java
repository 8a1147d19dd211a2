package crosscheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** End to end: the shipped corpus and a French fixture indexed into a temp folder, queried over HTTP. */
class SearchApiTest {

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.get();
  }

  @Test
  void everyFileOfTheCorpusIsIndexed() {
    assertThat(server.summary.failures()).isEmpty();
    assertThat(server.summary.indexedByLanguage()).containsKeys("zh-Hant", "zh-Hans", "ko", "id", "en", "fr");
    assertThat(server.summary.count(crosscheck.index.Outcome.Status.INDEXED)).isEqualTo(server.summary.seen());
  }

  @ParameterizedTest(name = "{0} finds {1} in the top 3 (xlang={2})")
  @CsvSource({
      "数据中心, zh-hant_kakao-outage-commentary.txt, false",
      "數據中心, zh-hant_kakao-outage-commentary.txt, false",
      "데이터센터, ko_kbs-et-kakao-200man-users.txt, false",
      "카카오톡, ko_kbs-et-kakao-200man-users.txt, false",
      "pemadaman, id_straits-times-kakao-dependence.txt, false",
      "data center fire, en_kakao-fire-shames-cyber-powerhouse.txt, false",
      "centre de données, fixtures/fr/kakao-panne-centre-de-donnees.txt, false",
      "数据中心, zh-hant_kakao-outage-commentary.txt, true",
      "데이터센터, ko_kbs-et-kakao-200man-users.txt, true",
  })
  void aQueryInEachLanguageFindsItsArticle(String query, String expected, boolean xlang) {
    // the test corpus also holds fixture articles on related stories: the seed must be among the first three
    JsonNode result = server.get("/api/search", "q", query, "xlang", String.valueOf(xlang)).json();
    List<String> paths = TestServer.paths(result);
    assertThat(paths.subList(0, Math.min(3, paths.size()))).contains(expected);
  }

  @Test
  void serversFindsBothEnglishArticlesInTheEnglishFacet() {
    JsonNode result = server.get("/api/search", "q", "servers", "lang", "en").json();
    assertThat(TestServer.paths(result)).contains("en_kakao-fire-shames-cyber-powerhouse.txt", "en_bfmtv-kakao-fire-translation.txt");
    assertThat(result.get("hits")).allSatisfy(h -> assertThat(h.get("lang").asText()).isEqualTo("en"));
    // the language facet is counted without its own filter: the other languages stay visible
    assertThat(result.at("/facets/lang").size()).isGreaterThan(1);
  }

  @Test
  void aHitCarriesItsMetadataAndAnEscapedHighlightedSnippet() {
    JsonNode hit = server.get("/api/search", "q", "데이터센터", "lang", "ko", "source", "KBS News").json().get("hits").get(0);
    assertThat(hit.get("id").asText()).isEqualTo("ko_kbs-et-kakao-200man-users.txt");
    assertThat(hit.get("lang").asText()).isEqualTo("ko");
    assertThat(hit.get("source").asText()).isEqualTo("KBS News");
    assertThat(hit.get("published").asText()).isEqualTo("2022-10-18");
    assertThat(hit.get("score").asDouble()).isPositive();
    String snippet = hit.get("snippet").asText();
    assertThat(snippet).contains("<mark>데이터 센터</mark>");
    assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">").contains("&#x27;");
  }

  @Test
  void theTraditionalArticleReportsItsScript() {
    JsonNode hit = server.get("/api/search", "q", "数据中心", "script", "Hant").json().get("hits").get(0);
    assertThat(hit.get("path").asText()).isEqualTo("zh-hant_kakao-outage-commentary.txt");
    assertThat(hit.get("script").asText()).isEqualTo("Hant");
  }

  @Test
  void crossLanguageExpansionFindsEveryLanguageAndSaysWhatItSearched() {
    JsonNode on = server.get("/api/search", "q", "compensation").json();
    assertThat(on.at("/expansions/0/concept").asText()).isEqualTo("compensation");
    assertThat(on.at("/facets/lang").has("ko")).isTrue();
    assertThat(on.at("/facets/lang").has("fr")).isTrue();
    JsonNode off = server.get("/api/search", "q", "compensation", "xlang", "false").json();
    assertThat(off.get("expansions")).isEmpty();
    assertThat(off.at("/facets/lang").has("ko")).isFalse();
  }

  @Test
  void pagingReturnsTheNextHits() {
    JsonNode first = server.get("/api/search", "q", "kakao", "size", "2").json();
    JsonNode second = server.get("/api/search", "q", "kakao", "size", "2", "page", "2").json();
    assertThat(first.get("total").asLong()).isGreaterThan(3);
    assertThat(TestServer.paths(first)).hasSize(2).doesNotContainAnyElementsOf(TestServer.paths(second));
  }

  @ParameterizedTest(name = "{0}={1} is a 400")
  @CsvSource({"q, 'kakao AND (fire'", "q, ' '", "size, 100000", "page, 0", "size, ten", "from, yesterday"})
  void badRequestsGetA400WithAMessage(String param, String value) {
    TestServer.Response r = param.equals("q")
        ? server.get("/api/search", "q", value)
        : server.get("/api/search", "q", "kakao", param, value);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/json");
    assertThat(r.json().get("error").asText()).isNotBlank().doesNotContain("Exception", "\tat ");
  }

  @Test
  void aMissingQueryParameterIsA400() {
    assertThat(server.get("/api/search").status()).isEqualTo(400);
  }

  @Test
  void anArticleComesWithItsBodyAndRelatedCoverage() {
    JsonNode doc = server.get("/api/docs/ko_kbs-et-kakao-200man-users.txt").json();
    assertThat(doc.get("lang").asText()).isEqualTo("ko");
    assertThat(doc.get("body").asText()).contains("카카오톡");
    assertThat(doc.get("entities").toString()).contains("kakaotalk");
    assertThat(doc.get("related")).isNotEmpty();
    assertThat(doc.get("related")).allSatisfy(r -> assertThat(r.get("lang").asText()).isNotEqualTo("ko"));
    assertThat(server.get("/api/docs/no-such-article").status()).isEqualTo(404);
  }

  @ParameterizedTest(name = "{0} comes with its facts, each span pointing at its words")
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "zh-hant_kakao-outage-commentary.txt", "id_straits-times-kakao-dependence.txt",
      "en_kakao-fire-shames-cyber-powerhouse.txt", "en_bfmtv-kakao-fire-translation.txt",
      "ko_kbs-et-kakao-200man-users.txt"})
  void everySeedHasItsFactsWithExactSpans(String id) {
    JsonNode doc = server.get("/api/docs/" + id).json();
    String body = doc.get("body").asText();
    assertThat(doc.get("facts")).hasSizeGreaterThanOrEqualTo(5);
    doc.get("facts").forEach(f -> {
      int start = f.at("/span/0").asInt();
      int end = f.at("/span/1").asInt();
      assertThat(body.substring(start, end)).isEqualTo(f.get("text").asText());
      assertThat(f.get("kind").asText()).isIn("count", "percent", "duration", "money", "date");
      if (f.get("kind").asText().equals("date")) {
        assertThat(f.get("value").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
      } else {
        assertThat(f.get("value").isNumber()).isTrue();
      }
    });
  }

  @Test
  void analyzeShowsEachLanguagesTokens() {
    JsonNode r = server.get("/api/analyze", "text", "數據中心", "lang", "zh").json();
    assertThat(r.at("/tokens/zh/0/term").asText()).isEqualTo("数据");
    assertThat(r.at("/tokens/zh/0/start").asInt()).isZero();
    assertThat(server.get("/api/analyze", "text", "x", "lang", "klingon").status()).isEqualTo(400);
  }

  @Test
  void theSearchPageIsServed() {
    TestServer.Response page = server.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<form id=\"search-form\"", "/app.js");
  }
}
