package crosscheck.parse;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses how to decode the bytes of a text or HTML file. In order: a byte-order mark; bytes that are valid
 * UTF-8 (legacy CJK and Latin text almost never is); the charset the page declares, if the bytes decode cleanly
 * with it and ICU's statistical detector does not find it implausible; otherwise ICU's best guess. Legacy names
 * are widened to the superset browsers use: gb2312/gbk → GB18030, euc-kr → windows-949, big5 → Big5-HKSCS,
 * iso-8859-1/us-ascii → windows-1252. Stateless and thread-safe.
 */
public final class CharsetSniffer {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset CP949 = Charset.forName("x-windows-949");
  private static final Charset BIG5 = Charset.forName("Big5-HKSCS");

  /** Legacy names mapped to the superset that decodes what sites actually serve under them. */
  private static final Map<String, Charset> WIDER = Map.ofEntries(
      Map.entry("gb2312", GB18030), Map.entry("gbk", GB18030), Map.entry("x-gbk", GB18030),
      Map.entry("cp936", GB18030), Map.entry("euc-cn", GB18030), Map.entry("gb18030", GB18030),
      Map.entry("euc-kr", CP949), Map.entry("ks_c_5601-1987", CP949), Map.entry("cp949", CP949),
      Map.entry("ms949", CP949), Map.entry("x-windows-949", CP949), Map.entry("windows-949", CP949),
      Map.entry("big5", BIG5), Map.entry("big5-hkscs", BIG5), Map.entry("cp950", BIG5), Map.entry("x-windows-950", BIG5),
      Map.entry("iso-8859-1", WINDOWS_1252), Map.entry("latin1", WINDOWS_1252), Map.entry("us-ascii", WINDOWS_1252),
      Map.entry("ascii", WINDOWS_1252), Map.entry("windows-1252", WINDOWS_1252), Map.entry("cp1252", WINDOWS_1252));

  /** Valid multi-byte UTF-8 sequences per invalid one above which text is UTF-8 with damage, not a legacy charset. */
  private static final int MOSTLY_UTF8 = 10;
  /**
   * ICU confidence needed to trust its guess over a declared charset that decodes cleanly; the declaration also
   * stands if ICU gives it at least half the confidence of its best guess.
   */
  private static final int CONFIDENT = 30;

  private CharsetSniffer() {}

  /**
   * Chooses a charset for {@code sample}, the first bytes of a file.
   *
   * @param declared the charset the file declares (meta tag, XML declaration), or null
   */
  public static CharsetChoice choose(byte[] sample, String declared) {
    CharsetChoice bom = fromBom(sample);
    if (bom != null) {
      return bom;
    }
    Charset hint = widen(declared);
    if (isAscii(sample)) {
      return new CharsetChoice(hint == null ? StandardCharsets.UTF_8 : hint, "ASCII bytes only");
    }
    int[] utf8 = utf8Sequences(sample);
    if (utf8[1] == 0) {
      return new CharsetChoice(StandardCharsets.UTF_8,
          hint == null || hint.equals(StandardCharsets.UTF_8) ? "valid UTF-8" : "valid UTF-8 (declared " + declared + " ignored)");
    }
    if (utf8[0] >= MOSTLY_UTF8 * utf8[1]) {
      return new CharsetChoice(StandardCharsets.UTF_8, "UTF-8 with " + utf8[1] + " invalid sequence(s)");
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(sample);
    CharsetMatch[] matches = detector.detectAll();
    Charset best = null;
    int bestConfidence = 0;
    int hintConfidence = 0;
    for (CharsetMatch m : matches) {
      Charset c = m.getName().startsWith("UTF-16") || m.getName().startsWith("UTF-32") ? null : widen(m.getName());
      if (c == null) {
        continue;
      }
      if (best == null) {
        best = c;
        bestConfidence = m.getConfidence();
      }
      if (c.equals(hint)) {
        hintConfidence = Math.max(hintConfidence, m.getConfidence());
      }
    }
    if (hint != null && errors(sample, hint) == 0
        && (hint.equals(best) || bestConfidence < CONFIDENT || hintConfidence * 2 >= bestConfidence)) {
      return new CharsetChoice(hint, "declared " + declared + ", bytes agree");
    }
    if (best != null && bestConfidence >= CONFIDENT) {
      return new CharsetChoice(best, "detected from bytes (" + bestConfidence + "%)"
          + (hint == null ? "" : ", declared " + declared + " disagrees"));
    }
    if (hint != null) {
      return new CharsetChoice(hint, "declared " + declared + " (bytes unclear)");
    }
    return new CharsetChoice(best == null ? WINDOWS_1252 : best, "best guess from bytes");
  }

  /** The decoder crosscheck uses for a charset name, widened to its superset; null if unknown or unsupported. */
  static Charset widen(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String key = name.strip().toLowerCase(Locale.ROOT);
    Charset wider = WIDER.get(key);
    if (wider != null) {
      return wider;
    }
    try {
      return Charset.forName(key);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static CharsetChoice fromBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new CharsetChoice(StandardCharsets.UTF_8, "UTF-8 byte-order mark");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new CharsetChoice(StandardCharsets.UTF_16BE, "UTF-16BE byte-order mark");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new CharsetChoice(StandardCharsets.UTF_16LE, "UTF-16LE byte-order mark");
    }
    return null;
  }

  private static boolean isAscii(byte[] b) {
    for (byte x : b) {
      if (x < 0) {
        return false;
      }
    }
    return true;
  }

  /** {valid multi-byte sequences, invalid bytes} when reading {@code b} as UTF-8; a cut final sequence is not invalid. */
  static int[] utf8Sequences(byte[] b) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int need = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
      if (need == 0) {
        i++;
        continue;
      }
      if (need < 0) {
        invalid++;
        i++;
        continue;
      }
      int j = 1;
      while (j <= need && i + j < b.length && (b[i + j] & 0xC0) == 0x80) {
        j++;
      }
      if (j > need) {
        valid++;
        i += j;
      } else if (i + j >= b.length) {
        break;
      } else {
        invalid++;
        i++;
      }
    }
    return new int[] {valid, invalid};
  }

  /**
   * Counts malformed or unmappable sequences when decoding {@code bytes}; an incomplete sequence at the very end
   * (a sample cut mid-character) is not counted.
   */
  static int errors(byte[] bytes, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    int errors = 0;
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isOverflow()) {
        out.clear();
      } else if (r.isError()) {
        if (in.position() + r.length() >= bytes.length && r.isMalformed()) {
          return errors;
        }
        errors++;
        in.position(in.position() + r.length());
      } else {
        return errors;
      }
    }
  }
}
