package crosscheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.facts.Fact.Kind;
import crosscheck.facts.Fact.Qualifier;
import crosscheck.fixtures.Fixtures;
import crosscheck.lang.Language;
import crosscheck.lexicon.Lexicon;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fixture sentences (written for these tests) for every extraction rule and every negative, per language. */
class FactExtractorTest {

  private static final Language ZH_HANT = new Language("zh", "Hant");
  private static final Language ZH_HANS = new Language("zh", "Hans");
  private static final Language KO = Language.of("ko");
  private static final Language ID = Language.of("id");
  private static final Language EN = Language.of("en");
  private static final Language FR = Language.of("fr");
  private static final LocalDate REF = LocalDate.of(2022, 10, 20);

  private static FactExtractor extractor;

  @BeforeAll
  static void build() {
    extractor = new FactExtractor(Lexicon.builtIn(new AnalyzerRegistry()));
  }

  /** The only fact of a sentence, checked for kind, value, unit, qualifier and exact text. */
  private static Fact one(String body, Language lang, Kind kind, String value, String unit, Qualifier q, String text) {
    List<Fact> facts = extractor.extract(body, lang, REF);
    assertThat(facts).as(body + " -> " + show(facts)).hasSize(1);
    Fact f = facts.get(0);
    assertThat(f.kind()).as(body).isEqualTo(kind);
    assertThat(f.value()).as(body).isEqualByComparingTo(new BigDecimal(value));
    assertThat(f.unit()).as(body).isEqualTo(unit);
    assertThat(f.qualifier()).as(body).isEqualTo(q);
    assertThat(f.text()).as(body).isEqualTo(text);
    assertThat(body.substring(f.start(), f.end())).isEqualTo(f.text());
    assertThat(body).contains(f.sentence());
    return f;
  }

  private static void date(String body, Language lang, LocalDate ref, String iso, String text) {
    List<Fact> facts = extractor.extract(body, lang, ref);
    assertThat(facts).as(body + " -> " + show(facts)).hasSize(1);
    assertThat(facts.get(0).kind()).isEqualTo(Kind.DATE);
    assertThat(facts.get(0).date()).isEqualTo(iso);
    assertThat(facts.get(0).value()).isEqualByComparingTo(BigDecimal.valueOf(LocalDate.parse(iso).toEpochDay()));
    assertThat(facts.get(0).text()).isEqualTo(text);
  }

  private static void none(String body, Language lang) {
    List<Fact> facts = extractor.extract(body, lang, REF);
    assertThat(facts).as(body + " -> " + show(facts)).isEmpty();
  }

  private static String show(List<Fact> facts) {
    return facts.stream().map(SeedFactsTest::describe).collect(Collectors.joining("; "));
  }

  // ---------------------------------------------------------------- Chinese

  @Test
  void chineseCounts() {
    one("該平台在全國有 3600 萬用戶。", ZH_HANT, Kind.COUNT, "36000000", "users", Qualifier.EXACT, "3600 萬用戶");
    one("去年共有4750萬人註冊。", ZH_HANT, Kind.COUNT, "47500000", "people", Qualifier.EXACT, "4750萬人");
    one("全國約有四千萬網民受到影響。", ZH_HANT, Kind.COUNT, "40000000", "internet-users", Qualifier.ABOUT, "約有四千萬網民");
    one("该公司有超过 300 万用户。", ZH_HANS, Kind.COUNT, "3000000", "users", Qualifier.MORE_THAN, "超过 300 万用户");
    one("目前社群约有 137 名成员。", ZH_HANS, Kind.COUNT, "137", "members", Qualifier.ABOUT, "约有 137 名成员");
    one("機房裡一共放了３２台伺服器。", ZH_HANT, Kind.COUNT, "32", "servers", Qualifier.EXACT, "３２台伺服器");
    one("平台的用戶總量已達 2800 萬,仍在增長。", ZH_HANT, Kind.COUNT, "28000000", "users", Qualifier.EXACT, "2800 萬");
    one("公司裁掉了兩千五百名員工。", ZH_HANT, Kind.COUNT, "2500", "employees", Qualifier.EXACT, "兩千五百名員工");
    one("注册用户达3000多万人。", ZH_HANS, Kind.COUNT, "30000000", "people", Qualifier.MORE_THAN, "3000多万人");
  }

