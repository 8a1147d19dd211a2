package crosscheck.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits article text into sentences and sentences into clauses by punctuation, keeping offsets. A full stop
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

  static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = c == '\n' || c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…';
      if (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        end = !title(text, i);
      }
      if (end) {
        add(out, text, start, i + 1);
        start = i + 1;
      }
    }
    add(out, text, start, text.length());
    return out;
  }

  private static boolean title(String text, int dot) {
    int j = dot;
    while (j > 0 && (Character.isLetter(text.charAt(j - 1)) || text.charAt(j - 1) == '.')) {
      j--;
    }
    String word = TextForms.fold(text.substring(j, dot));
    return TITLES.contains(word) || word.length() == 1 && Character.isUpperCase(text.charAt(j));
  }

  private static void add(List<Span> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }

  /** The clause of {@code sentence} that holds {@code offset}. */
  static Span clause(String text, Span sentence, int offset) {
    int s = offset;
    while (s > sentence.start() && !boundary(text, s - 1)) {
      s--;
    }
    int e = offset;
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
