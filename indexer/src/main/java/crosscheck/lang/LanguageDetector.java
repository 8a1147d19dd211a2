package crosscheck.lang;

import crosscheck.analysis.TraditionalToSimplifiedCharFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;
import java.util.Set;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageConfidence;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Detects an article's language among those crosscheck supports. A script check comes first: text that is
 * mostly Hangul is Korean, mostly Han (without kana) is Chinese, and for Chinese the script (Traditional or
 * Simplified) is read from which characters the Traditional→Simplified folding changes. Latin-script text goes
 * to Tika's Optimaize detector (its first {@value #NGRAM_SAMPLE} characters), restricted to the supported models
 * (Malay is folded into Indonesian).
 *
 * <p>Thread-safe: the Optimaize detector is used under a lock (its detector keeps per-call state).
 */
public final class LanguageDetector {

  private static final Set<String> MODELS = Set.of("zh-CN", "zh-TW", "ko", "id", "ms", "en", "fr");
  private static final int SAMPLE = 20_000;
  /**
   * Characters of a Latin-script sample the n-gram detector reads: its cost grows with the text, and a few
   * thousand characters decide as well as the whole article (no decision changed on the fixtures, the seed
   * corpus and 2,600 generated articles from 1,000 characters up).
   */
  private static final int NGRAM_SAMPLE = 3_000;

  private final OptimaizeLangDetector optimaize;

  public LanguageDetector() {
    try {
      optimaize = new OptimaizeLangDetector();
      optimaize.loadModels(MODELS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load language models", e);
    }
  }

  public Language detect(String text) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    int hangul = 0, han = 0, kana = 0, letters = 0;
    for (int i = 0; i < sample.length(); ) {
      int cp = sample.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) { // ASCII: a letter is a Latin letter
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
          letters++;
        }
        continue;
      }
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      if (cp < 0x1100) { // below Hangul Jamo: no Hangul, Han or kana
        continue;
      }
      Character.UnicodeScript s = Character.UnicodeScript.of(cp);
      if (s == Character.UnicodeScript.HANGUL) {
        hangul++;
      } else if (s == Character.UnicodeScript.HAN) {
        han++;
      } else if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
        kana++;
      }
    }
    if (letters == 0) {
      return Language.UNDETERMINED;
    }
    if (hangul > letters * 0.3) {
      return Language.of("ko");
    }
    if (kana > letters * 0.05) {
      return Language.of("ja");
    }
    if (han > letters * 0.3) {
      return new Language("zh", chineseScript(sample));
    }
    return latin(sample.length() > NGRAM_SAMPLE ? sample.substring(0, NGRAM_SAMPLE) : sample);
  }

  private Language latin(String sample) {
    LanguageResult result;
    synchronized (optimaize) {
      optimaize.reset();
      optimaize.addText(sample);
      result = optimaize.detect();
    }
    if (result.getConfidence() != LanguageConfidence.HIGH) {
      // short texts: Optimaize is unsure (or silent); the function words of the supported languages decide
      String byWords = FunctionWords.vote(sample);
      if (byWords != null) {
        return Language.of(byWords);
      }
      if (result.isUnknown()) {
        return Language.UNDETERMINED;
      }
    }
    return switch (result.getLanguage()) {
      case "ms", "id" -> Language.of("id");
      case "zh-CN" -> new Language("zh", "Hans");
      case "zh-TW" -> new Language("zh", "Hant");
      default -> Language.of(result.getLanguage());
    };
  }

  /**
   * Hant when more Han characters that no Simplified text uses change under Traditional→Simplified folding than a
   * Simplified text would show. A changed character counts only when GB 2312 (the Simplified standard) lacks it:
   * the folding also changes 17 characters of that standard (俱 乾 著 於 藉 ...), which Simplified text writes too,
   * and without them one Traditional-only character (資料中心) is evidence enough in a short text.
   */
  static String chineseScript(String text) {
    StringBuilder han = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) { // Han starts at U+2E80
        han.appendCodePoint(cp);
      }
    }
    String original = han.toString();
    String folded = TraditionalToSimplifiedCharFilter.fold(original);
    int changed = 0;
    int n = Math.min(original.length(), folded.length());
    for (int i = 0; i < n; i++) {
      char c = original.charAt(i);
      if (c != folded.charAt(i) && !SimplifiedStandard.has(c)) {
        changed++;
      }
    }
    return changed > 0 && changed > original.length() / 50 ? "Hant" : "Hans";
  }

  /** The Han characters of GB 2312, read once from the JDK's encoder. */
  private static final class SimplifiedStandard {
    private static final BitSet CHARS = load();

    static boolean has(char c) {
      return CHARS.get(c);
    }

    private static BitSet load() {
      CharsetEncoder gb = Charset.forName("GB2312").newEncoder();
      BitSet out = new BitSet(1 << 16);
      for (char c = '\u2E80'; c < '\uA000'; c++) {
        if (gb.canEncode(c)) {
          out.set(c);
        }
      }
      return out;
    }
  }
}
