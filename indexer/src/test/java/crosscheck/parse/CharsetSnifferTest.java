package crosscheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.fixtures.Fixtures;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The charset decision, on the fixtures' own text in each legacy encoding, with honest and lying declarations. */
class CharsetSnifferTest {

  private static final String KO = Fixtures.text("ko-paste.txt");
  private static final String ZH_HANT = Fixtures.text("zh-hant-paste.txt");
  private static final String ZH_HANS = Fixtures.text("zh-hans-paste.txt");
  private static final String FR = Fixtures.text("fr-paste.txt");

  private static Charset choose(String text, String encoding, String declared) {
    return CharsetSniffer.choose(text.getBytes(Charset.forName(encoding)), declared).charset();
  }

  private static String decode(String text, String encoding, String declared) {
    return new String(text.getBytes(Charset.forName(encoding)), choose(text, encoding, declared));
  }

  @Test
  void undeclaredLegacyEncodingsAreDetected() {
    assertThat(decode(KO, "EUC-KR", null)).isEqualTo(KO);
    assertThat(decode(ZH_HANT, "Big5", null)).isEqualTo(ZH_HANT);
    assertThat(decode(ZH_HANS, "GB18030", null)).isEqualTo(ZH_HANS);
    assertThat(decode(FR, "windows-1252", null)).isEqualTo(FR);
  }

  @Test
  void legacyNamesAreWidenedToTheSupersetsSitesServe() {
    assertThat(choose(ZH_HANS, "GBK", "gb2312")).isEqualTo(Charset.forName("GB18030"));
    assertThat(choose(KO, "x-windows-949", "euc-kr")).isEqualTo(Charset.forName("x-windows-949"));
    assertThat(choose(FR, "windows-1252", "iso-8859-1")).isEqualTo(Charset.forName("windows-1252"));
    assertThat(choose(ZH_HANT, "Big5", "big5")).isEqualTo(Charset.forName("Big5-HKSCS"));
  }

  @Test
  void aDeclarationTheBytesContradictIsOverruled() {
    // UTF-8 bytes in a page that still says euc-kr (a site migrated, the template did not).
    assertThat(choose(KO, "UTF-8", "euc-kr")).isEqualTo(StandardCharsets.UTF_8);
    // Big5 bytes declared as gbk: they decode without error as GBK, but into nonsense ICU finds implausible.
    assertThat(decode(ZH_HANT, "Big5", "gbk")).isEqualTo(ZH_HANT);
    // windows-1252 bytes declared as utf-8.
    assertThat(decode(FR, "windows-1252", "utf-8")).isEqualTo(FR);
  }

  @Test
  void byteOrderMarksWin() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
    assertThat(CharsetSniffer.choose(bom, "euc-kr").charset()).isEqualTo(StandardCharsets.UTF_8);
    byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'a', 0};
    assertThat(CharsetSniffer.choose(utf16, null).charset()).isEqualTo(StandardCharsets.UTF_16LE);
  }

  @Test
  void aSampleCutMidCharacterStillCountsAsUtf8() {
    byte[] bytes = KO.getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(bytes, 4); // first Hangul syllable (3 bytes) + 1 byte of the next
    assertThat(CharsetSniffer.choose(cut, null).charset()).isEqualTo(StandardCharsets.UTF_8);
  }
}
