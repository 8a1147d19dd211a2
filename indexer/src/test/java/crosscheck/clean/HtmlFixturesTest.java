package crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.clean.CleanDocument.Dropped;
import crosscheck.fixtures.Fixtures;
import crosscheck.parse.DocumentParser;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved news pages written for crosscheck, one per language, in three shapes a main-text extractor meets:
 * semantic HTML5 (article/nav/aside/footer), Korean-portal div soup with telling class names and {@code <br>}
 * paragraphs, and div soup with meaningless class names where only text and link density tell the article apart.
 * Each is saved in the charset its kind of site serves and declares.
 */
class HtmlFixturesTest {

  @TempDir Path dir;

  private final DocumentParser parser = new DocumentParser(100_000);
  private final Cleaner cleaner = new Cleaner();

  private CleanDocument clean(String name, String declared, Charset encoding) throws Exception {
    return cleaner.clean(parser.parse(Fixtures.html(dir, name, declared, encoding)));
  }

  @Test
  void frenchSemanticPageInWindows1252() throws Exception {
    CleanDocument doc = clean("fr-semantic.html", "windows-1252", Charset.forName("windows-1252"));
    assertThat(doc.body()).isEqualTo("""
        Incendie d’un centre de données : la messagerie coupée pendant dix heures

        Un départ de feu dans la salle des batteries a privé des millions d’utilisateurs de leur messagerie samedi \
        soir. Les équipes techniques ont mis dix heures à rétablir l’essentiel du service.

        « Nous n’avions pas prévu qu’un seul bâtiment puisse tout arrêter », reconnaît une ingénieure de \
        l’opérateur, qui demande que son nom ne soit pas publié. Les paiements en ligne et la réservation de taxis \
        ont également été interrompus.

        Le gouvernement réclame désormais un plan de secours sur deux sites distincts. L’œuvre de reconstruction \
        devrait coûter près de 40 millions d’euros.""");
    assertThat(doc.dropped()).containsExactly(
        new Dropped("Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez leur "
            + "utilisation. Accepter", "class/id \"cookie-consent\" (cookie)"),
        new Dropped("Le Petit Réseau Monde Économie Tech Sport", "<header> page header"),
        new Dropped("Par Claire Dubœuf", "byline (kept as author)"),
        new Dropped("Partager Facebook X WhatsApp", "class/id \"share-bar\" (share)"),
        new Dropped("Lire aussi : les grandes pannes de l’année", "mostly links (100% link text)"),
        new Dropped("À lire aussi Les opérateurs face au risque d’incendie Comment sauvegarder ses conversations",
            "<aside> sidebar"),
        new Dropped("Commentaires (12) Connectez-vous pour réagir à cet article.", "class/id \"comments\" (comments)"),
        new Dropped("© 2022 Le Petit Réseau. Tous droits réservés. Mentions légales | CGU | Contact", "<footer>"));
    assertThat(doc.title()).isEqualTo("Incendie d’un centre de données : la messagerie coupée pendant dix heures");
    assertThat(doc.published()).isEqualTo("2022-10-16");
    assertThat(doc.source()).isEqualTo("Le Petit Réseau");
    assertThat(doc.author()).isEqualTo("Claire Dubœuf");
    assertThat(doc.url()).isEqualTo("https://example.org/fr/incendie-centre-donnees");
  }

  @Test
  void englishSemanticPageDeclaredLatin1() throws Exception {
    CleanDocument doc = clean("en-semantic.html", "iso-8859-1", StandardCharsets.ISO_8859_1);
    assertThat(doc.body()).isEqualTo("""
        Harbour city trials battery ferries

        Two electric ferries began carrying passengers across the harbour on Monday, in a six-month trial the port \
        authority says could replace its diesel fleet by 2027.

        Each boat charges for twelve minutes at the terminal while passengers board. Crew members said the quieter \
        engines had already drawn comments from regular commuters.

        The trial costs about £3.5 million, a third of it paid by a regional climate fund.""");
    assertThat(doc.dropped()).extracting(Dropped::reason).containsExactly(
        "class/id \"ad top-banner\" (ad)", "<nav> navigation", "class/id \"social-share\" (social)",
        "subscribe prompt", "class/id \"trending\" (trending)", "class/id \"footer-links\" (footer)");
    assertThat(doc.published()).isEqualTo("2023-03-07");
    assertThat(doc.author()).isEqualTo("Sam Okafor");
    assertThat(doc.source()).isEqualTo("Coastline Daily");
  }

