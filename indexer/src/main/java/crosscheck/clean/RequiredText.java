package crosscheck.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads from a regular expression a few literal strings of which every match must contain one, so that a line
 * holding none of them is ruled out with {@link String#contains} instead of the regex engine trying every
 * alternative at every position. {@code copyright|all rights reserved|무단\s*(전재|복제)} gives
 * {@code copyright}, {@code all rights reserved}, {@code 무단}; {@code cookies?} gives {@code cookie}.
 *
 * <p>The reading is conservative: anything it does not understand (inline flags, back-references, an alternative
 * with no literal at all) gives null, meaning "no precheck". It knows the plain-syntax subset the line rules are
 * written in: literals, escapes, classes, groups, lookarounds, {@code ^ $ \b}, and the quantifiers
 * {@code ? * + {n,m}} (lazy or possessive). Patterns must be compiled without flags for the literals to be exact.
 */
final class RequiredText {

  private final String regex;
  private int pos;

  private RequiredText(String regex) {
    this.regex = regex;
  }

  /** Literals one of which every match of {@code regex} contains, or null when none can be named. */
  static List<String> of(String regex) {
    RequiredText r = new RequiredText(regex);
    try {
      Set<String> needs = r.alternation();
      return needs == null || r.pos != regex.length() ? null : List.copyOf(needs);
    } catch (Unknown e) {
      return null;
    }
  }

  /** Whether {@code text} contains one of {@code needs} (null needs: cannot tell, so true). */
  static boolean mayMatch(String text, List<String> needs) {
    if (needs == null) {
      return true;
    }
    for (String s : needs) {
      if (text.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** Syntax outside the understood subset. */
  private static final class Unknown extends Exception {
    Unknown() {
      super(null, null, false, false);
    }
  }

  /** Alternatives up to a closing parenthesis or the end: the union of what each needs, null if one needs nothing. */
  private Set<String> alternation() throws Unknown {
    Set<String> union = new LinkedHashSet<>();
    boolean known = true;
    while (true) {
      Set<String> branch = sequence();
      if (branch == null) {
        known = false;
      } else {
        union.addAll(branch);
      }
      if (pos < regex.length() && regex.charAt(pos) == '|') {
        pos++;
        continue;
      }
      return known ? union : null;
    }
  }

  /** One alternative: the best of its required literal runs and required groups, or null when it has none. */
  private Set<String> sequence() throws Unknown {
    List<Set<String>> candidates = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
      char c = regex.charAt(pos);
      if (c == '(') {
        endRun(run, candidates);
        Set<String> group = group();
        if (quantifier() >= 1 && group != null) {
          candidates.add(group);
        }
        continue;
      }
      int literal = literal();
      int min = quantifier();
      if (literal < 0) {
        endRun(run, candidates); // a class, an anchor or \b: what is around it need not be contiguous
      } else if (min == 0) {
        endRun(run, candidates);
      } else if (min == 1 && !repeats) {
        run.append((char) literal);
      } else {
        run.append((char) literal);
        endRun(run, candidates);
      }
    }
    endRun(run, candidates);
    Set<String> best = null;
    for (Set<String> c : candidates) {
      if (best == null || shortest(c) > shortest(best) || shortest(c) == shortest(best) && c.size() < best.size()) {
        best = c;
      }
    }
    return best;
  }

  private static void endRun(StringBuilder run, List<Set<String>> candidates) {
    if (run.length() > 0) {
      candidates.add(Set.of(run.toString()));
      run.setLength(0);
    }
  }

  private static int shortest(Set<String> literals) {
    return literals.stream().mapToInt(String::length).min().orElse(0);
  }

  /** A group at {@code pos}: what it needs, or null for a lookaround or a group that needs nothing. */
  private Set<String> group() throws Unknown {
    pos++; // (
    boolean lookaround = false;
    if (regex.startsWith("?:", pos)) {
      pos += 2;
    } else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)) {
      pos += 2;
      lookaround = true;
    } else if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
      pos += 3;
      lookaround = true;
    } else if (pos < regex.length() && regex.charAt(pos) == '?') {
      throw new Unknown(); // inline flags, named or atomic groups
    }
    Set<String> inner = alternation();
    if (pos >= regex.length() || regex.charAt(pos) != ')') {
      throw new Unknown();
    }
    pos++;
    return lookaround ? null : inner;
  }

  /** Set by {@link #quantifier()}: the atom may occur more than once. */
  private boolean repeats;

  /**
   * The atom at {@code pos}: a literal character, or -1 for a class, {@code .}, an anchor or a class escape. Moves
   * past it.
   */
  private int literal() throws Unknown {
    char c = regex.charAt(pos++);
    switch (c) {
      case '[':
        skipClass();
        return -1;
      case '.':
      case '^':
      case '$':
        return -1;
      case '?':
      case '*':
      case '+':
      case '{':
        throw new Unknown();
      case '\\':
        if (pos >= regex.length()) {
          throw new Unknown();
        }
        char e = regex.charAt(pos++);
        if (e == 'p' || e == 'P') {
          skipBraces();
          return -1;
        }
        if ("dDsSwWbB".indexOf(e) >= 0) {
          return -1;
        }
        if (Character.isLetterOrDigit(e)) {
          throw new Unknown(); // control escapes, code points, back-references: not worth reading
        }
        return e;
      default:
        return c;
    }
  }

  /** Skips a character class whose opening bracket was just read, nested classes and escapes included. */
  private void skipClass() throws Unknown {
    int depth = 1;
    while (pos < regex.length()) {
      char c = regex.charAt(pos++);
      if (c == '\\') {
        if (pos < regex.length() && (regex.charAt(pos) == 'p' || regex.charAt(pos) == 'P')) {
          pos++;
          skipBraces();
        } else {
          pos++;
        }
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return;
      }
    }
    throw new Unknown();
  }

  private void skipBraces() throws Unknown {
    if (pos < regex.length() && regex.charAt(pos) == '{') {
      int close = regex.indexOf('}', pos);
      if (close < 0) {
        throw new Unknown();
      }
      pos = close + 1;
    } else {
      pos++; // one-letter property: \pL
    }
  }

  /** The quantifier at {@code pos}, if any: its minimum count (1 without one); sets {@link #repeats}. */
  private int quantifier() throws Unknown {
    repeats = false;
    if (pos >= regex.length()) {
      return 1;
    }
    char c = regex.charAt(pos);
    int min;
    if (c == '?' || c == '*') {
      min = 0;
      repeats = c == '*';
      pos++;
    } else if (c == '+') {
      min = 1;
      repeats = true;
      pos++;
    } else if (c == '{') {
      int close = regex.indexOf('}', pos);
      if (close < 0) {
        throw new Unknown();
      }
      String[] bounds = regex.substring(pos + 1, close).split(",", -1);
      try {
        min = Integer.parseInt(bounds[0]);
      } catch (NumberFormatException e) {
        throw new Unknown();
      }
      repeats = bounds.length > 1 || min > 1;
      pos = close + 1;
    } else {
      return 1;
    }
    if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
      pos++; // lazy or possessive
    }
    return min;
  }
}
