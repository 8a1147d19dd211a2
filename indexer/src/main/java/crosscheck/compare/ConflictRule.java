package crosscheck.compare;

import crosscheck.facts.Fact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether the sources of a group disagree, and says why.
 *
 * <p>Each figure allows a range of values ({@link Bounds}: its rounding widened by its qualifier). Two sources
 * <b>agree</b> when some figure of one allows a value that some figure of the other allows; the group is in
 * <b>conflict</b> when any two of its sources do not agree. A source that gives several figures for one
 * measure (10 hours for a partial recovery, 4 days for the full one) agrees with any source that matches one of
 * them. "About 2 million" and "2백만" agree, 2 million and 8 million conflict, "more than 10 hours" and
 * "4 days" do not conflict (a lower bound), 50 million and 51.75 million do not (50 million is a round figure).
 *
 * <p>A reason stays one readable sentence however large the group: it names at most {@value #LISTED} figures that
 * satisfy a bound and gives at most {@value #EXPLAINED} explanations, then says how many more there are (a group
 * of thousands of figures made a reason of 48 MB).
 */
public final class ConflictRule {

  /** The most figures a reason names as satisfying one bound. */
  static final int LISTED = 10;
  /** The most explanations a reason gives. */
  static final int EXPLAINED = 10;

  private ConflictRule() {}

  public static Agreement agreement(Fact.Kind kind, List<ComparedFact> facts) {
    Map<String, List<ComparedFact>> bySource = new LinkedHashMap<>();
    for (ComparedFact f : facts) {
      bySource.computeIfAbsent(f.sourceName(), s -> new ArrayList<>()).add(f);
    }
    List<BigDecimal> values = facts.stream().map(ComparedFact::value).sorted().toList();
    Object min = value(kind, values.get(0));
    Object max = value(kind, values.get(values.size() - 1));
    Object median = value(kind, median(kind, values));
    int sources = bySource.size();
    List<String> names = new ArrayList<>(bySource.keySet());

    List<Figures> figures = new ArrayList<>();
    for (List<ComparedFact> of : bySource.values()) {
      figures.add(new Figures(of));
    }
    List<String[]> disagreeing = new ArrayList<>();
    ComparedFact[] widest = null;
    long widestGap = -1;
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        Figures a = figures.get(i);
        Figures b = figures.get(j);
        if (a.agreesWith(b)) {
          continue;
        }
        disagreeing.add(new String[] {names.get(i), names.get(j)});
        ComparedFact[] closest = a.closest(b);
        long gap = Bounds.gapPercent(closest[0].value(), closest[1].value());
        if (gap > widestGap) {
          widestGap = gap;
          widest = closest;
        }
      }
    }
    String reason;
    boolean conflict = !disagreeing.isEmpty();
    if (conflict) {
      ComparedFact lo = widest[0].value().compareTo(widest[1].value()) <= 0 ? widest[0] : widest[1];
      ComparedFact hi = lo == widest[0] ? widest[1] : widest[0];
      reason = String.format(Locale.ROOT, "%s says %s, %s says %s: %s, more than their qualifiers and rounding allow",
          hi.sourceName(), stated(hi), lo.sourceName(), stated(lo),
          kind == Fact.Kind.DATE ? "different days" : widestGap + "% apart");
      int pairs = sources * (sources - 1) / 2;
      if (pairs > 1) {
        reason += String.format(Locale.ROOT, " (%d of %d pairs of sources disagree)", disagreeing.size(), pairs);
      }
    } else if (sources == 1) {
      reason = "only one source reports it: " + names.get(0);
    } else if (values.get(0).compareTo(values.get(values.size() - 1)) == 0) {
      boolean approximate = facts.stream().anyMatch(f -> f.qualifier() != Fact.Qualifier.EXACT);
      reason = String.format(Locale.ROOT, "%s report %s%s", sources == 2 ? "both sources" : "all " + sources + " sources",
          display(facts.get(0)),
          approximate ? ", some as an approximation" : "");
    } else {
      reason = "not necessarily a conflict: " + String.join("; ", explanations(kind, bySource));
    }
    return new Agreement(min, max, median, sources, conflict, reason);
  }

  /**
   * Why differing figures still agree. For each pair of sources' differing figures whose ranges overlap, the
   * figure that makes them overlap is explained: a bound first, then an approximation, else the rounder figure.
   */
  private static List<String> explanations(Fact.Kind kind, Map<String, List<ComparedFact>> bySource) {
    List<ComparedFact> all = bySource.values().stream().flatMap(List::stream).toList();
    // What is said of a figure depends only on its source, value, qualifier and unit: figures that repeat those
    // are compared once (a large group repeats them a lot), their bounds computed once.
    Map<String, Integer> keyOf = new LinkedHashMap<>();
    List<ComparedFact> figures = new ArrayList<>();
    int[] key = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      ComparedFact f = all.get(i);
      String k = String.join("\u0000", f.sourceName(), f.value().toString(), f.qualifier().id(), String.valueOf(f.unit()),
          String.valueOf(f.date()));
      Integer at = keyOf.putIfAbsent(k, figures.size());
      if (at == null) {
        at = figures.size();
        figures.add(f);
      }
      key[i] = at;
    }
    Bounds[] bounds = figures.stream().map(Bounds::of).toArray(Bounds[]::new);
    String[] displays = figures.stream().map(ConflictRule::display).toArray(String[]::new);
    // the same display ("2 million") stands for many figures: each is added to a bound's list once, by its number
    Map<String, Integer> displayIds = new HashMap<>();
    int[] displayOf = Arrays.stream(displays).mapToInt(d -> displayIds.computeIfAbsent(d, x -> displayIds.size())).toArray();
    int[] listedFor = new int[displayIds.size()];
    Map<String, Integer> sourceIds = new HashMap<>();
    int[] sourceOf = figures.stream().mapToInt(f -> sourceIds.computeIfAbsent(f.sourceName(), x -> sourceIds.size())).toArray();
    List<Set<String>> satisfiedBy = new ArrayList<>();
    boolean[] isApproximate = new boolean[figures.size()];
    boolean[] isRounded = new boolean[figures.size()];
    // Every pair of figures is compared: through doubles first (a strict order of the doubles is that of the
    // decimals), the decimals only where the doubles tie.
    double[] value = new double[figures.size()];
    double[] lo = new double[figures.size()];
    double[] hi = new double[figures.size()];
    for (int a = 0; a < figures.size(); a++) {
      value[a] = bounds[a].value().doubleValue();
      lo[a] = bounds[a].lo().doubleValue();
      hi[a] = bounds[a].hi() == null ? Double.POSITIVE_INFINITY : bounds[a].hi().doubleValue();
    }
    for (int a = 0; a < figures.size(); a++) {
      ComparedFact f = figures.get(a);
      Set<String> by = new LinkedHashSet<>();
      for (int b = 0; b < figures.size(); b++) {
        if (sourceOf[a] == sourceOf[b] || value[a] == value[b] && bounds[a].value().compareTo(bounds[b].value()) == 0
            || !below(lo[a], hi[b], bounds[a].lo(), bounds[b].hi()) || !below(lo[b], hi[a], bounds[b].lo(), bounds[a].hi())) {
          // the same source, the same value, or ranges that do not overlap ({@link Bounds#overlaps})
          continue;
        }
        ComparedFact g = figures.get(b);
        if (open(f)) {
          if (listedFor[displayOf[b]] != a + 1) {
            listedFor[displayOf[b]] = a + 1;
            by.add(displays[b]);
          }
        } else if (!open(g)) {
          if (f.qualifier() != Fact.Qualifier.EXACT) {
            isApproximate[a] = true;
          } else if (g.qualifier() == Fact.Qualifier.EXACT && bounds[a].half().compareTo(bounds[b].half()) >= 0
              && kind != Fact.Kind.DATE) {
            isRounded[a] = true;
          }
          if (isApproximate[a] || isRounded[a]) {
            // a figure that is no bound gets one of the two, and nothing more: the rest of the group can wait
            break;
          }
        }
      }
      satisfiedBy.add(by);
    }
    // what is said of a figure, said once per figure and repeated for each of its facts
    String[] whos = figures.stream().map(ConflictRule::who).toArray(String[]::new);
    Map<ComparedFact, Integer> boundSatisfiedBy = new LinkedHashMap<>();
    Map<ComparedFact, Integer> approximate = new LinkedHashMap<>();
    Map<ComparedFact, Integer> rounded = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      ComparedFact f = all.get(i);
      if (!satisfiedBy.get(key[i]).isEmpty()) {
        boundSatisfiedBy.putIfAbsent(f, key[i]);
      }
      if (isApproximate[key[i]]) {
        approximate.putIfAbsent(f, key[i]);
      }
      if (isRounded[key[i]]) {
        rounded.putIfAbsent(f, key[i]);
      }
    }
    List<String> out = new ArrayList<>();
    boundSatisfiedBy.forEach((f, k) -> out.add(whos[k] + " is " + (upper(f) ? "an upper" : "a lower") + " bound, which "
        + listed(satisfiedBy.get(k)) + (satisfiedBy.get(k).size() == 1 ? " satisfies" : " satisfy")));
    approximate.forEach((f, k) -> out.add(whos[k] + " is an approximation"));
    rounded.forEach((f, k) -> out.add(whos[k] + " is a round figure (to the nearest "
        + step(kind, bounds[k].half().multiply(BigDecimal.valueOf(2))) + ")"));
    for (Map.Entry<String, List<ComparedFact>> e : bySource.entrySet()) {
      List<String> distinct = e.getValue().stream().sorted(Comparator.comparing(ComparedFact::value))
          .map(ConflictRule::stated).distinct().toList();
      if (distinct.size() > 1) {
        out.add(e.getKey() + " itself gives " + String.join(" and ", distinct) + ", which may measure different stages or parts");
      }
    }
    if (out.isEmpty()) {
      out.add("the figures differ but their ranges overlap");
    }
    if (out.size() > EXPLAINED) {
      int more = out.size() - EXPLAINED;
      out.subList(EXPLAINED, out.size()).clear();
      out.add(String.format(Locale.ROOT, "and %,d more such explanation%s", more, more == 1 ? "" : "s"));
    }
    return out;
  }

  /** {@code x < y} for decimals {@code X} and {@code Y} (null: no upper end) and their doubles {@code x} and {@code y}. */
  private static boolean below(double x, double y, BigDecimal exactX, BigDecimal exactY) {
    if (exactY == null || x < y) {
      return true;
    }
    return x <= y && exactX.compareTo(exactY) < 0;
  }

  /** "692 and 117 and 229", at most {@value #LISTED} of them: "... and 1,203 other figures". */
  private static String listed(Set<String> displays) {
    if (displays.size() <= LISTED) {
      return String.join(" and ", displays);
    }
    List<String> named = displays.stream().limit(LISTED).toList();
    int others = displays.size() - LISTED;
    return String.join(" and ", named) + String.format(Locale.ROOT, " and %,d other figure%s", others, others == 1 ? "" : "s");
  }

  private static boolean open(ComparedFact f) {
    return f.qualifier() == Fact.Qualifier.MORE_THAN || f.qualifier() == Fact.Qualifier.AT_LEAST || upper(f);
  }

  private static boolean upper(ComparedFact f) {
    return f.qualifier() == Fact.Qualifier.LESS_THAN || f.qualifier() == Fact.Qualifier.UP_TO;
  }

  private static String who(ComparedFact f) {
    return "“" + stated(f) + "” (" + f.sourceName() + ")";
  }

  /**
   * One source's figures: two sources agree when some figure of one is compatible with some figure of the other.
   * Prepared so that comparing two sources costs O((m + n) log n) instead of m × n: the
   * distinct allowed ranges sorted by their lower end with the running maximum of their upper ends, the distinct
   * values, and the values sorted for the closest pair.
   */
  private static final class Figures {
    private final List<ComparedFact> facts;
    private final Bounds[] byLo;
    /** Highest upper end among byLo[0..i]; null for unbounded. */
    private final BigDecimal[] topUpTo;
    private final Set<BigDecimal> values = new HashSet<>();
    private final BigDecimal[] sorted;

    Figures(List<ComparedFact> facts) {
      this.facts = facts;
      Map<String, Bounds> distinct = new LinkedHashMap<>();
      for (ComparedFact f : facts) {
        BigDecimal v = f.value().stripTrailingZeros();
        values.add(v);
        distinct.computeIfAbsent(v.toPlainString() + "\u0000" + f.qualifier(), k -> Bounds.of(f));
      }
      byLo = distinct.values().stream().sorted(Comparator.comparing(Bounds::lo)).toArray(Bounds[]::new);
      topUpTo = new BigDecimal[byLo.length];
      BigDecimal top = null;
      boolean unbounded = false;
      for (int i = 0; i < byLo.length; i++) {
        unbounded |= byLo[i].hi() == null;
        top = unbounded ? null : top == null || byLo[i].hi().compareTo(top) > 0 ? byLo[i].hi() : top;
        topUpTo[i] = top;
      }
      sorted = values.stream().sorted().toArray(BigDecimal[]::new);
    }

    /** Same as some x of this, y of the other with {@link Bounds#overlaps}. */
    boolean agreesWith(Figures o) {
      Figures small = values.size() <= o.values.size() ? this : o;
      Figures large = small == this ? o : this;
      for (BigDecimal v : small.values) {
        if (large.values.contains(v)) {
          return true;
        }
      }
      for (Bounds x : small.byLo) {
        // some y with y.lo < x.hi (a prefix of large.byLo) and x.lo < y.hi
        int n = x.hi() == null ? large.byLo.length : countLoBelow(large.byLo, x.hi());
        if (n > 0) {
          BigDecimal top = large.topUpTo[n - 1];
          if (top == null || x.lo().compareTo(top) < 0) {
            return true;
          }
        }
      }
      return false;
    }

    private static int countLoBelow(Bounds[] byLo, BigDecimal limit) {
      int lo = 0;
      int hi = byLo.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (byLo[mid].lo().compareTo(limit) < 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /**
     * The closest pair of figures, one of each source: the first figure of this source (in its order) that is
     * nearest to the other's, with the first figure of the other source at that distance.
     */
    ComparedFact[] closest(Figures o) {
      ComparedFact bestX = null;
      BigDecimal bestGap = null;
      for (ComparedFact x : facts) {
        BigDecimal gap = o.nearestGap(x.value());
        if (bestGap == null || gap.compareTo(bestGap) < 0) {
          bestGap = gap;
          bestX = x;
        }
      }
      BigDecimal target = bestX.value();
      for (ComparedFact y : o.facts) {
        if (y.value().subtract(target).abs().compareTo(bestGap) == 0) {
          return new ComparedFact[] {bestX, y};
        }
      }
      throw new IllegalStateException("no figure at the nearest distance");
    }

    private BigDecimal nearestGap(BigDecimal v) {
      int i = Arrays.binarySearch(sorted, v.stripTrailingZeros(), BigDecimal::compareTo);
      if (i >= 0) {
        return BigDecimal.ZERO;
      }
      int at = -i - 1;
      BigDecimal best = null;
      if (at < sorted.length) {
        best = sorted[at].subtract(v).abs();
      }
      if (at > 0) {
        BigDecimal below = v.subtract(sorted[at - 1]).abs();
        best = best == null || below.compareTo(best) < 0 ? below : best;
      }
      return best;
    }
  }

  private static BigDecimal median(Fact.Kind kind, List<BigDecimal> sorted) {
    int n = sorted.size();
    if (n % 2 == 1 || kind == Fact.Kind.DATE) {
      return sorted.get((n - 1) / 2);
    }
    return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }

  /** A value as the JSON shows it: the number, or the ISO date for dates (values of dates are epoch days). */
  private static Object value(Fact.Kind kind, BigDecimal v) {
    if (kind == Fact.Kind.DATE) {
      return LocalDate.ofEpochDay(v.longValue()).toString();
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static String display(ComparedFact f) {
    return Display.value(f.kind(), f.value(), f.date(), f.unit());
  }

  private static String stated(ComparedFact f) {
    return Display.withQualifier(f.qualifier(), display(f));
  }

  private static String step(Fact.Kind kind, BigDecimal step) {
    return switch (kind) {
      case DURATION -> Display.duration(step).replaceFirst("^1 ", "");
      case PERCENT -> Display.grouped(step) + "%";
      default -> Display.number(step);
    };
  }
}
