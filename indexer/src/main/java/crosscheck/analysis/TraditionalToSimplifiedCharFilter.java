package crosscheck.analysis;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Folds Traditional Chinese to Simplified before tokenization, so that smartcn (which only segments Simplified
 * text well) sees 数据中心 whether the article wrote 數據中心 or 数据中心. Offsets are corrected wherever the
 * conversion changes the length, so highlights still land on the original characters.
 *
 * <p>Uses ICU4J's {@code Traditional-Simplified} transliterator, which applies multi-character context rules
 * (計畫 → 计划). The whole input is read at once: articles are bounded by the parser's character limit.
 */
public final class TraditionalToSimplifiedCharFilter extends BaseCharFilter {

  private static final ThreadLocal<Transliterator> T2S =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

  private String folded;
  private int pos;

  public TraditionalToSimplifiedCharFilter(Reader in) {
    super(in);
  }

  /** Folds a whole string (no offset bookkeeping): for query text and script detection. */
  public static String fold(String text) {
    return hasHan(text) ? T2S.get().transliterate(text) : text;
  }

  /** Whether the text has a Han character: the only ones the conversion changes, and ICU is slow on the rest. */
  private static boolean hasHan(String text) {
    return text.codePoints().anyMatch(Character::isIdeographic);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (folded == null) {
      folded = convert(readAll());
    }
    if (pos >= folded.length()) {
      return -1;
    }
    int n = Math.min(len, folded.length() - pos);
    folded.getChars(pos, pos + n, cbuf, off);
    pos += n;
    return n;
  }

  private String readAll() throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = input.read(buf)) != -1; ) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  /** Converts the text; where the whole-text conversion changes the length, converts per code point instead. */
  private String convert(String text) {
    if (!hasHan(text)) {
      return text;
    }
    Transliterator t2s = T2S.get();
    String whole = t2s.transliterate(text);
    if (whole.length() == text.length()) {
      return whole;
    }
    StringBuilder out = new StringBuilder(text.length());
    int diff = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String src = new String(Character.toChars(cp));
      String dst = Character.isIdeographic(cp) ? t2s.transliterate(src) : src;
      out.append(dst);
      i += src.length();
      if (dst.length() != src.length()) {
        diff += src.length() - dst.length();
        addOffCorrectMap(out.length(), diff);
      }
    }
    return out.toString();
  }
}
