package crosscheck.facts;

import java.math.BigDecimal;

/**
 * A quantity found in a text before it becomes a {@link Fact}: a number with what the words around it make of
 * it (a percent, an amount of money, a duration, a date, a count with a counter word, or a bare number).
 *
 * @param kind what the quantity is
 * @param value normalised value (percent points, currency units, seconds, epoch day, count)
 * @param unit {@code %}, {@code s}, an ISO 4217 code, the counter's default concept ({@code people}) or null
 * @param date ISO date for dates
 * @param qualifier the approximation or bound stated with it
 * @param start start offset of the whole quantity (qualifier words excluded)
 * @param end end offset (exclusive)
 * @param number the number inside it (null for dates and words like 나흘)
 * @param counter true when a counter or classifier word follows the number (명, 개, 個, 名, orang)
 */
record Quantity(Kind kind, BigDecimal value, String unit, String date, Fact.Qualifier qualifier, int start, int end,
    NumberMatch number, boolean counter) {

  enum Kind { NUMBER, ORDINAL, COUNT, PERCENT, MONEY, DURATION, DATE }

  Quantity withQualifier(Fact.Qualifier q, int newStart, int newEnd) {
    return new Quantity(kind, value, unit, date, q, newStart, newEnd, number, counter);
  }
}
