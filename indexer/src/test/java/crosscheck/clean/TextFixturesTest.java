package crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.clean.CleanDocument.Dropped;
import crosscheck.fixtures.Fixtures;
import crosscheck.parse.DocumentParser;
import crosscheck.parse.ParseFailure;
import crosscheck.parse.ParsedDocument;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copy-paste text fixtures, one per language, each saved in the encoding a reader's machine or a site would use,
 * wrapped in the junk copy-paste brings along: exact kept text, exact dropped blocks and reasons, metadata.
 */
class TextFixturesTest {

  @TempDir Path dir;

  private final DocumentParser parser = new DocumentParser(100_000);
  private final Cleaner cleaner = new Cleaner();

  private CleanDocument clean(String name, Charset charset, boolean bom) throws IOException, ParseFailure {
    ParsedDocument parsed = parser.parse(Fixtures.text(dir, name, charset, bom));
    return cleaner.clean(parsed);
  }

  @Test
  void koreanEucKrWithRepeatedBodyAndWidget() throws Exception {
    CleanDocument doc = clean("ko-paste.txt", Charset.forName("EUC-KR"), false);
    assertThat(doc.body()).isEqualTo("""
        폭염 속 전력 수요 최고치 경신…예비율 8%대로 떨어져

        입력 2023.08.07 (17:40) 수정 2023.08.07 (18:05)

        낮 최고기온이 36도까지 오르면서 오늘 오후 전력 수요가 올여름 들어 가장 높았습니다.

        전력거래소는 오후 5시 기준 예비율이 8%대로 내려갔다고 밝혔습니다.

        정부는 공공기관 냉방 온도를 1도 올려 달라고 요청했습니다.""");
    assertThat(doc.dropped()).containsExactly(
        new Dropped("기사 듣기 기능은 크롬 브라우저에서만 지원됩니다.", "reader widget text"),
        new Dropped("""
            낮 최고기온이 36도까지 오르면서 오늘 오후 전력 수요가 올여름 들어 가장 높았습니다.
            전력거래소는 오후 5시 기준 예비율이 8%대로 내려갔다고 밝혔습니다.
            정부는 공공기관 냉방 온도를 1도 올려 달라고 요청했습니다.""", "repeats an earlier block"),
        new Dropped("공유하기\n카카오톡 페이스북 트위터 링크복사", "share/follow bar"),
        new Dropped("많이 본 뉴스", "related or popular list heading"),
        new Dropped("Copyright ⓒ 한빛방송 무단 전재 및 재배포 금지", "copyright notice"));
    assertThat(doc.title()).isEqualTo("폭염 속 전력 수요 최고치 경신…예비율 8%대로 떨어져");
    assertThat(doc.published()).isEqualTo("2023-08-07");
  }

  @Test
  void traditionalChineseBig5() throws Exception {
    CleanDocument doc = clean("zh-hant-paste.txt", Charset.forName("Big5"), false);
    assertThat(doc.body()).isEqualTo("""
        港口貨櫃碼頭啟用自動吊機

        2023年11月2日

        港務局今天啟用第一批自動化吊機，操作員改在控制室遠端作業。官方估計，每艘貨輪的裝卸時間可縮短約三成。

        工會表示支持新設備，但要求公司為年長員工安排轉職訓練。""");
    assertThat(doc.dropped()).extracting(Dropped::reason).containsExactly(
        "share/follow bar", "related or popular list heading", "byline (kept as author)", "copyright notice");
    assertThat(doc.author()).isEqualTo("陳美玲");
    assertThat(doc.published()).isEqualTo("2023-11-02");
  }

  @Test
  void simplifiedChineseGb18030() throws Exception {
    CleanDocument doc = clean("zh-hans-paste.txt", Charset.forName("GB18030"), false);
    assertThat(doc.body()).isEqualTo("""
        社区图书馆延长开放时间

        2024年1月15日

        从下周起，市内十二家社区图书馆将每天开放到晚上九点。图书馆负责人说，很多读者下班后才有时间来借书。

        延长时间所需的费用由区财政承担，每年约四十万元。""");
    assertThat(doc.dropped()).containsExactly(
        new Dropped("扫码关注我们，订阅本号获取更多资讯", "subscribe prompt"),
        new Dropped("热门推荐", "related or popular list heading"),
        new Dropped("版权所有 © 城市晨报 未经授权禁止转载", "copyright notice"));
    assertThat(doc.published()).isEqualTo("2024-01-15");
  }

