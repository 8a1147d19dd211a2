package crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The furniture rules on lines from pages they were not written for, and on article sentences that mention the
 * same words and must survive.
 */
class LineRulesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Warning: this content is protected and cannot be copied | copy-protection notice",
      "© 2021 Example Media Group. All rights reserved. | copyright notice",
      "본 기사의 무단 전재 및 재배포를 금합니다 | copyright notice",
      "版权所有 未经许可不得转载 | copyright notice",
      "Hak Cipta Dilindungi Undang-Undang | copyright notice",
      "Daftar judi online terpercaya 2024 | gambling or link-farm spam",
      "온라인 카지노 바로가기 | gambling or link-farm spam",
      "澳门博彩 官方网站 | gambling or link-farm spam",
      "Share on WhatsApp | share/follow bar",
      "Facebook Twitter LinkedIn Email Print | share/follow bar",
      "Suivez-nous sur les réseaux sociaux | share/follow bar",
      "Sign up for our daily newsletter | subscribe prompt",
      "뉴스레터 구독하기 | subscribe prompt",
      "Got a news tip? | tip-line or contact footer",
      "新聞線索請致電 | tip-line or contact footer",
      "Tel: +62 21 555 0199 | tip-line or contact footer",
      "desk@example-news.com | contact details",
      "Listen to this article | reader widget text",
      "Your browser does not support the audio element; update your browser. | browser requirement notice",
      "Berita Terpopuler | related or popular list heading",
      "相關新聞 | related or popular list heading",
      "Les plus lus | related or popular list heading",
      "Leave a comment | comment prompt",
      "댓글 쓰기 | comment prompt",
      "Ce site utilise des cookies. En continuant, vous acceptez leur utilisation. | cookie or consent banner",
      "Home › World › Asia | menu or breadcrumb",
      "https://example.com/promo?id=7 | bare URL",
      "Menu Menu | repeated widget label"})
  void recognisesFurnitureOnPagesNeverSeen(String line, String reason) {
    assertThat(LineRules.reason(line)).isEqualTo(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The casino operator said revenue fell by a fifth in the third quarter, citing fewer visitors from abroad.",
      "경찰은 시민들의 제보를 바탕으로 용의자의 이동 경로를 추적하고 있다고 밝혔습니다.",
      "Regulators want browsers to ask before sites store cookies, a rule the industry says will cost billions.",
      "Kakao shares fell 9.5% on Monday.",
      "공유 경제의 미래",
      "The newsletter business has grown quickly since the pandemic, and many reporters have gone independent.",
      "Les commentaires du ministre ont été mal reçus par les syndicats, qui appellent à la grève jeudi prochain.",
      "他在微博上發表了一篇長文，解釋公司為何延後發布新產品，並向用戶道歉。",
      "Google launched a new browser."})
  void leavesArticleSentencesAlone(String line) {
    assertThat(LineRules.reason(line)).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "By Jane Doe | Jane Doe | ",
      "Par Jean-Luc Martin | Jean-Luc Martin | ",
      "Oleh: Budi Santoso | Budi Santoso | ",
      "김하늘 기자 | 김하늘 | ",
      "记者 王小明 | 王小明 | ",
      "Source: Reuters |  | Reuters",
      "Sumber: Antara |  | Antara",
      "來源：中央社 |  | 中央社"})
  void creditsMoveToMetadata(String line, String author, String source) {
    Credits.Credit credit = Credits.of(line);
    assertThat(credit).isNotNull();
    assertThat(credit.author()).isEqualTo(author);
    assertThat(credit.source()).isEqualTo(source);
  }

  @ParameterizedTest
  @ValueSource(strings = {"By slot_king77", "Posted by admin", "Oleh gacorvip"})
  void uploaderHandlesAreNotAuthors(String line) {
    Credits.Credit credit = Credits.of(line);
    assertThat(credit).isNotNull();
    assertThat(credit.author()).isNull();
    assertThat(credit.reason()).startsWith("uploader byline");
  }

  @ParameterizedTest
  @ValueSource(strings = {"By the way, nobody asked.", "文化部長今天宣布新政策", "Par ailleurs, la ville a voté."})
  void phrasesAreNotBylines(String line) {
    assertThat(Credits.of(line)).isNull();
  }
}
