package crosscheck.facts;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern matched with {@code lookingAt()} at given offsets (a unit word right after a number, a fraction at its
 * digits), that knows which first chars a match can start with: where none can start, the region, the reset, the
 * failed match (and the matcher) are skipped. Most numbers have none of the unit words after them.
 *
 * <p>A prefix of one, two or three chars is tested once, the first time it is met, by matching the pattern against
 * that prefix alone: a match may start with it when the pattern matches it or the engine runs past its end (then
 * the next char decides, up to three). That holds for a matcher with opaque region bounds (the default), whose
 * look-behinds see nothing before the region either. Thread-safe: racing threads write the same answer.
 */
final class StartPattern {

  private static final byte UNKNOWN = 0;
  /** The pattern matches the prefix. */
  private static final byte MATCHES = 1;
  /** The pattern ran past the end of the prefix: the chars after it decide. */
  private static final byte PREFIX = 2;
  private static final byte CANNOT = 3;
  private static final int LONGEST = 3;

  private final Pattern pattern;
  private final byte[] single = new byte[Character.MAX_VALUE + 1];
  /**
   * The answers for two and three chars: an open-addressing table of {@code answer << 50 | length << 48 | c0 << 32 |
   * c1 << 16 | c2} (0 for an empty slot), read and written whole. When the slots near a key are taken the answer is
   * not kept.
   */
  private final AtomicLongArray longer = new AtomicLongArray(TABLE);
  private static final int TABLE_BITS = 12;
  private static final int TABLE = 1 << TABLE_BITS;
  private static final int PROBES = 8;
  private static final long KEY = (1L << 50) - 1;

  StartPattern(String regex) {
    this.pattern = Pattern.compile(regex);
  }

  Pattern pattern() {
    return pattern;
  }

  /** A matcher over {@code s} (with the default, opaque bounds), to move with {@link #lookingAt(Matcher, CharSequence, int)}. */
  Matcher matcher(CharSequence s) {
    return pattern.matcher(s);
  }

  /** False only when no match of the pattern in a region of {@code s} starting at {@code at} can exist. */
  boolean mayStartAt(CharSequence s, int at) {
    if (at >= s.length()) {
      return true;
    }
    char c = s.charAt(at);
    byte k = single[c];
    if (k == UNKNOWN) {
      k = test(String.valueOf(c));
      single[c] = k;
    }
    long chars = c;
    for (int n = 2; k == PREFIX && n <= LONGEST && at + n <= s.length(); n++) {
      chars = chars << 16 | s.charAt(at + n - 1);
      k = answer((long) n << 48 | chars, s, at, n);
    }
    return k != CANNOT;
  }

  private byte answer(long key, CharSequence s, int at, int n) {
    int slot = (int) (key ^ key >>> 17 ^ key >>> 31) * 0x9E3779B9 >>> (32 - TABLE_BITS);
    for (int p = 0; p < PROBES; p++, slot = (slot + 1) & (TABLE - 1)) {
      long entry = longer.getOpaque(slot);
      if (entry == 0) {
        byte k = test(s.subSequence(at, at + n).toString());
        longer.compareAndSet(slot, 0, (long) k << 50 | key);
        return k;
      }
      if ((entry & KEY) == key) {
        return (byte) (entry >>> 50);
      }
    }
    return test(s.subSequence(at, at + n).toString());
  }

  private byte test(String prefix) {
    Matcher m = pattern.matcher(prefix);
    return m.lookingAt() ? MATCHES : m.hitEnd() ? PREFIX : CANNOT;
  }

  /** {@code m.region(at, s.length()).lookingAt()} for a matcher of this pattern, skipped when no match can start at {@code at}. */
  boolean lookingAt(Matcher m, CharSequence s, int at) {
    return mayStartAt(s, at) && m.region(at, s.length()).lookingAt();
  }

  /** The match starting at {@code at} (a new matcher to read it from), or null. */
  Matcher at(CharSequence s, int at) {
    if (!mayStartAt(s, at)) {
      return null;
    }
    Matcher m = pattern.matcher(s).region(at, s.length());
    return m.lookingAt() ? m : null;
  }
}
