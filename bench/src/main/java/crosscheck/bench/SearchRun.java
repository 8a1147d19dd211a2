package crosscheck.bench;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.compare.FactComparison;
import crosscheck.compare.FactFilter;
import crosscheck.lexicon.Lexicon;
import crosscheck.search.lucene.LuceneIndex;
import crosscheck.web.Services;
import crosscheck.web.WebMain;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Search latency. {@code inproc INDEX ROUNDS OUT.md}: the query mix through the web server's services on one
 * thread (the figures also go to OUT.tsv, one row per category, for the Solr comparison).
 * {@code http JAR INDEX STARTS CLIENTS SECONDS OUT.md}: crosscheck-web started STARTS times on the index
 * (time until the first search answers), then CLIENTS concurrent clients (Java HttpClient, loopback) run the
 * mix for SECONDS after a warm-up of SECONDS/6.
 */
public final class SearchRun {

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "inproc" -> inProcess(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
      case "http" -> http(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
          Integer.parseInt(args[5]), Path.of(args[6]));
      default -> throw new IllegalArgumentException("inproc or http");
    }
  }

  static void inProcess(Path indexDir, int rounds, Path out) throws IOException {
    AnalyzerRegistry analyzers = new AnalyzerRegistry();
    Samples samples = new Samples();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (LuceneIndex index = LuceneIndex.open(indexDir)) {
      Services services = WebMain.services(index, analyzers, Lexicon.builtIn(analyzers));
      for (int warm = 0; warm < Math.max(3, rounds / 4); warm++) {
        QueryMix.QUERIES.forEach(q -> services.search().search(q.request()));
        QueryMix.QUESTIONS.forEach(q -> compare(services, q));
      }
      for (int r = 0; r < rounds; r++) {
        for (QueryMix.Query q : QueryMix.QUERIES) {
          long c0 = threads.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          long found = services.search().search(q.request()).total();
          samples.add(q.category(), (System.nanoTime() - t0) / 1e6, (threads.getCurrentThreadCpuTime() - c0) / 1e6, found);
        }
        for (String question : QueryMix.QUESTIONS) {
          long c0 = threads.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          long groups = compare(services, question);
          samples.add(QueryMix.COMPARISON, (System.nanoTime() - t0) / 1e6, (threads.getCurrentThreadCpuTime() - c0) / 1e6, groups);
        }
      }
    }
    StringBuilder md = new StringBuilder("| queries | n | p50 ms | p99 ms | max ms | CPU p50 ms | CPU p99 ms | hits or groups per round |\n"
        + "|---|---|---|---|---|---|---|---|\n");
    StringBuilder tsv = new StringBuilder();
    samples.millis.forEach((category, values) -> {
      double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double[] c = samples.cpuMillis.get(category).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      long perRound = samples.found.get(category) / rounds;
      md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d |%n", category, v.length,
          Stats.percentile(v, 50), Stats.percentile(v, 99), v[v.length - 1], Stats.percentile(c, 50), Stats.percentile(c, 99), perRound));
      tsv.append(String.format(Locale.ROOT, "%s\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%d%n", category, v.length,
          Stats.percentile(v, 50), Stats.percentile(v, 99), v[v.length - 1], Stats.percentile(c, 50), Stats.percentile(c, 99), perRound));
    });
    for (String[] figure : new String[][] {{"all", "search"}, {QueryMix.COMPARISON, "compare"}}) {
      double[] v = samples.millis.get(figure[0]).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      Figures.put(out, "inproc.p99." + figure[1] + "." + Figures.label(out), Stats.percentile(v, 99));
    }
    md.append("\n\"all\" is the search queries; fact comparison is counted apart (its target differs), in groups found.\n");
    Files.writeString(out, md.toString());
    Files.writeString(out.resolveSibling(out.getFileName().toString().replaceFirst("\\.md$", "") + ".tsv"), tsv.toString());
    System.out.print(md);
  }

  /** One fact-comparison request as the API answers it (the blank question is the overview); its groups. */
  private static long compare(Services services, String question) {
    FactComparison facts = services.facts();
    return (question.isEmpty() ? facts.overview(FactFilter.ALL, FactComparison.SHOWN)
        : facts.compare(question, FactFilter.ALL, FactComparison.SHOWN)).groups().size();
  }

  /** Latencies by category ("all" gathers the search queries). */
  private static final class Samples {
    final Map<String, List<Double>> millis = new LinkedHashMap<>();
    final Map<String, List<Double>> cpuMillis = new LinkedHashMap<>();
    final Map<String, Long> found = new LinkedHashMap<>();

    void add(String category, double ms, double cpu, long n) {
      List<String> into = category.equals(QueryMix.COMPARISON) ? List.of(category) : List.of(category, "all");
      for (String c : into) {
        millis.computeIfAbsent(c, k -> new ArrayList<>()).add(ms);
        cpuMillis.computeIfAbsent(c, k -> new ArrayList<>()).add(cpu);
        found.merge(c, n, Long::sum);
      }
    }
  }

  static void http(Path jar, Path index, int starts, int clients, int seconds, Path out) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    List<Double> startSeconds = new ArrayList<>();
    Process server = null;
    int port = 0;
    for (int s = 0; s < starts; s++) {
      if (server != null) {
        stop(server);
      }
      port = freePort();
      long t0 = System.nanoTime();
      server = new ProcessBuilder("java", "-Xmx2g", "-jar", jar.toString(), "--index", index.toString(), "--port", Integer.toString(port))
          .redirectErrorStream(true).redirectOutput(out.resolveSibling(out.getFileName() + ".server.log").toFile()).start();
      URI probe = URI.create("http://127.0.0.1:" + port + "/api/search?q=kakao");
      while (true) {
        if (!server.isAlive()) {
          throw new IOException("crosscheck-web exited with " + server.exitValue() + "; see the server log");
        }
        try {
          if (client.send(HttpRequest.newBuilder(probe).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            break;
          }
        } catch (IOException e) {
          // not listening yet
        }
        Thread.sleep(10);
      }
      startSeconds.add((System.nanoTime() - t0) / 1e9);
      IndexingRun.log("start %d: ready in %.2f s", s + 1, startSeconds.get(s));
    }
    try {
      String base = "http://127.0.0.1:" + port;
      // the server computes the fact groups once per index version: the first comparison pays for it, alone
      double[] firstComparisons = new double[QueryMix.QUESTIONS.size()];
      for (int i = 0; i < firstComparisons.length; i++) {
        long t0 = System.nanoTime();
        client.send(HttpRequest.newBuilder(URI.create(base + QueryMix.comparisonUrl(QueryMix.QUESTIONS.get(i))))
            .timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.discarding());
        firstComparisons[i] = (System.nanoTime() - t0) / 1e6;
      }
      IndexingRun.log("first fact comparisons after the start: %s ms", Arrays.toString(firstComparisons));
      load(client, base, clients, Math.max(5, seconds / 6));
      Load load = load(client, base, clients, seconds);
      StringBuilder md = new StringBuilder();
      md.append(String.format(Locale.ROOT, "Server ready (JVM start → first search answered), %d starts: %s s.%n%n",
          starts, Stats.of(startSeconds).format(2)));
      md.append(String.format(Locale.ROOT, "First fact comparison after the last start, alone (the server groups the facts once "
          + "per index version): %.0f ms; the next five questions: %.0f ms at most.%n%n", firstComparisons[0],
          Arrays.stream(firstComparisons).skip(1).max().orElse(Double.NaN)));
      Figures.put(out, "http.first_compare." + Figures.label(out), firstComparisons[0]);
      md.append(String.format(Locale.ROOT, "%d clients for %d s: %d requests (%.0f per second), %d errors (non-200 or I/O).%n%n",
          clients, seconds, load.requests(), load.requests() / (double) seconds, load.errors()));
      md.append("| requests | n | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|\n");
      load.millis().forEach((category, values) -> {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", category, v.length,
            Stats.percentile(v, 50), Stats.percentile(v, 99), v[v.length - 1]));
      });
      String size = Figures.label(out);
      Figures.put(out, "http.ready." + size, Stats.of(startSeconds).median());
      Figures.put(out, "http.requests." + size, load.requests());
      Figures.put(out, "http.errors." + size, load.errors());
      for (String[] figure : new String[][] {{"all search", "search"}, {QueryMix.COMPARISON, "compare"}}) {
        double[] v = load.millis().getOrDefault(figure[0], List.of()).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Figures.put(out, "http.p99." + figure[1] + "." + size, Stats.percentile(v, 99));
      }
      Files.writeString(out, md.toString());
      System.out.print(md);
    } finally {
      stop(server);
    }
  }

  /** The overview's requests, counted apart too: its answer is the largest of the fact comparisons. */
  private static final String OVERVIEW = "of which fact overview";

  /**
   * Latencies by category ("all search" gathers the search requests, "of which fact overview" repeats the
   * overview's requests among the fact comparisons), the request count and the errors.
   */
  private record Load(Map<String, List<Double>> millis, long requests, long errors) {}

  /** CLIENTS threads, each sending the mix in turn until the time is up. */
  private static Load load(HttpClient client, String base, int clients, int seconds) throws Exception {
    List<QueryMix.Request> mix = QueryMix.requests();
    ConcurrentLinkedQueue<double[]> results = new ConcurrentLinkedQueue<>(); // per sample: index in the mix, ms
    AtomicLong errors = new AtomicLong();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int first = c;
      Thread t = new Thread(() -> {
        for (int i = first; System.nanoTime() < deadline; i++) {
          int k = i % mix.size();
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base + mix.get(k).url())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (IOException e) {
            errors.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          results.add(new double[] {k, (System.nanoTime() - t0) / 1e6});
        }
      });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    Map<String, List<Double>> millis = new LinkedHashMap<>();
    millis.put("all search", new ArrayList<>());
    for (double[] sample : results) {
      String category = mix.get((int) sample[0]).category();
      millis.computeIfAbsent(category, x -> new ArrayList<>()).add(sample[1]);
      if (!category.equals(QueryMix.COMPARISON)) {
        millis.get("all search").add(sample[1]);
      } else if (mix.get((int) sample[0]).url().equals(QueryMix.comparisonUrl(""))) {
        millis.computeIfAbsent(OVERVIEW, x -> new ArrayList<>()).add(sample[1]);
      }
    }
    return new Load(millis, results.size(), errors.get());
  }

  private static void stop(Process p) throws InterruptedException {
    p.destroy();
    p.waitFor();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
