package crosscheck.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese numbers in either script: Arabic and full-width digits ({@code 3600 萬}, {@code 8.6 億}), numeral
 * characters with 十百千萬億兆 (四千萬, 二百五, 一万三), financial forms (壹貳參), 兩, 〇/零, decimals with 點,
 * fractions with 分之 and 又, 百分之/千分之 percents and 第 ordinals. Idioms and names that contain numeral
 * characters (萬萬沒想到, 三星, 十年一遇 ...) are masked and never start a number.
 */
final class ChineseNumerals implements NumeralGrammar {

  private static final CharTable<Integer> DIGITS = CharTable.of(Map.ofEntries(
      Map.entry('一', 1), Map.entry('壹', 1), Map.entry('幺', 1),
      Map.entry('二', 2), Map.entry('贰', 2), Map.entry('貳', 2), Map.entry('两', 2), Map.entry('兩', 2),
      Map.entry('俩', 2), Map.entry('倆', 2),
      Map.entry('三', 3), Map.entry('叁', 3), Map.entry('參', 3), Map.entry('叄', 3),
      Map.entry('四', 4), Map.entry('肆', 4), Map.entry('五', 5), Map.entry('伍', 5),
      Map.entry('六', 6), Map.entry('陆', 6), Map.entry('陸', 6), Map.entry('七', 7), Map.entry('柒', 7),
      Map.entry('八', 8), Map.entry('捌', 8), Map.entry('九', 9), Map.entry('玖', 9),
      Map.entry('廿', 20), Map.entry('卅', 30), Map.entry('卌', 40)));
  private static final CharTable<Integer> SMALL = CharTable.of(Map.of('十', 10, '拾', 10, '百', 100, '佰', 100, '千', 1000, '仟', 1000));
  private static final CharTable<BigDecimal> BIG = CharTable.of(Map.of(
      '万', BigDecimal.valueOf(10_000), '萬', BigDecimal.valueOf(10_000),
      '亿', BigDecimal.valueOf(100_000_000), '億', BigDecimal.valueOf(100_000_000),
      '兆', BigDecimal.valueOf(1_000_000_000_000L)));
  private static final String ZEROS = "零〇○";
  /** 百分之, 千分之, 百万分之: a per-hundred, per-thousand ... share. */
  private static final String PER_FIRST = "百佰千仟万萬亿億";
  private static final Pattern PER = Pattern.compile("([" + PER_FIRST + "]+)分之");
  private static final StartPattern ARABIC_FRACTION = new StartPattern("(\\d+)/(\\d+)");
  private static final Pattern ARABIC = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+");
  private static final Pattern IDIOMS = Pattern.compile(
      "萬萬(?=[沒没不])|万万(?=[沒没不])|千萬(?=[不别別要])|千万(?=[不别別要])|十分(?![钟鐘])|十年一遇|一年一度|三星|一律|統一|统一|一再"
          + "|一些|一樣|一样|之一|一直|一定|一起|一切|一般|一旦|一致|萬一|万一|唯一|一度|一邊|一边|一面|一下|一同|一時|一时"
          + "|一向|一併|一并|一番|一體|一体|一概|不一|同一|一手|一身|九死一生|一五一十|一心|一路|一舉|一举|一帶一路|一带一路"
          + "|四面八方|五花八門|五花八门|七上八下|一目了然|一味|一陣|一阵|一連|一连|一貫|一贯|一流|三思|百姓|百貨|百货|萬物|万物"
          + "|萬歲|万岁|一發不可|一发不可|一口氣|一口气|一系列|一方面|一部分|千方百計|千方百计|一點(?![一二三四五六七八九〇零])"
          + "|一点(?![一二三四五六七八九〇零])|一些|十足|萬全|万全|百般|千千萬萬|一家人|三國|三国|一塌糊塗|一塌糊涂|乱七八糟|亂七八糟");

