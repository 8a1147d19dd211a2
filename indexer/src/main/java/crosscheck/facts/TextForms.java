package crosscheck.facts;

/**
 * Length-preserving folding of article text for number matching: full-width ASCII to ASCII, the ideographic
 * and no-break spaces to a space, the minus sign to a hyphen, and letters to lower case one char at a time.
 * Every offset in the folded text is the same offset in the original, so spans can be cut from the body.
 */
final class TextForms {

  private TextForms() {}

  static String fold(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c >= 'A' && c <= 'Z') {
        out[i] = (char) (c + 32);
      } else if (c >= 0x80) {
        out[i] = foldChar(c);
      }
    }
    return new String(out);
  }

  static char foldChar(char c) {
    // Fast paths: ASCII, and the Han and Hangul blocks, which have no case.
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (c >= '\u4E00' && c <= '\u9FFF' || c >= '\uAC00' && c <= '\uD7A3') {
      return c;
    }
    if (c >= '\uFF01' && c <= '\uFF5E') {
      c = (char) (c - 0xFEE0);
    } else if (c == '\u3000' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007') {
      return ' ';
    } else if (c == '\u2212' || c == '\u2014' || c == '\u2013' || c == '\u2010' || c == '\u2011') {
      return '-';
    } else if (c == '\u2019' || c == '\u2018') {
      return '\'';
    }
    return Character.toLowerCase(c);
  }

  static boolean isHangul(char c) {
    return c >= '\uAC00' && c <= '\uD7A3';
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** A Latin letter or digit: the characters that make a digit sequence part of a longer word or code. */
  static boolean isLatinWordChar(char c) {
    return (c < 0x250 && Character.isLetter(c)) || (c >= '0' && c <= '9') || c == '_';
  }

  /** {@link Character#isLetter(char)}, with ASCII answered without the look-up. */
  static boolean isLetter(char c) {
    return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
