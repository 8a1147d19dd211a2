package crosscheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;

/**
 * {@code Targets RESULTS SMALL_N LARGE_N OUT.md}: the table of where this run stands against each target of the
 * performance issue, from the run's {@code figures.tsv} (see {@link Figures}), so that the verdicts always match
 * the figures above them.
 */
public final class Targets {

  public static void main(String[] args) throws IOException {
    Map<String, Double> f = Figures.read(Path.of(args[0]));
    String small = args[1];
    String large = args[2];
    StringBuilder md = new StringBuilder("| target | this run | verdict |\n|---|---|---|\n");
    row(md, f, "Traditional→Simplified folding identical to ICU4J and ≥ 30× faster", "folding.speedup",
        v -> fmt("identical (TraditionalToSimplifiedTest); %.0f× faster (JMH)", v), v -> v >= 30);
    row(md, f, "fact extraction ≤ 0.2× the language analysis of the same text (CPU), over the corpus's language mix", "extraction.facts",
        v -> fmt("%.2f× once the JIT has settled (lexicon matching and extraction together: %.2f×); %.2f× in the first pass, cold JVM", v,
            f.getOrDefault("extraction.all", Double.NaN), f.getOrDefault("extraction.cold", Double.NaN)),
        v -> v <= 0.2);
    StringBuilder perLanguage = new StringBuilder();
    f.forEach((k, v) -> perLanguage.append(k.startsWith("extraction.lang.")
        ? fmt("%s%s %.2f×", perLanguage.length() == 0 ? "" : ", ", k.substring("extraction.lang.".length()), v) : ""));
    row(md, f, "fact extraction ≤ 0.2× the language analysis, in each language (JMH, same sample)", "extraction.per_language.worst",
        v -> perLanguage.toString(), v -> v <= 0.2);
    for (String t : new String[] {"1", "2"}) {
      row(md, f, "full pipeline ≥ 85% of bare-Lucene throughput, " + t + " thread" + (t.equals("1") ? "" : "s"),
          "indexing.pipeline_bare." + t, v -> fmt("%.0f%% of bare Lucene; %.0f%% of Solr", 100 * v,
              100 * f.getOrDefault("indexing.pipeline_solr." + t, Double.NaN)), v -> v >= 0.85);
    }
    row(md, f, "full pipeline ahead of Solr at 2 threads", "indexing.pipeline_solr.2", v -> fmt("%.0f%% of Solr", 100 * v), v -> v >= 1);
    row(md, f, "scaling 1→2 threads at least as well as bare Lucene", "indexing.scaling.pipeline",
        v -> fmt("pipeline ×%.2f, bare Lucene ×%.2f", v, f.getOrDefault("indexing.scaling.bare", Double.NaN)),
        v -> v >= f.getOrDefault("indexing.scaling.bare", Double.NaN));
    for (String size : new String[] {"small", "large"}) {
      String n = size.equals("small") ? small : large;
      row(md, f, "streaming: " + n + " articles index within -Xmx512m", "streaming.heap." + size,
          v -> fmt("%.1f MB of source, exit %.0f, largest heap after GC %.0f MB", f.getOrDefault("streaming.mb." + size, Double.NaN),
              f.getOrDefault("streaming.exit." + size, Double.NaN), v),
          v -> f.getOrDefault("streaming.exit." + size, 1.0) == 0 && v < 512);
    }
    for (String size : new String[] {"small", "large"}) {
      String n = size.equals("small") ? small : large;
      row(md, f, "search p99 ≤ 50 ms over HTTP, 16 clients, " + n + " articles", "http.p99.search." + size,
          v -> fmt("p99 %.0f ms (in-process, one client: %.0f ms)", v, f.getOrDefault("inproc.p99.search." + size, Double.NaN)), v -> v <= 50);
      row(md, f, "fact comparison p99 ≤ 100 ms over HTTP, " + n + " articles", "http.p99.compare." + size,
          v -> fmt("p99 %.0f ms (in-process, one client: %.0f ms); the first after a start, which groups the index's facts: %.1f s", v,
              f.getOrDefault("inproc.p99.compare." + size, Double.NaN), f.getOrDefault("http.first_compare." + size, Double.NaN) / 1000),
          v -> v <= 100);
      row(md, f, "zero errors under 16 concurrent clients, " + n + " articles", "http.errors." + size,
          v -> fmt("%.0f errors in %.0f requests", v, f.getOrDefault("http.requests." + size, Double.NaN)), v -> v == 0);
      row(md, f, "web server ready ≤ 3 s on an existing index, " + n + " articles", "http.ready." + size,
          v -> fmt("%.1f s (median of the starts)", v), v -> v <= 3);
    }
    Files.writeString(Path.of(args[3]), md.toString());
    System.out.print(md);
  }

  private static void row(StringBuilder md, Map<String, Double> f, String target, String key, DoubleFunction<String> text, DoublePredicate met) {
    Double v = f.get(key);
    if (v == null || v.isNaN()) {
      md.append("| ").append(target).append(" | not measured in this run | — |\n");
      return;
    }
    md.append("| ").append(target).append(" | ").append(text.apply(v)).append(" | ")
        .append(met.test(v) ? "**met**" : "**not met**").append(" |\n");
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
