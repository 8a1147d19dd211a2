package crosscheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's text result file into the components table of BENCHMARKS.md: ops/s converted to MB/s of UTF-8
 * sample text (each op processes a whole sample), detection as µs per article, and the folding speed-up over ICU.
 * {@code JmhReport JMH.txt OUT.md}
 */
public final class JmhReport {

  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    StringBuilder md = new StringBuilder("| benchmark | sample | ops/s (± 99.9% CI) | throughput |\n|---|---|---|---|\n");
    Map<String, Double> scores = new LinkedHashMap<>();
    for (String line : lines) {
      String[] f = line.trim().split("\\s+");
      int mode = List.of(f).indexOf("thrpt");
      if (mode < 1 || !f[0].contains(".")) {
        continue;
      }
      String bench = f[0];
      String lang = mode == 2 && !f[1].equals("N/A") ? f[1] : "zh-Hant";
      // "thrpt CNT SCORE ± ERROR ops/s", or "thrpt SCORE ops/s" for a single iteration
      boolean withError = f.length > mode + 4 && f[mode + 3].equals("±");
      double score = Double.parseDouble(withError ? f[mode + 2] : f[mode + 1]);
      String error = withError ? f[mode + 4] : "n/a";
      scores.put(bench + "/" + lang, score);
      String throughput;
      if (bench.endsWith(".detect")) {
        throughput = String.format(Locale.ROOT, "%.0f µs per %d-char article", 1e6 / score, PipelineStepsBenchmark.ARTICLE_CHARS);
      } else {
        throughput = String.format(Locale.ROOT, "%.2f MB/s", score * Samples.bytes(lang) / 1e6);
      }
      md.append(String.format(Locale.ROOT, "| %s | %s | %.2f ± %s | %s |%n", bench, lang, score, error, throughput));
    }
    Double table = scores.get("FoldingBenchmark.charFilter/zh-Hant");
    Double icu = scores.get("FoldingBenchmark.icuTransliterator/zh-Hant");
    if (table != null && icu != null) {
      md.append(String.format(Locale.ROOT, "%nTraditional→Simplified: the table-driven char filter is %.0f× faster than ICU4J's transliterator "
          + "(same output, checked in the benchmark's setup and by TraditionalToSimplifiedTest).%n", table / icu));
      Figures.put(Path.of(args[1]), "folding.speedup", table / icu);
    }
    StringBuilder ratios = new StringBuilder();
    double worst = Double.NaN;
    for (String lang : List.of("zh-Hant", "zh-Hans", "ko", "id", "en", "fr")) {
      Double analysis = scores.get("AnalyzerBenchmark.analyse/" + lang);
      Double facts = scores.get("FactsBenchmark.extract/" + lang);
      if (analysis != null && facts != null) {
        // Both benchmarks process the same sample per op: the time ratio is the inverse of the throughput ratio.
        double ratio = analysis / facts;
        ratios.append(ratios.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f×", lang, ratio));
        worst = Double.isNaN(worst) ? ratio : Math.max(worst, ratio);
        Figures.put(Path.of(args[1]), "extraction.lang." + lang, ratio);
      }
    }
    if (!Double.isNaN(worst)) {
      md.append(String.format(Locale.ROOT, "%nFact extraction against the language analysis of the same sample (time): %s.%n", ratios));
      Figures.put(Path.of(args[1]), "extraction.per_language.worst", worst);
    }
    md.append(String.format(Locale.ROOT, "%nSamples: generated article bodies, about %d KB of UTF-8 per language.%n", Samples.TARGET_BYTES / 1000));
    Files.writeString(Path.of(args[1]), md.toString());
    System.out.print(md);
  }
}
