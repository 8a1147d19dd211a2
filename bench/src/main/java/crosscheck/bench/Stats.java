package crosscheck.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Median and spread (min–max) of a few repeated measurements. */
record Stats(double median, double min, double max, int n) {

  static Stats of(List<Double> values) {
    List<Double> v = new ArrayList<>(values);
    Collections.sort(v);
    int n = v.size();
    double median = n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    return new Stats(median, v.get(0), v.get(n - 1), n);
  }

  /** {@code amount / seconds} for each value (a rate from durations: min and max swap). */
  Stats rate(double amount) {
    return new Stats(amount / median, amount / max, amount / min, n);
  }

  String format(int decimals) {
    String f = "%." + decimals + "f";
    return String.format(Locale.ROOT, f + " (" + f + "–" + f + ")", median, min, max);
  }

  /** A percentile (0–100) of raw samples, nearest rank. */
  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
