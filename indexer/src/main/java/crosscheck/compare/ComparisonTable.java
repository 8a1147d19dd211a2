package crosscheck.compare;

import java.util.ArrayList;
import java.util.List;

/** A comparison as a plain-text table for terminals and scripts: one block per group, one line per fact. */
public final class ComparisonTable {

  private static final int MAX_CELL = 48;

  private ComparisonTable() {}

  public static String write(Comparison comparison) {
    StringBuilder out = new StringBuilder();
    if (!comparison.query().isEmpty()) {
      out.append("question: ").append(comparison.query()).append('\n');
      List<String> ids = new ArrayList<>();
      comparison.concepts().forEach(t -> ids.add(t.id()));
      comparison.entities().forEach(t -> ids.add(t.id()));
      out.append("resolved: ").append(ids.isEmpty() ? "(nothing in the lexicon)" : String.join(", ", ids));
      if (comparison.kind() != null) {
        out.append(" [").append(comparison.kind().id()).append(']');
      }
      out.append('\n');
    }
    if (comparison.groups().isEmpty()) {
      out.append("no group of figures found\n");
    }
    for (FactGroup g : comparison.groups()) {
      Agreement a = g.agreement();
      out.append('\n').append("== ").append(g.label()).append(" — ").append(a.sources()).append(a.sources() == 1 ? " source — " : " sources — ")
          .append(a.conflict() ? "CONFLICT" : "no conflict").append('\n');
      out.append("   ").append(a.reason()).append('\n');
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("source", "lang", "value", "qualifier", "words", "article"));
      for (ComparedFact f : g.facts()) {
        rows.add(List.of(f.sourceName(), f.lang(), Display.value(f.kind(), f.value(), f.date(), f.unit()),
            f.qualifier().id(), f.text().replaceAll("\\s+", " "), f.articleId()));
      }
      appendAligned(out, rows);
    }
    return out.toString();
  }

  private static void appendAligned(StringBuilder out, List<List<String>> rows) {
    int cols = rows.get(0).size();
    int[] widths = new int[cols];
    for (List<String> row : rows) {
      for (int i = 0; i < cols; i++) {
        widths[i] = Math.max(widths[i], width(cut(row.get(i))));
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder("   ");
      for (int i = 0; i < cols; i++) {
        String cell = cut(row.get(i));
        line.append(cell);
        if (i < cols - 1) {
          line.append(" ".repeat(widths[i] - width(cell) + 2));
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static String cut(String s) {
    return s.codePointCount(0, s.length()) <= MAX_CELL ? s : s.substring(0, s.offsetByCodePoints(0, MAX_CELL - 1)) + "…";
  }

  /** Columns a string takes in a terminal: CJK and Hangul characters take two. */
  static int width(String s) {
    return s.codePoints().map(c -> wide(c) ? 2 : 1).sum();
  }

  private static boolean wide(int c) {
    return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
        || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6
        || c >= 0x20000 && c <= 0x3FFFD;
  }
}
