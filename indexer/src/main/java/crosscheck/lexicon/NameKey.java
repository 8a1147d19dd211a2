package crosscheck.lexicon;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A spelling-insensitive key for person and place names written in any script, so that 尹錫悅, "Yin Xiyue",
 * 윤석열 and "Yoon Suk-yeol" can be compared without a listed alias for every spelling.
 *
 * <p>The rule, in order:
 *
 * <ol>
 *   <li>Transliterate to ASCII Latin with ICU (Han → toneless pinyin, character by character; Hangul → ICU's
 *       letter-by-letter romanisation; Cyrillic, Greek, Kana... through {@code Any-Latin}; diacritics removed),
 *       lower case.
 *   <li>Split into words at anything but a–z (spaces, hyphens, apostrophes, digits go); drop a word-initial
 *       l, r or rh before i or ee (the surname 이 is written I, Yi, Lee, Rhee, Ri; 李 is Li, Lee); join.
 *   <li>Fold spelling digraphs: ck→k, wh→h, sh→s, ch→j, zh→j, ph→f, th→t; pinyin x→s, q→j.
 *   <li>Drop an r that is not followed by a vowel ("Park" ≈ 박 bak).
 *   <li>Fold vowels: y→i, o→u, then eu→u (so eo, oo, ou, eu all become u), ee→i, ae→e; and r→l.
 *   <li>Fold voicing: k→g, p→b, t→d, f→b, v→b.
 *   <li>Collapse doubled letters.
 * </ol>
 *
 * Examples: "Yoon Suk-yeol" and 윤석열 (yunseog-yeol) → {@code iunsugiul}; "Namkoong Whon" and 남궁훈
 * (namgunghun) → {@code namgunghun}; 尹錫悅 and "Yin Xiyue" → {@code insiue}. The key is deliberately coarse
 * and only for names: it is compared whole (no partial matches), and callers treat a key shared by two
 * different entities as ambiguous. It does not know word order ("Whon Namkoong") nor Korean sound changes,
 * and cannot bridge two languages' readings of one Han name (尹 is Yin in pinyin, Yoon in Korean).
 */
public final class NameKey {

  private static final ThreadLocal<Transliterator> HAN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));
  private static final ThreadLocal<Transliterator> HANGUL =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Hangul-Latin; Latin-ASCII"));
  private static final ThreadLocal<Transliterator> LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));
  private static final ThreadLocal<Transliterator> OTHER =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  /**
   * Pinyin per Han character, filled as characters are met: ICU's Han-Latin costs about a millisecond and a
   * half a call whatever the length, so each character is transliterated once. (A memo of a pure function;
   * per-character pinyin also ignores ICU's few word-level readings, the same way on both sides of a comparison.)
   */
  private static final Map<Integer, String> PINYIN = new ConcurrentHashMap<>();

  /** The scripts transliterated apart: a run of one kind goes to its own, much cheaper, transliterator. */
  private enum Kind { ASCII, LATIN, HAN, HANGUL, OTHER }

  private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");

  /** Word-initial l, r or rh before i or ee: the Korean surname 이 is I, Yi, Lee, Rhee, Ri or Li. */
  private static final Pattern INITIAL_L_BEFORE_I = Pattern.compile("^(?:rh|r|l)(?=i|ee)");

  private NameKey() {}

  /** The key of a name; empty when the name has no letters. */
  public static String key(String name) {
    String latin = toAscii(name).toLowerCase(Locale.ROOT);
    StringBuilder letters = new StringBuilder(latin.length());
    for (String word : NON_LETTERS.split(latin)) {
      letters.append(INITIAL_L_BEFORE_I.matcher(word).replaceFirst(""));
    }
    String s = letters.toString();
    s = s.replace("ck", "k").replace("wh", "h").replace("sh", "s").replace("ch", "j").replace("zh", "j")
        .replace("ph", "f").replace("th", "t").replace('x', 's').replace('q', 'j');
    s = dropRBeforeConsonant(s);
    s = s.replace('y', 'i').replace('o', 'u').replace("eu", "u").replace("ee", "i").replace("ae", "e").replace('r', 'l');
    s = s.replace('k', 'g').replace('p', 'b').replace('t', 'd').replace('f', 'b').replace('v', 'b');
    return collapseDoubles(s);
  }

  /** The name in ASCII letters, each script run through its transliterator (see {@link Kind}). */
  static String toAscii(String name) {
    StringBuilder out = new StringBuilder(name.length() * 2);
    int i = 0;
    while (i < name.length()) {
      Kind kind = kind(name.codePointAt(i));
      int end = i;
      while (end < name.length() && kind(name.codePointAt(end)) == kind) {
        end += Character.charCount(name.codePointAt(end));
      }
      String run = name.substring(i, end);
      switch (kind) {
        case ASCII -> out.append(run);
        case LATIN -> out.append(LATIN.get().transliterate(run));
        case HANGUL -> out.append(' ').append(HANGUL.get().transliterate(run)).append(' ');
        case OTHER -> out.append(' ').append(OTHER.get().transliterate(run)).append(' ');
        case HAN -> run.codePoints().forEach(cp -> out.append(' ').append(PINYIN.computeIfAbsent(cp,
            c -> HAN.get().transliterate(new StringBuilder().appendCodePoint(c).toString()))));
      }
      i = end;
    }
    return out.toString();
  }

  private static Kind kind(int cp) {
    if (cp < 0x80) {
      return Kind.ASCII;
    }
    return switch (Character.UnicodeScript.of(cp)) {
      case HAN -> Kind.HAN;
      case HANGUL -> Kind.HANGUL;
      case LATIN, COMMON, INHERITED -> Kind.LATIN;
      default -> Kind.OTHER;
    };
  }

  /** Whether two names have the same non-empty key. */
  public static boolean same(String a, String b) {
    String ka = key(a);
    return !ka.isEmpty() && ka.equals(key(b));
  }

  private static String dropRBeforeConsonant(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'r' && (i + 1 == s.length() || !isVowel(s.charAt(i + 1)))) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  private static String collapseDoubles(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }
}