  @Test
  void koreanDivSoupInEucKr() throws Exception {
    CleanDocument doc = clean("ko-divsoup.html", "euc-kr", Charset.forName("EUC-KR"));
    assertThat(doc.body()).isEqualTo("""
        시청 앞을 흐르는 하천에서 수달 네 마리가 카메라에 잡혔다. 환경단체는 지난겨울부터 발자국을 추적해 왔다고 밝혔다.

        하천은 10년 전만 해도 생활하수가 흘러들던 곳이었다. 구청은 하수관을 분리하고 둑의 콘크리트를 걷어내는 데 약 120억 원을 썼다.

        한 주민은 "아이들과 산책하다 물 위로 고개를 내민 수달을 봤다"며 신기해했다.""");
    assertThat(doc.dropped()).containsExactly(
        new Dropped("홈 정치 사회 문화", "class/id \"gnb\" (gnb)"),
        new Dropped("도심 하천에 수달 가족 돌아왔다\n기사입력 2023년 5월 9일 14:20", "outside the main content"),
        new Dropped("기사 듣기 글자크기 설정", "class/id \"tts_btn\" (tts)"),
        new Dropped("박민서 기자 minseo@example.kr", "byline (kept as author)"),
        new Dropped("카카오톡 페이스북 링크복사", "class/id \"share_area\" (share)"),
        new Dropped("ⓒ 한빛일보, 무단 전재 및 재배포 금지", "class/id \"copyright\" (copyright)"),
        new Dropped("많이 본 뉴스 주말 날씨 맑고 포근 지하철 요금 인상 확정 야구 개막전 매진", "class/id \"hot_news\" (hot)"),
        new Dropped("댓글 0 로그인하고 댓글을 남겨주세요.", "class/id \"reply_wrap\" (reply)"));
    assertThat(doc.title()).isEqualTo("도심 하천에 수달 가족 돌아왔다");
    assertThat(doc.published()).isEqualTo("2023-05-09");
    assertThat(doc.author()).isEqualTo("박민서");
    assertThat(doc.source()).isEqualTo("한빛일보");
  }

  @Test
  void traditionalChinesePageInBig5ByDensity() throws Exception {
    CleanDocument doc = clean("zh-hant-plain.html", "big5", Charset.forName("Big5"));
    assertThat(doc.body()).isEqualTo("""
        山區小學改用太陽能 電費減半

        2024年3月12日

        位於山腰的一所小學去年在屋頂裝設太陽能板，今年冬天的電費比前年少了一半。校長說，省下的錢將用來購買圖書。

        這項計畫由家長會發起，共募得新台幣八十萬元。工程只花了兩週，學生在上課時還能看到工人搬運面板。

        縣政府表示，若效果穩定，明年將推廣到另外十五所學校。""");
    assertThat(doc.dropped()).containsExactly(
        new Dropped("首頁 | 新聞 | 財經 | 生活", "outside the main content"),
        new Dropped("縣長視察水庫工程\n夜市攤商迎來觀光人潮\n老街咖啡館獲選最佳景點\n版權所有 新城日報 未經授權不得轉載",
            "outside the main content"));
    assertThat(doc.title()).isEqualTo("山區小學改用太陽能 電費減半");
    assertThat(doc.published()).isEqualTo("2024-03-12");
  }

