package crosscheck.compare.lucene;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.compare.ComparedFact;
import crosscheck.compare.Comparison;
import crosscheck.compare.FactComparison;
import crosscheck.compare.FactFilter;
import crosscheck.compare.FactSource;
import crosscheck.lexicon.Lexicon;
import crosscheck.lexicon.LexiconCache;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * CPU time of fact comparison over an index, in-process (not a test): {@code java -cp <indexer jar>:<test classes>
 * crosscheck.compare.lucene.CompareTiming INDEX REPS}. "cold" is a request for a new version of the index (read
 * and group), "warm" one the cache answers; the benchmark's five questions and the overview.
 */
public final class CompareTiming {

  private static final List<String> QUESTIONS =
      List.of("users lost", "사용자 이탈", "用户流失", "how long was the outage?", "jumlah pengguna", "");

  public static void main(String[] args) throws IOException {
    Path index = Path.of(args[0]);
    int reps = Integer.parseInt(args[1]);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Lexicon lexicon = Lexicon.load(new AnalyzerRegistry(), List.of(), index.resolve(LexiconCache.FILE_NAME)).lexicon();
    try (SearcherManager searchers = new SearcherManager(DirectoryReader.open(FSDirectory.open(index)), null)) {
      IndexSearcher searcher = searchers.acquire(); // held to the end
      AtomicLong version = new AtomicLong();
      LuceneFactSource facts = new LuceneFactSource(searchers);
      FactComparison comparison = new FactComparison(new FactSource() {
        @Override
        public Facts facts(FactFilter filter) {
          return facts.facts(filter);
        }

        @Override
        public long version() {
          return version.get();
        }

        @Override
        public Optional<List<ComparedFact>> load(long readVersion, int[] refs) {
          return facts.load(readVersion, refs);
        }
      }, lexicon);
      long[] read = new long[reps];
      for (int i = 0; i < reps; i++) {
        long start = cpu.getCurrentThreadCpuTime();
        int n = LuceneFactReader.read(searcher, FactFilter.ALL).facts().size();
        read[i] = cpu.getCurrentThreadCpuTime() - start;
        if (i == 0) {
          System.out.printf(Locale.ROOT, "%d facts%n", n);
        }
      }
      print("read all facts", read, "");
      for (String q : QUESTIONS) {
        long[] cold = new long[reps];
        long[] warm = new long[reps * 10];
        Comparison r = null;
        for (int i = 0; i < reps; i++) {
          version.incrementAndGet();
          long start = cpu.getCurrentThreadCpuTime();
          r = run(comparison, q);
          cold[i] = cpu.getCurrentThreadCpuTime() - start;
        }
        for (int i = 0; i < warm.length; i++) {
          long start = cpu.getCurrentThreadCpuTime();
          r = run(comparison, q);
          warm[i] = cpu.getCurrentThreadCpuTime() - start;
        }
        String what = String.format(Locale.ROOT, "groups=%d facts=%d", r.groups().size(),
            r.groups().stream().mapToInt(g -> g.facts().size()).sum());
        print((q.isEmpty() ? "(overview)" : q) + " cold", cold, what);
        print((q.isEmpty() ? "(overview)" : q) + " warm", warm, "");
      }
      Runtime rt = Runtime.getRuntime();
      System.gc();
      System.out.printf(Locale.ROOT, "heap used after GC, cache full: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
  }

  private static Comparison run(FactComparison c, String q) {
    return q.isEmpty() ? c.overview(FactFilter.ALL, FactComparison.SHOWN) : c.compare(q, FactFilter.ALL, FactComparison.SHOWN);
  }

  private static void print(String what, long[] nanos, String extra) {
    long[] t = nanos.clone();
    Arrays.sort(t);
    System.out.printf(Locale.ROOT, "%-34s cpu ms: min %7.1f  median %7.1f  max %7.1f  %s%n", what, t[0] / 1e6,
        t[t.length / 2] / 1e6, t[t.length - 1] / 1e6, extra);
  }
}