  @Test
  void chinesePercentMoneyDuration() {
    one("公司股價一度下跌 8.6%。", ZH_HANT, Kind.PERCENT, "8.6", "%", Qualifier.EXACT, "8.6%");
    one("近 4 成司機表示不滿。", ZH_HANT, Kind.PERCENT, "40", "%", Qualifier.NEARLY, "近 4 成");
    one("百分之三十的商家暫停營業。", ZH_HANT, Kind.PERCENT, "30", "%", Qualifier.EXACT, "百分之三十");
    one("每 10 個司機就有 3 個改用其他軟件。", ZH_HANT, Kind.PERCENT, "30", "%", Qualifier.EXACT, "每 10 個司機就有 3 個");
    one("政府開出 8.6 億美元的罰單。", ZH_HANT, Kind.MONEY, "860000000", "USD", Qualifier.EXACT, "8.6 億美元");
    one("公司賠償了 2000 萬元。", ZH_HANT, Kind.MONEY, "20000000", "CNY", Qualifier.EXACT, "2000 萬元");
    one("他們拿到三百萬韓元補償。", ZH_HANT, Kind.MONEY, "3000000", "KRW", Qualifier.EXACT, "三百萬韓元");
    one("修復花了 4 小時。", ZH_HANT, Kind.DURATION, "14400", "s", Qualifier.EXACT, "4 小時");
    one("服務中斷了兩天半。", ZH_HANT, Kind.DURATION, "216000", "s", Qualifier.EXACT, "兩天半");
    one("会议持续了三个半小时。", ZH_HANS, Kind.DURATION, "12600", "s", Qualifier.EXACT, "三个半小时");
    one("整整停擺了兩個星期。", ZH_HANT, Kind.DURATION, "1209600", "s", Qualifier.EXACT, "兩個星期");
  }

  @Test
  void chineseDates() {
    date("10 月 15 號,數據中心起火。", ZH_HANT, REF, "2022-10-15", "10 月 15 號");
    date("2022年10月18日,官方發布公告。", ZH_HANT, null, "2022-10-18", "2022年10月18日");
    date("公司在 17 日宣佈補償方案。", ZH_HANT, REF, "2022-10-17", "17 日");
    date("十月十五日發生火災。", ZH_HANT, REF, "2022-10-15", "十月十五日");
  }

  @Test
  void chineseNegatives() {
    none("萬萬沒想到他會來。", ZH_HANT);
    none("三星電子發布了新手機。", ZH_HANT);
    none("所有用戶一律免費。", ZH_HANT);
    none("這是韓國最大的平台之一。", ZH_HANT);
    none("他一再強調統一的重要性,一些用戶一樣不滿。", ZH_HANT);
    none("2016 年,政府開始調查。", ZH_HANT);
    none("起火點在地下 3 層的電氣室。", ZH_HANT);
    none("他今年 34 歲。", ZH_HANT);
    none("熱線電話是 02-781-1234。", ZH_HANT);
    none("這是一場十年一遇的大火。", ZH_HANT);
    none("三年前公司就上市了。", ZH_HANT);
    none("一名律師提起了訴訟。", ZH_HANT);
    none("網友把它比喻成 100 萬倍的攻擊。", ZH_HANT);
    none("這是第一次出現這種情況。", ZH_HANT);
  }

  @Test
  void chineseConceptsAndEntities() {
    Fact f = one("Kakao 的用戶直接流失 800 萬。", ZH_HANT, Kind.COUNT, "8000000", "users", Qualifier.EXACT, "800 萬");
    assertThat(f.concepts()).contains("users", "loss");
    assertThat(f.entities()).contains("kakao");
  }

  // ---------------------------------------------------------------- Korean