  @Test
  void simplifiedChinesePageDeclaredGb2312() throws Exception {
    CleanDocument doc = clean("zh-hans-plain.html", "gb2312", Charset.forName("GBK"));
    assertThat(doc.body()).isEqualTo("""
        老城区上周开通三条夜间公交线路，运营到凌晨两点。公交公司统计，首周共有一万二千人次乘坐，比预计多出四成。

        不少乘客是餐馆和医院的夜班员工。一位护士说，以前下班只能打车，现在每月能省下三百多元。

        公交公司表示，将根据客流调整发车间隔，并考虑在新区增开线路。""");
    assertThat(doc.dropped()).containsExactly(
        new Dropped("首页 城市 科技 体育 下载客户端\n老城区试点夜间公交 首周客流超预期\n发布时间：2024年6月3日 08:15",
            "outside the main content"),
        new Dropped("分享到：微博 微信 QQ", "share/follow bar"),
        new Dropped("热门推荐\n地铁五号线延长段开工\n本周末气温回升\n老字号点心铺重新开业\n"
            + "Copyright © 2024 江南快讯 版权所有 未经授权禁止转载", "outside the main content"));
    assertThat(doc.title()).isEqualTo("老城区试点夜间公交 首周客流超预期");
    assertThat(doc.published()).isEqualTo("2024-06-03");
    assertThat(doc.author()).isEqualTo("李文");
  }

  @Test
  void indonesianPageInUtf8() throws Exception {
    CleanDocument doc = clean("id-plain.html", "utf-8", StandardCharsets.UTF_8);
    assertThat(doc.body()).isEqualTo("""
        Petani Kopi di Lereng Gunung Beralih ke Irigasi Tetes

        Selasa, 14 Mei 2024 10:05 WIB

        Sekelompok petani kopi di lereng gunung mulai memakai irigasi tetes setelah dua musim kemarau panjang. \
        Mereka mengatakan kebutuhan air turun hampir separuhnya.

        Alat tersebut dibeli bersama oleh dua puluh tiga petani dengan pinjaman koperasi. Seorang petani berusia 52 \
        tahun mengaku kini tidak lagi mengangkut air dengan jeriken.

        Dinas pertanian setempat berencana meniru cara ini di tiga desa lain tahun depan.""");
    assertThat(doc.dropped()).containsExactly(
        new Dropped("Beranda Nasional Ekonomi Olahraga", "class/id \"menu\" (menu)"),
        new Dropped("Baca juga: Harga Kopi Naik Menjelang Panen", "mostly links (73% link text)"),
        new Dropped("Bagikan artikel ini", "share/follow bar"),
        new Dropped("Berita Terkait\nPasar Tradisional Ramai Jelang Lebaran Jalan Desa Diperbaiki Festival Budaya "
            + "Digelar\nslot gacor hari ini maxwin\nHak Cipta © 2024 Kabar Nusantara", "outside the main content"));
    assertThat(doc.published()).isEqualTo("2024-05-14");
    assertThat(doc.title()).isEqualTo("Petani Kopi di Lereng Gunung Beralih ke Irigasi Tetes");
  }

  @Test
  void savedPageKeepsShortHeadlineAndOriginalAddress() throws Exception {
    String page = """
        <!-- saved from url=(0041)https://news.example.net/2024/05/flood -->
        <html><head><meta charset="utf-8"><title>Flood | Example</title></head><body>
        <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
        <article>
        <h1>Flood</h1>
        <p>By Ana Lima</p>
        <div class="share"><a href="#">Facebook</a> <a href="#">X</a></div>
        <p>The river rose two metres overnight and closed the old bridge, the fire service said on Sunday morning.</p>
        <p>Residents of the lower town were asked to move their cars to higher ground before noon.</p>
        </article></body></html>""";
    Path file = Files.writeString(dir.resolve("flood.html"), page, StandardCharsets.UTF_8);
    CleanDocument doc = cleaner.clean(parser.parse(file));
    assertThat(doc.body()).startsWith("Flood\n\nThe river rose two metres overnight");
    assertThat(doc.title()).isEqualTo("Flood");
    assertThat(doc.author()).isEqualTo("Ana Lima");
    assertThat(doc.url()).isEqualTo("https://news.example.net/2024/05/flood");
  }
}
