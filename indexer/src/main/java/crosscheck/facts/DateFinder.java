package crosscheck.facts;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates, full ({@code 2022.10.18}, {@code 2022年10月18日}, {@code 25 Oktober 2022}) or partial
 * ({@code 10 月 15 號}, {@code 10월 15일}, {@code October 15th}, {@code le 15 octobre}, and a bare day of the
 * month such as {@code 17 日} or {@code 24일} when a reference date gives the month). A partial date takes its
 * year from the reference date, else from the first full date of the text; without either it is dropped.
 * Times of day ({@code 18:02}) and phone numbers are reported as spans to ignore.
 */
final class DateFinder {

  record Found(int start, int end, LocalDate date, boolean explicitYear) {}

  private static final String EN_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
      + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
  private static final String FR_MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre"
      + "|décembre|decembre";
  private static final String ID_MONTHS = "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember"
      + "|jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des";
  private static final Pattern ISO = Pattern.compile("(?<![\\d.])(\\d{4})([.\\-/])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
  private static final Pattern KO = Pattern.compile("(?:(\\d{4})\\s?년\\s?)?(\\d{1,2})\\s?월\\s?(\\d{1,2})\\s?일(?!간|\\s?동안|째)");
  private static final Pattern ZH = Pattern.compile(
      "(?:(\\d{4}|[一二三四五六七八九〇零○]{4})\\s?年\\s?)?(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s?月\\s?(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s?[日号號]");
  private static final Pattern EN = Pattern.compile(
      "(?<![a-z])(?:(" + EN_MONTHS + ")\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s(\\d{4}))?"
          + "|(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(" + EN_MONTHS + ")(?![a-z])\\.?(?:,?\\s(\\d{4}))?)");
  private static final Pattern FR = Pattern.compile("(?<![\\d])(\\d{1,2}|1er)\\s(" + FR_MONTHS + ")(?![a-z])(?:\\s(\\d{4}))?");
  private static final Pattern ID = Pattern.compile("(?<![\\d])(\\d{1,2})\\s(" + ID_MONTHS + ")(?![a-z])(?:\\s(\\d{4}))?");
  private static final Pattern ZH_DAY = Pattern.compile("(?<![月\\d.])(\\d{1,2})\\s?[日号號](?![本元前後后])");
  private static final Pattern KO_DAY = Pattern.compile("(?<![월\\d.])(\\d{1,2})\\s?일(?!간|\\s?동안|째|\\s?만에|\\s?[이삼사오]|반|부|상|대|일)");
  /** Times, phone numbers and other digit groups joined by : or - that are no quantities. */
  static final Pattern NOT_QUANTITY = Pattern.compile(
      "(?<![\\d])\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\d])|\\+?\\d{2,4}(?:[- ]\\d{3,4}){1,3}-\\d{3,4}(?![\\d])|\\d+(?:-\\d+){2,}");
  private static final Map<String, Integer> MONTH_NUMBERS = monthNumbers();

  private DateFinder() {}

  /** The dates of a text; {@code digits} holds the offsets of its ASCII digits. */
  static List<Found> find(String original, String folded, String lang, LocalDate reference, BitSet digits) {
    List<Found> out = new ArrayList<>();
    BitSet runStart = Anchored.runStarts(digits);
    Anchored isoFind = new Anchored(ISO, folded, runStart, i -> i + 4 < folded.length() && runEnd(folded, i) == i + 4
        && ".-/".indexOf(folded.charAt(i + 4)) >= 0);
    Matcher iso = isoFind.matcher();
    while (isoFind.find()) {
      add(out, iso.start(), iso.end(), Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(3)), Integer.parseInt(iso.group(4)), true);
    }
    Integer textYear = out.isEmpty() ? null : out.get(0).date().getYear();
    switch (lang) {
      case "zh" -> {
        Anchored found = new Anchored(ZH, folded, zhStarts(folded));
        Matcher m = found.matcher();
        while (found.find()) {
          Integer year = m.group(1) == null ? null : cjkInt(m.group(1));
          add(out, m.start(), m.end(), year, cjkInt(m.group(2)), cjkInt(m.group(3)), year != null);
        }
      }
      case "ko" -> {
        Anchored found = new Anchored(KO, folded, folded.indexOf('월') < 0 ? new BitSet() : digits);
        Matcher m = found.matcher();
        while (found.find()) {
          Integer year = m.group(1) == null ? null : Integer.valueOf(m.group(1));
          add(out, m.start(), m.end(), year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), year != null);
        }
      }
      case "fr", "id" -> {
        Anchored found = new Anchored(lang.equals("fr") ? FR : ID, folded, runStart,
            i -> dayThen(folded, i, null) || lang.equals("fr") && folded.startsWith("1er", i));
        Matcher m = found.matcher();
        while (found.find()) {
          Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
          int day = m.group(1).equals("1er") ? 1 : Integer.parseInt(m.group(1));
          add(out, m.start(), m.end(), year, MONTH_NUMBERS.get(m.group(2)), day, year != null);
        }
      }
      default -> {
        Anchored found = new Anchored(EN, folded, Anchored.upTo(digits, MONTH_BEFORE_DAY), i -> enStart(folded, i, digits));
        Matcher m = found.matcher();
        while (found.find()) {
          boolean monthFirst = m.group(1) != null;
          int monthAt = monthFirst ? m.start(1) : m.start(5);
          if (!Character.isUpperCase(original.charAt(monthAt))) {
            continue;
          }
          String month = monthFirst ? m.group(1) : m.group(5);
          String day = monthFirst ? m.group(2) : m.group(4);
          String year = monthFirst ? m.group(3) : m.group(6);
          int end = m.end();
          if (year == null && folded.charAt(end - 1) == '.' && month.length() > 4) {
            end--;
          }
          add(out, m.start(), end, year == null ? null : Integer.valueOf(year), MONTH_NUMBERS.get(month), Integer.parseInt(day),
              year != null);
        }
      }
    }
    for (Found f : out) {
      if (f.explicitYear() && textYear == null) {
        textYear = f.date().getYear();
      }
    }
    if (reference != null && (lang.equals("zh") || lang.equals("ko"))) {
      Anchored found = new Anchored(lang.equals("zh") ? ZH_DAY : KO_DAY, folded, runStart,
          i -> dayThen(folded, i, lang.equals("zh") ? "日号號" : "일"));
      Matcher m = found.matcher();
      while (found.find()) {
        if (!overlaps(out, m.start(), m.end())) {
          add(out, m.start(), m.end(), reference.getYear(), reference.getMonthValue(), Integer.parseInt(m.group(1)), false);
        }
      }
    }
    List<Found> resolved = new ArrayList<>();
    for (Found f : out) {
      if (f.explicitYear()) {
        resolved.add(f);
      } else if (reference != null || textYear != null) {
        resolved.add(withYear(f, reference, textYear));
      }
    }
    resolved.removeIf(f -> f.date() == null);
    resolved.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return resolved;
  }

  /** The end of the run of ASCII digits at {@code i}. */
  private static int runEnd(String s, int i) {
    int e = i;
    while (e < s.length() && TextForms.isDigit(s.charAt(e))) {
      e++;
    }
    return e;
  }

  /**
   * One or two digits at {@code i} followed by a white space ({@code \s}) when {@code dayWords} is null, else by one
   * of {@code dayWords} after at most one white space: what the day of FR, ID, ZH_DAY and KO_DAY needs.
   */
  private static boolean dayThen(String s, int i, String dayWords) {
    int e = runEnd(s, i);
    if (e - i < 1 || e - i > 2 || e >= s.length()) {
      return false;
    }
    if (dayWords == null) {
      return Literals.isRegexSpace(s.charAt(e));
    }
    int w = Literals.isRegexSpace(s.charAt(e)) ? e + 1 : e;
    return w < s.length() && dayWords.indexOf(s.charAt(w)) >= 0;
  }

  /** Where a Chinese date can start: a digit or a numeral of the year or the month. */
  private static final String ZH_STARTS = "0123456789一二三四五六七八九〇零○十";

  /** How far before its day an English date can start: the longest month, a full stop and a space. */
  private static final int MONTH_BEFORE_DAY = "september".length() + 2;

  /**
   * Where an English date can start: one or two digits then white space, perhaps after an ordinal suffix (15th
   * October), or the first three letters of a month at the start of a word with a digit close enough to be its day.
   */
  private static boolean enStart(String s, int i, BitSet digits) {
    int next = digits.nextSetBit(i);
    int toDigit = (next < 0 ? s.length() : next) - i;
    if (toDigit == 0) {
      int e = runEnd(s, i);
      if (e - i > 2 || e >= s.length()) {
        return false;
      }
      int space = e + 2 < s.length() && EN_ORDINAL_SUFFIXES.contains(s.substring(e, e + 2)) ? e + 2 : e;
      return Literals.isRegexSpace(s.charAt(space));
    }
    return toDigit <= MONTH_BEFORE_DAY && (i == 0 || s.charAt(i - 1) < 'a' || s.charAt(i - 1) > 'z') && i + 3 <= s.length()
        && EN_MONTH_PREFIXES.contains(s.substring(i, i + 3));
  }

  /** The suffixes of an English ordinal day, as in {@code EN}. */
  private static final Set<String> EN_ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
  /** The first three letters of every month in {@code EN_MONTHS}. */
  private static final Set<String> EN_MONTH_PREFIXES = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
      "nov", "dec");

  /** How far before its 月 a Chinese date can start: a year of four, a space, 年, a space, a month of three, a space. */
  private static final int ZH_YEAR_BEFORE_MONTH = 4 + 1 + 1 + 1 + 3 + 1;

  /** Where a Chinese date can start: a digit or a numeral of the year or the month, close enough before a 月. */
  private static BitSet zhStarts(String s) {
    BitSet starts = Anchored.upTo(Anchored.offsetsOf(s, "月"), ZH_YEAR_BEFORE_MONTH);
    starts.and(Anchored.offsetsOf(s, ZH_STARTS));
    return starts;
  }

  static BigDecimal epochDay(LocalDate d) {
    return BigDecimal.valueOf(d.toEpochDay());
  }

  private static Found withYear(Found f, LocalDate reference, Integer textYear) {
    int year = reference != null ? reference.getYear() : textYear;
    LocalDate d = safe(year, f.date().getMonthValue(), f.date().getDayOfMonth());
    // An article of early January that mentions "December 28" means the previous year.
    if (d != null && reference != null && d.isAfter(reference.plusDays(60))) {
      d = safe(year - 1, f.date().getMonthValue(), f.date().getDayOfMonth());
    }
    return new Found(f.start(), f.end(), d, false);
  }

  private static boolean overlaps(List<Found> found, int start, int end) {
    return found.stream().anyMatch(f -> f.start() < end && start < f.end());
  }

  private static void add(List<Found> out, int start, int end, Integer year, Integer month, Integer day, boolean explicitYear) {
    if (month == null || day == null || overlaps(out, start, end)) {
      return;
    }
    // Without a year yet, validate against a leap year so 2月29日 survives until the year is known.
    LocalDate d = safe(year == null ? 2000 : year, month, day);
    if (d != null && (year == null || year >= 1800 && year <= 2200)) {
      out.add(new Found(start, end, d, explicitYear));
    }
  }

  private static LocalDate safe(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Integer cjkInt(String s) {
    if (s.chars().allMatch(Character::isDigit)) {
      return Integer.valueOf(s);
    }
    String digits = "〇一二三四五六七八九";
    if (s.length() == 4) {
      int v = 0;
      for (char c : s.toCharArray()) {
        int d = c == '零' || c == '○' ? 0 : digits.indexOf(c);
        v = v * 10 + Math.max(d, 0);
      }
      return v;
    }
    int ten = s.indexOf('十');
    if (ten < 0) {
      return digits.indexOf(s.charAt(0));
    }
    int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
    int units = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
    return tens * 10 + units;
  }

  private static Map<String, Integer> monthNumbers() {
    Map<String, Integer> m = new HashMap<>();
    String[][] names = {
        {"january", "jan", "janvier", "januari"}, {"february", "feb", "février", "fevrier", "februari"}, {"march", "mar", "mars", "maret"},
        {"april", "apr", "avril"}, {"may", "mai", "mei"}, {"june", "jun", "juin", "juni"}, {"july", "jul", "juillet", "juli"},
        {"august", "aug", "août", "aout", "agustus", "agu", "agt"}, {"september", "sep", "sept", "septembre"},
        {"october", "oct", "octobre", "oktober", "okt"}, {"november", "nov", "novembre"}, {"december", "dec", "décembre", "decembre",
        "desember", "des"}};
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, i + 1);
      }
    }
    return Map.copyOf(m);
  }
}