  @Test
  void koreanCounts() {
    one("하루 메시지 수는 110억 개에 달한다.", KO, Kind.COUNT, "11000000000", "messages", Qualifier.EXACT, "110억 개");
    one("이번 일로 2백만 명의 사용자들이 떠났다.", KO, Kind.COUNT, "2000000", "users", Qualifier.EXACT, "2백만 명의 사용자");
    one("가입자 1천2백만 명이 피해를 봤다.", KO, Kind.COUNT, "12000000", "users", Qualifier.EXACT, "1천2백만 명");
    one("직원 약 3,500명이 재택근무를 했다.", KO, Kind.COUNT, "3500", "employees", Qualifier.ABOUT, "약 3,500명");
    one("서버 3.2천 대가 멈췄다.", KO, Kind.COUNT, "3200", "servers", Qualifier.EXACT, "3.2천 대");
    one("회의에 세 명이 참석했다.", KO, Kind.COUNT, "3", "people", Qualifier.EXACT, "세 명");
    one("계열사 130곳 이상이 영향을 받았다.", KO, Kind.COUNT, "130", "subsidiaries", Qualifier.AT_LEAST, "130곳 이상");
  }

  @Test
  void koreanPercentMoneyDuration() {
    one("메신저 시장의 90%를 차지한다.", KO, Kind.PERCENT, "90", "%", Qualifier.EXACT, "90%");
    one("주가가 약 30퍼센트 하락했다.", KO, Kind.PERCENT, "30", "%", Qualifier.ABOUT, "약 30퍼센트");
    one("매출은 2조 5천억 원이었다.", KO, Kind.MONEY, "2500000000000", "KRW", Qualifier.EXACT, "2조 5천억 원");
    one("투자 규모는 4억 달러다.", KO, Kind.MONEY, "400000000", "USD", Qualifier.EXACT, "4억 달러");
    one("벌금은 1,500유로였다.", KO, Kind.MONEY, "1500", "EUR", Qualifier.EXACT, "1,500유로");
    one("보상금은 이천칠백만원이다.", KO, Kind.MONEY, "27000000", "KRW", Qualifier.EXACT, "이천칠백만원");
    one("복구에 나흘이 걸렸다.", KO, Kind.DURATION, "345600", "s", Qualifier.EXACT, "나흘");
    one("서비스는 10시간 만에 돌아왔다.", KO, Kind.DURATION, "36000", "s", Qualifier.EXACT, "10시간");
    one("이용 기간을 3일간 늘렸다.", KO, Kind.DURATION, "259200", "s", Qualifier.EXACT, "3일간");
    one("점검은 두 시간 동안 이어졌다.", KO, Kind.DURATION, "7200", "s", Qualifier.EXACT, "두 시간");
    one("장애는 1시간 반 동안 계속됐다.", KO, Kind.DURATION, "5400", "s", Qualifier.EXACT, "1시간 반");
    one("결제일을 열흘 미뤘다.", KO, Kind.DURATION, "864000", "s", Qualifier.EXACT, "열흘");
  }

  @Test
  void koreanDates() {
    date("화재는 10월 15일에 났다.", KO, REF, "2022-10-15", "10월 15일");
    date("발표는 2022년 10월 18일에 나왔다.", KO, null, "2022-10-18", "2022년 10월 18일");
    date("입력 2022.10.18 (18:02)", KO, null, "2022-10-18", "2022.10.18");
    date("창업자는 오는 24일 증인으로 나온다.", KO, REF, "2022-10-24", "24일");
  }

  @Test
  void koreanNegatives() {
    none("카카오톡은 2010년에 출시됐다.", KO);
    none("1966년생 창업자가 답했다.", KO);
    none("3년 전 비슷한 일이 있었다.", KO);
    none("이번 사태는 일대일 상담으로 번졌다.", KO);
    none("불은 지하 3층에서 시작됐다.", KO);
    none("전화 02-781-1234로 제보해 주세요.", KO);
    none("구글은 1년에 2번 훈련한다.", KO);
    none("이 초콜릿의 원료는 카카오다.", KO);
    none("그는 올해 30살이다.", KO);
    none("억만장자가 된 신화는 놀랍다.", KO);
  }

  // ---------------------------------------------------------------- Indonesian

