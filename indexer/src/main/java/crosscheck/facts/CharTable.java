package crosscheck.facts;

import java.util.Map;

/**
 * A fixed map from chars to values, looked up by the char itself: a {@code Map<Character, V>} boxes every CJK or
 * Hangul char it is asked about, and the numeral and literal tables are asked about most chars of a text.
 * Read-only after construction, so thread-safe.
 */
final class CharTable<V> {

  private final char[] keys;
  private final Object[] values;
  private final String keyChars;

  private CharTable(Map<Character, V> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 4));
    keys = new char[size];
    values = new Object[size];
    StringBuilder chars = new StringBuilder();
    entries.forEach((c, v) -> {
      int slot = c & (size - 1);
      while (values[slot] != null) {
        slot = (slot + 1) & (size - 1);
      }
      keys[slot] = c;
      values[slot] = v;
      chars.append(c.charValue());
    });
    keyChars = chars.toString();
  }

  static <V> CharTable<V> of(Map<Character, V> entries) {
    return new CharTable<>(entries);
  }

  /** The value of {@code c}, or null. */
  @SuppressWarnings("unchecked")
  V get(char c) {
    int mask = keys.length - 1;
    for (int slot = c & mask; values[slot] != null; slot = (slot + 1) & mask) {
      if (keys[slot] == c) {
        return (V) values[slot];
      }
    }
    return null;
  }

  boolean containsKey(char c) {
    return get(c) != null;
  }

  /** The keys, as a string. */
  String keys() {
    return keyChars;
  }
}
