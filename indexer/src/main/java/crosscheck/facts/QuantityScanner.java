package crosscheck.facts;

import crosscheck.facts.Fact.Qualifier;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the numbers of a text into quantities: reads the unit words after (or the currency before) each
 * number, the dates, the Korean day words (나흘) and ratios (每 10 個…有 7 個), and drops the numbers that are
 * times, phone numbers, years, ages, ranks, multiples or relative times ("12 years ago"). Thread-safe.
 */
final class QuantityScanner {

  private static final List<String> LANGS = List.of("zh", "ko", "id", "en", "fr");
  private static final Pattern KO_DAYS = Pattern.compile("(?<![가-힣])(하루(?=\\s?(?:만에|동안|종일|간|이|가|를))|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘|보름)(?![에가-힣&&[^이가은는을를의도만째동간]])");
  private static final Map<String, Integer> KO_DAY_VALUES = Map.ofEntries(Map.entry("하루", 1), Map.entry("이틀", 2),
      Map.entry("사흘", 3), Map.entry("나흘", 4), Map.entry("닷새", 5), Map.entry("엿새", 6), Map.entry("이레", 7),
      Map.entry("여드레", 8), Map.entry("아흐레", 9), Map.entry("열흘", 10), Map.entry("보름", 15));
  private static final Pattern ZH_RATIO = Pattern.compile("每\\s?([0-9一二三四五六七八九十百千]+)\\s?[個个位名]?[^，,。；;！？]{0,12}?有\\s?([0-9一二三四五六七八九十百千]+)\\s?[個个位名人]");
  private static final Pattern KO_RATIO = Pattern.compile("(\\d+)\\s?명\\s?(?:중|가운데)\\s?(\\d+)\\s?명");
  /** The number words a Latin-script ratio may start with ("three in ten", "un sur cinq", "dua dari sepuluh"). */
  private static final Map<String, List<String>> RATIO_WORDS = Map.of(
      "en", List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
      "fr", List.of("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
      "id", List.of("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"));
  private static final Map<String, Pattern> LATIN_RATIO = Map.of(
      "en", latinRatio("en", "(?:out of|in) (?:every )?", "\\d+|ten|five|three|four|hundred"),
      "fr", latinRatio("fr", "(?:sur) ", "\\d+|dix|cinq|trois|quatre"),
      "id", latinRatio("id", "dari (?:setiap )?", "\\d+|sepuluh|lima|tiga|empat|seratus"));

  private static Pattern latinRatio(String lang, String link, String whole) {
    return Pattern.compile("(?<![\\d.,])(\\d+|" + String.join("|", RATIO_WORDS.get(lang)) + ") " + link + "(" + whole + ")(?![\\d.,%])");
  }
  /**
   * One whole unit of time with no number: "a day", "half an hour", "the whole week", "toute la journée". Group 1 is a
   * "half" before, 2 the article, 3 the unit, 4 "and a half" after (French has no group 1).
   */
  private static final Map<String, Pattern> WHOLE_UNIT_DURATION = Map.of(
      "en", Pattern.compile("(?<![a-z])(?:(half) )?(an?|one|another|all|full|whole|entire|the)[ -](second|minute|hour|day|week|fortnight|month"
          + "|year|decade)(?![a-z])(?: (and a half|and half|and a quarter))?"),
      "fr", Pattern.compile("(?<![\\p{L}])((?!))?(tout(?:e|es)? (?:le |la |l'))(journée|journee|jour|semaine|mois|année|annee|an)(?![\\p{L}])"
          + "( et demie?)?"));
  /**
   * 半小時, 반년: half a unit; 個半鐘, 個半月: one and a half (Cantonese, 個 for 一個, at the start of a word); 分半: a minute
   * and a half.
   */
  private static final Pattern HALF_DURATION = Pattern.compile("(?:(?<![0-9\\p{IsHan}])([個个])|(?<![0-9一二三四五六七八九十两兩個个]))半\\s?(?:個|个)?\\s?"
      + "(小時|小时|鐘頭|钟头|鐘|钟|天|日|年|個月|个月|(?<=[個个]半)月|星期)"
      + "|(?<![가-힣])반\\s?(년|나절)|(?<![0-9\\p{IsHan}])(分)半(?:鐘|钟)?");
  /** What may join two durations into one: "2 years and 3 months", 8天又二十个小时, 1년 한 달 21일. */
  private static final Pattern DURATION_JOIN = Pattern.compile("\\s?(?:,\\s?)?(?:and|et|dan|又|零|그리고)?\\s?");
  /** The minutes (一小時零三十分) or hours (8天20时) right after a duration: group 2 is the unit. */
  private static final StartPattern ZH_MINUTES = new StartPattern("(?:零|又)?([0-9一二三四五六七八九十两兩]+)(分(?![之])|[时時](?![间間候代期刻]))(鐘|钟)?");
  /** 五分, 两毛五, 两角五分: an amount in fen or jiao (normalizer only: 分 alone is more often minutes or points). */
  private static final Pattern ZH_CENTS = Pattern.compile("(分|角|毛|毫|仙)(?:([一二三四五六七八九])分?)?$");
  /** 3일, 3日: days after a number (normalizer mode). */
  private static final Pattern DAY_AFTER = Pattern.compile("\\s?[일日]");

  private final NumberParser numbers;
  private final Map<String, Units> units;
  private final Map<String, Qualifiers> qualifiers;

  QuantityScanner(NumberParser numbers) {
    this.numbers = numbers;
    this.units = Map.of("zh", Units.of("zh"), "ko", Units.of("ko"), "id", Units.of("id"), "en", Units.of("en"), "fr", Units.of("fr"));
    this.qualifiers = Map.of("zh", Qualifiers.of("zh"), "ko", Qualifiers.of("ko"), "id", Qualifiers.of("id"),
        "en", Qualifiers.of("en"), "fr", Qualifiers.of("fr"));
  }

  private static String key(String lang) {
    return LANGS.contains(lang) ? lang : "en";
  }

  /** The quantity that is exactly the given span (normalizer mode), if any. */
  Optional<Quantity> parse(String span, String lang) {
    if (key(lang).equals("zh")) {
      span = NumberParser.compactChinese(span);
    }
    String folded = TextForms.fold(span);
    List<Quantity> found = scan(span, folded, lang, null, true);
    int from = 0;
    int to = folded.length();
    while (from < to && Character.isWhitespace(folded.charAt(from))) {
      from++;
    }
    while (to > from && (Character.isWhitespace(folded.charAt(to - 1)) || folded.charAt(to - 1) == '.')) {
      to--;
    }
    final int f = from;
    final int t = to;
    return found.stream().filter(q -> q.start() <= f && q.end() >= t)
        .max(Comparator.comparingInt(q -> q.end() - q.start()))
        .or(() -> found.stream().max(Comparator.comparingInt(q -> q.end() - q.start())).filter(q -> q.kind() != Quantity.Kind.NUMBER));
  }

  /** Every quantity of a text, in text order. {@code normalizer} reads a bare Korean 일 as days, not a date. */
  List<Quantity> scan(String text, String folded, String lang, LocalDate reference, boolean normalizer) {
    List<Quantity> out = scanParts(text, folded, lang, reference, normalizer);
    List<Quantity> qualified = new ArrayList<>();
    for (Quantity q : out) {
      qualified.add(qualify(folded, key(lang), q));
    }
    qualified.sort(Comparator.comparingInt(Quantity::start));
    return qualified;
  }

  private List<Quantity> scanParts(String text, String folded, String lang, LocalDate reference, boolean normalizer) {
    String lk = key(lang);
    Units u = units.get(lk);
    UnitMatchers at = new UnitMatchers(u, folded);
    List<Quantity> out = new ArrayList<>();
    boolean[] taken = new boolean[folded.length() + 1];
    BitSet digits = Anchored.offsetsOf(folded, Anchored.DIGITS);
    for (DateFinder.Found d : DateFinder.find(text, folded, lk, normalizer ? null : reference, digits)) {
      out.add(new Quantity(Quantity.Kind.DATE, DateFinder.epochDay(d.date()), null, d.date().toString(), Qualifier.EXACT,
          d.start(), d.end(), null, false));
      mark(taken, d.start(), d.end());
    }
    if (folded.indexOf(':') >= 0 || folded.indexOf('-') >= 0) {
      Anchored found = new Anchored(DateFinder.NOT_QUANTITY, folded, Anchored.union(digits, Anchored.offsetsOf(folded, "+")),
          i -> maskStart(folded, i));
      Matcher junk = found.matcher();
      while (found.find()) {
        mark(taken, junk.start(), junk.end());
      }
    }
    ratios(folded, lk, digits, taken, out);
    if (lk.equals("zh")) {
      Anchored found = new Anchored(ZH_HALF_PERCENT, folded, Anchored.offsetsOf(folded, "對对半"));
      Matcher half = found.matcher();
      while (found.find()) {
        BigDecimal v = BigDecimal.valueOf(half.group(1).equals("半成") ? 5 : 50);
        out.add(new Quantity(Quantity.Kind.PERCENT, v, "%", null, Qualifier.EXACT, half.start(), half.end(), null, false));
        mark(taken, half.start(), half.end());
      }
    }
    if (lk.equals("ko")) {
      Anchored found = new Anchored(KO_DAYS, folded, Anchored.offsetsOf(folded, List.copyOf(KO_DAY_VALUES.keySet())),
          i -> i == 0 || !TextForms.isHangul(folded.charAt(i - 1)));
      Matcher m = found.matcher();
      while (found.find()) {
        if (!taken[m.start()]) {
          out.add(new Quantity(Quantity.Kind.DURATION, Units.DAY.multiply(BigDecimal.valueOf(KO_DAY_VALUES.get(m.group(1)))), "s", null,
              Qualifier.EXACT, m.start(), m.end(), null, false));
          mark(taken, m.start(), m.end());
        }
      }
    }
    if (WHOLE_UNIT_DURATION.containsKey(lk)) {
      boolean fr = lk.equals("fr");
      Anchored found = fr ? new Anchored(WHOLE_UNIT_DURATION.get(lk), folded, Anchored.offsetsOf(folded, List.of("tout")),
          i -> i == 0 || !Character.isLetter(folded.charAt(i - 1)))
          : new Anchored(WHOLE_UNIT_DURATION.get(lk), folded, wholeUnitCandidates(folded), i -> wholeUnitStart(folded, i));
      Matcher m = found.matcher();
      while (found.find()) {
        if (!taken[m.start()]) {
          BigDecimal count = m.group(1) != null ? new BigDecimal("0.5") : m.group(4) == null ? BigDecimal.ONE
              : new BigDecimal(m.group(4).endsWith("quarter") ? "1.25" : "1.5");
          NumberMatch one = new NumberMatch(m.start(), m.end(2), count, NumberMatch.Form.CARDINAL, true, false);
          out.add(new Quantity(Quantity.Kind.DURATION, Units.seconds(m.group(3)).multiply(count), "s", null, Qualifier.EXACT, m.start(),
              m.end(), one, false));
          mark(taken, m.start(), m.end());
        }
      }
    }
    Anchored halves = new Anchored(HALF_DURATION, folded,
        folded.indexOf('半') < 0 && folded.indexOf('반') < 0 ? new BitSet() : Anchored.offsetsOf(folded, "個个半반分"));
    Matcher half = halves.matcher();
    while (halves.find()) {
      if (!taken[half.start()]) {
        String unit = half.group(2) != null ? half.group(2) : half.group(4) != null ? half.group(4) : half.group(3).equals("나절") ? "시간" : "년";
        BigDecimal v = Units.seconds(unit).divide(BigDecimal.valueOf(2));
        if (half.group(3) != null && half.group(3).equals("나절")) {
          v = Units.HOUR.multiply(BigDecimal.valueOf(6));
        } else if (half.group(1) != null || half.group(4) != null) {
          v = v.multiply(BigDecimal.valueOf(3));
        }
        out.add(new Quantity(Quantity.Kind.DURATION, v, "s", null, Qualifier.EXACT, half.start(), half.end(), null, false));
        mark(taken, half.start(), half.end());
      }
    }
    for (NumberMatch n : numbers.findFolded(folded, lk)) {
      if (taken[n.start()] || taken[Math.max(n.start(), n.end() - 1)] || !normalizer && neverAFact(folded, n)) {
        continue;
      }
      Quantity q = classify(text, folded, lk, at, n, normalizer);
      if (q != null) {
        out.add(q);
        mark(taken, q.start(), q.end());
      }
    }
    out.sort(Comparator.comparingInt(Quantity::start));
    out = joinDurations(folded, lk, out);
    out.removeIf(q -> q.kind() == Quantity.Kind.DURATION && isRelative(folded, at, q));
    return out;
  }

  /**
   * Where a time or phone mask ({@link DateFinder#NOT_QUANTITY}) can start: a plus sign, the start of a run of
   * digits, or two to four digits before a hyphen or space at the end of a run (a phone number inside a longer run);
   * and the digits are followed by a colon, a hyphen, or a space and a digit, as every mask joins its groups so.
   */
  private static boolean maskStart(String s, int i) {
    char c = s.charAt(i);
    boolean start = c == '+' || TextForms.isDigit(c) && (i == 0 || !TextForms.isDigit(s.charAt(i - 1)));
    if (!start && TextForms.isDigit(c)) {
      int j = i;
      while (j < s.length() && j - i < 5 && TextForms.isDigit(s.charAt(j))) {
        j++;
      }
      start = j - i >= 2 && j - i <= 4 && j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == ' ');
    }
    int from = c == '+' ? i + 1 : i;
    int e = from;
    while (e < s.length() && TextForms.isDigit(s.charAt(e))) {
      e++;
    }
    return start && e > from && e < s.length()
        && (s.charAt(e) == ':' || s.charAt(e) == '-' || s.charAt(e) == ' ' && e + 1 < s.length() && TextForms.isDigit(s.charAt(e + 1)));
  }

