package crosscheck.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Currency words, symbols and codes of all five languages ({@code currencies.tsv} beside this class), with
 * the ISO 4217 code each one names. Loaded once; fails fast when the resource is missing.
 */
final class CurrencyTable {

  private static final String RESOURCE = "currencies.tsv";
  private static final CurrencyTable INSTANCE = load();

  private final Map<String, String> codes;
  /** What one of a form is worth in its currency when not 1 (grand: 1,000 dollars; MUSD: a million; dimes: 0.1). */
  private final Map<String, BigDecimal> factors;
  private final Set<String> prefixes;
  /** A currency right after the number (group 1). */
  final Pattern after;
  /** A currency right before the number (group 1), matched at the end of the preceding text. */
  final Pattern before;

  private CurrencyTable(Map<String, String> codes, Map<String, BigDecimal> factors, List<String> afterForms, List<String> beforeForms) {
    this.codes = Map.copyOf(codes);
    this.factors = Map.copyOf(factors);
    this.prefixes = Set.copyOf(beforeForms);
    this.after = Pattern.compile("[\\s-]?(?:de |d'|of |[個个](?=比特))?(" + alternation(afterForms)
        + "|원(?![인자래장칙론전숭고격리작료형회])|불(?![가과교구리만법편이안])|엔(?![지진터]))");
    this.before = Pattern.compile("(?<![\\p{L}])(" + alternation(beforeForms) + ")\\s?$");
  }

  static CurrencyTable get() {
    return INSTANCE;
  }

  /** True when a run of letters glued before digits is a currency (USD115, Rp20, RM42). */
  boolean isPrefix(String letters) {
    return prefixes.contains(letters);
  }

  /** The code of a matched form ({@code dollars} → USD, {@code ¥} → CNY in Chinese, JPY elsewhere). */
  String code(String form, String lang) {
    String f = form.strip();
    if (f.equals("¥") || f.equals("￥")) {
      return lang.equals("zh") ? "CNY" : "JPY";
    }
    return switch (f) {
      case "원" -> "KRW";
      case "불" -> "USD";
      case "엔" -> "JPY";
      default -> codes.getOrDefault(f, "USD");
    };
  }

  /** The value of one of a matched form in its currency: 1 for most forms. */
  BigDecimal factor(String form) {
    return factors.getOrDefault(form.strip(), BigDecimal.ONE);
  }

  private static String alternation(List<String> forms) {
    List<String> sorted = new ArrayList<>(forms);
    sorted.sort((a, b) -> b.length() - a.length());
    StringBuilder b = new StringBuilder();
    for (String f : sorted) {
      if (b.length() > 0) {
        b.append('|');
      }
      b.append(Pattern.quote(f));
      if (Character.isLetter(f.charAt(f.length() - 1)) && f.charAt(f.length() - 1) < 0x250) {
        b.append("(?![\\p{L}])");
      }
    }
    b.append("|¥|￥");
    return b.toString();
  }

  private static CurrencyTable load() {
    Map<String, String> codes = new HashMap<>();
    Map<String, BigDecimal> factors = new HashMap<>();
    List<String> after = new ArrayList<>();
    List<String> before = new ArrayList<>();
    try (InputStream in = CurrencyTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " beside " + CurrencyTable.class.getName());
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        if (c.length != 3 && c.length != 4) {
          throw new IllegalStateException(RESOURCE + ": bad line " + line);
        }
        codes.put(c[0], c[1]);
        if (c.length == 4) {
          factors.put(c[0], new BigDecimal(c[3]));
        }
        after.add(c[0]);
        if (c[2].equals("both")) {
          before.add(c[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new CurrencyTable(codes, factors, after, before);
  }
}
