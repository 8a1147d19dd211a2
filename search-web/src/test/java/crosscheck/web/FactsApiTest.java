package crosscheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end: fact comparison over the shipped corpus and the fixtures, asked in each of the five languages.
 * On the seeds the sources disagree on the users Kakao lost (8 million in Chinese, 2 million in Korean and
 * Indonesian) and on its users (43, 47, 47.5, 53 million); the outage lasted 4 days or "more than 10 hours"
 * (not necessarily a conflict); the population is 50, 51.75 or 52 million; the fire was on 15 October 2022
 * (the Indonesian seed and the French fixture agree). The bridge fixtures agree on everything.
 */
class FactsApiTest {

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.get();
  }

  private static JsonNode compare(String q) {
    TestServer.Response r = server.get("/api/facts/compare", "q", q);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  /** The first group whose facts include all these values (numbers, or ISO dates). */
  private static JsonNode groupWith(JsonNode result, String... values) {
    for (JsonNode g : result.get("groups")) {
      List<String> have = values(g);
      if (Stream.of(values).allMatch(v -> have.contains(v))) {
        return g;
      }
    }
    throw new AssertionError("no group with " + List.of(values) + " in " + labels(result));
  }

  private static List<String> values(JsonNode group) {
    List<String> out = new ArrayList<>();
    group.get("facts").forEach(f -> out.add(f.get("value").isNumber()
        ? f.get("value").decimalValue().stripTrailingZeros().toPlainString() : f.get("value").asText()));
    return out;
  }

  private static List<String> labels(JsonNode result) {
    List<String> out = new ArrayList<>();
    result.get("groups").forEach(g -> out.add(g.get("label").asText() + " " + values(g)));
    return out;
  }

  private static List<String> langs(JsonNode group) {
    List<String> out = new ArrayList<>();
    group.get("facts").forEach(f -> out.add(f.get("lang").asText()));
    return out;
  }

  static Stream<Arguments> usersLost() {
    return Stream.of("users lost", "사용자 이탈", "用户流失", "pengguna hilang", "utilisateurs perdus").map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}: 8 million in Chinese against 2 million in Korean and Indonesian")
  @MethodSource("usersLost")
  void usersLostConflictInEveryLanguage(String question) {
    JsonNode result = compare(question);
    assertThat(result.get("concepts").toString()).contains("\"loss\"");
    JsonNode g = groupWith(result, "8000000", "2000000");
    assertThat(g.get("kind").asText()).isEqualTo("count");
    assertThat(g.get("unit").asText()).isEqualTo("users");
    assertThat(langs(g)).contains("zh", "ko", "id");
    assertThat(g.at("/agreement/conflict").asBoolean()).isTrue();
    assertThat(g.at("/agreement/sources").asInt()).isGreaterThanOrEqualTo(3);
    assertThat(g.at("/agreement/reason").asText()).contains("8 million", "2 million");
    assertThat(g.at("/agreement/min").decimalValue()).isEqualByComparingTo(new BigDecimal("2000000"));
    assertThat(g.at("/agreement/max").decimalValue()).isEqualByComparingTo(new BigDecimal("8000000"));
    JsonNode zh = null;
    for (JsonNode f : g.get("facts")) {
      if (f.get("lang").asText().equals("zh")) {
        zh = f;
      }
    }
    assertThat(zh.get("display").asText()).isEqualTo("8 million");
    assertThat(zh.get("docId").asText()).isEqualTo("zh-hant_kakao-outage-commentary.txt");
    String sentence = zh.get("sentence").asText();
    assertThat(sentence.substring(zh.at("/mark/0").asInt(), zh.at("/mark/1").asInt())).isEqualTo(zh.get("text").asText());
  }

  @Test
  void theSameQuestionInEachLanguageYieldsTheSameGroups() {
    List<String> first = null;
    for (String q : List.of("users lost", "사용자 이탈", "用户流失", "pengguna hilang", "utilisateurs perdus")) {
      List<String> groups = labels(compare(q));
      if (first == null) {
        first = groups;
      }
      assertThat(groups).as(q).isEqualTo(first).isNotEmpty();
    }
  }

  @ParameterizedTest(name = "{0}: 43, 47, 47.5 and 53 million")
  @ValueSource(strings = {"KakaoTalk users", "카카오톡 사용자", "KakaoTalk 用户", "pengguna KakaoTalk", "utilisateurs de KakaoTalk"})
  void kakaoUsersConflictInEveryLanguage(String question) {
    JsonNode g = groupWith(compare(question), "43000000", "47000000", "47500000", "53000000");
    assertThat(g.get("unit").asText()).isEqualTo("users");
    assertThat(g.at("/agreement/conflict").asBoolean()).isTrue();
  }

  @ParameterizedTest(name = "{0}: 50, 51.75 and 52 million")
  @ValueSource(strings = {"population", "인구", "人口", "penduduk", "la population"})
  void populationInEveryLanguage(String question) {
    JsonNode g = groupWith(compare(question), "50000000", "51750000", "52000000");
    assertThat(g.get("label").asText()).contains("population");
    assertThat(langs(g)).contains("zh", "id", "en");
    assertThat(g.at("/agreement/reason").asText()).isNotBlank();
  }

  @ParameterizedTest(name = "{0}: 4 days or more than 10 hours")
  @ValueSource(strings = {"how long was the outage?", "장애가 얼마나 오래 갔나", "断网多久", "berapa lama pemadaman", "combien de temps a duré la panne"})
  void outageDurationInEveryLanguage(String question) {
    JsonNode result = compare(question);
    assertThat(result.get("kind").asText()).isEqualTo("duration");
    JsonNode g = groupWith(result, "345600", "36000");
    assertThat(g.get("kind").asText()).isEqualTo("duration");
    assertThat(langs(g)).contains("zh", "ko", "id", "en");
    assertThat(g.at("/agreement/conflict").asBoolean()).isFalse();
    assertThat(g.at("/agreement/reason").asText()).contains("more than 10 hours", "lower bound");
    assertThat(result.get("groups")).allSatisfy(x -> assertThat(x.get("kind").asText()).isEqualTo("duration"));
  }

  @ParameterizedTest(name = "{0}: 15 October 2022")
  @ValueSource(strings = {"when was the fire?", "화재는 언제", "火灾是什么时候", "kapan kebakaran", "quand a eu lieu l'incendie"})
  void fireDateInEveryLanguage(String question) {
    JsonNode g = groupWith(compare(question), "2022-10-15");
    assertThat(g.get("kind").asText()).isEqualTo("date");
    assertThat(g.at("/agreement/sources").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(g.at("/agreement/conflict").asBoolean()).isFalse();
    assertThat(g.at("/agreement/reason").asText()).contains("15 October 2022");
    assertThat(values(g)).containsOnly("2022-10-15");
  }

  @Test
  void theOverviewListsEveryGroupTwoSourcesReportConflictsFirst() {
    JsonNode result = server.get("/api/facts/overview").json();
    groupWith(result, "8000000", "2000000");
    groupWith(result, "43000000", "47000000", "47500000", "53000000");
    groupWith(result, "50000000", "51750000", "52000000");
    groupWith(result, "345600", "36000");
    groupWith(result, "2022-10-15");
    List<Boolean> conflicts = new ArrayList<>();
    result.get("groups").forEach(g -> {
      conflicts.add(g.at("/agreement/conflict").asBoolean());
      assertThat(g.at("/agreement/sources").asInt()).isGreaterThanOrEqualTo(2);
    });
    assertThat(conflicts).contains(true, false);
    assertThat(conflicts.indexOf(false)).isGreaterThan(conflicts.lastIndexOf(true));
  }

  @Test
  void theBridgeClosureFixturesAgreeOnEverything() {
    JsonNode result = compare("bridge");
    JsonNode vehicles = groupWith(result, "40000");
    JsonNode days = groupWith(result, "259200");
    JsonNode date = groupWith(result, "2025-03-03");
    for (JsonNode g : List.of(vehicles, days, date)) {
      assertThat(langs(g)).containsExactlyInAnyOrder("en", "fr", "id");
      assertThat(g.at("/agreement/conflict").asBoolean()).isFalse();
      assertThat(g.at("/agreement/reason").asText()).startsWith("all 3 sources report");
    }
    // a different story: the bridge's 3 days never join Kakao's 4 days
    assertThat(values(days)).containsOnly("259200");
  }

  @Test
  void filtersNarrowTheFacts() {
    JsonNode ko = compare("users lost");
    JsonNode onlyKo = server.get("/api/facts/compare", "q", "users lost", "lang", "ko").json();
    assertThat(onlyKo.get("groups")).allSatisfy(g -> assertThat(langs(g)).containsOnly("ko"));
    assertThat(ko.get("groups").size()).isPositive();
    JsonNode dates = server.get("/api/facts/overview", "kind", "date").json();
    assertThat(dates.get("groups")).isNotEmpty().allSatisfy(g -> assertThat(g.get("kind").asText()).isEqualTo("date"));
  }

  @Test
  void csvExportIsExcelReadyRfc4180() {
    TestServer.Response r = server.get("/api/facts/compare", "q", "users lost", "format", "csv");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("text/csv");
    assertThat(r.header("Content-Disposition")).startsWith("attachment").contains(".csv");
    assertThat(r.body()).startsWith("\uFEFFgroup,kind,unit,value,display,qualifier,lang,source,title,sentence,conflict,doc\r\n");
    assertThat(r.body()).contains("\r\nusers: loss,count,users,8000000,8 million,exact,zh,").contains("流失 800 萬");
    // the Indonesian sentence has a comma: quoted; every record ends with CRLF
    assertThat(r.body()).contains(",\"KakaoTalk telah kehilangan sekitar 2 juta pengguna karena alternatif seperti Telegram dan Naver Line, namun");
    assertThat(r.body().replace("\r\n", "")).doesNotContain("\r");
    TestServer.Response overview = server.get("/api/facts/overview", "format", "csv");
    assertThat(overview.header("Content-Disposition")).contains("crosscheck-overview.csv");
    assertThat(overview.body()).contains(",true,", ",false,");
  }

  @Test
  void jsonExportIsADownload() {
    TestServer.Response r = server.get("/api/facts/overview", "format", "json");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Disposition")).startsWith("attachment").contains(".json");
    assertThat(r.json().get("groups")).isNotEmpty();
  }

  @ParameterizedTest(name = "{0} {1}={2} is a 400")
  @CsvSource({
      "/api/facts/compare, q, ' '",
      "/api/facts/compare, kind, weight",
      "/api/facts/overview, kind, weight",
      "/api/facts/overview, format, xlsx",
  })
  void badParametersGetA400(String path, String param, String value) {
    TestServer.Response r = param.equals("q") ? server.get(path, "q", value) : server.get(path, "q", "users lost", param, value);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("error").asText()).isNotBlank().doesNotContain("Exception");
    assertThat(server.get("/api/facts/compare").status()).isEqualTo(400);
  }

  @Test
  void aQuestionOutsideTheLexiconFindsNothingButIsNoError() {
    JsonNode r = compare("xyzzy");
    assertThat(r.get("concepts")).isEmpty();
    assertThat(r.get("groups")).isEmpty();
  }

  @Test
  void thePagesAreServedAndLinkedFromTheSearchPage() {
    assertThat(server.get("/").body()).contains("href=\"/compare.html\"", "href=\"/overview.html\"");
    assertThat(server.get("/compare.html").body()).contains("/facts.js", "id=\"q\"");
    assertThat(server.get("/overview.html").body()).contains("/facts.js", "data-page=\"overview\"");
  }
}