  /** Words for "several" or "upwards of" that make the bare multiplier after them vague. */
  private static final String VAGUE = "数數几幾上成";

  /**
   * The idioms by their first two chars (each idiom starts with two plain chars), each group an alternation of its
   * own in the same order: at a char only the idioms that start there are tried (one alternation of them all tries
   * each one).
   */
  private static final Map<String, Pattern> IDIOMS_BY_START = idiomsByStart();
  /** Their first chars, for a look-up per char. */
  private static final BitSet IDIOM_STARTS = new BitSet(1 << 16);
  /** The chars a number can start with ({@link #mayStart}) and the numeral chars ({@link #isNumeral}), for a look-up per char. */
  private static final BitSet STARTS = new BitSet(1 << 16);
  private static final BitSet NUMERALS = new BitSet(1 << 16);

  static {
    IDIOMS_BY_START.keySet().forEach(start -> IDIOM_STARTS.set(start.charAt(0)));
    for (char c = 0; c < 0xFFFF; c++) {
      boolean numeral = DIGITS.containsKey(c) || SMALL.containsKey(c) || BIG.containsKey(c) || ZEROS.indexOf(c) >= 0 || TextForms.isDigit(c);
      NUMERALS.set(c, numeral);

      STARTS.set(c, numeral || c == '第' || c == '负' || c == '負' || c == '-' || c == '.' || c == '半' || c == '佰' || c == '仟');
    }
  }

  private static Map<String, Pattern> idiomsByStart() {
    Map<String, StringJoiner> alternatives = new HashMap<>();
    for (String alt : IDIOMS.pattern().split("\\|")) {
      alternatives.computeIfAbsent(alt.substring(0, 2), c -> new StringJoiner("|")).add(alt);
    }
    Map<String, Pattern> out = new HashMap<>();
    alternatives.forEach((start, alts) -> out.put(start, Pattern.compile(alts.toString())));
    return Map.copyOf(out);
  }

