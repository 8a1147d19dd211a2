package crosscheck.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered list of literal words, matched the way a regex alternation of them matches (the first listed word that
 * fits wins) but looked up by the word's first or last char instead of trying every word at every offset: the
 * currency forms and the qualifier words are hundreds of alternatives, tried next to every number.
 */
final class Literals {

  /**
   * One word of the list.
   *
   * @param text the literal text
   * @param noLetterAfter true when a letter may not follow it (a regex {@code (?![\p{L}])} after it)
   * @param notAfter the chars that may not follow it ("" for none)
   */
  record Word(String text, boolean noLetterAfter, String notAfter) {}

  /** Where a word was found: the word and its start offset. */
  record Found(Word word, int start) {
    int end() {
      return start + word.text().length();
    }
  }

  private final CharTable<Word[]> byFirst;
  /** Per last char, the words longest first. */
  private final CharTable<Word[]> byLast;

  Literals(List<Word> words) {
    Map<Character, List<Word>> first = new HashMap<>();
    Map<Character, List<Word>> last = new HashMap<>();
    for (Word w : words) {
      if (!w.text().isEmpty()) {
        first.computeIfAbsent(w.text().charAt(0), k -> new ArrayList<>()).add(w);
        last.computeIfAbsent(w.text().charAt(w.text().length() - 1), k -> new ArrayList<>()).add(w);
      }
    }
    last.values().forEach(ws -> ws.sort((a, b) -> b.text().length() - a.text().length()));
    byFirst = CharTable.of(arrays(first));
    byLast = CharTable.of(arrays(last));
  }

  private static Map<Character, Word[]> arrays(Map<Character, List<Word>> lists) {
    Map<Character, Word[]> out = new HashMap<>();
    lists.forEach((c, ws) -> out.put(c, ws.toArray(new Word[0])));
    return out;
  }

  /**
   * The first word in list order that starts at {@code at} and ends by {@code limit} (the end of the text the
   * pattern would see), unless followed before {@code limit} by a char it forbids; null when none.
   */
  Word at(String s, int at, int limit) {
    if (at >= limit) {
      return null;
    }
    Word[] ws = byFirst.get(s.charAt(at));
    if (ws == null) {
      return null;
    }
    for (Word w : ws) {
      int end = at + w.text().length();
      if (end <= limit && s.startsWith(w.text(), at) && mayFollow(w, s, end, limit)) {
        return w;
      }
    }
    return null;
  }

  private static boolean mayFollow(Word w, String s, int end, int limit) {
    if (end >= limit) {
      return true;
    }
    if (w.noLetterAfter() && Character.isLetter(s.codePointAt(end))) {
      return false;
    }
    return w.notAfter().indexOf(s.charAt(end)) < 0;
  }

  /**
   * What {@code (?<![\p{L}])(WORDS)\s{0,maxSpaces}$} finds with {@code find()} in {@code s[from, to)} (without the
   * look-behind when {@code noLetterBefore} is false): the word that starts first among those followed only by up
   * to {@code maxSpaces} white space (and a final line terminator, as {@code $} allows) before {@code to}; null
   * when none. The look-behind does not see before {@code from}.
   */
  Found endingBefore(String s, int from, int to, int maxSpaces, boolean noLetterBefore) {
    Found best = null;
    // The offsets where $ matches: the end, and before a final line terminator.
    int[] dollars = {to, -1, -1};
    if (to - 1 >= from && isTerminator(s.charAt(to - 1)) && !(s.charAt(to - 1) == '\n' && to - 2 >= from && s.charAt(to - 2) == '\r')) {
      dollars[1] = to - 1;
    }
    if (to - 2 >= from && s.charAt(to - 2) == '\r' && s.charAt(to - 1) == '\n') {
      dollars[2] = to - 2;
    }
    for (int t : dollars) {
      for (int e = t, spaces = 0; t >= 0 && e >= from && spaces <= maxSpaces; spaces++, e--) {
        if (e < t && !isRegexSpace(s.charAt(e))) {
          break;
        }
        Found f = longestEndingAt(s, e, from, noLetterBefore);
        if (f != null && (best == null || f.start() < best.start() || f.start() == best.start() && f.end() > best.end())) {
          best = f;
        }
      }
    }
    return best;
  }

  /** The longest word ending at {@code end} that starts at or after {@code from} (not after a letter if so asked). */
  private Found longestEndingAt(String s, int end, int from, boolean noLetterBefore) {
    if (end <= from) {
      return null;
    }
    Word[] ws = byLast.get(s.charAt(end - 1));
    if (ws == null) {
      return null;
    }
    for (Word w : ws) {
      int start = end - w.text().length();
      if (start >= from && s.startsWith(w.text(), start)
          && (!noLetterBefore || start == from || !Character.isLetter(s.codePointBefore(start)))) {
        return new Found(w, start);
      }
    }
    return null;
  }

  /** {@code \s} of a regex without the Unicode flag. */
  static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