  @Test
  void indonesianWithSpamAndUploaderByline() throws Exception {
    CleanDocument doc = clean("id-paste.txt", StandardCharsets.UTF_8, false);
    assertThat(doc.body()).isEqualTo("""
        Banjir Rob Rendam Jalan Pesisir Utara

        Jakarta, 3 Desember 2023

        Air laut pasang merendam jalan utama di pesisir utara sejak Sabtu pagi. Ketinggian air mencapai 40 \
        sentimeter di beberapa titik.

        Warga memindahkan sepeda motor ke tempat yang lebih tinggi, sementara petugas memasang pompa darurat.""");
    assertThat(doc.dropped()).containsExactly(
        new Dropped("Baca juga: Harga Ikan Naik di Pasar Pelelangan", "related or popular list heading"),
        new Dropped("Bagikan: Facebook Twitter WhatsApp", "share/follow bar"),
        new Dropped("situs slot gacor terpercaya", "gambling or link-farm spam"),
        new Dropped("Oleh admin99", "uploader byline (handle \"admin99\")"));
    assertThat(doc.author()).isNull();
    assertThat(doc.published()).isEqualTo("2023-12-03");
  }

  @Test
  void frenchWindows1252() throws Exception {
    CleanDocument doc = clean("fr-paste.txt", Charset.forName("windows-1252"), false);
    assertThat(doc.body()).isEqualTo("""
        Les cantines scolaires passent au menu végétarien deux fois par semaine

        18 octobre 2022

        À partir de janvier, les élèves de la ville mangeront un repas sans viande le mardi et le jeudi. La mairie \
        affirme que la qualité des produits ne baissera pas.

        Des parents d’élèves s’inquiètent toutefois de l’équilibre nutritionnel ; un diététicien participera aux \
        choix des menus. Le coût du programme est estimé à 1,2 million d’euros.""");
    assertThat(doc.dropped()).extracting(Dropped::reason).containsExactly(
        "share/follow bar", "related or popular list heading", "subscribe prompt", "copyright notice");
    assertThat(doc.published()).isEqualTo("2022-10-18");
  }

  @Test
  void englishUtf8WithBom() throws Exception {
    CleanDocument doc = clean("en-paste.txt", StandardCharsets.UTF_8, true);
    assertThat(doc.title()).isEqualTo("Night trains return to the northern line");
    assertThat(doc.body()).startsWith("Night trains return to the northern line\n\nOctober 18, 2022\n\n")
        .endsWith("opened within hours of the announcement.");
    assertThat(doc.dropped()).containsExactly(
        new Dropped("Share this article\nFacebook Twitter Email", "share/follow bar"),
        new Dropped("Most Read", "related or popular list heading"),
        new Dropped("We use cookies to improve your experience. By continuing to browse you agree to our cookie "
            + "policy.", "cookie or consent banner"),
        new Dropped("By rail_fan_2022", "uploader byline (handle \"rail_fan_2022\")"));
    assertThat(doc.published()).isEqualTo("2022-10-18");
  }

  @Test
  void docxKeepsParagraphsAndDropsFurniture() throws Exception {
    Path file = Fixtures.docx(dir.resolve("memo.docx"), List.of(
        "Ferry timetable changes from Monday",
        "The harbour ferry will leave every twenty minutes instead of every half hour during the morning peak.",
        "Le service du soir reste inchangé, précise l’opérateur.",
        "Share this article",
        "© 2024 Harbour Post. All rights reserved."));
    CleanDocument doc = cleaner.clean(parser.parse(file));
    assertThat(doc.body()).isEqualTo("""
        Ferry timetable changes from Monday

        The harbour ferry will leave every twenty minutes instead of every half hour during the morning peak.

        Le service du soir reste inchangé, précise l’opérateur.""");
    assertThat(doc.dropped()).extracting(Dropped::reason).containsExactly("share/follow bar", "copyright notice");
    assertThat(doc.title()).isEqualTo("Ferry timetable changes from Monday");
  }

  @Test
  void pdfKeepsLinesAndDropsFurniture() throws Exception {
    Path file = Fixtures.pdf(dir.resolve("brief.pdf"), List.of(
        "City library opens on Sundays",
        "From March the central library will open on Sunday afternoons.",
        "The change was requested by students preparing for exams.",
        "Copyright 2024 City Bulletin. All rights reserved.",
        "Follow us on social media"));
    CleanDocument doc = cleaner.clean(parser.parse(file));
    assertThat(doc.body()).isEqualTo("""
        City library opens on Sundays

        From March the central library will open on Sunday afternoons.

        The change was requested by students preparing for exams.""");
    assertThat(doc.dropped()).extracting(Dropped::reason).containsExactly("copyright notice", "share/follow bar");
  }
}
