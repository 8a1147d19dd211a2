package crosscheck.facts;

import crosscheck.facts.WordTable.Type;
import crosscheck.facts.WordTable.Word;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers of the alphabetic languages: digits in the language's own grouping ({@code 1,234.5}, {@code 15 000,5},
 * {@code 2,55}) and number words combined by {@link Accumulator} ({@code twenty-one thousand}, {@code quatre-vingt-dix},
 * {@code dua puluh lima juta}, {@code 2.5 million}), fractions ({@code two thirds}, {@code 3/4}, {@code one and a half}),
 * decimals with point/virgule/koma and ordinals ({@code 15th}, {@code 1er}, {@code ke-3}, {@code twenty-first}).
 */
final class WordNumerals implements NumeralGrammar {

  private static final StartPattern FRACTION = new StartPattern("(\\d+)/(\\d+)(?![\\d/])");
  /** The vulgar fraction characters with their numerator and denominator. */
  private static final String VULGAR = "½¼¾⅓⅔⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒";
  private static final int[][] VULGAR_VALUES = {{1, 2}, {1, 4}, {3, 4}, {1, 3}, {2, 3}, {1, 5}, {2, 5}, {3, 5}, {4, 5}, {1, 6}, {5, 6},
      {1, 7}, {1, 8}, {3, 8}, {5, 8}, {7, 8}, {1, 9}, {1, 10}};
  /** The lowest of {@link #VULGAR}: below it a char needs no look-up. */
  private static final char VULGAR_FIRST = '¼';

  private final WordTable table;
  /** Words before a number that make "X and Y" a range, never one number. */
  private static final List<String> RANGE_WORDS = List.of("between", "from", "entre", "antara");
  /** 1.111,11: grouping dots and a decimal comma, unambiguous in any language. */
  private static final Pattern CONTINENTAL = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+,\\d+");
  /** 3.25 in a decimal-comma language: a decimal point all the same (two decimals at most). */
  private static final Pattern POINT_DECIMALS = Pattern.compile("\\d+\\.\\d{1,2}");

  WordNumerals(WordTable table) {
    this.table = table;
  }

  /** A token of {@code source}: a word, a run of digits or a fraction; {@code gapStart} is where the text since the previous token starts. */
  private record Tok(String source, int start, int end, Word word, BigDecimal digits, int gapStart) {
    boolean is(Type t) {
      return word != null && word.type() == t;
    }

    String text() {
      return source.substring(start, end);
    }

    String gapBefore() {
      return source.substring(gapStart, start);
    }
  }