  /** The words an English whole-unit duration starts with ("a day", "the whole week", "half an hour"). */
  private static final List<String> WHOLE_UNIT_FIRST = List.of("half", "another", "an", "a", "one", "all", "full", "whole", "entire", "the");
  /** Its units, as in {@code WHOLE_UNIT_DURATION}. */
  private static final List<String> WHOLE_UNITS = List.of("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade");

  /**
   * Where {@code WHOLE_UNIT_DURATION} (en) can match: a first word (after "half ") and a space or hyphen before one of
   * its units, found from the units.
   */
  private static BitSet wholeUnitCandidates(String s) {
    BitSet units = Anchored.offsetsOf(s, WHOLE_UNITS);
    BitSet out = new BitSet(s.length());
    for (int u = units.nextSetBit(1); u >= 0; u = units.nextSetBit(u + 1)) {
      if (s.charAt(u - 1) == ' ' || s.charAt(u - 1) == '-') {
        for (String w : WHOLE_UNIT_FIRST.subList(1, WHOLE_UNIT_FIRST.size())) {
          int start = u - 1 - w.length();
          if (start >= 0) {
            out.set(start);
          }
          if (start - "half ".length() >= 0) {
            out.set(start - "half ".length());
          }
        }
      }
    }
    return out;
  }

