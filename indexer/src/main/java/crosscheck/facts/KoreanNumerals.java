package crosscheck.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean numbers: Arabic digits with separators mixed with 십백천 and 만억조 ({@code 110억}, {@code 2백만},
 * {@code 1천2백만}, {@code 2억 4천 7백만}), Sino-Korean numerals (이천칠백삼십오만), native numerals
 * (스물다섯, 열한, 세), decimals with 점, fractions with 분의, 마이너스, and ordinals (제3, 세 번째, 셋째).
 * A number spelled in Hangul must start a word, and Hangul-only numbers are weak: one syllable such as 이 or
 * 일 is nearly always part of another word.
 */
final class KoreanNumerals implements NumeralGrammar {

  private static final CharTable<Integer> DIGITS = CharTable.of(Map.of('일', 1, '이', 2, '삼', 3, '사', 4, '오', 5, '육', 6, '륙', 6,
      '칠', 7, '팔', 8, '구', 9));
  private static final CharTable<Integer> SMALL = CharTable.of(Map.of('십', 10, '백', 100, '천', 1000));
  private static final CharTable<BigDecimal> BIG = CharTable.of(Map.of('만', BigDecimal.valueOf(10_000), '억', BigDecimal.valueOf(100_000_000),
      '조', BigDecimal.valueOf(1_000_000_000_000L), '경', new BigDecimal("10000000000000000")));
  private static final String ZEROS = "영공";
  /** Native numerals, longest first; the attributive forms (한, 두, 세, 네, 스무) too. */
  private static final List<Map.Entry<String, Integer>> NATIVE_TENS = List.of(
      Map.entry("스물", 20), Map.entry("스무", 20), Map.entry("서른", 30), Map.entry("마흔", 40), Map.entry("쉰", 50),
      Map.entry("예순", 60), Map.entry("일흔", 70), Map.entry("여든", 80), Map.entry("아흔", 90), Map.entry("열", 10));
  private static final List<Map.Entry<String, Integer>> NATIVE_UNITS = List.of(
      Map.entry("하나", 1), Map.entry("다섯", 5), Map.entry("여섯", 6), Map.entry("일곱", 7), Map.entry("여덟", 8),
      Map.entry("아홉", 9), Map.entry("둘", 2), Map.entry("셋", 3), Map.entry("넷", 4), Map.entry("한", 1), Map.entry("두", 2),
      Map.entry("세", 3), Map.entry("석", 3), Map.entry("네", 4), Map.entry("넉", 4));
  /** The first chars of the native numerals, so that they are only looked for where one can start. */
  private static final String NATIVE_TEN_FIRSTS = firsts(NATIVE_TENS);
  private static final String NATIVE_UNIT_FIRSTS = firsts(NATIVE_UNITS);
  private static final Pattern ARABIC = Pattern.compile(
      "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?: \\d{3})+(?:\\.\\d+)?(?![\\d/])|\\d+(?:\\.\\d+)?|\\.\\d+");
  private static final List<String> FIRST = List.of("첫", "처음");
  private static final StartPattern ORDINAL_SUFFIX = new StartPattern(" ?(?:번째|째번|째|등(?![가-힣]))");
  private static final StartPattern ARABIC_FRACTION = new StartPattern("(\\d+)/(\\d+)");

  /**
   * The chars {@link #parseAt} can read a number from: digits, a sign, Sino and native numerals, 제, 첫/처음, 다스,
   * 마이너스, 음수, 반 (조 and 경 do not start a number).
   */
  private static final BitSet STARTS = starts();

  /** The first of {@code numerals} that starts at {@code pos} (looked for only when one of {@code firsts} is there), or null. */
  private static Map.Entry<String, Integer> startingAt(String s, int pos, List<Map.Entry<String, Integer>> numerals, String firsts) {
    if (pos >= s.length() || firsts.indexOf(s.charAt(pos)) < 0) {
      return null;
    }
    for (Map.Entry<String, Integer> e : numerals) {
      if (s.startsWith(e.getKey(), pos)) {
        return e;
      }
    }
    return null;
  }

