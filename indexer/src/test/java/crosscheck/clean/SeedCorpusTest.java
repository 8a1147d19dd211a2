package crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.parse.DocumentParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The five seed articles as shipped in the repository's {@code corpus/}: none of their junk lines survives
 * cleaning, the KBS body is kept once, and the metadata written in the text is found.
 */
class SeedCorpusTest {

  private static final Path CORPUS = Path.of("..", "corpus");

  private final DocumentParser parser = new DocumentParser(DocumentParser.DEFAULT_MAX_CHARS);
  private final Cleaner cleaner = new Cleaner();

  private CleanDocument clean(String file) throws Exception {
    return cleaner.clean(parser.parse(CORPUS.resolve(file)));
  }

  private static List<String> paragraphs(CleanDocument doc) {
    return Arrays.asList(doc.body().split("\n\n"));
  }

  @Test
  void chineseCommentaryHasNoJunkAndLosesNothing() throws Exception {
    CleanDocument doc = clean("zh-hant_kakao-outage-commentary.txt");
    assertThat(doc.dropped()).isEmpty();
    assertThat(paragraphs(doc)).hasSize(65);
    assertThat(doc.body()).contains("韓國5175萬人口", "不然就會出現傲慢如 kakao 的一幕");
    assertThat(doc.published()).isNull();
    // no headline in the file: its first line is a paragraph, whose first sentence is long too
    assertThat(doc.title()).isEqualTo("在韓國,有這麼一傢公司:它是中國互聯網在韓國的縮影");
  }

  @Test
  void indonesianLosesSpamLineAndUploaderByline() throws Exception {
    CleanDocument doc = clean("id_straits-times-kakao-dependence.txt");
    assertThat(doc.body()).doesNotContain("sbobet", "gacor");
    assertThat(doc.body()).endsWith("Percakapan tidak akan sama tanpanya.”");
    assertThat(doc.dropped()).extracting(CleanDocument.Dropped::text).containsExactly("link sbobet", "By gacor88");
    assertThat(doc.author()).isNull();
    assertThat(doc.published()).isEqualTo("2022-10-25");
    assertThat(doc.body()).contains("25 Oktober 2022");
  }

  @Test
  void englishLosesContentProtectedLine() throws Exception {
    CleanDocument doc = clean("en_kakao-fire-shames-cyber-powerhouse.txt");
    assertThat(doc.body()).doesNotContain("Content is protected");
    assertThat(doc.dropped()).extracting(CleanDocument.Dropped::text)
        .containsExactly("error: Content is protected !!");
    assertThat(doc.title()).isEqualTo("KAKAO fire shames cyber powerhouse South Korea");
    assertThat(doc.published()).isNull();
  }

  @Test
  void bfmTranslationKeepsBodyAndReadsSource() throws Exception {
    CleanDocument doc = clean("en_bfmtv-kakao-fire-translation.txt");
    assertThat(doc.source()).isEqualTo("BFM TV");
    assertThat(doc.dropped()).extracting(CleanDocument.Dropped::text).containsExactly("Source: BFM TV");
    assertThat(paragraphs(doc)).hasSize(12);
    assertThat(doc.body()).contains("€326 million", "15,000 employees");
  }

  @Test
  void kbsPageKeepsBodyOnceWithoutFurniture() throws Exception {
    CleanDocument doc = clean("ko_kbs-et-kakao-200man-users.txt");
    String body = doc.body();
    for (String junk : List.of("읽어주기", "브라우저에서만", "제보", "kbs1234@kbs.co.kr", "02-781-1234", "구독해주세요",
        "통합뉴스룸ET", "이 기사가 좋으셨다면", "핫 클릭", "뜨거운 관심", "의견을 남겨주세요", "수신료", "•")) {
      assertThat(body).as(junk).doesNotContain(junk);
    }
    for (String sentence : List.of("이어서 ET콕입니다.", "극강의 단맛을 선사하는 초콜릿, 이 초콜릿의 주 원료는 '카카오'입니다.",
        "이번 사태로 2백만 명의 카톡 사용자들이 이탈한 것으로 알려지며 피해 보상 요구도 거세지는 분위깁니다.", "지금까지 ET콕.")) {
      assertThat(occurrences(body, sentence)).as(sentence).isEqualTo(1);
    }
    assertThat(paragraphs(doc)).hasSize(32);
    assertThat(doc.title()).isEqualTo("[ET] ‘200만 사용자 이탈’ 카카오 제국 흔들…보상 어떻게?");
    assertThat(doc.published()).isEqualTo("2022-10-18");
    assertThat(body).contains("입력 2022.10.18 (18:02)");
  }

  @Test
  void seedFactSubstringsSurviveCleaning() throws Exception {
    Path facts = Path.of("/work/shared/corpus/seed-facts.tsv");
    Assumptions.assumeTrue(Files.exists(facts), "shared seed facts not present");
    List<String> rows = Files.readAllLines(facts);
    String[] seeds = {"zh-hant_kakao-outage-commentary.txt", "id_straits-times-kakao-dependence.txt",
        "en_kakao-fire-shames-cyber-powerhouse.txt", "en_bfmtv-kakao-fire-translation.txt",
        "ko_kbs-et-kakao-200man-users.txt"};
    for (String row : rows.subList(1, rows.size())) {
      String[] cols = row.split("\t");
      int seed = Integer.parseInt(cols[0].substring(0, 3));
      assertThat(clean(seeds[seed]).body()).as(row).contains(cols[7]);
    }
  }

  private static int occurrences(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
