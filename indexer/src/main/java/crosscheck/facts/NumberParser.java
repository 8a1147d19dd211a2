package crosscheck.facts;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads written numbers in the five languages. {@link #find} lists the numbers of a text (extraction);
 * {@link #parse} reads a whole span such as {@code 2백만}, {@code 4750萬}, {@code 2,55 triliun} or
 * {@code quinze mille} (normalizer mode). Thread-safe; the grammars are built once.
 */
public final class NumberParser {

  private final Map<String, NumeralGrammar> grammars = Map.of(
      "zh", new ChineseNumerals(),
      "ko", new KoreanNumerals(),
      "en", new WordNumerals(WordTable.english()),
      "fr", new WordNumerals(WordTable.french()),
      "id", new WordNumerals(WordTable.indonesian()));

  /** The grammar of a language code; languages without one are read with the English grammar (digits). */
  NumeralGrammar grammar(String lang) {
    return grammars.getOrDefault(lang, grammars.get("en"));
  }

  /** Every number in the text (offsets into {@code text}). */
  List<NumberMatch> find(String text, String lang) {
    return findFolded(TextForms.fold(text), lang);
  }

  /** Every number in a folded text, a number restated in brackets after it taken with it ({@link #restated}). */
  List<NumberMatch> findFolded(String folded, String lang) {
    List<NumberMatch> found = grammar(lang).find(folded);
    List<NumberMatch> out = new ArrayList<>(found.size());
    for (int k = 0; k < found.size(); k++) {
      NumberMatch restated = k + 1 < found.size() ? restated(folded, found.get(k), found.get(k + 1)) : null;
      out.add(restated != null ? restated : found.get(k));
      k += restated != null ? 1 : 0;
    }
    return out;
  }

  /**
   * "forty-five (45)", "45 (forty-five)", 四十五（45）: a number restated in brackets right after it, as one number
   * that ends after the bracket (so that the unit after it is read); null when {@code next} is no such restatement.
   */
  private static NumberMatch restated(String folded, NumberMatch n, NumberMatch next) {
    int open = skipSpace(folded, n.end());
    if (open >= folded.length() || folded.charAt(open) != '(' || skipSpace(folded, open + 1) != next.start()) {
      return null;
    }
    int close = skipSpace(folded, next.end());
    if (close >= folded.length() || folded.charAt(close) != ')' || n.form() != next.form() || n.value().compareTo(next.value()) != 0) {
      return null;
    }
    return new NumberMatch(n.start(), close + 1, n.value(), n.form(), n.weak() && next.weak(), n.digits() || next.digits());
  }

  private static int skipSpace(String s, int i) {
    return i < s.length() && Literals.isRegexSpace(s.charAt(i)) ? i + 1 : i;
  }

  /** The value of a span that is exactly one number (cardinal or fraction), ignoring surrounding spaces. */
  public Optional<BigDecimal> parse(String span, String lang) {
    Optional<BigDecimal> scientific = scientific(span);
    if (scientific.isPresent()) {
      return scientific;
    }
    Optional<NumberMatch> m = whole(span, lang);
    if (m.isPresent() && m.get().form() == NumberMatch.Form.ORDINAL) {
      return partOfScale(span, lang);
    }
    return m.filter(x -> x.form() != NumberMatch.Form.PERCENT).map(NumberMatch::value);
  }

  /**
   * un centième, cent mille billionième: read as a number, a count followed by the ordinal of a scale word is a
   * fraction (1/100, 100000/10^12), as "a hundredth" is; as an ordinal it stays a rank.
   */
  private Optional<BigDecimal> partOfScale(String span, String lang) {
    String s = span.strip();
    int cut = Math.max(s.lastIndexOf(' '), s.lastIndexOf('-'));
    if (cut <= 0 || lang.equals("zh") || lang.equals("ko")) {
      return Optional.empty();
    }
    Optional<BigDecimal> den = whole(s.substring(cut + 1), lang).filter(x -> x.form() == NumberMatch.Form.ORDINAL && !x.digits())
        .map(NumberMatch::value).filter(v -> v.compareTo(BigDecimal.valueOf(100)) >= 0 && v.stripTrailingZeros().unscaledValue().equals(BigInteger.ONE));
    Optional<BigDecimal> num = whole(s.substring(0, cut), lang).filter(x -> x.form() == NumberMatch.Form.CARDINAL && !x.digits())
        .map(NumberMatch::value);
    return den.isPresent() && num.isPresent() ? Optional.of(num.get().divide(den.get(), MathContext.DECIMAL64)) : Optional.empty();
  }

  private static final Pattern SCIENTIFIC = Pattern.compile(
      "(-?)\\s?(\\d*[.,]?\\d+)\\s?(?:e([+-]?\\d+)|\\^\\(?\\+?(-{0,2}\\d+)\\)?|x\\s?10\\^(-?\\d+))");

  /** 1.3e6, 2.5^-1, 1.3x10^6: scientific notation and powers (normalizer mode only). */
  private static Optional<BigDecimal> scientific(String span) {
    Matcher m = SCIENTIFIC.matcher(TextForms.fold(span).strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    BigDecimal base = new BigDecimal(m.group(2).replace(',', '.'));
    BigDecimal v;
    if (m.group(4) != null) {
      // 2.5^-1 is 0.4; a doubled sign (1.1^--23) cancels out.
      int exp = Integer.parseInt(m.group(4).startsWith("--") ? m.group(4).substring(2) : m.group(4));
      v = exp >= 0 ? base.pow(exp) : BigDecimal.ONE.divide(base.pow(-exp), MathContext.DECIMAL64);
    } else {
      v = base.scaleByPowerOfTen(Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5)));
    }
    return Optional.of(m.group(1).isEmpty() ? v : v.negate());
  }

  /** The rank of a span that is exactly one ordinal ({@code 第三}, {@code twenty-fifth}, {@code 1er}). */
  public Optional<BigDecimal> parseOrdinal(String span, String lang) {
    Optional<BigDecimal> rank = whole(span, lang).filter(m -> m.form() == NumberMatch.Form.ORDINAL).map(NumberMatch::value);
    if (rank.isEmpty() && lang.equals("ko") && span.strip().endsWith("일")) {
      // 11일, 이십오일: the day of a month is counted as a rank.
      String day = span.strip();
      return whole(day.substring(0, day.length() - 1), lang).filter(m -> m.form() == NumberMatch.Form.CARDINAL && !m.value().equals(BigDecimal.ZERO))
          .map(NumberMatch::value);
    }
    return rank;
  }

  /**
   * A Chinese span without the spaces between its parts ({@code 一百 五 十 二}, {@code 三 分之 一}); a space between
   * a whole number and a digit fraction ({@code 1 4/5}) stays.
   */
  static String compactChinese(String span) {
    return span.strip().replaceAll("(?<=[^\\d\\s０-９])\\s+|\\s+(?=[^\\d\\s０-９])|(?<=[\\d０-９])\\s+(?=[\\d０-９]+[^/／\\d０-９])", "");
  }

  private Optional<NumberMatch> whole(String span, String lang) {
    if (lang.equals("zh")) {
      span = compactChinese(span);
      span = span.replaceAll("[个個]$", "");
    }
    String folded = TextForms.fold(span);
    List<NumberMatch> found = findFolded(folded, lang);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    NumberMatch best = found.get(0);
    for (NumberMatch m : found) {
      if (m.end() - m.start() > best.end() - best.start()) {
        best = m;
      }
    }
    String rest = folded.substring(0, best.start()) + folded.substring(best.end());
    return rest.isBlank() ? Optional.of(best) : Optional.empty();
  }
}
