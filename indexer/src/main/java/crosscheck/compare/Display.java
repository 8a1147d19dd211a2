package crosscheck.compare;

import crosscheck.facts.Fact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One display format for every source's figures, whatever language stated them: 47.5 million, 32,000,
 * 4 days, 10 hours, 97%, USD 860 million, 15 October 2022.
 */
public final class Display {

  private static final BigDecimal[] SCALES = {new BigDecimal("1e12"), new BigDecimal("1e9"), new BigDecimal("1e6")};
  private static final String[] SCALE_NAMES = {"trillion", "billion", "million"};
  private static final long[] TIME_UNITS = {86_400, 3_600, 60, 1};
  private static final String[] TIME_NAMES = {"day", "hour", "minute", "second"};
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private Display() {}

  /** The value of a fact in the common format, without qualifier or counted unit. */
  public static String value(Fact.Kind kind, BigDecimal value, String date, String unit) {
    return switch (kind) {
      case COUNT -> number(value);
      case PERCENT -> grouped(value) + "%";
      case DURATION -> duration(value);
      case MONEY -> (unit == null ? "" : unit + " ") + number(value);
      case DATE -> date != null ? date(date) : String.valueOf(value);
    };
  }

  /** The value with its qualifier: "more than 10 hours", "about 2 million". */
  public static String withQualifier(Fact.Qualifier qualifier, String display) {
    return qualifier == null || qualifier == Fact.Qualifier.EXACT ? display : qualifier.id() + " " + display;
  }

  /** 47,500,000 → 47.5 million; 32,000 → 32,000; 1,234,567 → 1,234,567 (no more than three decimals of a scale). */
  public static String number(BigDecimal value) {
    BigDecimal abs = value.abs();
    for (int i = 0; i < SCALES.length; i++) {
      if (abs.compareTo(SCALES[i]) >= 0) {
        BigDecimal scaled = value.divide(SCALES[i]).stripTrailingZeros();
        if (Math.max(0, scaled.scale()) <= 3) {
          return scaled.toPlainString() + " " + SCALE_NAMES[i];
        }
        break;
      }
    }
    return grouped(value);
  }

  static String grouped(BigDecimal value) {
    DecimalFormat f = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    return f.format(value);
  }

  /** Seconds in the largest unit that states them with at most two decimals: 345600 → 4 days, 36000 → 10 hours. */
  public static String duration(BigDecimal seconds) {
    for (int i = 0; i < TIME_UNITS.length; i++) {
      BigDecimal n = seconds.divide(BigDecimal.valueOf(TIME_UNITS[i]), 6, RoundingMode.HALF_EVEN).stripTrailingZeros();
      if (n.abs().compareTo(BigDecimal.ONE) >= 0 && Math.max(0, n.scale()) <= 2 || i == TIME_UNITS.length - 1) {
        return grouped(n) + " " + TIME_NAMES[i] + (n.compareTo(BigDecimal.ONE) == 0 ? "" : "s");
      }
    }
    throw new AssertionError("unreachable");
  }

  /** 2022-10-15 → 15 October 2022; anything unreadable as given. */
  public static String date(String iso) {
    try {
      return LocalDate.parse(iso).format(DATE);
    } catch (RuntimeException e) {
      return iso;
    }
  }
}