  @Override
  public List<NumberMatch> find(String s) {
    List<Tok> toks = tokens(s);
    List<NumberMatch> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      Result r = parse(s, toks, i);
      if (r != null && r.next > i) {
        out.add(r.match);
        i = r.next;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * The tokens of a text. A word that is no number word (nor "of" or a range word, which the grammar reads) ends any
   * number it meets and is never read further, so of a run of such words only the first is kept: the others, most
   * of a text, make no token.
   */
  private List<Tok> tokens(String s) {
    List<Tok> out = new ArrayList<>();
    int pos = 0;
    int prevEnd = 0;
    boolean afterOtherWord = false;
    Matcher f = FRACTION.matcher(s);
    Matcher m = table.digits.matcher(s);
    while (pos < s.length()) {
      char c = s.charAt(pos);
      boolean leadingComma = c == ',' && table.decimalComma && (pos == 0 || s.charAt(pos - 1) == ' ' || s.charAt(pos - 1) == '-');
      if (TextForms.isDigit(c) || ((c == '.' || leadingComma) && pos + 1 < s.length() && TextForms.isDigit(s.charAt(pos + 1))
          && (pos == 0 || !TextForms.isDigit(s.charAt(pos - 1))))) {
        if (pos > 0 && (TextForms.isLatinWordChar(s.charAt(pos - 1)) && !TextForms.isDigit(s.charAt(pos - 1)))
            && !currencyBefore(s, pos)) {
          int j = pos + 1;
          while (j < s.length() && TextForms.isLatinWordChar(s.charAt(j))) {
            j++;
          }
          pos = j;
          continue;
        }
        int run = plainRun(s, pos);
        if (run > pos) {
          out.add(new Tok(s, pos, run, null, digitValue(s, pos, run), prevEnd));
          afterOtherWord = false;
          prevEnd = run;
          pos = run;
          continue;
        }
        m.region(pos, s.length());
        if (FRACTION.lookingAt(f, s, pos) && new BigDecimal(f.group(2)).signum() != 0) {
          BigDecimal v = new BigDecimal(f.group(1)).divide(new BigDecimal(f.group(2)), MathContext.DECIMAL64);
          out.add(new Tok(s, pos, f.end(), new Word(Type.DENOMINATOR, BigDecimal.ZERO, false), v, prevEnd));
          afterOtherWord = false;
          prevEnd = f.end();
          pos = f.end();
        } else if (m.lookingAt()) {
          String g = m.group().strip();
          String plain = table.decimalComma || g.indexOf(',') >= 0 && g.indexOf('.') >= 0 && CONTINENTAL.matcher(g).matches()
              ? (POINT_DECIMALS.matcher(g).matches() ? g : g.replace(" ", "").replace(".", "").replace(',', '.'))
              : g.replace(",", "").replace(" ", "");
          if (plain.startsWith(".") || plain.startsWith(",")) {
            plain = plain.replace(',', '.');
            plain = "0" + plain;
          }
          int end = m.start() + g.length();
          out.add(new Tok(s, pos, end, null, new BigDecimal(plain), prevEnd));
          afterOtherWord = false;
          prevEnd = end;
          pos = end;
        } else {
          pos++;
        }
        continue;
      }
      if (TextForms.isLetter(c)) {
        int j = pos;
        int h = 0;
        for (char l; j < s.length() && TextForms.isLetter(l = s.charAt(j)); j++) {
          h = 31 * h + l;
        }
        Word w = table.get(s, pos, j, h);
        boolean other = w == null && !read(s, pos, j);
        if (!other || !afterOtherWord) {
          out.add(new Tok(s, pos, j, w, null, prevEnd));
        }
        afterOtherWord = other;
        prevEnd = j;
        pos = j;
        continue;
      }
      // (The vulgar fractions are no letters.)
      if (c >= VULGAR_FIRST && VULGAR.indexOf(c) >= 0) {
        int[] nd = VULGAR_VALUES[VULGAR.indexOf(c)];
        BigDecimal v = BigDecimal.valueOf(nd[0]).divide(BigDecimal.valueOf(nd[1]), MathContext.DECIMAL64);
        out.add(new Tok(s, pos, pos + 1, new Word(Type.DENOMINATOR, BigDecimal.ZERO, false), v, prevEnd));
        afterOtherWord = false;
        prevEnd = pos + 1;
        pos++;
        continue;
      }
      pos++;
    }
    return out;
  }

  private record Result(NumberMatch match, int next) {}

  /**
   * The end of the digits at {@code pos} when they are the whole number, with no separator, decimal or fraction bar
   * after them for {@code digits} or {@link #FRACTION} to read (most numbers of a text: 2022, 15, 300); else {@code pos}.
   */
  private static int plainRun(String s, int pos) {
    int e = pos;
    while (e < s.length() && TextForms.isDigit(s.charAt(e))) {
      e++;
    }
    if (e == pos || e == s.length()) {
      return e;
    }
    char after = s.charAt(e);
    boolean more = after == '.' || after == ',' || after == '/' || after == ' ' && e + 1 < s.length() && TextForms.isDigit(s.charAt(e + 1));
    return more ? pos : e;
  }

  /** The value of the digits {@code s[from, to)}. */
  private static BigDecimal digitValue(String s, int from, int to) {
    if (to - from > 18) {
      return new BigDecimal(s.substring(from, to));
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return BigDecimal.valueOf(v);
  }

  /** "of" and the range words: words the grammar reads that are no number words. */
  private static boolean read(String s, int start, int end) {
    int length = end - start;
    if (length == 2) {
      return s.startsWith("of", start);
    }
    if (length < RANGE_LENGTHS.length && RANGE_LENGTHS[length]) {
      for (int k = 0; k < RANGE_WORDS.size(); k++) {
        if (RANGE_WORDS.get(k).length() == length && s.startsWith(RANGE_WORDS.get(k), start)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Which lengths a range word has. */
  private static final boolean[] RANGE_LENGTHS = rangeLengths();

  private static boolean[] rangeLengths() {
    boolean[] out = new boolean[RANGE_WORDS.stream().mapToInt(String::length).max().orElse(0) + 1];
    RANGE_WORDS.forEach(w -> out[w.length()] = true);
    return out;
  }

  /** USD115, Rp20: a currency code glued to the digits. */
  private static boolean currencyBefore(String s, int pos) {
    int j = pos;
    while (j > 0 && Character.isLetter(s.charAt(j - 1))) {
      j--;
    }
    return (j == 0 || !TextForms.isLatinWordChar(s.charAt(j - 1))) && CurrencyTable.get().isPrefix(s.substring(j, pos));
  }

  /** At most {@code max} spaces and nothing else between the token and the one before it. */
  private static boolean spaces(Tok t, int max) {
    for (int k = t.gapStart(); k < t.start(); k++) {
      if (t.source().charAt(k) != ' ') {
        return false;
      }
    }
    return t.start() - t.gapStart() <= max;
  }

  /** Nothing but white space (and one hyphen) between the token and the one before it. */
  private static boolean joined(Tok t) {
    String s = t.source();
    int a = t.gapStart();
    int b = t.start();
    while (a < b && Character.isWhitespace(s.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
      b--;
    }
    return a == b || b - a == 1 && s.charAt(a) == '-';
  }

  private static boolean numeric(Tok t) {
    return t.digits() != null || t.is(Type.UNIT) || t.is(Type.SMALL) || t.is(Type.BIG) || t.is(Type.TEEN) || t.is(Type.DOZEN);
  }

  private Result parse(String s, List<Tok> toks, int i) {
    Tok first = toks.get(i);
    int j = i;
    boolean negative = false;
    if (first.is(Type.MINUS) && i + 1 < toks.size() && joined(toks.get(i + 1)) && numericStart(toks.get(i + 1))) {
      negative = true;
      j++;
    } else if (first.digits() != null && first.start() > 0 && s.charAt(first.start() - 1) == '-'
        && (first.start() < 2 || !TextForms.isLatinWordChar(s.charAt(first.start() - 2)))) {
      negative = first.start() < 2 || s.charAt(first.start() - 2) == ' ' || s.charAt(first.start() - 2) == '(';
    } else if (first.digits() != null && first.start() == 2 && s.startsWith("- ")) {
      negative = true;
    }
    Result r = cardinal(s, toks, j);
    if (r == null) {
      return null;
    }
    NumberMatch m = r.match;
    int start = negative && first.digits() == null ? first.start() : negative ? s.lastIndexOf('-', first.start()) : m.start();
    if (negative) {
      m = new NumberMatch(start, m.end(), m.value().negate(), m.form(), false, m.digits());
    }
    return new Result(m, r.next);
  }

  private static boolean numericStart(Tok t) {
    return t.digits() != null || t.is(Type.UNIT) || t.is(Type.ARTICLE) || t.is(Type.ORDINAL) || t.is(Type.HALF)
        || t.is(Type.POINT);
  }

  /** A cardinal, fraction or ordinal starting at token {@code i}. */
  private Result cardinal(String s, List<Tok> toks, int i) {
    Tok first = toks.get(i);
    if (first.is(Type.ORDINAL_PREFIX)) {
      if (i + 1 < toks.size() && toks.get(i + 1).digits() != null && toks.get(i + 1).gapBefore().strip().matches("-?")) {
        Tok d = toks.get(i + 1);
        return new Result(new NumberMatch(first.start(), d.end(), d.digits(), NumberMatch.Form.ORDINAL, false, true), i + 2);
      }
      return null;
    }
    if (first.is(Type.DENOMINATOR) && first.digits() != null) {
      return new Result(new NumberMatch(first.start(), first.end(), first.digits(), NumberMatch.Form.FRACTION, false, true), i + 1);
    }
    if (first.is(Type.ORDINAL) && !first.word().plural()) {
      return ordinalTail(toks, i, new Accumulator(false), first.start(), false);
    }
    if ((first.is(Type.HALF) || first.is(Type.DENOMINATOR) && first.digits() == null) && !first.word().plural()) {
      int k = i + 1;
      if (k < toks.size() && toks.get(k).is(Type.ARTICLE)) {
        k++;
      }
      // half a million, a quarter million, half a dozen, half a hundred.
      if (k < toks.size() && (toks.get(k).is(Type.BIG) || toks.get(k).is(Type.DOZEN) || toks.get(k).is(Type.SMALL))
          && !table.abbreviations.contains(toks.get(k).text()) && joined(toks.get(k))) {
        BigDecimal part = first.is(Type.HALF) ? new BigDecimal("0.5") : new BigDecimal("0.25");
        Tok big = toks.get(k);
        return new Result(new NumberMatch(first.start(), big.end(), part.multiply(big.word().value()), NumberMatch.Form.CARDINAL, false,
            false), k + 1);
      }
    }
    if (first.is(Type.HALF) && !first.word().plural()) {
      return new Result(new NumberMatch(first.start(), first.end(), new BigDecimal("0.5"), NumberMatch.Form.FRACTION, true, false), i + 1);
    }
    if (first.is(Type.POINT) && i + 1 < toks.size() && toks.get(i + 1).digits() != null) {
      Tok d = toks.get(i + 1);
      BigDecimal v = new BigDecimal("0." + d.text().replaceAll("\\D", ""));
      return new Result(new NumberMatch(first.start(), d.end(), v, NumberMatch.Form.CARDINAL, false, true), i + 2);
    }
    boolean article = first.is(Type.ARTICLE);
    if (article) {
      if (i + 1 >= toks.size() || !joined(toks.get(i + 1))) {
        return null;
      }
      Tok next = toks.get(i + 1);
      boolean scale = next.is(Type.SMALL) || next.is(Type.BIG) && !table.abbreviations.contains(next.text())
          || next.is(Type.DOZEN) || next.is(Type.HALF) || next.is(Type.ORDINAL) || next.is(Type.DENOMINATOR) || next.is(Type.PAIR)
          || compoundOrdinal(toks, i + 1) != null;
      Literals.Found currency = scale ? null : CurrencyTable.get().after(s, first.end());
      if (currency != null && Character.isLetter(currency.word().text().charAt(0))) {
        // a dollar, a grand: one of a currency (weak, as every article).
        return new Result(new NumberMatch(first.start(), first.end(), BigDecimal.ONE, NumberMatch.Form.CARDINAL, true, false), i + 1);
      }
      if (!scale) {
        return null;
      }
    } else if (!(first.digits() != null || first.is(Type.UNIT) || first.is(Type.PAIR) || first.is(Type.SMALL) && !first.word().plural()
        || first.is(Type.BIG) && !first.word().plural() && !table.abbreviations.contains(first.text()))) {
      return null;
    }
    Accumulator acc = new Accumulator(false);
    int j = i;
    int end = first.end();
    boolean digits = false;
    int words = 0;
    Type prev = null;
    if (article) {
      j++;
      prev = Type.ARTICLE;
    }
    while (j < toks.size()) {
      Tok t = toks.get(j);
      if (j > i && !joined(t)) {
        break;
      }
      boolean ok;
      if (t.digits() != null && t.word() == null) {
        if (j > i && prev != Type.SMALL && prev != Type.BIG) {
          break;
        }
        ok = acc.digit(t.digits(), false);
        digits = true;
        Matcher ord = ok ? table.ordinalSuffix.at(s, t.end()) : null;
        if (ord != null) {
          return new Result(new NumberMatch(first.start(), ord.end(), acc.value(), NumberMatch.Form.ORDINAL, false, true), j + 1);
        }
      } else if (t.is(Type.UNIT) || t.is(Type.PAIR)) {
        ok = prev != Type.DIGITS_MARK && acc.digit(t.word().value(), false);
        int[] den = ok || prev == Type.DIGITS_MARK || prev == Type.AND || acc.parts() == 0 || quatreVingt(t, acc) ? null
            : compoundOrdinal(toks, j);
        if (den != null) {
          // one twenty-fifth, three twenty-firsts, one one hundred fifth: a numerator, then a compound ordinal.
          Tok last = toks.get(den[1] - 1);
          return afterFraction(toks, first.start(), acc.value().divide(BigDecimal.valueOf(den[0]), MathContext.DECIMAL64), last.end(),
              den[1], digits);
        }
      } else if (t.is(Type.TEEN)) {
        ok = acc.teen();
      } else if (t.is(Type.SMALL)) {
        // "50 cents" after digits is money, not hundreds.
        if (t.text().startsWith("vingt") || t.text().equals("cents") && prev == Type.DIGITS_MARK) {
          ok = false;
        } else {
          ok = acc.small(t.word().value());
        }
      } else if (t.is(Type.BIG)) {
        boolean abbrev = table.abbreviations.contains(t.text());
        boolean afterDigits = prev == Type.DIGITS_MARK && spaces(t, table.gluedAbbreviations.contains(t.text()) ? 0 : 2);
        boolean afterWords = prev != null && prev != Type.DIGITS_MARK && table.spokenAbbreviations.contains(t.text());
        // 42 L.E.: a letter of an initialism, not a scale.
        boolean initial = t.text().length() == 1 && t.end() + 1 < s.length() && s.charAt(t.end()) == '.'
            && Character.isLetter(s.charAt(t.end() + 1));
        if (abbrev && (!afterDigits && !afterWords || initial)) {
          break;
        }
        ok = acc.big(t.word().value());
      } else if (t.is(Type.DOZEN) && acc.parts() > 0 || t.is(Type.DOZEN) && article) {
        if (acc.parts() == 0) {
          acc.digit(BigDecimal.ONE, false);
        }
        acc.scaleLast(t.word().value());
        ok = true;
      } else if (t.is(Type.AND) && acc.parts() > 0 && j + 1 < toks.size()) {
        Tok next = toks.get(j + 1);
        if (next.is(Type.DENOMINATOR) && next.digits() == null && !next.word().plural() && joined(next)) {
          // one and quarter: one and a quarter.
          BigDecimal v = acc.value().add(BigDecimal.ONE.divide(next.word().value(), MathContext.DECIMAL64));
          return afterFraction(toks, first.start(), v, next.end(), j + 2, digits);
        }
        if (next.is(Type.ORDINAL) && !next.word().plural() && "et".equals(t.text()) && acc.hasDigit()
            && acc.value().remainder(BigDecimal.TEN).signum() == 0 && next.word().value().compareTo(BigDecimal.TEN) < 0) {
          // vingt et unième.
          return ordinalTail(toks, j + 1, acc, first.start(), digits);
        }
        Result frac = next.is(Type.ARTICLE) || next.is(Type.HALF) || next.is(Type.UNIT) ? cardinal(s, toks, j + 1) : null;
        BigDecimal fracScale = frac == null ? null : toks.get(frac.next - 1).is(Type.BIG) ? toks.get(frac.next - 1).word().value() : null;
        if (fracScale != null && frac.match.form() == NumberMatch.Form.CARDINAL && frac.match.value().compareTo(fracScale) < 0
            && fracScale.compareTo(acc.value()) < 0) {
          // one billion and a half million: a part of a smaller scale is added.
          BigDecimal v = acc.value().add(frac.match.value());
          return new Result(new NumberMatch(first.start(), frac.match.end(), v, NumberMatch.Form.CARDINAL, false, digits), frac.next);
        }
        if (frac != null && frac.match.form() == NumberMatch.Form.CARDINAL && toks.get(frac.next - 1).is(Type.BIG)
            && acc.value().compareTo(BigDecimal.valueOf(1000)) < 0 && (next.is(Type.ARTICLE) || next.is(Type.HALF))) {
          // five and a half million: (5 + 0.5) million.
          BigDecimal big = toks.get(frac.next - 1).word().value();
          BigDecimal v = acc.value().multiply(big).add(frac.match.value());
          return new Result(new NumberMatch(first.start(), frac.match.end(), v, NumberMatch.Form.CARDINAL, false, digits), frac.next);
        }
        if (frac != null && frac.match.form() == NumberMatch.Form.FRACTION && frac.match.value().abs().compareTo(BigDecimal.ONE) < 0) {
          // two and fifty-four hundredths, one and a half, one hundred and three quarters: a proper fraction is added.
          BigDecimal scale = prev == Type.BIG ? toks.get(j - 1).word().value() : BigDecimal.ONE;
          BigDecimal v = acc.value().add(frac.match.value().multiply(scale));
          return afterFraction(toks, first.start(), v, frac.match.end(), frac.next, digits);
        }
        if (next.is(Type.ARTICLE) || next.is(Type.HALF)) {
          break;
        }
        // three hundred and five, vingt et un, twenty and four (old style: a unit after tens).
        // (Not in a range: "between twenty and four hundred" is no 2,400.)
        boolean tensAndUnit = prev == Type.UNIT && next.is(Type.UNIT) && acc.value().compareTo(BigDecimal.valueOf(20)) >= 0
            && acc.value().remainder(BigDecimal.TEN).signum() == 0 && next.word().value().compareTo(BigDecimal.TEN) < 0
            && (j + 2 >= toks.size() || !toks.get(j + 2).is(Type.SMALL) && !toks.get(j + 2).is(Type.BIG))
            && (i == 0 || !RANGE_WORDS.contains(toks.get(i - 1).text()));
        if ((prev == Type.SMALL || prev == Type.BIG || "et".equals(t.text()) || tensAndUnit) && numeric(next) && joined(next)) {
          j++;
          continue;
        }
        break;
      } else if (t.is(Type.POINT) && acc.parts() > 0) {
        StringBuilder frac = new StringBuilder();
        int k = j + 1;
        if (k < toks.size() && joined(toks.get(k)) && toks.get(k).is(Type.UNIT) && toks.get(k).word().value().intValue() >= 10) {
          // point seventy-one, virgule cinquante deux, nought point eleven: the decimals read as one number.
          int tens = toks.get(k).word().value().intValue();
          k++;
          if (tens % 10 == 0 && k < toks.size() && joined(toks.get(k)) && toks.get(k).is(Type.UNIT)
              && toks.get(k).word().value().intValue() < 10 && toks.get(k).word().value().intValue() > 0) {
            tens += toks.get(k).word().value().intValue();
            k++;
          }
          frac.append(tens);
        }
        while (frac.length() < 2 && k == j + 1 + frac.length() && k < toks.size() && joined(toks.get(k)) && (toks.get(k).is(Type.UNIT) && toks.get(k).word().value().intValue() < 10
            || toks.get(k).digits() != null)) {
          frac.append(toks.get(k).is(Type.UNIT) ? toks.get(k).word().value().toString() : toks.get(k).text().replaceAll("\\D", ""));
          k++;
        }
        if (frac.length() == 0) {
          break;
        }
        BigDecimal v = acc.value().add(new BigDecimal("0." + frac));
        acc = new Accumulator(false);
        acc.digit(v, false);
        end = toks.get(k - 1).end();
        j = k;
        prev = Type.UNIT;
        continue;
      } else if ((t.is(Type.ORDINAL) || t.is(Type.DENOMINATOR) || t.is(Type.HALF)) && (acc.parts() > 0 || article)) {
        return ordinalOrFraction(s, toks, i, j, acc, article, digits);
      } else if (t.is(Type.OVER) && acc.parts() > 0 && j + 1 < toks.size()) {
        // two over three; one out of three.
        int from = t.text().equals("out") ? j + 2 : j + 1;
        if (from >= toks.size() || from > j + 1 && !toks.get(j + 1).text().equals("of")) {
          break;
        }
        Result den = cardinal(s, toks, from);
        if (den == null || den.match.value().signum() == 0) {
          break;
        }
        BigDecimal v = acc.value().divide(den.match.value(), MathContext.DECIMAL64);
        return new Result(new NumberMatch(first.start(), den.match.end(), v, NumberMatch.Form.FRACTION, false, digits), den.next);
      } else {
        break;
      }
      if (!ok) {
        // quatre-vingt(s): 4 × 20 in French.
        if (quatreVingt(t, acc)) {
          ok = acc.timesTwenty();
        }
        if (!ok) {
          break;
        }
      }
      words++;
      end = t.end();
      prev = t.digits() != null && t.word() == null ? Type.DIGITS_MARK : t.word().type();
      j++;
    }
    if (acc.parts() == 0) {
      return null;
    }
    boolean weak = !digits && words <= 1 && acc.value().compareTo(BigDecimal.ONE) <= 0;
    return new Result(new NumberMatch(first.start(), end, acc.value(), NumberMatch.Form.CARDINAL, weak || article && words == 0, digits), j);
  }

  /** French vingt after quatre: quatre-vingt(s) is 4 × 20. */
  private static boolean quatreVingt(Tok t, Accumulator acc) {
    return t.text().startsWith("vingt") && acc.hasDigit() && acc.value().remainder(BigDecimal.valueOf(100)).intValue() == 4;
  }

  /**
   * A compound ordinal starting at token {@code j} that can only be a denominator: tens and a unit ordinal
   * ({@code twenty-fifth}, {@code vingt et unième}) or a unit, a scale and an ordinal below a hundred ({@code one hundred
   * fifth}). Returns its value and the index after it, or null.
   */
  private static int[] compoundOrdinal(List<Tok> toks, int j) {
    Tok t = toks.get(j);
    if (!t.is(Type.UNIT) || t.word().value().compareTo(BigDecimal.valueOf(100)) >= 0) {
      return null;
    }
    int v = t.word().value().intValue();
    int k = j + 1;
    BigDecimal scale = null;
    if (v < 10 && v > 0 && k < toks.size() && joined(toks.get(k)) && (toks.get(k).is(Type.SMALL) || toks.get(k).is(Type.BIG))) {
      scale = toks.get(k).word().value();
      k++;
    } else if (v < 20 || v % 10 != 0) {
      return null;
    }
    if (k < toks.size() && toks.get(k).is(Type.AND) && joined(toks.get(k))) {
      k++;
    }
    if (k >= toks.size() || !joined(toks.get(k)) || !toks.get(k).is(Type.ORDINAL)) {
      return null;
    }
    int ord = toks.get(k).word().value().intValue();
    if (scale == null ? ord >= 10 || ord == 0 : ord >= 100) {
      return null;
    }
    int den = scale == null ? v + ord : BigDecimal.valueOf(v).multiply(scale).intValueExact() + ord;
    return new int[] {den, k + 1};
  }

  private Result ordinalOrFraction(String s, List<Tok> toks, int i, int j, Accumulator acc, boolean article, boolean digits) {
    Tok t = toks.get(j);
    int start = toks.get(i).start();
    BigDecimal have = acc.parts() == 0 ? BigDecimal.ONE : acc.value();
    if (quatreVingt(t, acc) && t.is(Type.ORDINAL) && !article && acc.timesTwenty()) {
      // quatre-vingtième.
      return new Result(new NumberMatch(start, t.end(), acc.value(), NumberMatch.Form.ORDINAL, false, digits), j + 1);
    }
    if (t.is(Type.ORDINAL) && !digits && t.word().value().compareTo(BigDecimal.TEN) < 0 && j - 1 > i && toks.get(j - 1).is(Type.UNIT)) {
      int tens = toks.get(j - 1).word().value().intValue();
      if (article && j - 1 == i + 1 && tens >= 20 && tens % 10 == 0) {
        // a twenty-first: one twenty-first part.
        BigDecimal den = BigDecimal.valueOf(tens).add(t.word().value());
        return afterFraction(toks, start, BigDecimal.ONE.divide(den, MathContext.DECIMAL64), t.end(), j + 1, false);
      }
      // one hundred thirty fifths: a hundred thirty-fifths (the tens belong to the plural ordinal).
      // (French writes the compound ordinal with a hyphen: cent trente cinquièmes are 130 fifths.)
      boolean split = t.word().plural() && tens >= 20 && tens % 10 == 0 && !article && !toks.get(j - 2).is(Type.AND)
          && (!table.decimalComma || t.gapBefore().strip().equals("-"));
      Result numerator = split ? cardinal(s, toks.subList(0, j - 1), i) : null;
      if (numerator != null && numerator.next == j - 1 && numerator.match.form() == NumberMatch.Form.CARDINAL) {
        BigDecimal den = BigDecimal.valueOf(tens).add(t.word().value());
        return afterFraction(toks, start, numerator.match.value().divide(den, MathContext.DECIMAL64), t.end(), j + 1, false);
      }
    }
    if (t.is(Type.ORDINAL) && t.word().plural() && !digits && !article && j - 2 > i && toks.get(j - 2).is(Type.UNIT)
        && (toks.get(j - 3).is(Type.SMALL) || toks.get(j - 3).is(Type.BIG))
        && (toks.get(j - 1).is(Type.BIG) || toks.get(j - 1).is(Type.SMALL)) && t.word().value().compareTo(BigDecimal.valueOf(100)) < 0) {
      // one hundred one thousand fifths: a hundred (one thousand fifth)s.
      int[] den = compoundOrdinal(toks, j - 2);
      Result numerator = den == null ? null : cardinal(s, toks.subList(0, j - 2), i);
      if (numerator != null && numerator.next == j - 2 && numerator.match.form() == NumberMatch.Form.CARDINAL) {
        return afterFraction(toks, start, numerator.match.value().divide(BigDecimal.valueOf(den[0]), MathContext.DECIMAL64), t.end(),
            j + 1, false);
      }
    }
    boolean continuesOrdinal = t.is(Type.ORDINAL) && !t.word().plural() && !article && acc.hasDigit()
        && acc.value().remainder(BigDecimal.TEN).signum() == 0 && t.word().value().compareTo(BigDecimal.valueOf(20)) < 0
        && t.word().value().compareTo(acc.value().remainder(BigDecimal.valueOf(100))) < 0
        || t.is(Type.ORDINAL) && !t.word().plural() && acc.parts() > 0 && t.word().value().compareTo(BigDecimal.valueOf(100)) >= 0;
    if (continuesOrdinal) {
      return ordinalTail(toks, j, acc, start, digits);
    }
    // "3.5 second", "1 seconde": the unit of time, not a fraction.
    if (t.text().startsWith("second") && !article) {
      return new Result(new NumberMatch(start, toks.get(j - 1).end(), acc.value(), NumberMatch.Form.CARDINAL, false, digits), j);
    }

    if (t.digits() != null) {
      BigDecimal sign = have.signum() < 0 ? t.digits().negate() : t.digits();
      return afterFraction(toks, start, have.add(sign), t.end(), j + 1, true);
    }
    BigDecimal den = t.is(Type.HALF) ? BigDecimal.valueOf(2) : t.word().value();
    if (den.signum() == 0) {
      return null;
    }
    // a hundred trillionths, one one-hundredth: the denominator may itself be compound (twenty firsts).
    BigDecimal v = have.divide(den, MathContext.DECIMAL64);
    return afterFraction(toks, start, v, t.end(), j + 1, digits);
  }

  private Result afterFraction(List<Tok> toks, int start, BigDecimal v, int end, int next, boolean digits) {
    if (next < toks.size() && toks.get(next).is(Type.BIG) && joined(toks.get(next))
        && !table.abbreviations.contains(toks.get(next).text())) {
      Tok big = toks.get(next);
      return new Result(new NumberMatch(start, big.end(), v.multiply(big.word().value()), NumberMatch.Form.CARDINAL, false, digits), next + 1);
    }
    // two thirds of a million.
    if (next + 2 < toks.size() && toks.get(next).text().equals("of") && toks.get(next + 1).is(Type.ARTICLE)
        && toks.get(next + 2).is(Type.BIG) && !table.abbreviations.contains(toks.get(next + 2).text())) {
      Tok big = toks.get(next + 2);
      return new Result(new NumberMatch(start, big.end(), v.multiply(big.word().value()), NumberMatch.Form.CARDINAL, false, digits), next + 3);
    }
    return new Result(new NumberMatch(start, end, v, NumberMatch.Form.FRACTION, false, digits), next);
  }

  private Result ordinalTail(List<Tok> toks, int j, Accumulator acc, int start, boolean digits) {
    Tok t = toks.get(j);
    BigDecimal v = acc.parts() == 0 ? t.word().value() : acc.value().add(t.word().value());
    if (acc.parts() > 0 && t.word().value().compareTo(BigDecimal.valueOf(100)) >= 0) {
      v = acc.value().multiply(t.word().value());
    }
    return new Result(new NumberMatch(start, t.end(), v, NumberMatch.Form.ORDINAL, false, digits), j + 1);
  }
}
