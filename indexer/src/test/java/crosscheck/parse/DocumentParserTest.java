package crosscheck.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crosscheck.fixtures.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formats, encodings, limits: what the parser hands the cleaner. */
class DocumentParserTest {

  @TempDir Path dir;

  private final DocumentParser parser = new DocumentParser(100_000);

  @Test
  void textInEachLegacyEncodingDecodesToTheOriginal() throws Exception {
    String[][] cases = {
        {"ko-paste.txt", "EUC-KR"}, {"ko-paste.txt", "x-windows-949"}, {"zh-hant-paste.txt", "Big5"},
        {"zh-hans-paste.txt", "GBK"}, {"zh-hans-paste.txt", "GB18030"}, {"fr-paste.txt", "windows-1252"},
        {"fr-paste.txt", "ISO-8859-1"}, {"id-paste.txt", "UTF-8"}, {"en-paste.txt", "UTF-8"}};
    for (String[] c : cases) {
      String original = Fixtures.text(c[0]);
      if (!Charset.forName(c[1]).newEncoder().canEncode(original)) {
        continue; // ISO-8859-1 cannot hold the French apostrophes; windows-1252 covers that page
      }
      ParsedDocument doc = parser.parse(Fixtures.text(dir, c[0], Charset.forName(c[1]), false));
      assertThat(doc.text()).as(c[0] + " in " + c[1]).isEqualTo(original);
      assertThat(doc.contentType()).isEqualTo("text/plain");
    }
  }

