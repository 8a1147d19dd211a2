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
  /** The currency forms that may follow a number, in the order they are tried (longest first). */
  private final Literals after;
  /** The currency forms that may precede a number. */
  private final Literals before;

  private CurrencyTable(Map<String, String> codes, Map<String, BigDecimal> factors, List<String> afterForms, List<String> beforeForms) {
    this.codes = Map.copyOf(codes);
    this.factors = Map.copyOf(factors);
    this.prefixes = Set.copyOf(beforeForms);
    List<Literals.Word> afterWords = words(afterForms);
    afterWords.add(new Literals.Word("원", false, "인자래장칙론전숭고격리작료형회"));
    afterWords.add(new Literals.Word("불", false, "가과교구리만법편이안"));
    afterWords.add(new Literals.Word("엔", false, "지진터"));
    this.after = new Literals(afterWords);
    this.before = new Literals(words(beforeForms));
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

  /** A currency right after a number: the form starting at {@code at} (after a space or hyphen, de, d', of). */
  Literals.Found after(String folded, int at) {
    int len = folded.length();
    boolean space = at < len && (Literals.isRegexSpace(folded.charAt(at)) || folded.charAt(at) == '-');
    for (int from : space ? new int[] {at + 1, at} : new int[] {at}) {
      int linked = from + link(folded, from);
      Literals.Word w = linked > from ? after.at(folded, linked, len) : null;
      if (w == null) {
        w = after.at(folded, from, len);
        linked = from;
      }
      if (w != null) {
        return new Literals.Found(w, linked);
      }
    }
    return null;
  }

  /** The length of a linking word before a currency at {@code at} (de, d', of; 個 before 比特), else 0. */
  private static int link(String s, int at) {
    if (s.startsWith("de ", at) || s.startsWith("of ", at)) {
      return 3;
    }
    if (s.startsWith("d'", at)) {
      return 2;
    }
    return (s.startsWith("個比特", at) || s.startsWith("个比特", at)) ? 1 : 0;
  }

  /** A currency right before a number starting at {@code at} (and a space): the form and where it starts. */
  Literals.Found before(String folded, int at) {
    return before.endingBefore(folded, Math.max(0, at - 24), at, 1, true);
  }

  /** The forms longest first (a stable sort), a Latin letter at the end forbidding a letter after; then ¥ and ￥. */
  private static List<Literals.Word> words(List<String> forms) {
    List<String> sorted = new ArrayList<>(forms);
    sorted.sort((a, b) -> b.length() - a.length());
    List<Literals.Word> out = new ArrayList<>();
    for (String f : sorted) {
      char last = f.charAt(f.length() - 1);
      out.add(new Literals.Word(f, Character.isLetter(last) && last < 0x250, ""));
    }
    out.add(new Literals.Word("¥", false, ""));
    out.add(new Literals.Word("￥", false, ""));
    return out;
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
