package crosscheck.facts;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@link Matcher#find()} would give, found by trying the pattern only at the offsets where a match can
 * start (a digit, a month's first letter ...): most of a text is no number, and a pattern that starts with a
 * look-behind or an alternation is otherwise tried at every char. The look-arounds still see the whole text.
 * {@code mayStart} must hold at every offset where the pattern can match.
 */
final class Anchored {

  private final Matcher m;
  private final String text;
  private final IntPredicate mayStart;
  private int from;

  Anchored(Pattern p, String text, IntPredicate mayStart) {
    this.m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    this.text = text;
    this.mayStart = mayStart;
  }

  /** The next match, as {@code find()}; its groups are read from {@link #matcher()}. */
  boolean find() {
    for (int i = from; i < text.length(); i++) {
      if (mayStart.test(i) && m.region(i, text.length()).lookingAt()) {
        from = m.end() > i ? m.end() : i + 1;
        return true;
      }
    }
    from = text.length();
    return false;
  }

  Matcher matcher() {
    return m;
  }

  /** Offsets holding an ASCII digit. */
  static IntPredicate digit(String s) {
    return i -> TextForms.isDigit(s.charAt(i));
  }

  /** Offsets where a run of ASCII digits starts (for a pattern that cannot start after a digit). */
  static IntPredicate digitRunStart(String s) {
    return i -> TextForms.isDigit(s.charAt(i)) && (i == 0 || !TextForms.isDigit(s.charAt(i - 1)));
  }

  /** Offsets holding one of {@code chars}. */
  static IntPredicate oneOf(String s, String chars) {
    return i -> chars.indexOf(s.charAt(i)) >= 0;
  }
}
