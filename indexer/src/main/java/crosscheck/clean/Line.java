package crosscheck.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a document while the cleaner works on it: its display text and, once a rule drops it, why. The
 * cleaner's working state, mutable and never shared; what leaves the cleaner is a {@link CleanDocument}.
 */
final class Line {

  final String text;
  private String dropReason;

  Line(String text) {
    this.text = text;
  }

  /** A line dropped before the line rules ran (by the HTML structure). */
  static Line dropped(String text, String reason) {
    Line line = new Line(text);
    line.dropReason = reason;
    return line;
  }

  /** The lines of plain text, one per non-blank line, normalised by {@link TextNorm#line}. */
  static List<Line> ofText(String text) {
    List<Line> lines = new ArrayList<>();
    for (String raw : text.split("\\R")) {
      String t = TextNorm.line(raw);
      if (!t.isEmpty()) {
        lines.add(new Line(t));
      }
    }
    return lines;
  }

  boolean kept() {
    return dropReason == null;
  }

  String reason() {
    return dropReason;
  }

  void drop(String reason) {
    if (dropReason == null) {
      dropReason = reason;
    }
  }

  @Override
  public String toString() {
    return (kept() ? "KEEP " : "DROP[" + dropReason + "] ") + text;
  }
}
