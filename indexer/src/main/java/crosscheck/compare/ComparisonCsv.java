package crosscheck.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A comparison as CSV for spreadsheets (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote
 * or line break quoted, quotes doubled): one row per fact. Text from articles that a spreadsheet would read as
 * a formula (starting with =, +, -, @) is prefixed with an apostrophe. The caller adds the UTF-8 byte order
 * mark where Excel needs it ({@link #BOM}).
 */
public final class ComparisonCsv {

  /** The byte order mark that makes Excel read a CSV file as UTF-8. */
  public static final String BOM = "\uFEFF";

  static final List<String> HEADER = List.of("group", "kind", "unit", "value", "display", "qualifier", "lang", "source",
      "title", "sentence", "conflict", "doc");

  private ComparisonCsv() {}

  public static String write(Comparison comparison) {
    StringBuilder out = new StringBuilder();
    try {
      write(comparison, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }

  /** Writes the rows as they are made (a download of every figure is written without being held in memory). */
  public static void write(Comparison comparison, Appendable out) throws IOException {
    row(out, HEADER);
    for (FactGroup g : comparison.groups()) {
      for (ComparedFact f : g.facts()) {
        row(out, List.of(
            text(g.label()), g.kind().id(), g.unit() == null ? "" : g.unit(), value(f),
            Display.value(f.kind(), f.value(), f.date(), f.unit()), f.qualifier().id(), f.lang(), text(f.sourceName()),
            text(f.title() == null ? "" : f.title()), text(f.sentence() == null ? "" : f.sentence()),
            String.valueOf(g.agreement().conflict()), f.articleId()));
      }
    }
  }

  private static String value(ComparedFact f) {
    if (f.date() != null) {
      return f.date();
    }
    BigDecimal v = f.value().stripTrailingZeros();
    return v.toPlainString();
  }

  private static void row(Appendable out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(cells.get(i)));
    }
    out.append("\r\n");
  }

  /** RFC 4180 quoting: only when needed, with quotes doubled. */
  static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  /** Text from an article, defused for spreadsheets that would evaluate it as a formula. */
  static String text(String s) {
    return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
