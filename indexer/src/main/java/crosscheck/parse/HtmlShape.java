package crosscheck.parse;

import java.util.Locale;
import java.util.Set;

/**
 * A cheap scan of HTML source, before any tree is built, that rejects pages no real article has: elements nested
 * thousands deep or hundreds of thousands of elements. Building a DOM for those costs hundreds of megabytes and
 * deep recursion. Elements HTML closes implicitly ({@code p}, {@code li}, table cells, ...) and void elements do
 * not count towards depth, so sloppy real-world markup passes.
 */
final class HtmlShape {

  /** Deepest nesting accepted; real news pages stay well under 100. */
  static final int MAX_DEPTH = 1_000;
  /** Most start tags accepted; real news pages have a few thousand. */
  static final int MAX_ELEMENTS = 300_000;

  private static final Set<String> NOT_NESTING = Set.of(
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
      "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rt", "rp", "thead", "tbody", "tfoot", "colgroup");

  private HtmlShape() {}

  /** A one-line reason when the page is too deep or too large to build a tree for, else null. */
  static String problem(String html) {
    int depth = 0;
    int elements = 0;
    int n = html.length();
    int i = 0;
    while (i < n) {
      if (html.charAt(i) != '<' || i + 1 >= n) {
        i++;
        continue;
      }
      char c = html.charAt(i + 1);
      if (c == '!') {
        i = skipPast(html, i, html.length() > i + 3 && html.charAt(i + 2) == '-' ? "-->" : ">");
        continue;
      }
      boolean closing = c == '/';
      int start = closing ? i + 2 : i + 1;
      int end = start;
      while (end < n && isNameChar(html.charAt(end))) {
        end++;
      }
      if (end == start) {
        i++;
        continue;
      }
      String name = html.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
      int close = indexOf(html, '>', end);
      boolean selfClosing = close > 0 && html.charAt(close - 1) == '/';
      i = close < 0 ? n : close + 1;
      if (closing) {
        if (!NOT_NESTING.contains(name) && depth > 0) {
          depth--;
        }
        continue;
      }
      if (++elements > MAX_ELEMENTS) {
        return "HTML has too many elements (more than " + MAX_ELEMENTS + ")";
      }
      if (name.equals("script") || name.equals("style")) {
        i = skipPast(html, i, "</" + name);
        continue;
      }
      if (!selfClosing && !NOT_NESTING.contains(name) && ++depth > MAX_DEPTH) {
        return "HTML nested too deeply (more than " + MAX_DEPTH + " levels)";
      }
    }
    return null;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
  }

  private static int indexOf(CharSequence s, char c, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static int skipPast(String s, int from, String end) {
    for (int i = from + 1; i + end.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, end, 0, end.length())) {
        return i + end.length();
      }
    }
    return s.length();
  }
}
