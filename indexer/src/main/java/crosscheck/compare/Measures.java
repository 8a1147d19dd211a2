package crosscheck.compare;

import crosscheck.facts.Fact;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which facts measure in comparable units: counts of the same dimension ({@code unit-dimensions.tsv}),
 * durations (all in seconds), percents, money of one currency (no exchange rates: EUR and KRW figures are
 * never compared), dates.
 */
final class Measures {

  private static final Map<String, String> DIMENSIONS = new HashMap<>();
  private static final Set<String> GENERIC = new HashSet<>();

  static {
    for (String[] row : Resources.rows("unit-dimensions.tsv")) {
      DIMENSIONS.put(row[0].strip(), row[1].strip());
      if (row.length > 2 && row[2].strip().equals("yes")) {
        GENERIC.add(row[0].strip());
      }
    }
  }

  private Measures() {}

  /** The bucket of facts that can be compared at all: kind plus dimension. */
  static String dimension(Fact.Kind kind, String unit) {
    return switch (kind) {
      case COUNT -> "count:" + (unit == null ? "?" : DIMENSIONS.getOrDefault(unit, unit));
      case MONEY -> "money:" + (unit == null ? "?" : unit);
      case PERCENT -> "percent";
      case DURATION -> "duration";
      case DATE -> "date";
    };
  }

  /** The unit as a partition key inside a dimension: null for a generic unit, which fits any unit of its dimension. */
  static String specificUnit(String unit) {
    return unit == null || GENERIC.contains(unit) ? null : unit;
  }

  /** True when two counts' units may count the same things. */
  static boolean compatible(String a, String b) {
    if (Objects.equals(a, b)) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    String da = DIMENSIONS.get(a);
    return da != null && da.equals(DIMENSIONS.get(b)) && (GENERIC.contains(a) || GENERIC.contains(b));
  }
}
