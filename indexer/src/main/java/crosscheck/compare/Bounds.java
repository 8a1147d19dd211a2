package crosscheck.compare;

import crosscheck.facts.Fact;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The values a stated figure allows: its rounding (half a unit of its last significant digit: "2 million"
 * allows 1.5 to 2.5 million, "51.75 million" 51.745 to 51.755 million; a duration is rounded in the unit it
 * was stated in, so "4 days" allows 3.5 to 4.5 days), widened by its qualifier ("about" ±10%, "nearly" up to
 * 10% less, "more than" and "at least" no upper end, "less than" and "up to" no lower end). Dates are exact
 * to the day ("about" allows three days either side).
 *
 * @param value the value as stated
 * @param lo the smallest value allowed
 * @param hi the largest value allowed, null when unbounded
 * @param half half the rounding step (0 for exact figures such as dates)
 */
record Bounds(BigDecimal value, BigDecimal lo, BigDecimal hi, BigDecimal half) {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal TEN_PERCENT = new BigDecimal("0.1");
  private static final long[] TIME_UNITS = {86_400, 3_600, 60, 1};

  static Bounds of(Fact.Kind kind, BigDecimal v, Fact.Qualifier q) {
    BigDecimal half = kind == Fact.Kind.DATE ? BigDecimal.ZERO : step(kind, v).divide(TWO);
    BigDecimal slack = kind == Fact.Kind.DATE ? BigDecimal.valueOf(3) : v.abs().multiply(TEN_PERCENT);
    Fact.Qualifier qualifier = q == null ? Fact.Qualifier.EXACT : q;
    return switch (qualifier) {
      case EXACT -> new Bounds(v, v.subtract(half), v.add(half), half);
      case ABOUT -> new Bounds(v, v.subtract(half.max(slack)), v.add(half.max(slack)), half);
      case NEARLY -> new Bounds(v, v.subtract(half.max(slack)), v, half);
      case MORE_THAN, AT_LEAST -> new Bounds(v, v, null, half);
      case LESS_THAN, UP_TO -> new Bounds(v, v.min(BigDecimal.ZERO), v, half);
    };
  }

  static Bounds of(ComparedFact f) {
    return of(f.kind(), f.value(), f.qualifier());
  }

  /** The rounding step of a stated value: the unit of its last significant digit (in its time unit for durations). */
  static BigDecimal step(Fact.Kind kind, BigDecimal v) {
    if (v.signum() == 0) {
      return BigDecimal.ONE;
    }
    if (kind == Fact.Kind.DURATION) {
      for (long unit : TIME_UNITS) {
        BigDecimal u = BigDecimal.valueOf(unit);
        BigDecimal[] qr = v.divideAndRemainder(u);
        if (qr[1].signum() == 0) {
          return qr[0].stripTrailingZeros().ulp().multiply(u);
        }
      }
    }
    return v.stripTrailingZeros().ulp();
  }

  /**
   * True when some value is allowed by both. Rounding ranges are half-open, so "4 days" (3.5 to 4.5 days) and
   * "3 days" (2.5 to 3.5 days) do not meet; equal values always do.
   */
  boolean overlaps(Bounds o) {
    if (value.compareTo(o.value) == 0) {
      return true;
    }
    boolean belowOtherTop = o.hi == null || lo.compareTo(o.hi) < 0;
    boolean aboveOtherBottom = hi == null || o.lo.compareTo(hi) < 0;
    return belowOtherTop && aboveOtherBottom;
  }

  /** Relative gap between two values, in percent of the larger (for reasons). */
  static long gapPercent(BigDecimal a, BigDecimal b) {
    BigDecimal max = a.abs().max(b.abs());
    if (max.signum() == 0) {
      return 0;
    }
    return a.subtract(b).abs().multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).longValue();
  }
}