  @Test
  void indonesianFacts() {
    one("KakaoTalk kehilangan sekitar 2 juta pengguna.", ID, Kind.COUNT, "2000000", "users", Qualifier.ABOUT, "sekitar 2 juta pengguna");
    one("Negara itu punya 50 juta penduduk.", ID, Kind.COUNT, "50000000", "people", Qualifier.EXACT, "50 juta penduduk");
    one("Perusahaan itu mempekerjakan dua puluh lima karyawan.", ID, Kind.COUNT, "25", "employees", Qualifier.EXACT,
        "dua puluh lima karyawan");
    one("Aplikasi ini dipakai lebih dari 80 persen warga.", ID, Kind.PERCENT, "80", "%", Qualifier.MORE_THAN, "lebih dari 80 persen");
    one("Pendapatan iklan mencapai 2,55 triliun won.", ID, Kind.MONEY, "2550000000000", "KRW", Qualifier.EXACT, "2,55 triliun won");
    one("Harga tiket naik menjadi Rp 5.000.", ID, Kind.MONEY, "5000", "IDR", Qualifier.EXACT, "Rp 5.000");
    one("Investasi senilai 1,5 miliar dolar AS disiapkan.", ID, Kind.MONEY, "1500000000", "USD", Qualifier.EXACT, "1,5 miliar dolar AS");
    one("Pemulihan memakan waktu empat hari.", ID, Kind.DURATION, "345600", "s", Qualifier.EXACT, "empat hari");
    one("Layanan pulih hanya 10 jam kemudian.", ID, Kind.DURATION, "36000", "s", Qualifier.EXACT, "10 jam");
    date("Pusat data terbakar pada 15 Oktober.", ID, REF, "2022-10-15", "15 Oktober");
    date("Jakarta, 25 Oktober 2022", ID, null, "2022-10-25", "25 Oktober 2022");
  }

  @Test
  void indonesianNegatives() {
    none("Wanita berusia 34 tahun ini bekerja sebagai penerjemah.", ID);
    none("Perusahaan itu didirikan pada tahun 2010.", ID);
    none("Ms Kang Soo-yeon, 30, mengatakan hal itu.", ID);
    none("Kejadian serupa terjadi 3 tahun lalu.", ID);
    none("Ini adalah pusat data kedua perusahaan.", ID);
  }

  // ---------------------------------------------------------------- English

  @Test
  void englishFacts() {
    one("The fire paralyzed about 32,000 servers.", EN, Kind.COUNT, "32000", "servers", Qualifier.ABOUT, "about 32,000 servers");
    one("Kakao has more than 130 subsidiaries.", EN, Kind.COUNT, "130", "subsidiaries", Qualifier.MORE_THAN, "more than 130 subsidiaries");
    one("The group has 15,000 employees.", EN, Kind.COUNT, "15000", "employees", Qualifier.EXACT, "15,000 employees");
    one("The number of users reached 43 million (a record).", EN, Kind.COUNT, "43000000", "users", Qualifier.EXACT, "43 million");
    one("A dozen servers were moved.", EN, Kind.COUNT, "12", "servers", Qualifier.EXACT, "A dozen servers");
    one("Its apps serve forty-seven million people.", EN, Kind.COUNT, "47000000", "people", Qualifier.EXACT, "forty-seven million people");
    one("The stock fell 9.5% on the news.", EN, Kind.PERCENT, "9.5", "%", Qualifier.EXACT, "9.5%");
    one("The loss narrowed to nearly 6 percent.", EN, Kind.PERCENT, "6", "%", Qualifier.NEARLY, "nearly 6 percent");
    one("Seven in ten drivers use the app.", EN, Kind.PERCENT, "70", "%", Qualifier.EXACT, "Seven in ten");
    one("It was fined $1.2 billion.", EN, Kind.MONEY, "1200000000", "USD", Qualifier.EXACT, "$1.2 billion");
    one("It invested €326 million in the site.", EN, Kind.MONEY, "326000000", "EUR", Qualifier.EXACT, "€326 million");
    one("Ad revenue was ₩2.55 trillion.", EN, Kind.MONEY, "2550000000000", "KRW", Qualifier.EXACT, "₩2.55 trillion");
    one("Sales hit KRW 300 billion.", EN, Kind.MONEY, "300000000000", "KRW", Qualifier.EXACT, "KRW 300 billion");
    one("It raised US$ 40 million.", EN, Kind.MONEY, "40000000", "USD", Qualifier.EXACT, "US$ 40 million");
    one("Repairs took four days.", EN, Kind.DURATION, "345600", "s", Qualifier.EXACT, "four days");
    one("Chat was down for more than 10 hours.", EN, Kind.DURATION, "36000", "s", Qualifier.MORE_THAN, "more than 10 hours");
    one("It lasted a four-day stretch.", EN, Kind.DURATION, "345600", "s", Qualifier.EXACT, "four-day");
    date("On October 15th, a fire broke out.", EN, REF, "2022-10-15", "October 15th");
    date("The report came out on October 15, 2022.", EN, null, "2022-10-15", "October 15, 2022");
    date("It started on 15 October.", EN, REF, "2022-10-15", "15 October");
  }

