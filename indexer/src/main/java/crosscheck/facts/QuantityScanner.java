package crosscheck.facts;

import crosscheck.facts.Fact.Qualifier;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
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
  private static final Pattern KO_DAYS = Pattern.compile("(?<![가-힣])(하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘|보름)(?![에가-힣&&[^이가은는을를의도만째동간]])");
  private static final Map<String, Integer> KO_DAY_VALUES = Map.ofEntries(Map.entry("하루", 1), Map.entry("이틀", 2),
      Map.entry("사흘", 3), Map.entry("나흘", 4), Map.entry("닷새", 5), Map.entry("엿새", 6), Map.entry("이레", 7),
      Map.entry("여드레", 8), Map.entry("아흐레", 9), Map.entry("열흘", 10), Map.entry("보름", 15));
  private static final Pattern ZH_RATIO = Pattern.compile("每\\s?([0-9一二三四五六七八九十百千]+)\\s?[個个位名]?[^，,。；;！？]{0,12}?有\\s?([0-9一二三四五六七八九十百千]+)\\s?[個个位名人]");
  private static final Pattern KO_RATIO = Pattern.compile("(\\d+)\\s?명\\s?(?:중|가운데)\\s?(\\d+)\\s?명");
  private static final Map<String, Pattern> LATIN_RATIO = Map.of(
      "en", Pattern.compile("(?<![\\d.,])(\\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:out of|in) (?:every )?(\\d+|ten|five|three|four|hundred)(?![\\d.,%])"),
      "fr", Pattern.compile("(?<![\\d.,])(\\d+|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (?:sur) (\\d+|dix|cinq|trois|quatre)(?![\\d.,%])"),
      "id", Pattern.compile("(?<![\\d.,])(\\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh) dari (?:setiap )?(\\d+|sepuluh|lima|tiga|empat|seratus)(?![\\d.,%])"));
  private static final Pattern EN_ARTICLE_DURATION = Pattern.compile("(?<![a-z])(an?|one) (second|minute|hour|day|week|fortnight|month|year|decade)(?![a-z])");
  private static final Pattern YEAR_LIKE = Pattern.compile("(1[89]|20|21)\\d\\d");

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
    String lk = key(lang);
    Units u = units.get(lk);
    List<Quantity> out = new ArrayList<>();
    boolean[] taken = new boolean[folded.length() + 1];
    for (DateFinder.Found d : DateFinder.find(text, folded, lk, normalizer ? null : reference)) {
      out.add(new Quantity(Quantity.Kind.DATE, DateFinder.epochDay(d.date()), null, d.date().toString(), Qualifier.EXACT,
          d.start(), d.end(), null, false));
      mark(taken, d.start(), d.end());
    }
    Matcher junk = DateFinder.NOT_QUANTITY.matcher(folded);
    while (junk.find()) {
      mark(taken, junk.start(), junk.end());
    }
    ratios(folded, lk, taken, out);
    if (lk.equals("ko")) {
      Matcher m = KO_DAYS.matcher(folded);
      while (m.find()) {
        if (!taken[m.start()]) {
          out.add(new Quantity(Quantity.Kind.DURATION, Units.DAY.multiply(BigDecimal.valueOf(KO_DAY_VALUES.get(m.group(1)))), "s", null,
              Qualifier.EXACT, m.start(), m.end(), null, false));
          mark(taken, m.start(), m.end());
        }
      }
    }
    if (lk.equals("en")) {
      Matcher m = EN_ARTICLE_DURATION.matcher(folded);
      while (m.find()) {
        if (!taken[m.start()]) {
          NumberMatch one = new NumberMatch(m.start(), m.end(1), BigDecimal.ONE, NumberMatch.Form.CARDINAL, true, false);
          out.add(new Quantity(Quantity.Kind.DURATION, Units.seconds(m.group(2)), "s", null, Qualifier.EXACT, m.start(), m.end(), one, false));
          mark(taken, m.start(), m.end());
        }
      }
    }
    for (NumberMatch n : numbers.grammar(lk).find(folded)) {
      if (taken[n.start()] || taken[Math.max(n.start(), n.end() - 1)]) {
        continue;
      }
      Quantity q = classify(text, folded, lk, u, n, normalizer);
      if (q != null) {
        out.add(q);
        mark(taken, q.start(), q.end());
      }
    }
    out.removeIf(q -> q.kind() == Quantity.Kind.DURATION && isRelative(folded, u, q));
    List<Quantity> qualified = new ArrayList<>();
    for (Quantity q : out) {
      qualified.add(qualify(folded, lk, q));
    }
    qualified.sort(Comparator.comparingInt(Quantity::start));
    return qualified;
  }

  private static void mark(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
  }

  private static boolean isRelative(String folded, Units u, Quantity q) {
    if (u.relative.matcher(folded).region(q.end(), folded.length()).lookingAt()) {
      return true;
    }
    String before = folded.substring(Math.max(0, q.start() - 8), q.start());
    return before.endsWith("il y a ") || before.endsWith("il y a");
  }

  private Quantity classify(String text, String folded, String lang, Units u, NumberMatch n, boolean normalizer) {
    int end = n.end();
    BigDecimal v = n.value();
    if (n.form() == NumberMatch.Form.ORDINAL) {
      return quantity(Quantity.Kind.ORDINAL, v, null, n.start(), end, n, false);
    }
    if (n.form() == NumberMatch.Form.PERCENT) {
      return quantity(Quantity.Kind.PERCENT, v, "%", n.start(), end, n, false);
    }
    String before = folded.substring(Math.max(0, n.start() - 12), n.start());
    if (u.ageBefore.matcher(before).find()) {
      return null;
    }
    Matcher m = u.percent.matcher(folded).region(end, folded.length());
    if (m.lookingAt()) {
      return quantity(Quantity.Kind.PERCENT, v, "%", n.start(), m.end(), n, false);
    }
    if (lang.equals("zh")) {
      Quantity tenths = tenths(folded, n);
      if (tenths != null) {
        return tenths;
      }
    }
    Matcher cb = u.moneyBefore.matcher(before);
    Matcher ca = u.moneyAfter.matcher(folded).region(end, folded.length());
    if (cb.find()) {
      int start = n.start() - (before.length() - cb.start(1));
      int moneyEnd = end;
      if (ca.lookingAt() && !ca.group(1).startsWith("cent")) {
        moneyEnd = ca.end();
      }
      return quantity(Quantity.Kind.MONEY, v, Units.currency(cb.group(1), lang), start, moneyEnd, n, false);
    }
    if (ca.lookingAt()) {
      return quantity(Quantity.Kind.MONEY, v, Units.currency(ca.group(1), lang), n.start(), ca.end(), n, false);
    }
    boolean yearLike = n.digits() && YEAR_LIKE.matcher(text.substring(n.start(), n.end())).matches();
    Matcher d = u.duration.matcher(folded).region(end, folded.length());
    if (d.lookingAt() && (!yearLike || normalizer) && n.form() != NumberMatch.Form.FRACTION || d.lookingAt() && normalizer) {
      return duration(lang, n, d, normalizer);
    }
    if (lang.equals("ko") && normalizer) {
      Matcher day = Pattern.compile("\\s?일").matcher(folded).region(end, folded.length());
      if (day.lookingAt()) {
        return quantity(Quantity.Kind.DURATION, v.multiply(Units.DAY), "s", n.start(), day.end(), n, false);
      }
    }
    if (yearLike && !normalizer) {
      return null;
    }
    if (u.notCount.matcher(folded).region(end, folded.length()).lookingAt()) {
      return normalizer ? quantity(Quantity.Kind.NUMBER, v, null, n.start(), end, n, false) : null;
    }
    Matcher c = u.counter.matcher(folded).region(end, folded.length());
    if (c.lookingAt()) {
      String counter = c.group(1);
      String unit = "名位人명orangjiwapeoplepersonspersonnes".contains(counter) ? "people" : null;
      return quantity(Quantity.Kind.COUNT, v, unit, n.start(), c.end(), n, true);
    }
    return quantity(Quantity.Kind.NUMBER, v, null, n.start(), end, n, false);
  }

  private Quantity duration(String lang, NumberMatch n, Matcher d, boolean normalizer) {
    String unit = null;
    boolean half = false;
    for (int g = 1; g <= d.groupCount(); g++) {
      String s = d.group(g);
      if (s == null) {
        continue;
      }
      if (s.strip().equals("半") || s.strip().equals("반") || s.strip().contains("half") || s.strip().startsWith("et demi")
          || s.strip().equals("setengah")) {
        half = true;
      } else if (unit == null) {
        unit = s;
      }
    }
    if (unit == null) {
      return null;
    }
    BigDecimal v = n.value();
    if (half) {
      v = v.add(new BigDecimal("0.5"));
    }
    if (lang.equals("ko") && unit.equals("년") && !normalizer && v.compareTo(BigDecimal.valueOf(1000)) >= 0) {
      return null;
    }
    return quantity(Quantity.Kind.DURATION, v.multiply(Units.seconds(unit)), "s", n.start(), d.end(), n, false);
  }

  /** 近 4 成: tenths; 九折: the share of the price paid. Both as percent. */
  private static Quantity tenths(String folded, NumberMatch n) {
    int at = n.end();
    if (at < folded.length() && folded.charAt(at) == ' ') {
      at++;
    }
    if (at >= folded.length() || n.value().compareTo(BigDecimal.TEN) > 0 || n.value().signum() <= 0) {
      return null;
    }
    char c = folded.charAt(at);
    char next = at + 1 < folded.length() ? folded.charAt(at + 1) : ' ';
    if (c == '成' && "为為立功本员員績绩果就长長熟品年人交".indexOf(next) < 0 || c == '折' && "扣磨腾騰射算合叠疊".indexOf(next) < 0) {
      return new Quantity(Quantity.Kind.PERCENT, n.value().multiply(BigDecimal.TEN), "%", null, Qualifier.EXACT, n.start(), at + 1, n, false);
    }
    return null;
  }

  private void ratios(String folded, String lang, boolean[] taken, List<Quantity> out) {
    Pattern p = lang.equals("zh") ? ZH_RATIO : lang.equals("ko") ? KO_RATIO : LATIN_RATIO.get(lang);
    if (p == null) {
      return;
    }
    Matcher m = p.matcher(folded);
    while (m.find()) {
      Optional<BigDecimal> whole = numbers.parse(m.group(lang.equals("ko") ? 1 : lang.equals("zh") ? 1 : 2), lang);
      Optional<BigDecimal> part = numbers.parse(m.group(lang.equals("ko") ? 2 : lang.equals("zh") ? 2 : 1), lang);
      if (whole.isPresent() && part.isPresent() && whole.get().signum() > 0 && part.get().compareTo(whole.get()) <= 0) {
        BigDecimal pct = part.get().multiply(BigDecimal.valueOf(100)).divide(whole.get(), MathContext.DECIMAL64).stripTrailingZeros();
        out.add(new Quantity(Quantity.Kind.PERCENT, pct, "%", null, Qualifier.EXACT, m.start(), m.end(), null, false));
        mark(taken, m.start(), m.end());
      }
    }
  }

  private Quantity qualify(String folded, String lang, Quantity q) {
    Qualifiers qs = qualifiers.get(lang);
    Qualifiers.Found f = qs.before(folded, q.start());
    if (f == null && q.number() != null) {
      f = qs.after(folded, q.number().end());
    }
    if (f == null) {
      f = qs.after(folded, q.end());
    }
    return f == null ? q : q.withQualifier(f.qualifier(), q.start(), q.end());
  }

  private static Quantity quantity(Quantity.Kind kind, BigDecimal value, String unit, int start, int end, NumberMatch n, boolean counter) {
    return new Quantity(kind, value, unit, null, Qualifier.EXACT, start, end, n, counter);
  }
}
