package crosscheck.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two structural rules over the whole line list, run after the line rules.
 *
 * <ul>
 *   <li><b>Repeats</b>: a line whose text (ignoring bullets, punctuation, spacing and case) already appeared
 *       earlier in the document is dropped if it is long enough to be a paragraph (weight ≥ {@value #MIN_REPEAT})
 *       or sits in a run of two or more repeated lines: a saved page that carries the article twice keeps it
 *       once, while a short line that happens to recur ("Kakao") stays.
 *   <li><b>Orphans</b>: up to {@value #MAX_ORPHAN_RUN} short non-prose lines left between dropped blocks (or
 *       between a dropped block and the end) are page furniture the rules did not name — program names, widget
 *       captions, list headings — and are dropped with them.
 * </ul>
 */
final class Repeats {

  static final int MIN_REPEAT = 20;
  static final int MAX_ORPHAN_RUN = 4;

  private Repeats() {}

  static void dropRepeats(List<Line> lines) {
    Set<String> seen = new HashSet<>();
    boolean[] repeated = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      String key = TextNorm.key(lines.get(i).text);
      repeated[i] = !key.isEmpty() && !seen.add(key);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (!repeated[i]) {
        continue;
      }
      boolean inRun = (i > 0 && repeated[i - 1]) || (i + 1 < lines.size() && repeated[i + 1]);
      if (inRun || !TextNorm.weightAtMost(lines.get(i).text, MIN_REPEAT - 1)) {
        lines.get(i).drop("repeats an earlier block");
      }
    }
  }

  /**
   * Drops orphans, except a line whose text is {@code headline} (a page's own {@code <h1>} or og:title, which
   * often sits alone between a dropped header and a dropped byline).
   */
  static void dropOrphans(List<Line> lines, String headline) {
    String keep = headline == null ? "" : TextNorm.key(headline);
    int i = 1;
    while (i < lines.size()) {
      if (!lines.get(i).kept() || lines.get(i - 1).kept()) {
        i++;
        continue;
      }
      int end = i;
      while (end < lines.size() && lines.get(end).kept() && isLabel(lines.get(end).text)
          && (keep.isEmpty() || !TextNorm.key(lines.get(end).text).equals(keep))) {
        end++;
      }
      int run = end - i;
      boolean closed = end == lines.size() || !lines.get(end).kept();
      if (run > 0 && run <= MAX_ORPHAN_RUN && closed) {
        for (int j = i; j < end; j++) {
          lines.get(j).drop("short line amid page furniture");
        }
      }
      i = Math.max(end, i + 1);
    }
  }

  private static boolean isLabel(String text) {
    return TextNorm.weightAtMost(text, 60) && !TextNorm.isSentence(text);
  }
}