  @Test
  void englishNegatives() {
    none("KakaoTalk was launched 12 years ago.", EN);
    none("The rules changed in 2021.", EN);
    none("Its turnover grew (2021) again.", EN);
    none("A 34-year-old translator said so.", EN);
    none("The second center opens soon.", EN);
    none("Staff on the 3rd floor left.", EN);
    none("Call 02-781-1234 for tips.", EN);
    none("It is one of the apps people use.", EN);
    none("The meeting ended at 18:02.", EN);
    one("They may 15 people come?", EN, Kind.COUNT, "15", "people", Qualifier.EXACT, "15 people"); // "may" is no month
  }

  // ---------------------------------------------------------------- French

  @Test
  void frenchFacts() {
    one("Le groupe compte 15 000 salariés.", FR, Kind.COUNT, "15000", "employees", Qualifier.EXACT, "15 000 salariés");
    one("Le groupe compte 15\u202F000 salariés.", FR, Kind.COUNT, "15000", "employees", Qualifier.EXACT, "15\u202F000 salariés");
    one("Kakao possède plus de 130 filiales.", FR, Kind.COUNT, "130", "subsidiaries", Qualifier.MORE_THAN, "plus de 130 filiales");
    one("Environ 2 millions d'utilisateurs sont partis.", FR, Kind.COUNT, "2000000", "users", Qualifier.ABOUT,
        "Environ 2 millions d'utilisateurs");
    one("Le pays compte quinze mille habitants.", FR, Kind.COUNT, "15000", "people", Qualifier.EXACT, "quinze mille habitants");
    one("Le chiffre d'affaires atteint 4 milliards d'euros.", FR, Kind.MONEY, "4000000000", "EUR", Qualifier.EXACT, "4 milliards d'euros");
    one("Il a investi 326 millions €.", FR, Kind.MONEY, "326000000", "EUR", Qualifier.EXACT, "326 millions €");
    one("Une amende de 1,5 milliard de dollars.", FR, Kind.MONEY, "1500000000", "USD", Qualifier.EXACT, "1,5 milliard de dollars");
    one("Le titre a chuté de 9,5 %.", FR, Kind.PERCENT, "9.5", "%", Qualifier.EXACT, "9,5 %");
    one("Près de quatre-vingt-dix pour cent des Coréens l'utilisent.", FR, Kind.PERCENT, "90", "%", Qualifier.NEARLY,
        "Près de quatre-vingt-dix pour cent");
    one("La réparation a pris quatre jours.", FR, Kind.DURATION, "345600", "s", Qualifier.EXACT, "quatre jours");
    one("La panne a duré 10 heures.", FR, Kind.DURATION, "36000", "s", Qualifier.EXACT, "10 heures");
    one("Il a fallu trois heures et demie.", FR, Kind.DURATION, "12600", "s", Qualifier.EXACT, "trois heures et demie");
    date("L'incendie a éclaté le 15 octobre.", FR, REF, "2022-10-15", "15 octobre");
    date("Publié le 1er octobre 2022.", FR, null, "2022-10-01", "1er octobre 2022");
  }