  /**
   * Where {@code WHOLE_UNIT_DURATION} (en) can start: one of its first words, not after a to z, followed by a space or
   * hyphen and a unit's first letter ("half" is followed by its article).
   */
  private static boolean wholeUnitStart(String s, int i) {
    if (i > 0 && s.charAt(i - 1) >= 'a' && s.charAt(i - 1) <= 'z' || "haofwet".indexOf(s.charAt(i)) < 0) {
      return false;
    }
    for (String w : WHOLE_UNIT_FIRST) {
      int e = i + w.length();
      if (s.startsWith(w, i) && (w.equals("half") || e + 1 < s.length() && (s.charAt(e) == ' ' || s.charAt(e) == '-')
          && "smhdwfy".indexOf(s.charAt(e + 1)) >= 0)) {
        return true;
      }
    }
    return false;
  }

  /** Adds up durations written in parts: "2 years and 3 months", 一小時零三十分鐘, 1시간 30분. */
  private List<Quantity> joinDurations(String folded, String lang, List<Quantity> in) {
    List<Quantity> out = new ArrayList<>();
    for (Quantity q : in) {
      Quantity last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.kind() == Quantity.Kind.DURATION && q.kind() == Quantity.Kind.DURATION && q.start() >= last.end()
          && DURATION_JOIN.matcher(folded.substring(last.end(), q.start())).matches()) {
        out.set(out.size() - 1, new Quantity(Quantity.Kind.DURATION, last.value().add(q.value()), "s", null, Qualifier.EXACT,
            last.start(), q.end(), last.number(), false));
        continue;
      }
      if (lang.equals("zh") && q.kind() == Quantity.Kind.DURATION) {
        Matcher m = ZH_MINUTES.at(folded, q.end());
        Optional<BigDecimal> rest = m != null ? numbers.parse(m.group(1), lang) : Optional.empty();
        if (rest.isPresent()) {
          q = new Quantity(Quantity.Kind.DURATION, q.value().add(rest.get().multiply(Units.seconds(m.group(2)))), "s", null,
              Qualifier.EXACT, q.start(), m.end(), q.number(), false);
        }
      }
      out.add(q);
    }
    return out;
  }

  private static void mark(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
  }

  private static boolean isRelative(String folded, UnitMatchers at, Quantity q) {
    if (at.units.relative.lookingAt(at.relative, folded, q.end())) {
      return true;
    }
    String before = folded.substring(Math.max(0, q.start() - 8), q.start());
    return before.endsWith("il y a ") || before.endsWith("il y a");
  }

  /** The unit patterns of a language over one text, made once per scan and moved from number to number. */
  private static final class UnitMatchers {
    final Units units;
    final Matcher percent;
    final Matcher duration;
    final Matcher notCount;
    final Matcher counter;
    final Matcher relative;

    UnitMatchers(Units u, String folded) {
      units = u;
      percent = u.percent.matcher(folded);
      duration = u.duration.matcher(folded);
      notCount = u.notCount.matcher(folded);
      counter = u.counter.matcher(folded);
      relative = u.relative.matcher(folded);
    }
  }

  /**
   * A weak number (a numeral word such as "un", 한 or a lone Sino-Korean syllable) that no unit makes a fact: one or
   * less, or one Hangul syllable glued to the next word (사 of 사용자). Most of the numbers a Korean or French text
   * holds are such words, so they are dropped before their units are looked for.
   */
  private static boolean neverAFact(String folded, NumberMatch n) {
    if (!n.weak()) {
      return false;
    }
    if (n.value().compareTo(BigDecimal.ONE) <= 0) {
      return true;
    }
    return n.end() - n.start() == 1 && TextForms.isHangul(folded.charAt(n.start()))
        && (n.end() == folded.length() || folded.charAt(n.end()) != ' ');
  }

  /** 1800 to 2199 in four digits. */
  private static boolean yearLike(String s, int start, int end) {
    if (end - start != 4) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (!TextForms.isDigit(s.charAt(i))) {
        return false;
      }
    }
    char c = s.charAt(start);
    char d = s.charAt(start + 1);
    return c == '1' && (d == '8' || d == '9') || c == '2' && (d == '0' || d == '1');
  }

  private Quantity classify(String text, String folded, String lang, UnitMatchers at, NumberMatch n, boolean normalizer) {
    Units u = at.units;
    int end = n.end();
    BigDecimal v = n.value();
    if (n.form() == NumberMatch.Form.ORDINAL) {
      return quantity(Quantity.Kind.ORDINAL, v, null, n.start(), end, n, false);
    }
    if (n.form() == NumberMatch.Form.PERCENT) {
      return quantity(Quantity.Kind.PERCENT, v, "%", n.start(), end, n, false);
    }
    if (u.ageBefore(folded, n.start())) {
      return null;
    }
    if (u.percent.lookingAt(at.percent, folded, end)) {
      return quantity(Quantity.Kind.PERCENT, v, "%", n.start(), at.percent.end(), n, false);
    }
    Matcher pb = normalizer ? u.percentBefore.matcher(folded.substring(0, n.start())) : null;
    if (pb != null && pb.find()) {
      return quantity(Quantity.Kind.PERCENT, v, "%", pb.start(), end, n, false);
    }
    if (lang.equals("zh")) {
      Quantity tenths = tenths(folded, n);
      if (tenths != null) {
        return tenths;
      }
    }
    Quantity money = money(folded, lang, n, normalizer);
    if (money != null) {
      return money;
    }
    boolean yearLike = n.digits() && yearLike(text, n.start(), n.end());
    Matcher d = at.duration;
    boolean unitAfter = u.duration.lookingAt(d, folded, end);
    // "three quarters of an hour", but not "part 2 of a year-long series".
    boolean unitOfFraction = !unitAfter || n.form() == NumberMatch.Form.FRACTION || !d.group().contains("of ");
    if (unitAfter && unitOfFraction && ((!yearLike || normalizer) && n.form() != NumberMatch.Form.FRACTION || normalizer)) {
      return duration(folded, lang, n, d, normalizer);
    }
    if (lang.equals("zh") && normalizer) {
      Matcher cents = ZH_CENTS.matcher(folded).region(end, folded.length());
      if (cents.lookingAt()) {
        BigDecimal per = cents.group(1).equals("分") || cents.group(1).equals("仙") ? BigDecimal.ONE : BigDecimal.TEN;
        BigDecimal total = v.multiply(per);
        int stop = cents.end();
        if (cents.group(2) != null) {
          total = total.add(numbers.parse(cents.group(2), lang).orElse(BigDecimal.ZERO));
        }
        return quantity(Quantity.Kind.MONEY, total, "cent", n.start(), stop, n, false);
      }
    }
    if ((lang.equals("ko") || lang.equals("zh")) && normalizer) {
      Matcher day = DAY_AFTER.matcher(folded).region(end, folded.length());
      if (day.lookingAt()) {
        return quantity(Quantity.Kind.DURATION, v.multiply(Units.DAY), "s", n.start(), day.end(), n, false);
      }
    }
    if (yearLike && !normalizer) {
      return null;
    }
    if (u.notCount.lookingAt(at.notCount, folded, end)) {
      return normalizer ? quantity(Quantity.Kind.NUMBER, v, null, n.start(), end, n, false) : null;
    }
    Matcher c = at.counter;
    if (u.counter.lookingAt(c, folded, end)) {
      String counter = c.group(1);
      String unit = "名位人명orangjiwapeoplepersonspersonnes".contains(counter) ? "people" : null;
      return quantity(Quantity.Kind.COUNT, v, unit, n.start(), c.end(), n, true);
    }
    return quantity(Quantity.Kind.NUMBER, v, null, n.start(), end, n, false);
  }

  /** A scale word after the currency that follows a number: 75 USD million. */
  private static final StartPattern SCALE_AFTER_CURRENCY = new StartPattern("\\s([a-z]+)(?![\\p{L}])");

  /**
   * An amount of money: the currency before the number (US$ 40, malaysian ringgits 42, MAUD 60) or after it (326 millions €,
   * 30 MUSD, 10 grand, twenty nickels), times the currency's factor, a scale word after the currency, and subunits.
   */
  private Quantity money(String folded, String lang, NumberMatch n, boolean normalizer) {
    CurrencyTable currencies = CurrencyTable.get();
    Literals.Found cb = currencies.before(folded, n.start());
    Literals.Found ca = currencies.after(folded, n.end());
    int start = n.start();
    int end;
    String form;
    String code;
    if (cb != null) {
      start = cb.start();
      end = n.end();
      form = cb.word().text();
      code = currencies.code(form, lang);
      if (ca != null && !currencies.code(ca.word().text(), lang).startsWith("cent")) {
        end = ca.end();
        if (code.equals("USD")) {
          code = currencies.code(ca.word().text(), lang);
        }
      }
    } else if (ca != null) {
      end = ca.end();
      form = ca.word().text();
      code = currencies.code(form, lang);
    } else {
      return null;
    }
    BigDecimal v = n.value().multiply(currencies.factor(form));
    Matcher scale = end > n.end() ? SCALE_AFTER_CURRENCY.at(folded, end) : null;
    if (scale != null) {
      Optional<BigDecimal> big = numbers.parse(scale.group(1), lang);
      if (big.isPresent() && big.get().compareTo(BigDecimal.valueOf(1000)) >= 0) {
        v = v.multiply(big.get());
        end = scale.end();
      }
    }
    return subunits(folded, lang, quantity(Quantity.Kind.MONEY, v, code, start, end, n, false), normalizer);
  }

  private static final String SUBUNIT_NUMBER =
      "(?:\\s?(?:and|et|dan|又|,)\\s?|\\s)?(\\d{1,2}(?:[.,]\\d+)?|[a-z]+(?:[ -][a-z]+)?|[一二三四五六七八九十两兩]+|[일이삼사오육칠팔구십]+)";
  private static final StartPattern SUBUNIT = new StartPattern(SUBUNIT_NUMBER
      + "\\s?(cents?|c(?![a-z])|¢|pence|penny|centimes?|sens?(?![a-z])|kopiykas?|kopecks?|센트|美分|分|角|毛|仙|pennies)");
  private static final Pattern BARE_SUBUNIT = Pattern.compile(SUBUNIT_NUMBER + "\\s*$");

  /** 20 dollars 43 cents, $20 and 43c, 五元三毛: the subunit after an amount, in hundredths (角 and 毛 tenths). */
  private Quantity subunits(String folded, String lang, Quantity money, boolean normalizer) {
    if (money.unit().equals("cent") || money.unit().equals("pence") || money.unit().equals("penny")) {
      return money;
    }
    Matcher m = SUBUNIT.at(folded, money.end());
    if (m == null) {
      m = BARE_SUBUNIT.matcher(folded).region(money.end(), folded.length());
      if (!normalizer || !m.lookingAt()) {
        return money;
      }
    }
    Optional<BigDecimal> sub = numbers.parse(m.group(1), lang);
    if (sub.isEmpty() || sub.get().compareTo(BigDecimal.valueOf(100)) >= 0 || sub.get().signum() < 0) {
      return money;
    }
    BigDecimal per = m.groupCount() >= 2 && m.group(2) != null && (m.group(2).equals("角") || m.group(2).equals("毛")) ? BigDecimal.TEN : BigDecimal.valueOf(100);
    BigDecimal v = money.value().add(sub.get().divide(per, MathContext.DECIMAL64));
    return new Quantity(Quantity.Kind.MONEY, v, money.unit(), null, money.qualifier(), money.start(), m.end(), money.number(), false);
  }

  private Quantity duration(String folded, String lang, NumberMatch n, Matcher d, boolean normalizer) {
    String unit = null;
    BigDecimal part = BigDecimal.ZERO;
    for (int g = 1; g <= d.groupCount(); g++) {
      String s = d.group(g);
      if (s == null) {
        continue;
      }
      if (s.strip().equals("半") || s.strip().equals("반") || s.strip().contains("half") || s.strip().startsWith("et demi")
          || s.strip().equals("setengah")) {
        part = new BigDecimal("0.5");
      } else if (s.strip().equals("and a quarter")) {
        part = new BigDecimal("0.25");
      } else if (unit == null) {
        unit = s;
      }
    }
    if (unit == null) {
      return null;
    }
    BigDecimal v = n.value().add(part);
    if (lang.equals("ko") && unit.equals("년") && !normalizer && v.compareTo(BigDecimal.valueOf(1000)) >= 0) {
      return null;
    }
    BigDecimal seconds = v.multiply(Units.seconds(unit));
    if (normalizer && Units.seconds(unit).equals(Units.HOUR)) {
      // "1 hour thirty", "2 hours and 10": the minutes after the hours.
      Matcher rest = HOUR_MINUTES.matcher(folded.substring(d.end()));
      if (rest.matches()) {
        Optional<BigDecimal> minutes = numbers.parse(rest.group(1), lang);
        if (minutes.isPresent() && minutes.get().compareTo(BigDecimal.valueOf(60)) < 0) {
          return quantity(Quantity.Kind.DURATION, seconds.add(minutes.get().multiply(Units.MINUTE)), "s", n.start(),
              folded.length(), n, false);
        }
      }
    }
    return quantity(Quantity.Kind.DURATION, seconds, "s", n.start(), d.end(), n, false);
  }

  private static final Pattern HOUR_MINUTES = Pattern.compile("\\s(?:and\\s)?([a-z0-9][a-z0-9 -]*)\\s*");


  /**
   * 近 4 成, 七成六, 三成半: tenths; 九折, 75折, 對折: the share of the price paid. Both as percent.
   */
  private static Quantity tenths(String folded, NumberMatch n) {
    int at = n.end();
    if (at < folded.length() && folded.charAt(at) == ' ') {
      at++;
    }
    if (at >= folded.length() || n.value().signum() <= 0 || n.value().compareTo(BigDecimal.valueOf(100)) >= 0) {
      return null;
    }
    char c = folded.charAt(at);
    char next = at + 1 < folded.length() ? folded.charAt(at + 1) : ' ';
    boolean tenthsWord = c == '成' && "为為立功本员員績绩果就长長熟品年人交".indexOf(next) < 0;
    boolean discount = c == '折' && "扣磨腾騰射算合叠疊".indexOf(next) < 0;
    if (!tenthsWord && !discount || tenthsWord && n.value().compareTo(BigDecimal.TEN) > 0) {
      return null;
    }
    // 七成, 十成: tenths up to ten; 九折 but 75折: a discount in tenths, or in hundredths when written with two digits.
    BigDecimal v = n.value().compareTo(BigDecimal.TEN) < 0 || tenthsWord ? n.value().multiply(BigDecimal.TEN) : n.value();
    int end = at + 1;
    if (tenthsWord && end < folded.length()) {
      int d = "〇一二三四五六七八九".indexOf(folded.charAt(end));
      if (folded.charAt(end) == '半') {
        v = v.add(BigDecimal.valueOf(5));
        end++;
      } else if (d > 0 && (end + 1 >= folded.length() || !isNumeralChar(folded.charAt(end + 1)))) {
        v = v.add(BigDecimal.valueOf(d));
        end++;
      }
    }
    return new Quantity(Quantity.Kind.PERCENT, v, "%", null, Qualifier.EXACT, n.start(), end, n, false);
  }

  private static boolean isNumeralChar(char c) {
    return "〇一二三四五六七八九十百千万萬亿億".indexOf(c) >= 0;
  }

  private static final Pattern ZH_HALF_PERCENT = Pattern.compile("(對折|对折|半折|半成)");

  private void ratios(String folded, String lang, BitSet digits, boolean[] taken, List<Quantity> out) {
    Pattern p = lang.equals("zh") ? ZH_RATIO : lang.equals("ko") ? KO_RATIO : LATIN_RATIO.get(lang);
    if (p == null || lang.equals("zh") && folded.indexOf('每') < 0 || lang.equals("ko") && folded.indexOf('중') < 0
        && folded.indexOf('가') < 0) {
      return;
    }
    Anchored found = lang.equals("zh") ? new Anchored(p, folded, Anchored.offsetsOf(folded, "每"))
        : lang.equals("ko") ? new Anchored(p, folded, digits)
        : new Anchored(p, folded, ratioStarts(folded, lang));
    Matcher m = found.matcher();
    while (found.find()) {
      Optional<BigDecimal> whole = numbers.parse(m.group(lang.equals("ko") ? 1 : lang.equals("zh") ? 1 : 2), lang);
      Optional<BigDecimal> part = numbers.parse(m.group(lang.equals("ko") ? 2 : lang.equals("zh") ? 2 : 1), lang);
      if (whole.isPresent() && part.isPresent() && whole.get().signum() > 0 && part.get().compareTo(whole.get()) <= 0) {
        BigDecimal pct = part.get().multiply(BigDecimal.valueOf(100)).divide(whole.get(), MathContext.DECIMAL64).stripTrailingZeros();
        out.add(new Quantity(Quantity.Kind.PERCENT, pct, "%", null, Qualifier.EXACT, m.start(), m.end(), null, false));
        mark(taken, m.start(), m.end());
      }
    }
  }

  /** The connector of a Latin-script ratio ("3 in 10", "1 sur 5", "2 dari 10"). */
  private static final Map<String, List<String>> RATIO_LINKS = Map.of("en", List.of(" out of ", " in "), "fr", List.of(" sur "),
      "id", List.of(" dari "));

  /**
   * Where a Latin-script ratio can start: at the run of digits or the number word that ends right before its
   * connector (the pattern checks the rest).
   */
  private static BitSet ratioStarts(String folded, String lang) {
    BitSet starts = new BitSet(folded.length());
    for (String link : RATIO_LINKS.get(lang)) {
      for (int k = folded.indexOf(link); k >= 0; k = folded.indexOf(link, k + 1)) {
        int j = k;
        while (j > 0 && TextForms.isDigit(folded.charAt(j - 1))) {
          j--;
        }
        if (j < k) {
          starts.set(j);
        }
        for (String w : RATIO_WORDS.get(lang)) {
          if (k >= w.length() && folded.startsWith(w, k - w.length())) {
            starts.set(k - w.length());
          }
        }
      }
    }
    return starts;
  }

  private Quantity qualify(String folded, String lang, Quantity q) {
    Qualifiers qs = qualifiers.get(lang);
    Qualifiers.Found f = qs.before(folded, q.start());
    if (f == null && lang.equals("zh") && q.number() != null
        && moreInside(folded, q.number().start(), q.number().end())) {
      f = new Qualifiers.Found(Qualifier.MORE_THAN, q.start(), q.end());
    }
    if (f == null && q.number() != null) {
      f = qs.after(folded, q.number().end());
    }
    if (f == null) {
      f = qs.after(folded, q.end());
    }
    return f == null ? q : q.withQualifier(f.qualifier(), Math.min(q.start(), f.start()), Math.max(q.end(), f.end()));
  }

  /**
   * 3000多, 十余: "more than" inside a Chinese number, after a digit (and a space) or after 十百千; what
   * {@code .*\d\s?[多余餘].*|.*[十百千][多余餘].*} matches ({@code .} takes no line terminator).
   */
  private static boolean moreInside(String s, int start, int end) {
    int terminators = 0;
    for (int k = start; k < end; k++) {
      terminators += isTerminator(s.charAt(k)) ? 1 : 0;
    }
    for (int k = start + 1; k < end && terminators <= 1; k++) {
      if ("多余餘".indexOf(s.charAt(k)) < 0) {
        continue;
      }
      char p = s.charAt(k - 1);
      boolean spaced = Literals.isRegexSpace(p) && k - 2 >= start && TextForms.isDigit(s.charAt(k - 2));
      if (terminators == 0 && (TextForms.isDigit(p) || "十百千".indexOf(p) >= 0 || spaced) || terminators == 1 && spaced && isTerminator(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static Quantity quantity(Quantity.Kind kind, BigDecimal value, String unit, int start, int end, NumberMatch n, boolean counter) {
    return new Quantity(kind, value, unit, null, Qualifier.EXACT, start, end, n, counter);
  }
}
