package crosscheck.compare;

/**
 * How far the sources of a group agree.
 *
 * @param min smallest value (a number, or an ISO date for dates)
 * @param max largest value
 * @param median median value
 * @param sources number of distinct sources in the group
 * @param conflict true when two sources give figures that no qualifier or rounding reconciles
 * @param reason why there is, or is not, a conflict, in one sentence
 */
public record Agreement(Object min, Object max, Object median, int sources, boolean conflict, String reason) {}
