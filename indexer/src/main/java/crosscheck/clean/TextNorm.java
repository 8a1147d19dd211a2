package crosscheck.clean;

import java.util.Locale;

/**
 * The few text normalisations the cleaner applies, all safe for display as well as search.
 *
 * <p>The body crosscheck stores is what the reader saw, with only these changes: whitespace (including NBSP and
 * the ideographic space) collapsed; zero-width characters, soft hyphens and stray byte-order marks removed;
 * full-width ASCII letters and digits (U+FF10–FF19, U+FF21–FF3A, U+FF41–FF5A) folded to ASCII, and the
 * full-width {@code ％ ． ，} folded too when they sit right after a digit (so {@code ９６．１％} reads
 * {@code 96.1%}). Full NFKC is not applied: it would also rewrite CJK punctuation, circled numbers, compatibility
 * ideographs and the like, changing text a journalist quotes; the analyzers fold what search needs.
 */
final class TextNorm {

  private TextNorm() {}

  /** Display text of one line: width-folded, invisible characters removed, whitespace collapsed, stripped. */
  static String line(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < 0x7F) { // printable ASCII: kept as it is
        sb.append(c);
        continue;
      }
      if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u202F' || c == '\u2007') {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
          sb.append(' ');
        }
        continue;
      }
      if (Character.isISOControl(c)) {
        continue;
      }
      sb.append(fold(c, sb.length() > 0 ? sb.charAt(sb.length() - 1) : ' '));
    }
    return sb.toString().strip();
  }

  /** Folds one full-width character given the (already folded) character before it. */
  static char fold(char c, char previous) {
    if ((c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A')) {
      return (char) (c - 0xFEE0);
    }
    if ((c == '\uFF05' || c == '\uFF0E' || c == '\uFF0C') && previous >= '0' && previous <= '9') {
      return (char) (c - 0xFEE0);
    }
    return c;
  }

  /** Length as a reader weighs it: Han, Hangul and kana count twice (one such character carries about a word). */
  static int weight(String s) {
    return weight(s, Integer.MAX_VALUE);
  }

  /** {@link #weight(String)}, counted only up to {@code cap} (lines are often compared with a small limit). */
  static int weight(String s, int cap) {
    int w = 0;
    for (int i = 0; i < s.length() && w <= cap; ) {
      char c = s.charAt(i);
      if (c < 0x1100) { // below Hangul Jamo: no Han, Hangul or kana
        w++;
        i++;
        continue;
      }
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      w += isCjk(cp) ? 2 : 1;
    }
    return w;
  }

  /** True when at most {@code max}: stops counting past it. */
  static boolean weightAtMost(String s, int max) {
    return weight(s, max) <= max;
  }

  static boolean isCjk(int cp) {
    if (cp < 0x1100) {
      return false;
    }
    if (cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0xAC00 && cp <= 0xD7A3) { // the common Han and Hangul blocks
      return true;
    }
    Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
    return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HANGUL
        || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA;
  }

  /**
   * Whether a line reads as running prose: it ends like a sentence and is long enough to be one. Short lines and
   * lines without final punctuation are labels, headings, menu items or widget text.
   */
  static boolean isSentence(String s) {
    if (weightAtMost(s, 39)) {
      return false;
    }
    String t = s.strip();
    char last = t.charAt(t.length() - 1);
    return ".!?。！？…\"”’'」』)）".indexOf(last) >= 0 || t.endsWith("다") || t.endsWith("요");
  }

  /**
   * Each character folded the way {@code Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE} compares it (lower case
   * of its upper case), length kept: a pattern without flags whose literals are folded the same way finds the
   * same matches in the folded text as the flagged pattern in the original.
   */
  static String caseFold(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(Character.toUpperCase(c));
      if (f != c) {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = f;
      }
    }
    return out == null ? s : new String(out);
  }

  /** The comparison key for finding repeats: bullets and spaces dropped, lower-cased. */
  static String key(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean ascii = true;
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c < 0x80) { // ASCII letters lower-cased here: the same as toLowerCase(Locale.ROOT) below
        i++;
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          sb.append(c);
        } else if (c >= 'A' && c <= 'Z') {
          sb.append((char) (c + 32));
        }
        continue;
      }
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || isCjk(cp)) {
        sb.appendCodePoint(cp);
        ascii = false;
      }
    }
    return ascii ? sb.toString() : sb.toString().toLowerCase(Locale.ROOT);
  }
}