  @Override
  public List<NumberMatch> find(String folded) {
    boolean[] masked = new boolean[folded.length() + 1];
    Map<Pattern, Matcher> idioms = new HashMap<>();
    for (int at = 0; at + 1 < folded.length(); at++) {
      Pattern p = IDIOM_STARTS.get(folded.charAt(at)) ? IDIOMS_BY_START.get(folded.substring(at, at + 2)) : null;
      Matcher idiom = p == null ? null : idioms.computeIfAbsent(p, k -> k.matcher(folded));
      if (idiom != null && idiom.region(at, folded.length()).lookingAt()) {
        for (int i = idiom.start(); i < idiom.end(); i++) {
          masked[i] = true;
        }
      }
    }
    // 数百万, 幾千, 上千, 成百: "several" or "upwards of" before a bare multiplier is a vague amount, no figure.
    BitSet vague = Anchored.offsetsOf(folded, VAGUE);
    for (int at = vague.nextSetBit(0); at >= 0 && at + 1 < folded.length(); at = vague.nextSetBit(at + 1)) {
      if ("十百千万萬亿億".indexOf(folded.charAt(at + 1)) >= 0) {
        masked[at + 1] = true;
      }
    }
    List<NumberMatch> out = new ArrayList<>();
    int i = 0;
    while (i < folded.length()) {
      NumberMatch m = masked[i] || !mayStart(folded.charAt(i)) ? null : parseAt(folded, i);
      if (m != null && m.end() > i) {
        out.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean mayStart(char c) {
    return STARTS.get(c);
  }

  /** The number starting exactly at {@code i}, or null. */
  NumberMatch parseAt(String s, int i) {
    if (s.startsWith("第", i)) {
      NumberMatch n = cardinal(s, i + 1);
      return n == null ? null : new NumberMatch(i, n.end(), n.value(), NumberMatch.Form.ORDINAL, false, n.digits());
    }
    Matcher per = PER_FIRST.indexOf(s.charAt(i)) >= 0 ? PER.matcher(s).region(i, s.length()) : null;
    if (per != null && per.lookingAt()) {
      NumberMatch den = cardinal(s.substring(0, per.end(1)), i);
      NumberMatch n = signed(s, per.end());
      if (den == null || n == null || den.end() != per.end(1)) {
        return null;
      }
      BigDecimal pct = n.value().multiply(BigDecimal.valueOf(100)).divide(den.value(), MathContext.DECIMAL64);
      return new NumberMatch(i, n.end(), pct, NumberMatch.Form.PERCENT, false, n.digits());
    }
    boolean negative = false;
    int at = i;
    if ((s.charAt(i) == '负' || s.charAt(i) == '負') && i + 1 < s.length()) {
      negative = true;
      at = i + 1;
    } else if (s.charAt(i) == '-' && i + 1 < s.length() && (TextForms.isDigit(s.charAt(i + 1)) || s.startsWith(".", i + 1)
        && i + 2 < s.length() && TextForms.isDigit(s.charAt(i + 2))) && (i == 0 || !TextForms.isLatinWordChar(s.charAt(i - 1)))) {
      negative = true;
      at = i + 1;
    }
    if (s.charAt(at) == '半' && !negative && (at + 1 == s.length() || !TextForms.isHan(s.charAt(at + 1)))) {
      return new NumberMatch(i, at + 1, new BigDecimal("0.5"), NumberMatch.Form.FRACTION, true, false);
    }
    NumberMatch n = cardinal(s, at);
    if (n == null && negative && at < s.length() && s.charAt(at) == ' ') {
      n = cardinal(s, at + 1);
    }
    if (n == null) {
      return null;
    }
    n = fraction(s, n);
    Matcher af = n.digits() ? ARABIC_FRACTION.at(s, n.start()) : null;
    if (af != null && new BigDecimal(af.group(2)).signum() != 0) {
      BigDecimal v = new BigDecimal(af.group(1)).divide(new BigDecimal(af.group(2)), MathContext.DECIMAL64);
      n = new NumberMatch(n.start(), af.end(), v, NumberMatch.Form.FRACTION, false, true);
    } else if (n.digits() && n.end() < s.length() && s.charAt(n.end()) == ' ') {
      Matcher mixed = ARABIC_FRACTION.at(s, n.end() + 1);
      if (mixed != null && new BigDecimal(mixed.group(2)).signum() != 0) {
        BigDecimal v = new BigDecimal(mixed.group(1)).divide(new BigDecimal(mixed.group(2)), MathContext.DECIMAL64);
        n = new NumberMatch(n.start(), mixed.end(), n.value().add(v), NumberMatch.Form.FRACTION, false, true);
      }
    }
    if (s.startsWith("又", n.end())) {
      NumberMatch frac = cardinal(s, n.end() + 1);
      if (frac != null) {
        NumberMatch f = fraction(s, frac);
        // 一又十分一: after 又 the fraction may drop 之 (elsewhere 十分 is "very").
        NumberMatch num = f.form() != NumberMatch.Form.FRACTION && s.startsWith("分", frac.end()) ? cardinal(s, frac.end() + 1) : null;
        if (num != null && frac.value().signum() != 0) {
          f = new NumberMatch(frac.start(), num.end(), num.value().divide(frac.value(), MathContext.DECIMAL64), NumberMatch.Form.FRACTION,
              false, false);
        }
        if (f.form() == NumberMatch.Form.FRACTION) {
          n = new NumberMatch(n.start(), f.end(), n.value().add(f.value()), NumberMatch.Form.FRACTION, false, n.digits());
        }
      }
    }
    n = grouped(s, n);
    if (negative) {
      n = new NumberMatch(i, n.end(), n.value().negate(), n.form(), false, n.digits());
    }
    return n;
  }

  /**
   * 一打, 五十打: dozens; 一對, 五雙: pairs; 一半: a half. Only when the word ends there (打, 對 and 半 start many
   * other words: 打算, 對手, 半導體).
   */
  private static NumberMatch grouped(String s, NumberMatch n) {
    int at = n.end();
    if (n.form() != NumberMatch.Form.CARDINAL || at >= s.length() || at + 1 < s.length() && TextForms.isHan(s.charAt(at + 1))) {
      return n;
    }
    int per = GROUPS.indexOf(s.charAt(at));
    if (per >= 0) {
      BigDecimal v = n.value().multiply(BigDecimal.valueOf(per < 1 ? 12 : 2));
      return new NumberMatch(n.start(), at + 1, v, NumberMatch.Form.CARDINAL, false, n.digits());
    }
    if (s.charAt(at) == '半' && n.value().compareTo(BigDecimal.ONE) == 0 && !n.digits()) {
      return new NumberMatch(n.start(), at + 1, new BigDecimal("0.5"), NumberMatch.Form.FRACTION, false, false);
    }
    return n;
  }

  /** 打 (a dozen), then the words for a pair. */
  private static final String GROUPS = "打對对雙双";

  /** A cardinal with an optional 负 sign. */
  private NumberMatch signed(String s, int at) {
    if (at < s.length() && (s.charAt(at) == '负' || s.charAt(at) == '負' || s.charAt(at) == '-')) {
      NumberMatch n = cardinal(s, at + 1);
      return n == null ? null : new NumberMatch(at, n.end(), n.value().negate(), n.form(), false, n.digits());
    }
    return cardinal(s, at);
  }

  private NumberMatch fraction(String s, NumberMatch denominator) {
    int at = denominator.end();
    if (s.startsWith("分之", at)) {
      NumberMatch num = signed(s, at + 2);
      if (num != null && denominator.value().signum() != 0) {
        BigDecimal v = num.value().divide(denominator.value(), MathContext.DECIMAL64);
        return new NumberMatch(denominator.start(), num.end(), v, NumberMatch.Form.FRACTION, false, num.digits() || denominator.digits());
      }
    }
    if (s.startsWith("份", at)) {
      NumberMatch num = cardinal(s, at + 1);
      if (num != null && denominator.value().signum() != 0 && !num.digits()) {
        BigDecimal v = num.value().divide(denominator.value(), MathContext.DECIMAL64);
        return new NumberMatch(denominator.start(), num.end(), v, NumberMatch.Form.FRACTION, false, false);
      }
    }
    return denominator;
  }

  /** A cardinal number starting at {@code i}: digits, numeral characters and multipliers. */
  NumberMatch cardinal(String s, int i) {
    Accumulator acc = new Accumulator(true);
    int pos = i;
    int end = i;
    boolean arabic = false;
    boolean numeralDigit = false;
    int chars = 0;
    while (pos < s.length()) {
      char c = s.charAt(pos);
      int dot = acc.parts() > 0 && end == pos ? decimals(s, pos) : pos;
      if (dot > pos) {
        BigDecimal frac = new BigDecimal("0." + decimalDigits(s, pos + 1, dot));
        BigDecimal whole = acc.value();
        acc = new Accumulator(true);
        acc.digit(whole.add(frac), false);
        pos = dot;
        end = dot;
        continue;
      }
      if (TextForms.isDigit(c) || (c == '.' && pos + 1 < s.length() && TextForms.isDigit(s.charAt(pos + 1)) && pos == i)) {
        Matcher m = ARABIC.matcher(s).region(pos, s.length());
        if (!m.lookingAt() || !acc.digit(new BigDecimal(m.group().replace(",", "")), false)) {
          break;
        }
        arabic = true;
        pos = m.end();
        end = pos;
        // 40k, 1.2M: Latin scale letters after digits.
        if (pos < s.length() && "kmg".indexOf(s.charAt(pos)) >= 0 && (pos + 1 == s.length() || !TextForms.isLatinWordChar(s.charAt(pos + 1)))) {
          acc.scale(BigDecimal.TEN.pow(s.charAt(pos) == 'k' ? 3 : s.charAt(pos) == 'm' ? 6 : 9));
          pos++;
          end = pos;
        }
        int skip = pos;
        while (skip < s.length() && s.charAt(skip) == ' ') {
          skip++;
        }
        if (skip > pos && skip < s.length() && (SMALL.containsKey(s.charAt(skip)) || BIG.containsKey(s.charAt(skip)))) {
          pos = skip;
        }
        continue;
      }
      if (DIGITS.containsKey(c)) {
        if (!acc.digit(BigDecimal.valueOf(DIGITS.get(c)), DIGITS.get(c) < 10)) {
          break;
        }
        numeralDigit = true;
        pos++;
        chars++;
        int dec = decimals(s, pos);
        if (dec > pos) {
          // 三點五: the digits after 點 are read one by one.
          BigDecimal frac = new BigDecimal("0." + decimalDigits(s, pos + 1, dec));
          BigDecimal whole = acc.value();
          acc = new Accumulator(true);
          acc.digit(whole.add(frac), false);
          pos = dec;
        }
        end = pos;
        continue;
      }
      if (ZEROS.indexOf(c) >= 0) {
        if (chars == 0 && !arabic && (pos + 1 >= s.length() || !isNumeral(s.charAt(pos + 1)))) {
          acc.digit(BigDecimal.ZERO, true);
          numeralDigit = true;
          pos++;
          end = pos;
          chars++;
          if (decimals(s, pos) == pos) {
            break;
          }
          continue;
        }
        acc.zero();
        pos++;
        chars++;
        continue;
      }
      if (c == '半' && !acc.hasDigit() && acc.parts() == 0 && pos + 1 < s.length() && SMALL.containsKey(s.charAt(pos + 1))) {
        acc.digit(new BigDecimal("0.5"), false);
        numeralDigit = true;
        pos++;
        chars++;
        continue;
      }
      // 3000多萬, 十余万: "more than", inside the number before its multiplier.
      if ((c == '多' || c == '余' || c == '餘') && end == pos && pos > i && pos + 1 < s.length()
          && (SMALL.containsKey(s.charAt(pos + 1)) || BIG.containsKey(s.charAt(pos + 1)))) {
        pos++;
        continue;
      }
      if (SMALL.containsKey(c)) {
        if (!acc.small(BigDecimal.valueOf(SMALL.get(c)))) {
          break;
        }
        pos++;
        chars++;
        end = pos;
        continue;
      }
      if (BIG.containsKey(c)) {
        if (!acc.big(BIG.get(c))) {
          break;
        }
        pos++;
        chars++;
        end = pos;
        continue;
      }
      break;
    }
    if (end == i || acc.parts() == 0) {
      return null;
    }
    boolean weak = !arabic && (chars <= 1 || !numeralDigit);
    return new NumberMatch(i, end, acc.value(), NumberMatch.Form.CARDINAL, weak, arabic);
  }

  private static boolean isNumeral(char c) {
    return NUMERALS.get(c);
  }

  /** End of a 點/点 decimal part starting at {@code pos}, or {@code pos} when there is none. */
  private static int decimals(String s, int pos) {
    if (pos >= s.length() || (s.charAt(pos) != '点' && s.charAt(pos) != '點')) {
      return pos;
    }
    int j = pos + 1;
    while (j < s.length() && (DIGITS.containsKey(s.charAt(j)) && DIGITS.get(s.charAt(j)) < 10 || ZEROS.indexOf(s.charAt(j)) >= 0
        || TextForms.isDigit(s.charAt(j)))) {
      j++;
    }
    return j > pos + 1 ? j : pos;
  }

  private static String decimalDigits(String s, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int j = from; j < to; j++) {
      char c = s.charAt(j);
      b.append(ZEROS.indexOf(c) >= 0 ? 0 : TextForms.isDigit(c) ? c - '0' : DIGITS.get(c));
    }
    return b.toString();
  }
}
