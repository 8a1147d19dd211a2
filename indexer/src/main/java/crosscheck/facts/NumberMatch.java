package crosscheck.facts;

import java.math.BigDecimal;

/**
 * A written number found in a text.
 *
 * @param start start offset
 * @param end end offset (exclusive)
 * @param value its value (for {@link Form#PERCENT} the number of percent, e.g. 百分之五 → 5)
 * @param form what the words make of the number
 * @param weak true when the number is written in a way that is often not a number at all (a lone numeral
 *     character or syllable such as 一 or 이, the article "a"/"un"); such numbers only count when a unit
 *     follows them
 * @param digits true when the number contains Arabic digits
 */
record NumberMatch(int start, int end, BigDecimal value, Form form, boolean weak, boolean digits) {

  enum Form { CARDINAL, ORDINAL, FRACTION, PERCENT }

  NumberMatch withSpan(int newStart, int newEnd) {
    return new NumberMatch(newStart, newEnd, value, form, weak, digits);
  }

  NumberMatch withValue(BigDecimal newValue, Form newForm) {
    return new NumberMatch(start, end, newValue, newForm, weak, digits);
  }
}
