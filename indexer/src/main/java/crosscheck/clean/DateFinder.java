package crosscheck.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a full date (day, month and year) written the way the five languages write them and returns it as ISO
 * {@code yyyy-MM-dd}: {@code 2022.10.18}, {@code 2022-10-18}, {@code 2022/10/18}, {@code 2022年10月18日},
 * {@code 2022년 10월 18일}, {@code 25 Oktober 2022}, {@code 18 octobre 2022}, {@code 1er octobre 2022},
 * {@code 18 October 2022}, {@code October 18, 2022}, {@code Oct. 18, 2022}. Dates without a year are ignored.
 * Stateless and thread-safe.
 */
final class DateFinder {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      // English
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
      Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
      Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12),
      // Indonesian
      Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("pebruari", 2), Map.entry("maret", 3),
      Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("agustus", 8),
      Map.entry("oktober", 10), Map.entry("desember", 12), Map.entry("agu", 8), Map.entry("agt", 8),
      Map.entry("okt", 10), Map.entry("des", 12), Map.entry("peb", 2),
      // French
      Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
      Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
      Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
      Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12), Map.entry("janv", 1),
      Map.entry("févr", 2), Map.entry("fevr", 2), Map.entry("avr", 4), Map.entry("juil", 7), Map.entry("déc", 12));

  private static final String MONTH = "(\\p{L}{3,9})";
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<!\\d)((?:19|20)\\d\\d)\\s*[.\\-/년年]\\s*(\\d{1,2})\\s*[.\\-/월月]\\s*(\\d{1,2})(?!\\d)");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<![\\d\\p{L}])(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+" + MONTH + "\\.?,?\\s+((?:19|20)\\d\\d)(?!\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?<!\\p{L})" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)(?!\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private DateFinder() {}

  /** The first full date in {@code text} as ISO {@code yyyy-MM-dd}, or null. */
  static String find(String text) {
    if (text == null || !hasYear(text)) {
      return null;
    }
    Found best = null;
    Matcher m = NUMERIC.matcher(text);
    while (m.find()) {
      String iso = iso(m.group(1), m.group(2), m.group(3));
      if (iso != null) {
        best = earlier(best, new Found(m.start(), iso));
        break;
      }
    }
    m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      String iso = month == null ? null : iso(m.group(3), month.toString(), m.group(1));
      if (iso != null) {
        best = earlier(best, new Found(m.start(), iso));
        break;
      }
    }
    m = MONTH_DAY_YEAR.matcher(text);
    while (m.find()) {
      Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      String iso = month == null ? null : iso(m.group(3), month.toString(), m.group(2));
      if (iso != null) {
        best = earlier(best, new Found(m.start(), iso));
        break;
      }
    }
    return best == null ? null : best.iso();
  }

  /**
   * Whether {@code text} holds four ASCII digits starting 19 or 20, which every date form above needs: a cheap
   * scan that spares the three patterns on most lines.
   */
  static boolean hasYear(String text) {
    for (int i = 0; i + 3 < text.length(); i++) {
      char c = text.charAt(i);
      char d = text.charAt(i + 1);
      if ((c == '1' && d == '9' || c == '2' && d == '0') && isAsciiDigit(text.charAt(i + 2))
          && isAsciiDigit(text.charAt(i + 3))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** An ISO date from a machine-readable value ({@code 2022-10-18T18:02:46+09:00}, ...) or any form above. */
  static String fromMeta(String value) {
    return value == null ? null : find(value);
  }

  private record Found(int at, String iso) {}

  private static Found earlier(Found a, Found b) {
    return a == null || b.at() < a.at() ? b : a;
  }

  private static String iso(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
