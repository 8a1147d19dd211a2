package crosscheck.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Folds Traditional Chinese to Simplified before tokenization, so that smartcn (which only segments Simplified
 * text well) sees 数据中心 whether the article wrote 數據中心 or 数据中心. Offsets are corrected wherever the
 * conversion changes the length, so highlights still land on the original characters.
 *
 * <p>The output is identical to ICU4J's {@code Traditional-Simplified} transliterator, context rules included
 * (計畫 → 计划, while 著作 stays 著作), but it runs from a precomputed table ({@link TraditionalToSimplified})
 * instead of the rule interpreter (see BENCHMARKS.md for the speed-up). The whole input is read at once: articles are
 * bounded by the parser's character limit.
 */
public final class TraditionalToSimplifiedCharFilter extends BaseCharFilter {

  private static final TraditionalToSimplified T2S = TraditionalToSimplified.INSTANCE;

  private StringBuilder folded;
  private int pos;

  public TraditionalToSimplifiedCharFilter(Reader in) {
    super(in);
  }

  /** Folds a whole string (no offset bookkeeping): for query text and script detection. */
  public static String fold(String text) {
    return T2S.fold(text);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (folded == null) {
      folded = convert();
    }
    if (pos >= folded.length()) {
      return -1;
    }
    int n = Math.min(len, folded.length() - pos);
    folded.getChars(pos, pos + n, cbuf, off);
    pos += n;
    return n;
  }

  private StringBuilder convert() throws IOException {
    char[] text = new char[8192];
    int length = 0;
    for (int n; (n = input.read(text, length, text.length - length)) != -1; ) {
      length += n;
      if (length == text.length) {
        text = Arrays.copyOf(text, text.length * 2);
      }
    }
    StringBuilder out = new StringBuilder(length);
    T2S.fold(text, length, out, this::correct);
    return out;
  }

  /** Records a replacement that changed the length, the way Lucene's MappingCharFilter does. */
  private void correct(int outputStart, int keyLength, int outputLength) {
    int previous = getLastCumulativeDiff();
    if (outputLength < keyLength) {
      addOffCorrectMap(outputStart + outputLength, previous + keyLength - outputLength);
    } else {
      // the extra output chars all map back to the last char of the key
      for (int extra = 0; extra < outputLength - keyLength; extra++) {
        addOffCorrectMap(outputStart + keyLength + extra, previous - extra - 1);
      }
    }
  }
}