  private static String firsts(List<Map.Entry<String, Integer>> numerals) {
    StringBuilder b = new StringBuilder();
    numerals.forEach(e -> b.append(e.getKey().charAt(0)));
    return b.toString();
  }

  private static BitSet starts() {
    StringBuilder b = new StringBuilder("0123456789-.제첫처다마음반만억");
    b.append(DIGITS.keys()).append(SMALL.keys());
    b.append(ZEROS);
    NATIVE_TENS.forEach(e -> b.append(e.getKey().charAt(0)));
    NATIVE_UNITS.forEach(e -> b.append(e.getKey().charAt(0)));
    BitSet starts = new BitSet(1 << 16);
    b.chars().forEach(starts::set);
    return starts;
  }

  @Override
  public List<NumberMatch> find(String folded) {
    List<NumberMatch> out = new ArrayList<>();
    int i = 0;
    while (i < folded.length()) {
      NumberMatch m = STARTS.get(folded.charAt(i)) && startsWord(folded, i) ? parseAt(folded, i) : null;
      if (m != null && m.end() > i) {
        out.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean startsWord(String s, int i) {
    char c = s.charAt(i);
    if (i == 0) {
      return true;
    }
    char p = s.charAt(i - 1);
    if (TextForms.isDigit(c)) {
      return !TextForms.isLatinWordChar(p) && p != '.' && !TextForms.isDigit(p) || Character.isLetter(p) && currencyBefore(s, i);
    }
    return !TextForms.isHangul(p) && !TextForms.isLatinWordChar(p);
  }

  /** EUR29.99: a currency code glued to the digits. */
  private static boolean currencyBefore(String s, int i) {
    int j = i;
    while (j > 0 && Character.isLetter(s.charAt(j - 1)) && s.charAt(j - 1) < 0x250) {
      j--;
    }
    return (j == 0 || !TextForms.isLatinWordChar(s.charAt(j - 1))) && CurrencyTable.get().isPrefix(s.substring(j, i));
  }

  NumberMatch parseAt(String s, int i) {
    char c = s.charAt(i);
    if (c == '제' && i + 1 < s.length() && TextForms.isDigit(s.charAt(i + 1))) {
      NumberMatch n = cardinal(s, i + 1);
      return n == null ? null : new NumberMatch(i, n.end(), n.value(), NumberMatch.Form.ORDINAL, false, true);
    }
    if (c == '첫') {
      Matcher m = ORDINAL_SUFFIX.at(s, i + 1);
      if (m != null) {
        return new NumberMatch(i, m.end(), BigDecimal.ONE, NumberMatch.Form.ORDINAL, false, false);
      }
    }
    // 첫 (first, before a noun) and 처음 (the first) as words of their own.
    if (c == '첫' || c == '처') {
      for (String first : FIRST) {
        int end = i + first.length();
        if (s.startsWith(first, i) && (end == s.length() || !TextForms.isHangul(s.charAt(end)))) {
          return new NumberMatch(i, end, BigDecimal.ONE, NumberMatch.Form.ORDINAL, false, false);
        }
      }
    }
    // 다스: a dozen (a word of its own).
    if (c == '다' && s.startsWith("다스", i) && (i + 2 == s.length() || !TextForms.isHangul(s.charAt(i + 2)))) {
      return new NumberMatch(i, i + 2, BigDecimal.valueOf(12), NumberMatch.Form.CARDINAL, true, false);
    }
    boolean negative = false;
    int at = i;
    if (c == '마' && (s.startsWith("마이너스", i) || s.startsWith("마이나스", i))) {
      negative = true;
      at = skipSpaces(s, i + 4);
    } else if (c == '음' && s.startsWith("음수", i)) {
      negative = true;
      at = skipSpaces(s, i + 2);
    } else if (c == '반' && (i + 1 == s.length() || !TextForms.isHangul(s.charAt(i + 1)))) {
      return new NumberMatch(i, i + 1, new BigDecimal("0.5"), NumberMatch.Form.FRACTION, true, false);
    } else if (s.charAt(i) == '-' && skipSpaces(s, i + 1) < s.length() && TextForms.isDigit(s.charAt(skipSpaces(s, i + 1)))
        && (i + 1 < s.length() && s.charAt(i + 1) != ' ' || i == 0)) {
      negative = true;
      at = skipSpaces(s, i + 1);
    }
    NumberMatch n = nativeNumber(s, at);
    if (n == null) {
      n = cardinal(s, at);
      n = n == null ? null : nativeAfterSino(s, n);
    }
    if (n == null) {
      return null;
    }
    n = fraction(s, n);
    Matcher af = n.digits() ? ARABIC_FRACTION.at(s, n.start()) : null;
    if (af != null && new BigDecimal(af.group(2)).signum() != 0) {
      n = new NumberMatch(n.start(), af.end(), new BigDecimal(af.group(1)).divide(new BigDecimal(af.group(2)), MathContext.DECIMAL64),
          NumberMatch.Form.FRACTION, false, true);
    } else if (n.digits() && n.end() < s.length() && s.charAt(n.end()) == ' ') {
      Matcher mixed = ARABIC_FRACTION.at(s, skipSpaces(s, n.end()));
      if (mixed != null && new BigDecimal(mixed.group(2)).signum() != 0) {
        BigDecimal v = new BigDecimal(mixed.group(1)).divide(new BigDecimal(mixed.group(2)), MathContext.DECIMAL64);
        n = new NumberMatch(n.start(), mixed.end(), n.value().add(v), NumberMatch.Form.FRACTION, false, true);
      }
    }
    int joiner = n.end();
    if (n.form() == NumberMatch.Form.CARDINAL && (s.startsWith("과", joiner) || s.startsWith("와", joiner))) {
      NumberMatch denominator = cardinal(s, skipSpaces(s, joiner + 1));
      if (denominator != null) {
        NumberMatch f = fraction(s, denominator);
        if (f.form() == NumberMatch.Form.FRACTION) {
          n = new NumberMatch(n.start(), f.end(), n.value().add(f.value()), NumberMatch.Form.FRACTION, false, n.digits());
        }
      }
    }
    Matcher dozen = n.form() == NumberMatch.Form.CARDINAL ? DOZEN.at(s, n.end()) : null;
    if (dozen != null) {
      n = new NumberMatch(n.start(), dozen.end(), n.value().multiply(BigDecimal.valueOf(12)), n.form(), false, n.digits());
    }
    Matcher ord = n.form() == NumberMatch.Form.CARDINAL ? ORDINAL_SUFFIX.at(s, n.end()) : null;
    if (ord != null) {
      n = new NumberMatch(n.start(), ord.end(), n.value(), NumberMatch.Form.ORDINAL, false, n.digits());
    }
    if (negative) {
      n = new NumberMatch(i, n.end(), n.value().negate(), n.form(), false, n.digits());
    }
    return n;
  }

  private static final StartPattern DOZEN = new StartPattern(" ?다스(?![가-힣&&[^의를는가]])");

  /**
   * 백스물다섯, 십하나: hundreds (or tens) in Sino-Korean followed by a native number of two syllables or more (a
   * lone native syllable after 백 is usually another word: 백세 is an age, 백두 a name).
   */
  private static NumberMatch nativeAfterSino(String s, NumberMatch n) {
    if (n.digits() || n.end() == n.start() || !(SMALL.containsKey(s.charAt(n.end() - 1)) || BIG.containsKey(s.charAt(n.end() - 1)))) {
      return n;
    }
    NumberMatch rest = nativeNumber(s, n.end());
    if (rest == null || rest.end() - rest.start() < 2 || n.value().remainder(BigDecimal.TEN.multiply(BigDecimal.TEN)).signum() != 0
        && n.value().compareTo(BigDecimal.TEN) != 0) {
      return n;
    }
    return new NumberMatch(n.start(), rest.end(), n.value().add(rest.value()), NumberMatch.Form.CARDINAL, n.weak(), false);
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private NumberMatch fraction(String s, NumberMatch denominator) {
    int at = denominator.end();
    if (at < s.length() && s.charAt(at) == ' ' && s.startsWith("분의", at + 1)) {
      at++;
    }
    if (s.startsWith("분의", at)) {
      int from = skipSpaces(s, at + 2);
      boolean minus = s.startsWith("마이너스", from);
      if (minus) {
        from = skipSpaces(s, from + 4);
      }
      NumberMatch num = cardinal(s, from);
      if (num != null && minus) {
        num = new NumberMatch(num.start(), num.end(), num.value().negate(), num.form(), false, num.digits());
      }
      if (num == null) {
        num = nativeNumber(s, skipSpaces(s, at + 2));
      }
      if (num != null && denominator.value().signum() != 0) {
        return new NumberMatch(denominator.start(), num.end(), num.value().divide(denominator.value(), MathContext.DECIMAL64),
            NumberMatch.Form.FRACTION, false, num.digits() || denominator.digits());
      }
    }
    return denominator;
  }

  /** Native Korean numerals from 1 to 99: 열, 스물다섯, 열한, 세. */
  private static NumberMatch nativeNumber(String s, int i) {
    int pos = i;
    int value = 0;
    Map.Entry<String, Integer> tens = startingAt(s, pos, NATIVE_TENS, NATIVE_TEN_FIRSTS);
    if (tens != null) {
      value = tens.getValue();
      pos += tens.getKey().length();
    }
    if (value > 0 && pos < s.length() && s.charAt(pos) == ' ' && pos + 1 < s.length() && isNativeUnitAt(s, pos + 1)) {
      pos++;
    }
    Map.Entry<String, Integer> unit = startingAt(s, pos, NATIVE_UNITS, NATIVE_UNIT_FIRSTS);
    if (unit != null) {
      value += unit.getValue();
      pos += unit.getKey().length();
    }
    if (pos == i) {
      return null;
    }
    // 열흘, 하나은행: a native numeral glued to a longer word is not a number.
    if (pos < s.length() && TextForms.isHangul(s.charAt(pos)) && !isParticleOrCounter(s, pos)) {
      return null;
    }
    return new NumberMatch(i, pos, BigDecimal.valueOf(value), NumberMatch.Form.CARDINAL, pos - i <= 1 || value == 1, false);
  }

  /** 스물 다섯번째: a native unit after a space, followed by a counter or the end. */
  private static boolean isNativeUnitAt(String s, int pos) {
    for (Map.Entry<String, Integer> e : NATIVE_UNITS) {
      int end = pos + e.getKey().length();
      if (s.startsWith(e.getKey(), pos) && (end == s.length() || s.startsWith("번째", end) || s.startsWith("째", end) || s.charAt(end) == ' ')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isParticleOrCounter(String s, int pos) {
    return "과와째번명개살시가는이을를의도만분초달주해".indexOf(s.charAt(pos)) >= 0;
  }

  /** Digits and Sino-Korean numerals with multipliers, spaces allowed between the parts. */
  NumberMatch cardinal(String s, int i) {
    Accumulator acc = new Accumulator(false);
    int pos = i;
    int end = i;
    boolean arabic = false;
    int syllables = 0;
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if ((c == '점' || c == '쩜') && acc.parts() > 0 && end == pos) {
        int j = skipSpaces(s, pos + 1);
        StringBuilder frac = new StringBuilder();
        while (j < s.length() && (DIGITS.containsKey(s.charAt(j)) || ZEROS.indexOf(s.charAt(j)) >= 0)) {
          frac.append(ZEROS.indexOf(s.charAt(j)) >= 0 ? 0 : DIGITS.get(s.charAt(j)));
          j++;
        }
        if (frac.length() == 0) {
          break;
        }
        BigDecimal whole = acc.value();
        acc = new Accumulator(false);
        acc.digit(whole.add(new BigDecimal("0." + frac)), false);
        pos = j;
        end = j;
        continue;
      }
      boolean ok;
      int next = pos + 1;
      if (TextForms.isDigit(c) || (c == '.' && pos == i && pos + 1 < s.length() && TextForms.isDigit(s.charAt(pos + 1)))) {
        Matcher m = ARABIC.matcher(s).region(pos, s.length());
        ok = m.lookingAt() && acc.digit(new BigDecimal(m.group().replace(",", "").replace(" ", "")), false);
        next = ok ? m.end() : pos;
        arabic |= ok;
      } else if (DIGITS.containsKey(c)) {
        ok = acc.digit(BigDecimal.valueOf(DIGITS.get(c)), false);
        syllables++;
        if (ok && (s.startsWith("점", next) || s.startsWith("쩜", next))) {
          int j = next + 1;
          StringBuilder frac = new StringBuilder();
          while (j < s.length() && (DIGITS.containsKey(s.charAt(j)) || ZEROS.indexOf(s.charAt(j)) >= 0)) {
            frac.append(ZEROS.indexOf(s.charAt(j)) >= 0 ? 0 : DIGITS.get(s.charAt(j)));
            j++;
          }
          if (frac.length() > 0) {
            BigDecimal whole = acc.value();
            acc = new Accumulator(false);
            acc.digit(whole.add(new BigDecimal("0." + frac)), false);
            next = j;
          }
        }
      } else if (ZEROS.indexOf(c) >= 0 && pos == i) {
        ok = acc.digit(BigDecimal.ZERO, false);
        syllables++;
      } else if (SMALL.containsKey(c)) {
        ok = acc.small(BigDecimal.valueOf(SMALL.get(c)));
        syllables++;
      } else if (BIG.containsKey(c) && (pos > i || c == '만' || c == '억')) {
        ok = acc.big(BIG.get(c));
        syllables++;
      } else {
        break;
      }
      if (!ok) {
        break;
      }
      pos = next;
      end = pos;
      // Parts may be separated by spaces (2억 4천 7백만, 삼백 삼십 일) when the next part continues the number.
      int skip = skipSpaces(s, pos);
      if (skip > pos && skip < s.length() && continues(s, skip, s.charAt(pos - 1))) {
        pos = skip;
      }
    }
    if (end == i || acc.parts() == 0) {
      return null;
    }
    boolean weak = !arabic;
    if (!arabic && syllables == 1 && end < s.length() && TextForms.isHangul(s.charAt(end))) {
      weak = true;
    }
    return new NumberMatch(i, end, acc.value(), NumberMatch.Form.CARDINAL, weak, arabic);
  }

  private static boolean continues(String s, int at, char prev) {
    char c = s.charAt(at);
    if (TextForms.isDigit(c) && (SMALL.containsKey(prev) || BIG.containsKey(prev))) {
      return true;
    }
    if (TextForms.isDigit(c)) {
      int j = at;
      while (j < s.length() && (TextForms.isDigit(s.charAt(j)) || s.charAt(j) == ',')) {
        j++;
      }
      return j < s.length() && (SMALL.containsKey(s.charAt(j)) || BIG.containsKey(s.charAt(j)));
    }
    if (!(DIGITS.containsKey(c) || SMALL.containsKey(c) || BIG.containsKey(c))) {
      return false;
    }
    // A lone Hangul syllable followed by more Hangul is another word (3 일간), not a part.
    int j = at;
    while (j < s.length() && (DIGITS.containsKey(s.charAt(j)) || SMALL.containsKey(s.charAt(j)) || BIG.containsKey(s.charAt(j)))) {
      j++;
    }
    return j == s.length() || !TextForms.isHangul(s.charAt(j)) || j - at > 1;
  }
}