  @Test
  void frenchNegatives() {
    none("La loi a changé en 2021.", FR);
    none("Le service a été lancé il y a 12 ans.", FR);
    none("Le feu a pris au 3e étage.", FR);
    none("Le deuxième centre ouvrira bientôt.", FR);
    none("Âgé de 30 ans, il a démissionné.", FR);
    none("Il y a un problème de réseau.", FR);
  }

  // ---------------------------------------------------------------- vague scale words and number-word rules

  /**
   * Bare plural scale words (des millions, 数百万) are no counts; the number-word rules of the normaliser add their
   * facts in prose and leave other prose alone ({@code fixtures/number-rules-prose.tsv}).
   */
  @Test
  void numberWordRulesInProse() {
    for (String[] c : Fixtures.rows("number-rules-prose.tsv")) {
      Language lang = c[0].startsWith("zh-") ? new Language("zh", c[0].substring(3)) : Language.of(c[0]);
      if (c.length == 2) {
        none(c[1], lang);
        continue;
      }
      String[] fact = c[2].split(" \\| ");
      String[] want = fact[0].split(" ");
      one(c[1], lang, Kind.valueOf(want[0]), want[1], want[2], Qualifier.valueOf(want[3]), fact[1]);
    }
  }

  /** A number restated in brackets is one number, and the unit after the bracket is what it counts. */
  @Test
  void numberRestatedInBrackets() {
    one("Kakao said forty-five (45) servers failed.", EN, Kind.COUNT, "45", "servers", Qualifier.EXACT, "forty-five (45) servers");
    one("About 12 (twelve) people were evacuated.", EN, Kind.COUNT, "12", "people", Qualifier.ABOUT, "About 12 (twelve) people");
    one("Selon Kakao, quarante-cinq (45) serveurs sont tombés en panne.", FR, Kind.COUNT, "45", "servers", Qualifier.EXACT,
        "quarante-cinq (45) serveurs");
    one("Perusahaan menyebut empat puluh lima (45) server berhenti.", ID, Kind.COUNT, "45", "servers", Qualifier.EXACT,
        "empat puluh lima (45) server");
    one("週六有四十五（45）台伺服器故障。", ZH_HANT, Kind.COUNT, "45", "servers", Qualifier.EXACT, "四十五（45）台伺服器");
    one("데이터센터에서 서버 45 (사십오) 대가 멈췄다.", KO, Kind.COUNT, "45", "servers", Qualifier.EXACT, "45 (사십오) 대");
    // Two different numbers are no restatement: the second, in brackets, stays a figure of its own.
    assertThat(extractor.extract("The plant has 40 (of 45) servers running.", EN, REF)).extracting(Fact::text)
        .doesNotContain("40 (of 45) servers");
  }

  // ---------------------------------------------------------------- robustness

  @Test
  void randomAndLongInputsKeepExactSpans() {
    String alphabet = "0123456789０１２３ ,.%$€₩-:/一二三十百千万萬億亿兆年月日號個名人성일이삼십백천만억원명개년월일시간 abcdeonetwmillionjuta%()\n";
    java.util.Random random = new java.util.Random(42);
    List<Language> langs = List.of(ZH_HANT, KO, ID, EN, FR, Language.of("de"));
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String body = b.toString();
      for (Language lang : langs) {
        for (Fact f : extractor.extract(body, lang, round % 2 == 0 ? REF : null)) {
          assertThat(body.substring(f.start(), f.end())).isEqualTo(f.text());
          assertThat(f.value()).isNotNull();
        }
      }
    }
    String seed = "The fire paralyzed about 32,000 servers on October 15th; 韓國5175萬人口,近 4 成出租車; 2백만 명의 사용자. ";
    String longBody = seed.repeat(500);
    List<Fact> facts = extractor.extract(longBody, EN, REF);
    assertThat(facts).isNotEmpty();
    facts.forEach(f -> assertThat(longBody.substring(f.start(), f.end())).isEqualTo(f.text()));
  }
}
