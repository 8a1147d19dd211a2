package crosscheck.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the number and quantity conformance cases ({@code shared/benchmarks/numbers/cases.tsv}) through the
 * normalizer: each row's {@code span} is read on its own with the row's language, as a number, an ordinal, or
 * a percent / money / duration quantity, and compared with the expected value (relative tolerance 1e-12)
 * and unit. A generic currency of the file ({@code dollar}, {@code pound}) accepts any ISO code of that
 * currency family ({@code franc}: CHF, XOF, XAF; {@code rupee}: INR, PKR, LKR, NPR); Duckling's zh rows that read 元 as
 * {@code dollar} accept CNY (the code crosscheck gives 元).
 */
public final class ConformanceReport {

  /** One row's outcome. */
  public record Outcome(String id, String lang, String kind, String span, String expected, String got, boolean ok) {}

  /** Accuracy per language and kind, with the rows that failed. */
  public record Report(Map<String, Map<String, int[]>> cells, List<Outcome> misses) {

    /** Share of the rows of a language and kind read correctly (1.0 when there are none). */
    public double accuracy(String lang, String kind) {
      int[] c = cells.getOrDefault(lang, Map.of()).get(kind);
      return c == null || c[1] == 0 ? 1.0 : (double) c[0] / c[1];
    }

    public void print(PrintStream out) {
      List<String> kinds = List.of("number", "ordinal", "percent", "money", "duration");
      out.printf(Locale.ROOT, "%-5s", "lang");
      kinds.forEach(k -> out.printf(Locale.ROOT, " %16s", k));
      out.println();
      for (Map.Entry<String, Map<String, int[]>> row : cells.entrySet()) {
        out.printf(Locale.ROOT, "%-5s", row.getKey());
        for (String k : kinds) {
          int[] c = row.getValue().get(k);
          out.printf(Locale.ROOT, " %16s", c == null ? "-" : String.format(Locale.ROOT, "%d/%d %5.1f%%", c[0], c[1], 100.0 * c[0] / c[1]));
        }
        out.println();
      }
      out.println("misses: " + misses.size());
      for (Outcome o : misses) {
        out.printf(Locale.ROOT, "  %s [%s] expected %s got %s%n", o.id(), o.span(), o.expected(), o.got());
      }
    }
  }

  private static final Set<String> DOLLARS = Set.of("USD", "CAD", "AUD", "HKD", "TWD", "SGD", "NZD");
  /** The ISO codes each generic currency word of the cases may stand for. */
  private static final Map<String, Set<String>> FAMILIES = Map.of(
      "dollar", DOLLARS, "pound", Set.of("GBP", "EGP"), "franc", Set.of("CHF", "XOF", "XAF"),
      "rupee", Set.of("INR", "PKR", "LKR", "NPR"));

  private ConformanceReport() {}

  public static Report run(Path casesTsv) {
    NumberParser numbers = new NumberParser();
    QuantityScanner quantities = new QuantityScanner(numbers);
    Map<String, Map<String, int[]>> cells = new TreeMap<>();
    List<Outcome> misses = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(casesTsv, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null || !header.startsWith("id\tlang\tkind")) {
        throw new IllegalArgumentException(casesTsv + ": not a cases file (header " + header + ")");
      }
      for (String line; (line = in.readLine()) != null; ) {
        String[] c = line.split("\t", -1);
        if (c.length < 9) {
          continue;
        }
        Outcome o = check(numbers, quantities, c[0], c[1], c[2], c[8], c[4], c[5], c.length > 10 ? c[10] : "");
        int[] cell = cells.computeIfAbsent(o.lang(), l -> new TreeMap<>()).computeIfAbsent(o.kind(), k -> new int[2]);
        cell[1]++;
        if (o.ok()) {
          cell[0]++;
        } else {
          misses.add(o);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + casesTsv, e);
    }
    return new Report(cells, misses);
  }

  static Outcome check(NumberParser numbers, QuantityScanner quantities, String id, String lang, String kind, String span,
      String value, String unit, String note) {
    BigDecimal expected = new BigDecimal(value);
    String got;
    boolean ok;
    switch (kind) {
      case "number", "ordinal" -> {
        Optional<BigDecimal> v = kind.equals("number") ? numbers.parse(span, lang) : numbers.parseOrdinal(span, lang);
        got = v.map(BigDecimal::toPlainString).orElse("nothing");
        ok = v.isPresent() && close(v.get(), expected);
      }
      default -> {
        Optional<Quantity> q = quantities.parse(span, lang);
        got = q.map(x -> x.kind().name().toLowerCase(Locale.ROOT) + " " + x.value().stripTrailingZeros().toPlainString() + " " + x.unit())
            .orElse("nothing");
        Quantity.Kind want = switch (kind) {
          case "percent" -> Quantity.Kind.PERCENT;
          case "money" -> Quantity.Kind.MONEY;
          default -> Quantity.Kind.DURATION;
        };
        ok = q.isPresent() && q.get().kind() == want && close(q.get().value(), expected) && unitMatches(unit, q.get().unit(), note);
      }
    }
    return new Outcome(id, lang, kind, span, value + (unit.isEmpty() ? "" : " " + unit), got, ok);
  }

  private static boolean unitMatches(String expected, String got, String note) {
    if (expected.equals(got)) {
      return true;
    }
    if (got == null) {
      return false;
    }
    return FAMILIES.getOrDefault(expected, Set.of()).contains(got) || expected.equals("dollar") && note.contains("Duckling reads")
        && got.equals("CNY");
  }

  private static boolean close(BigDecimal got, BigDecimal expected) {
    if (got.compareTo(expected) == 0) {
      return true;
    }
    BigDecimal diff = got.subtract(expected).abs();
    BigDecimal scale = expected.abs().max(BigDecimal.ONE);
    return diff.divide(scale, MathContext.DECIMAL64).compareTo(new BigDecimal("1e-12")) <= 0;
  }
}
