package crosscheck.bench.solr;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;

/**
 * Solr's side of the in-process search comparison: indexes the articles of a search corpus (exported from
 * crosscheck's index by crosscheck.bench.SolrExport), then runs crosscheck's query mix through the
 * EmbeddedSolrServer on one thread, ROUNDS rounds after warm-up, exactly as crosscheck.bench.SearchRun does
 * with crosscheck's service, and writes a table of both, side by side (crosscheck's figures from OURS.tsv).
 *
 * <p>{@code SolrSearchRun ARTICLES.jsonl QUERIES.json WORK ROUNDS OURS.tsv OUT.md}
 */
public final class SolrSearchRun {

  public static void main(String[] args) throws Exception {
    List<Article> articles = Article.read(Path.of(args[0]));
    List<MixQuery> queries = MixQuery.read(Path.of(args[1]));
    int rounds = Integer.parseInt(args[3]);
    Map<String, String[]> ours = readOurs(Path.of(args[4]));
    Path out = Path.of(args[5]);
    Map<String, List<Double>> millis = new LinkedHashMap<>();
    Map<String, List<Double>> cpuMillis = new LinkedHashMap<>();
    Map<String, Long> hits = new LinkedHashMap<>();
    String languages;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (ArticleCore core = ArticleCore.open(Path.of(args[2]))) {
      core.clear();
      double seconds = core.index(articles, 2);
      log("Solr indexed %d articles in %.1f s (2 client threads)", core.count(), seconds);
      languages = SolrIndexRun.agreement(articles, core.languages());
      EmbeddedSolrServer server = core.server();
      for (int warm = 0; warm < Math.max(3, rounds / 4); warm++) {
        for (MixQuery q : queries) {
          server.query(q.params());
        }
      }
      for (int r = 0; r < rounds; r++) {
        for (MixQuery q : queries) {
          long c0 = threads.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          long found = server.query(q.params()).getResults().getNumFound();
          double ms = (System.nanoTime() - t0) / 1e6;
          double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
          for (String category : List.of(q.category(), "all")) {
            millis.computeIfAbsent(category, k -> new ArrayList<>()).add(ms);
            cpuMillis.computeIfAbsent(category, k -> new ArrayList<>()).add(cpu);
            hits.merge(category, found, Long::sum);
          }
        }
      }
    }
    StringBuilder md = new StringBuilder(
        "| queries | n | p50 ms crosscheck | p50 ms Solr | p99 ms crosscheck | p99 ms Solr | CPU p50 ms crosscheck | CPU p50 ms Solr | CPU p99 ms crosscheck | CPU p99 ms Solr | hits crosscheck | hits Solr |\n"
            + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    millis.forEach((category, values) -> {
      double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double[] c = cpuMillis.get(category).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      String[] o = ours.getOrDefault(category, new String[] {category, "", "–", "–", "–", "–", "–", "–"});
      md.append(String.format(Locale.ROOT, "| %s | %d | %s | %.1f | %s | %.1f | %s | %.1f | %s | %.1f | %s | %d |%n", category, v.length,
          o[2], percentile(v, 50), o[3], percentile(v, 99), o[5], percentile(c, 50), o[6], percentile(c, 99), o[7], hits.get(category) / rounds));
    });
    md.append(String.format(Locale.ROOT, "%nHits are per round (the mix's queries summed). Solr's language identification against crosscheck's (language-script): %s.%n", languages));
    Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    System.out.print(md);
  }

  /** crosscheck's in-process figures, one row per category: category, n, p50, p99, max, CPU p50, CPU p99, hits. */
  private static Map<String, String[]> readOurs(Path tsv) throws java.io.IOException {
    Map<String, String[]> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] cells = line.split("\t");
      out.put(cells[0], cells);
    }
    return out;
  }

  /** A percentile (0–100) of sorted samples, nearest rank (as crosscheck.bench.Stats). */
  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, format + "%n", args);
    System.err.flush();
  }

  private SolrSearchRun() {}
}
