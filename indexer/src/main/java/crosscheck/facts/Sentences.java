package crosscheck.facts;

import java.util.Set;

/**
 * The sentence around an offset of article text and the clause of a sentence, by punctuation, as offsets. A full stop
 * between digits (9.5) or after a title (Ms., Tn.) does not end a sentence; a comma between digits (32,000)
 * does not end a clause.
 */
final class Sentences {

  /** A range of the body: {@code [start, end)}. */
  record Span(int start, int end) {
    boolean contains(int offset) {
      return offset >= start && offset < end;
    }
  }

  private static final Set<String> TITLES = Set.of("ms", "mr", "mrs", "dr", "tn", "ny", "st", "no", "vs", "prof", "sen", "rep",
      "gov", "gen", "jr", "sr", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
      "nov", "dec", "u.s", "approx", "mme", "m");

  private Sentences() {}

  /**
   * The sentence that holds {@code offset}, or null when the offset is in the white space between two: from the end
   * of the sentence before to the next sentence end, without the white space around.
   */
  static Span at(String text, int offset) {
    int start = offset;
    while (start > 0 && !ends(text, start - 1)) {
      start--;
    }
    int end = offset;
    while (end < text.length() && !ends(text, end)) {
      end++;
    }
    end = Math.min(end + 1, text.length());
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    Span sentence = new Span(start, end);
    return sentence.contains(offset) ? sentence : null;
  }

  /** True when a sentence ends with the char at {@code i}. */
  private static boolean ends(String text, int i) {
    char c = text.charAt(i);
    if (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
      return !title(text, i);
    }
    return c == '\n' || c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…';
  }

  private static boolean title(String text, int dot) {
    int j = dot;
    while (j > 0 && (Character.isLetter(text.charAt(j - 1)) || text.charAt(j - 1) == '.')) {
      j--;
    }
    String word = TextForms.fold(text.substring(j, dot));
    return TITLES.contains(word) || word.length() == 1 && Character.isUpperCase(text.charAt(j));
  }

  /**
   * The clause of {@code sentence} that holds {@code [from, to)}, a quantity: from the boundary before {@code from} to
   * the one after {@code to}, so that a quantity with a bracket inside ("forty-five (45) servers") is one clause.
   */
  static Span clause(String text, Span sentence, int from, int to) {
    int s = from;
    while (s > sentence.start() && !boundary(text, s - 1)) {
      s--;
    }
    int e = Math.min(Math.max(from, to), sentence.end());
    while (e < sentence.end() && !boundary(text, e)) {
      e++;
    }
    return new Span(s, e);
  }

  private static boolean boundary(String text, int i) {
    char c = text.charAt(i);
    if (c == ',' || c == ':' || c == '.') {
      boolean digitsAround = i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
      return !digitsAround && c != '.';
    }
    return "，、;；：()（）[]【】「」“”\"—".indexOf(c) >= 0;
  }
}
