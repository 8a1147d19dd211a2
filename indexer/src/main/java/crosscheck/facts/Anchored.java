package crosscheck.facts;

import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@link Matcher#find()} would give, found by trying the pattern only at the offsets where a match can
 * start (a digit, a month's first letter ...): most of a text is no number, and a pattern that starts with a
 * look-behind or an alternation is otherwise tried at every char. The look-arounds still see the whole text.
 * The candidate offsets are a set found with fast scans ({@link #offsetsOf}) that must hold every offset where the
 * pattern can match; {@code mayStart} narrows them further, at those offsets only.
 */
final class Anchored {

  private final Matcher m;
  private final String text;
  private final BitSet candidates;
  private final IntPredicate mayStart;
  private int from;

  Anchored(Pattern p, String text, BitSet candidates) {
    this(p, text, candidates, i -> true);
  }

  Anchored(Pattern p, String text, BitSet candidates, IntPredicate mayStart) {
    this.m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    this.text = text;
    this.candidates = candidates;
    this.mayStart = mayStart;
  }

  /** The next match, as {@code find()}; its groups are read from {@link #matcher()}. */
  boolean find() {
    for (int i = candidates.nextSetBit(from); i >= 0 && i < text.length(); i = candidates.nextSetBit(i + 1)) {
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

  /** The ASCII digits of a text. */
  static final String DIGITS = "0123456789";

  /** Offsets holding one of {@code chars} ({@link String#indexOf(int, int)} per char: a vectorised scan). */
  static BitSet offsetsOf(String s, String chars) {
    BitSet out = new BitSet(s.length());
    for (int c = 0; c < chars.length(); c++) {
      for (int k = s.indexOf(chars.charAt(c)); k >= 0; k = s.indexOf(chars.charAt(c), k + 1)) {
        out.set(k);
      }
    }
    return out;
  }

  /** Offsets where one of {@code words} starts. */
  static BitSet offsetsOf(String s, List<String> words) {
    BitSet out = new BitSet(s.length());
    for (String w : words) {
      for (int k = s.indexOf(w); k >= 0; k = s.indexOf(w, k + 1)) {
        out.set(k);
      }
    }
    return out;
  }

  /** The offsets of {@code digits} where a run of digits starts (for a pattern that cannot start after a digit). */
  static BitSet runStarts(BitSet digits) {
    BitSet out = new BitSet(digits.length());
    for (int i = digits.nextSetBit(0); i >= 0; i = digits.nextSetBit(i + 1)) {
      if (i == 0 || !digits.get(i - 1)) {
        out.set(i);
      }
    }
    return out;
  }

  /** The offsets of {@code marks} and those at most {@code before} chars before one. */
  static BitSet upTo(BitSet marks, int before) {
    BitSet out = new BitSet(marks.length());
    for (int i = marks.nextSetBit(0); i >= 0; i = marks.nextSetBit(i + 1)) {
      out.set(Math.max(0, i - before), i + 1);
    }
    return out;
  }

  /** {@code a} or {@code b}, a new set. */
  static BitSet union(BitSet a, BitSet b) {
    BitSet out = (BitSet) a.clone();
    out.or(b);
    return out;
  }
}