  @Test
  void nameAndFirstBytesDecideTextAndHtmlWithoutTika() throws Exception {
    assertThat(obvious("a.txt", "Plain news text.".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
    assertThat(obvious("a.TXT", "<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("text/html");
    assertThat(obvious("a.htm", "  <p>a fragment</p>".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/html");
    // Names that lie or say nothing are left to Tika's detector.
    assertThat(obvious("a.txt", "%PDF-1.7 ...".getBytes(StandardCharsets.ISO_8859_1))).isNull();
    assertThat(obvious("a.txt", new byte[] {'P', 'K', 3, 4, 20, 0})).isNull();
    assertThat(obvious("a.html", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0})).isNull();
    assertThat(obvious("a.txt", "{\\rtf1\\ansi x}".getBytes(StandardCharsets.US_ASCII))).isNull();
    assertThat(obvious("a.txt", "h\0e\0l\0l\0o\0".getBytes(StandardCharsets.ISO_8859_1))).isNull();
    assertThat(obvious("a.txt", "<?xml version=\"1.0\"?><a/>".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(obvious("a.docx", "Plain text.".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(obvious("a.pdf", "PK\u0003\u0004...".getBytes(StandardCharsets.ISO_8859_1))).isNull();
    assertThat(obvious("a.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0})).isNull();
  }

  @Test
  void pdfDocxAndRtfNamesAreTakenWhenTheirSignatureAgrees() throws Exception {
    assertThat(obvious("a.PDF", "%PDF-1.7 ...".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("application/pdf");
    assertThat(obvious("a.docx", new byte[] {'P', 'K', 3, 4, 20, 0}))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(obvious("a.rtf", "{\\rtf1\\ansi x}".getBytes(StandardCharsets.US_ASCII))).isEqualTo("application/rtf");
  }

  @Test
  void aFileNamedForAnotherFormatIsParsedAsWhatItIs() throws Exception {
    List<String> paras = List.of("The ferry leaves at noon.");
    Path pdf = Fixtures.pdf(dir.resolve("real.pdf"), paras);
    Path lying = Files.move(pdf, dir.resolve("memo.docx"));
    ParsedDocument doc = parser.parse(lying);
    assertThat(doc.contentType()).isEqualTo("application/pdf");
    assertThat(doc.text()).isEqualTo("The ferry leaves at noon.");
    Path docx = Fixtures.docx(dir.resolve("real.docx"), paras);
    assertThat(parser.parse(Files.move(docx, dir.resolve("scan.pdf"))).text()).isEqualTo("The ferry leaves at noon.");
  }

  private String obvious(String name, byte[] bytes) throws Exception {
    Path file = Files.write(dir.resolve(name), bytes);
    MediaType type = DocumentParser.obviousType(file);
    return type == null ? null : type.toString();
  }

  @Test
  void utf8WithBomLosesTheBom() throws Exception {
    ParsedDocument doc = parser.parse(Fixtures.text(dir, "ko-paste.txt", StandardCharsets.UTF_8, true));
    assertThat(doc.text()).isEqualTo(Fixtures.text("ko-paste.txt"));
    assertThat(doc.meta(DocumentParser.META_CHARSET_REASON)).isEqualTo("UTF-8 byte-order mark");
  }

  @Test
  void invalidBytesBecomeReplacementCharactersAndTheRestSurvives() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("첫 문단은 온전합니다.\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
    bytes.writeBytes("\n둘째 문단도 살아남습니다.\n".getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("broken.txt"), bytes.toByteArray());
    String text = parser.parse(file).text();
    assertThat(text).startsWith("첫 문단은 온전합니다.\n").endsWith("둘째 문단도 살아남습니다.\n").contains("\uFFFD");
  }

  @Test
  void htmlWithInvalidBytesKeepsTheArticle() throws Exception {
    String page = Fixtures.text("ko-divsoup.html").replace("{{charset}}", "utf-8");
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    int at = page.indexOf("하천은 10년");
    int offset = page.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
    bytes[offset] = (byte) 0xFF;
    Path file = Files.write(dir.resolve("broken.html"), bytes);
    ParsedDocument doc = parser.parse(file);
    assertThat(doc.text()).contains("\uFFFD").contains("시청 앞을 흐르는 하천에서 수달 네 마리가 카메라에 잡혔다.")
        .contains("신기해했다.");
  }

  @Test
  void htmlKeepsSourceForTheCleaner() throws Exception {
    ParsedDocument doc = parser.parse(Fixtures.html(dir, "fr-semantic.html", "windows-1252",
        Charset.forName("windows-1252")));
    assertThat(doc.contentType()).isEqualTo("text/html");
    assertThat(doc.html()).contains("<article>");
    assertThat(doc.text()).contains("L’œuvre de reconstruction");
    assertThat(doc.meta(DocumentParser.META_CHARSET)).isEqualTo("windows-1252");
  }

  @Test
  void textIsCutAtTheCharacterLimit() throws Exception {
    Path file = Files.writeString(dir.resolve("long.txt"), "가나다라마바사\n".repeat(10_000), StandardCharsets.UTF_8);
    ParsedDocument doc = new DocumentParser(1_000).parse(file);
    assertThat(doc.truncated()).isTrue();
    assertThat(doc.text()).hasSize(1_000);
  }

  @Test
  void docxAndPdfGiveParagraphs() throws Exception {
    List<String> paras = List.of("First paragraph of the memo.", "Second paragraph, with a comma.");
    ParsedDocument docx = parser.parse(Fixtures.docx(dir.resolve("memo.docx"), paras));
    assertThat(docx.text()).isEqualTo("First paragraph of the memo.\n\nSecond paragraph, with a comma.");
    ParsedDocument pdf = parser.parse(Fixtures.pdf(dir.resolve("memo.pdf"), paras));
    assertThat(pdf.text()).isEqualTo("First paragraph of the memo.\n\nSecond paragraph, with a comma.");
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
  }

  @Test
  void pdfWithoutTextSaysSo() throws Exception {
    Path file = Fixtures.pdf(dir.resolve("blank.pdf"), List.of());
    assertThatThrownBy(() -> parser.parse(file)).isInstanceOf(ParseFailure.class)
        .hasMessageContaining("no text found in PDF");
  }

  @Test
  void directoriesAndMissingFilesAreNamed() {
    assertThatThrownBy(() -> parser.parse(dir)).hasMessage("is a directory");
    assertThatThrownBy(() -> parser.parse(dir.resolve("nope.txt"))).hasMessage("no such file");
  }

  @Test
  void rtfIsReadAndImagesAreUnsupported() throws Exception {
    Path rtf = Files.writeString(dir.resolve("note.rtf"),
        "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 The ferry leaves at noon.\\par Bring a coat.\\par}",
        StandardCharsets.US_ASCII);
    assertThat(parser.parse(rtf).text()).contains("The ferry leaves at noon.").contains("Bring a coat.");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    Path image = Files.write(dir.resolve("photo.png"), png);
    assertThatThrownBy(() -> parser.parse(image)).hasMessage("unsupported file type: image/png");
  }
}
