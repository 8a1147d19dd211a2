package crosscheck.compare;

import static crosscheck.compare.FactBuilder.fact;
import static crosscheck.facts.Fact.Kind.COUNT;
import static crosscheck.facts.Fact.Kind.DATE;
import static crosscheck.facts.Fact.Kind.DURATION;
import static crosscheck.facts.Fact.Kind.MONEY;
import static crosscheck.facts.Fact.Kind.PERCENT;
import static crosscheck.facts.Fact.Qualifier.MORE_THAN;
import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The grouping rule on hand-made facts, with the built-in lexicon. */
class FactGrouperTest {

  private static FactGrouper grouper;

  @BeforeAll
  static void lexicon() {
    grouper = new FactGrouper(Lexicon.builtIn(new AnalyzerRegistry()));
  }

  private static List<FactGroup> group(FactBuilder... facts) {
    return grouper.group(Stream.of(facts).map(FactBuilder::build).toList());
  }

  /** Each group as its label and its facts' words. */
  private static List<String> shape(List<FactGroup> groups) {
    List<String> out = new ArrayList<>();
    for (FactGroup g : groups) {
      out.add(g.label() + " " + g.facts().stream().map(ComparedFact::text).sorted().toList());
    }
    out.sort(null);
    return out;
  }

  @Test
  void usersLostUsersAndEmployeesAreThreeMeasures() {
    List<FactGroup> groups = group(
        fact("zh", COUNT, "8000000").lang("zh").unit("users").concepts("users", "loss").said("用戶直接流失 800 萬", "800 萬"),
        fact("ko", COUNT, "2000000").lang("ko").unit("users").concepts("people", "users", "loss", "compensation")
            .said("2백만 명의 카톡 사용자들이 이탈", "2백만 명"),
        fact("en", COUNT, "43000000").unit("users").concepts("users").said("users reached 43 million", "43 million"),
        fact("en", COUNT, "53000000").unit("users").concepts("users").said("53 million users worldwide", "53 million").at(60),
        fact("bfm", COUNT, "47000000").unit("people").concepts("people").said("used by 47 million people", "47 million people"),
        fact("bfm", COUNT, "15000").unit("employees").concepts("employees").said("15,000 employees", "15,000"));
    assertThat(shape(groups)).containsExactly(
        "employees [15,000]",
        "users [43 million, 47 million people, 53 million]",
        "users: loss [2백만 명, 800 萬]");
    FactGroup lost = groups.stream().filter(g -> g.label().equals("users: loss")).findFirst().orElseThrow();
    assertThat(lost.agreement().conflict()).isTrue();
    assertThat(lost.measured()).contains("users", "loss");
  }

  @Test
  void aDurationNamingOnlyItsSubjectJoinsThatSubjectsOutageButNaverIsNotKakao() {
    List<FactGroup> groups = group(
        fact("zh", DURATION, "345600").lang("zh").concepts("outage").said("難怪 kakao 能斷網 4 天。", "4 天"),
        fact("id", DURATION, "345600").lang("id").concepts("restoration", "servers", "outage")
            .said("Perusahaan membutuhkan waktu empat hari untuk memulihkan server.", "empat hari"),
        fact("en", DURATION, "36000").qualifier(MORE_THAN)
            .said("Kakao Talk could not be connected for more than 10 hours, causing kakao communication to stop.", "10 hours"),
        fact("zh", DURATION, "14400").lang("zh").at(100)
            .said("在同一次火災裡斷網的平臺 NAVER,隻花 4 小時就修好。", "4 小時"),
        fact("ko", DURATION, "259200").lang("ko").said("고객의 멜론 이용권 사용 기간을 3일간 연장하겠다고 밝힌 겁니다.", "3일간"));
    assertThat(shape(groups)).containsExactlyInAnyOrder(
        "duration [3일간]",
        "duration [4 小時]",
        "duration: outage [10 hours, 4 天, empat hari]");
  }

  @Test
  void anotherProductsUsersAndACountrysInternetUsersAreNotTheMainProductsUsers() {
    List<FactGroup> groups = group(
        fact("en", COUNT, "43000000").unit("users").concepts("users").story("kakao", "kakaotalk")
            .said("KakaoTalk users reached 43 million", "43 million"),
        fact("bfm", COUNT, "47000000").unit("users").concepts("users").story("kakao", "kakaotalk")
            .said("Kakao has 47 million users", "47 million users"),
        fact("zh", COUNT, "36000000").lang("zh").unit("users").concepts("users").story("kakao", "kakaotalk", "kakao-pay")
            .said("Kakao Pay 也是目前韓國最大的電子錢包工具,目前用戶總量已達 3600 萬", "3600 萬"),
        fact("zh", COUNT, "40000000").lang("zh").unit("internet-users").concepts("internet-users").at(80)
            .story("kakao", "kakaotalk", "kakao-pay").said("大韓民國的四千萬網民們好像突然進入石器時代", "四千萬網民"));
    assertThat(shape(groups)).containsExactlyInAnyOrder(
        "internet users [四千萬網民]",
        "users [3600 萬]",
        "users [43 million, 47 million users]");
  }

  @Test
  void sharesOfDifferentMarketsAreNotLinkedByTheWordMarket() {
    List<FactGroup> groups = group(
        fact("ko", PERCENT, "90").lang("ko").unit("%").concepts("messenger", "market")
            .said("모바일 메신저 시장의 90%", "90%"),
        fact("ko", PERCENT, "80").lang("ko").unit("%").concepts("ride-hailing", "market").at(20)
            .said("모빌리티 서비스 시장의 80%", "80%"));
    assertThat(groups).hasSize(2);
  }

