package crosscheck.facts;

import java.math.BigDecimal;

/**
 * Adds up the parts of a spelled-out number the way the five languages build them: units and tens are
 * added ({@code twenty one}, 二十一), a small multiplier (ten, hundred, 百, 천, ratus) multiplies the part
 * before it inside a section, and a large one (thousand, million, 万, 억, juta) closes the section.
 * Each step returns false when the part cannot continue the number, so the caller ends the number there.
 */
final class Accumulator {

  private BigDecimal total = BigDecimal.ZERO;
  private BigDecimal section = BigDecimal.ZERO;
  private BigDecimal digit;
  private BigDecimal lastSmall;
  private BigDecimal lastBig;
  private BigDecimal lastMultiplier;
  private boolean zeroGap;
  private boolean digitRun;
  private boolean singleDigit;
  private final boolean chinese;
  private int parts;

  Accumulator(boolean chinese) {
    this.chinese = chinese;
  }

  int parts() {
    return parts;
  }

  boolean hasDigit() {
    return digit != null;
  }

  /** A unit, teen, ten or an Arabic number; {@code single} marks a one-character Chinese digit. */
  boolean digit(BigDecimal n, boolean single) {
    if (digit != null) {
      if (chinese && digitRun && single) {
        digit = digit.multiply(BigDecimal.TEN).add(n);
        parts++;
        return true;
      }
      if (!additive(digit, n)) {
        return false;
      }
      digit = digit.add(n);
    } else {
      digit = n;
    }
    digitRun = single && !zeroGap && lastMultiplier == null && total.signum() == 0 && section.signum() == 0;
    singleDigit = single;
    lastMultiplierBefore = lastMultiplier;
    lastMultiplier = null;
    parts++;
    return true;
  }

  private BigDecimal lastMultiplierBefore;

  /** Indonesian {@code belas}: dua belas is 12. */
  boolean teen() {
    if (digit == null || digit.compareTo(BigDecimal.TEN) >= 0 || digit.signum() <= 0) {
      return false;
    }
    digit = digit.add(BigDecimal.TEN);
    parts++;
    return true;
  }

  /** 零 / 영 between parts (一千零五), or a zero digit in a run of single digits (二零二二). */
  boolean zero() {
    if (digit != null && digitRun) {
      digit = digit.multiply(BigDecimal.TEN);
      parts++;
      return true;
    }
    zeroGap = true;
    parts++;
    return true;
  }

  private static boolean additive(BigDecimal have, BigDecimal n) {
    if (have.scale() > 0 && have.stripTrailingZeros().scale() > 0) {
      return false;
    }
    BigDecimal place = BigDecimal.ONE;
    while (have.remainder(place.multiply(BigDecimal.TEN)).signum() == 0 && place.compareTo(have) < 0) {
      place = place.multiply(BigDecimal.TEN);
    }
    // French 60 and 80 take the teens: soixante-dix, quatre-vingt-douze.
    if ((have.intValue() == 60 || have.intValue() == 80) && n.intValue() >= 10 && n.intValue() < 20) {
      return true;
    }
    return n.compareTo(place) < 0;
  }

  /** A multiplier below a thousand in the section (十, 百, 千, hundred, puluh, ratus). */
  boolean small(BigDecimal m) {
    if (lastSmall != null && m.compareTo(lastSmall) >= 0 && digit != null) {
      return false;
    }
    if (lastSmall != null && m.compareTo(lastSmall) >= 0 && digit == null) {
      return false;
    }
    BigDecimal d = digit == null ? BigDecimal.ONE : digit;
    section = section.add(d.multiply(m));
    digit = null;
    lastSmall = m;
    lastMultiplier = m;
    digitRun = false;
    zeroGap = false;
    parts++;
    return true;
  }

  /** A multiplier that closes a section (thousand, million, 万, 億, 만, juta). */
  boolean big(BigDecimal m) {
    if (lastBig != null && m.compareTo(lastBig) == 0 && section.signum() == 0 && digit == null && !chinese) {
      return false;
    }
    boolean smallBefore = lastMultiplierBefore != null && lastMultiplierBefore.compareTo(BigDecimal.valueOf(10_000)) < 0;
    BigDecimal v = section.add(smallBefore ? abbreviated() : digit == null ? BigDecimal.ZERO : digit);
    if (v.signum() == 0 && total.signum() == 0) {
      v = BigDecimal.ONE;
    }
    if (lastBig != null && m.compareTo(lastBig) >= 0) {
      total = total.add(v).multiply(m);
    } else {
      total = total.add(v.multiply(m));
    }
    section = BigDecimal.ZERO;
    digit = null;
    lastSmall = null;
    lastBig = m;
    lastMultiplier = m;
    digitRun = false;
    zeroGap = false;
    parts++;
    return true;
  }

  /** Chinese drops the last multiplier: 二百五 is 250, 一万三 is 13,000. */
  private BigDecimal abbreviated() {
    if (digit == null) {
      return BigDecimal.ZERO;
    }
    if (chinese && singleDigit && !zeroGap && lastMultiplierBefore != null
        && lastMultiplierBefore.compareTo(BigDecimal.valueOf(100)) >= 0 && digit.compareTo(BigDecimal.TEN) < 0) {
      return digit.multiply(lastMultiplierBefore).divide(BigDecimal.TEN);
    }
    return digit;
  }

  BigDecimal value() {
    return total.add(section).add(abbreviated());
  }

  /** Multiplies the last number said (three hundred and two dozen: 300 + 2 × 12), or the value so far when there is none. */
  void scaleLast(BigDecimal factor) {
    if (digit == null) {
      scale(factor);
      return;
    }
    digit = digit.multiply(factor);
    lastMultiplierBefore = null;
    parts++;
  }

  /** French quatre-vingt(s): the unit said last (quatre) times twenty; false when there is none below ten. */
  boolean timesTwenty() {
    if (digit == null || digit.compareTo(BigDecimal.TEN) >= 0 || digit.signum() <= 0) {
      return false;
    }
    digit = digit.multiply(BigDecimal.valueOf(20));
    parts++;
    return true;
  }

  /** Multiplies the value so far (dozen, a scale word after a decimal number). */
  void scale(BigDecimal factor) {
    BigDecimal v = value().multiply(factor);
    total = v;
    section = BigDecimal.ZERO;
    digit = null;
    lastBig = factor;
    lastSmall = null;
    lastMultiplier = factor;
    parts++;
  }
}
