package crosscheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The examples of the cross-language search issue, on the shipped corpus, through the API. */
class CrossLanguageTest {

  private static final List<String> SEEDS = List.of(
      "zh-hant_kakao-outage-commentary.txt", "id_straits-times-kakao-dependence.txt",
      "en_kakao-fire-shames-cyber-powerhouse.txt", "en_bfmtv-kakao-fire-translation.txt",
      "ko_kbs-et-kakao-200man-users.txt");

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.get();
  }

  /** Every term the expansions searched, in any language. */
  private static String expandedTerms(JsonNode result) {
    StringBuilder all = new StringBuilder();
    result.get("expansions").forEach(e -> e.get("terms").forEach(list -> list.forEach(t -> all.append(t.asText()).append('|'))));
    return all.toString();
  }

  @ParameterizedTest(name = "\"{0}\" returns all five seeds in its top 10")
  @ValueSource(strings = {"data center fire", "数据中心火灾", "數據中心火災", "데이터센터 화재", "kebakaran pusat data", "incendie du centre de données"})
  void dataCenterFireInEachLanguageFindsEverySeed(String query) {
    assertThat(TestServer.paths(server.get("/api/search", "q", query, "size", "10").json())).containsAll(SEEDS);
  }

  @Test
  void compensationIsAlsoSearchedInTheOtherLanguages() {
    JsonNode result = server.get("/api/search", "q", "compensation", "size", "20").json();
    assertThat(expandedTerms(result)).contains("보상", "赔偿", "ganti rugi", "kompensasi", "indemnisation");
    assertThat(TestServer.paths(result)).contains("ko_kbs-et-kakao-200man-users.txt", "fixtures/fr/kakao-panne-centre-de-donnees.txt");
  }

  @Test
  void traditionalCompensationWordFindsTheSameStories() {
    JsonNode result = server.get("/api/search", "q", "補償").json();
    assertThat(result.at("/expansions/0/concept").asText()).isEqualTo("compensation");
    assertThat(TestServer.paths(result)).contains("en_bfmtv-kakao-fire-translation.txt", "ko_kbs-et-kakao-200man-users.txt");
  }

  @Test
  void aNameInHanFindsItsRomanisationsAndHangul() {
    JsonNode result = server.get("/api/search", "q", "尹錫悅").json();
    assertThat(expandedTerms(result)).contains("Yoon Suk-yeol", "Yin Xiyue", "Yoon Seok-yue", "윤석열");
    assertThat(TestServer.paths(result)).contains(
        "en_kakao-fire-shames-cyber-powerhouse.txt", "id_straits-times-kakao-dependence.txt",
        "fixtures/relevance/ko_president-regional-economy.txt");
    JsonNode snippet = result.get("hits").get(0).get("snippet");
    assertThat(snippet.asText()).containsPattern("<mark>(Yin Xiyue|Yoon Suk-yeol|Yoon Seok-yue|尹锡悦|윤석열)</mark>");
  }

  @Test
  void anUnlistedSpellingOfANameIsResolvedByTransliteration() {
    JsonNode result = server.get("/api/search", "q", "Yun Seok-yol").json();
    assertThat(result.at("/expansions/0/concept").asText()).isEqualTo("yoon-suk-yeol");
    assertThat(TestServer.paths(result)).contains("fixtures/relevance/ko_president-regional-economy.txt");
  }

  @Test
  void withoutExpansionOnlyTheTypedWordsAreSearched() {
    JsonNode result = server.get("/api/search", "q", "尹錫悅", "xlang", "false").json();
    assertThat(result.get("expansions")).isEmpty();
    assertThat(TestServer.paths(result)).doesNotContain("en_kakao-fire-shames-cyber-powerhouse.txt");
  }
}