  @Test
  void figuresOfDifferentStoriesAreNeverCompared() {
    List<FactGroup> groups = group(
        fact("kbs", DURATION, "345600").concepts("outage").story("kakao"),
        fact("bfm", DURATION, "345600").concepts("outage").story("kakaotalk", "seoul"),
        fact("herald", DURATION, "259200").concepts("outage").story());
    assertThat(groups).hasSize(2);
    assertThat(groups).anySatisfy(g -> assertThat(g.agreement().sources()).isEqualTo(2));
  }

  @Test
  void articlesThatNameNobodyAreOneStoryOnlyWhenCloseInDateAndTopic() {
    // a warehouse fire in Ohio and a factory fire in Bandung, both undated: two stories, no false conflict
    List<FactGroup> fires = group(
        fact("ohio", DURATION, "18000").concepts("fire", "firefighters").story().about("fire", "firefighters", "smoke"),
        fact("bandung", DURATION, "21600").concepts("fire", "firefighters").story().about("fire", "factories"));
    assertThat(fires).hasSize(2).allSatisfy(g -> assertThat(g.agreement().conflict()).isFalse());
    // a bridge closure reported in three languages within a day, sharing most of their concepts: one story
    List<FactGroup> bridge = group(
        fact("herald", DURATION, "259200").concepts("bridge").story().published("2025-03-03")
            .about("bridge", "port", "steel", "vehicles"),
        fact("courrier", DURATION, "259200").concepts("bridge").story().published("2025-03-03")
            .about("bridge", "port", "steel", "mayor"),
        fact("warta", DURATION, "259200").concepts("bridge").story().published("2025-03-04")
            .about("bridge", "port", "trains", "steel", "tourism"));
    assertThat(bridge).hasSize(1);
    assertThat(bridge.get(0).agreement().sources()).isEqualTo(3);
    // the same words a month apart, or on the same day about something else, are other stories
    List<FactGroup> apart = group(
        fact("herald", DURATION, "259200").concepts("bridge").story().published("2025-03-03").about("bridge", "port"),
        fact("later", DURATION, "172800").concepts("bridge").story().published("2025-04-03").about("bridge", "port"),
        fact("other", DURATION, "86400").concepts("bridge").story().published("2025-03-03").about("market", "tourism", "trains"));
    assertThat(apart).hasSize(3);
  }

  @Test
  void aPageThatRepeatsItselfReportsItsFigureOnce() {
    List<FactGroup> groups = group(
        fact("kbs", COUNT, "2000000").unit("users").concepts("users", "loss").at(10),
        fact("kbs", COUNT, "2000000").unit("users").concepts("users", "loss").at(900),
        fact("zh", COUNT, "8000000").unit("users").concepts("users", "loss"));
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).facts()).hasSize(2);
  }

  @Test
  void moneyIsComparedInOneCurrencyOnly() {
    List<FactGroup> groups = group(
        fact("bfm", MONEY, "4000000000").unit("EUR").concepts("revenue"),
        fact("st", MONEY, "2550000000000").unit("KRW").concepts("revenue"));
    assertThat(groups).hasSize(2);
  }

  @Test
  void aDateDatesItsSentenceAndIsNotSplitBySubject() {
    List<FactGroup> groups = group(
        fact("fr", DATE, "2022-10-15").lang("fr")
            .said("Le samedi 15 octobre 2022, un incendie s'est déclaré dans le centre de données de SK C&C.", "15 octobre 2022"),
        fact("id", DATE, "2022-10-15").lang("id").concepts("fire")
            .said("Pusat data utama Kakao terbakar pada 15 Oktober.", "15 Oktober"),
        fact("ko", DATE, "2022-10-18").lang("ko").said("입력 2022.10.18 (18:02)", "2022.10.18"));
    assertThat(shape(groups)).containsExactlyInAnyOrder("date [2022.10.18]", "date: fire [15 Oktober, 15 octobre 2022]");
  }

  @Test
  void aDateOfANamelessSentenceJoinsTheGroupThatAgreesOnItsDayOnly() {
    List<FactGroup> groups = group(
        fact("en", DATE, "2022-10-15").concepts("fire").said("A fire broke out on October 15.", "October 15"),
        fact("id", DATE, "2022-10-15").lang("id").concepts("fire").said("Pusat data Kakao terbakar pada 15 Oktober.", "15 Oktober"),
        fact("zh", DATE, "2022-10-15").lang("zh").said("10 月 15 號，網民們好像突然進入石器時代。", "10 月 15 號"),
        fact("zh", DATE, "2022-10-17").lang("zh").at(40).said("17 日，公司宣佈補償。", "17 日"));
    assertThat(shape(groups)).hasSize(2).contains("date: fire [10 月 15 號, 15 Oktober, October 15]")
        .anySatisfy(g -> assertThat(g).endsWith(" [17 日]"));
  }

  @Test
  void aGenericKeyJoinsTheLargestPartOrStaysAloneOnATie() {
    assertThat(FactGrouper.partition(List.of("users:a", "people:b", "employees:d"),
        s -> s.startsWith("people") ? null : s.substring(0, s.indexOf(':'))))
        .containsExactly(List.of("users:a"), List.of("employees:d"), List.of("people:b"));
    List<List<String>> parts = FactGrouper.partition(List.of("users:a", "people:b", "users:c", "employees:d"),
        s -> s.startsWith("people") ? null : s.substring(0, s.indexOf(':')));
    assertThat(parts).containsExactly(List.of("users:a", "users:c", "people:b"), List.of("employees:d"));
  }
}
