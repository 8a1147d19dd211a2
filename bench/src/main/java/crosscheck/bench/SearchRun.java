package crosscheck.bench;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.lexicon.Lexicon;
import crosscheck.search.lucene.LuceneIndex;
import crosscheck.search.lucene.LuceneSearchService;
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
 * Search latency. {@code inproc INDEX ROUNDS OUT.md}: the query mix through {@link LuceneSearchService} on one
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
    Map<String, List<Double>> millis = new LinkedHashMap<>();
    Map<String, List<Double>> cpuMillis = new LinkedHashMap<>();
    Map<String, Long> hits = new LinkedHashMap<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = 0;
    try (LuceneIndex index = LuceneIndex.open(indexDir)) {
      LuceneSearchService service = new LuceneSearchService(index, analyzers, Lexicon.builtIn(analyzers));
      for (int warm = 0; warm < Math.max(3, rounds / 4); warm++) {
        QueryMix.QUERIES.forEach(q -> service.search(q.request()));
      }
      for (int r = 0; r < rounds; r++) {
        for (QueryMix.Query q : QueryMix.QUERIES) {
          long c0 = threads.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          long found = service.search(q.request()).total();
          double ms = (System.nanoTime() - t0) / 1e6;
          double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
          total += found;
          hits.merge(q.category(), found, Long::sum);
          hits.merge("all", found, Long::sum);
          millis.computeIfAbsent(q.category(), k -> new ArrayList<>()).add(ms);
          millis.computeIfAbsent("all", k -> new ArrayList<>()).add(ms);
          cpuMillis.computeIfAbsent(q.category(), k -> new ArrayList<>()).add(cpu);
          cpuMillis.computeIfAbsent("all", k -> new ArrayList<>()).add(cpu);
        }
      }
    }
    StringBuilder md = new StringBuilder("| queries | n | p50 ms | p99 ms | max ms | CPU p50 ms | CPU p99 ms |\n|---|---|---|---|---|---|---|\n");
    StringBuilder tsv = new StringBuilder();
    millis.forEach((category, values) -> {
      double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double[] c = cpuMillis.get(category).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", category, v.length,
          Stats.percentile(v, 50), Stats.percentile(v, 99), v[v.length - 1], Stats.percentile(c, 50), Stats.percentile(c, 99)));
      tsv.append(String.format(Locale.ROOT, "%s\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%d%n", category, v.length,
          Stats.percentile(v, 50), Stats.percentile(v, 99), v[v.length - 1], Stats.percentile(c, 50), Stats.percentile(c, 99), hits.get(category) / rounds));
    });
    md.append(String.format(Locale.ROOT, "%n(hits counted: %d)%n", total));
    Files.writeString(out, md.toString());
    Files.writeString(out.resolveSibling(out.getFileName().toString().replaceFirst("\\.md$", "") + ".tsv"), tsv.toString());
    System.out.print(md);
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
      server = new ProcessBuilder("java", "-Xmx1g", "-jar", jar.toString(), "--index", index.toString(), "--port", Integer.toString(port))
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
      load(client, base, clients, Math.max(5, seconds / 6));
      ConcurrentLinkedQueue<double[]> samples = load(client, base, clients, seconds);
      double[] all = samples.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
      StringBuilder md = new StringBuilder();
      md.append(String.format(Locale.ROOT, "Server ready (JVM start → first search answered), %d starts: %s s.%n%n",
          starts, Stats.of(startSeconds).format(2)));
      md.append("| clients | duration s | requests | req/s | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|\n");
      md.append(String.format(Locale.ROOT, "| %d | %d | %d | %.0f | %.1f | %.1f | %.1f |%n", clients, seconds, all.length,
          all.length / (double) seconds, Stats.percentile(all, 50), Stats.percentile(all, 99), all[all.length - 1]));
      Files.writeString(out, md.toString());
      System.out.print(md);
    } finally {
      stop(server);
    }
  }

  /** CLIENTS threads, each sending the mix in turn until the time is up; latencies in ms per thread. */
  private static ConcurrentLinkedQueue<double[]> load(HttpClient client, String base, int clients, int seconds) throws Exception {
    ConcurrentLinkedQueue<double[]> results = new ConcurrentLinkedQueue<>();
    AtomicLong errors = new AtomicLong();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int first = c;
      Thread t = new Thread(() -> {
        double[] lat = new double[1 << 16];
        int n = 0;
        for (int i = first; System.nanoTime() < deadline && n < lat.length; i++) {
          QueryMix.Query q = QueryMix.QUERIES.get(i % QueryMix.QUERIES.size());
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base + q.url())).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (IOException e) {
            errors.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          lat[n++] = (System.nanoTime() - t0) / 1e6;
        }
        results.add(Arrays.copyOf(lat, n));
      });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    if (errors.get() > 0) {
      IndexingRun.log("HTTP load: %d errors", errors.get());
    }
    return results;
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
