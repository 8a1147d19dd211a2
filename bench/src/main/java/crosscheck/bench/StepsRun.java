package crosscheck.bench;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.clean.CleanDocument;
import crosscheck.clean.Cleaner;
import crosscheck.index.Manifest;
import crosscheck.lang.Language;
import crosscheck.lang.LanguageDetector;
import crosscheck.lexicon.Lexicon;
import crosscheck.parse.DocumentParser;
import crosscheck.parse.ParsedDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where the pipeline's time goes, per step, on one thread over the first N files of a corpus (after a warm-up
 * pass): Tika parsing, cleaning, language detection, lexicon matching. {@code StepsRun CORPUS N OUT.md}
 */
public final class StepsRun {

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(Manifest.FILE_NAME))
          .sorted().limit(n).toList();
    }
    AnalyzerRegistry analyzers = new AnalyzerRegistry();
    Lexicon lexicon = Lexicon.builtIn(analyzers);
    DocumentParser parser = new DocumentParser(DocumentParser.DEFAULT_MAX_CHARS);
    Cleaner cleaner = new Cleaner();
    LanguageDetector detector = new LanguageDetector();
    long[] nanos = new long[4];
    long[] cpu = new long[4];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long bytes = 0;
    for (int pass = 0; pass < 2; pass++) {
      java.util.Arrays.fill(nanos, 0);
      java.util.Arrays.fill(cpu, 0);
      bytes = 0;
      for (Path f : files) {
        bytes += Files.size(f);
        long[] t = new long[5];
        long[] c = new long[5];
        t[0] = System.nanoTime();
        c[0] = threads.getCurrentThreadCpuTime();
        ParsedDocument parsed = parser.parse(f);
        t[1] = System.nanoTime();
        c[1] = threads.getCurrentThreadCpuTime();
        CleanDocument doc = cleaner.clean(parsed);
        t[2] = System.nanoTime();
        c[2] = threads.getCurrentThreadCpuTime();
        Language lang = detector.detect(doc.body());
        t[3] = System.nanoTime();
        c[3] = threads.getCurrentThreadCpuTime();
        lexicon.find(doc.title() + "\n" + doc.body(), lang.code());
        t[4] = System.nanoTime();
        c[4] = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < 4; i++) {
          nanos[i] += t[i + 1] - t[i];
          cpu[i] += c[i + 1] - c[i];
        }
      }
    }
    String[] names = {"Tika parse", "clean", "detect language", "lexicon matching"};
    StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
        "%d files, %.1f MB, one thread, second pass. Wall time includes waiting for a core on the shared machine; "
        + "CPU time is the thread's own.%n%n| step | wall ms per file | wall MB/s | CPU ms per file | CPU-bound MB/s |%n|---|---|---|---|---|%n", files.size(), bytes / 1e6));
    for (int i = 0; i < 4; i++) {
      md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |%n", names[i], nanos[i] / 1e6 / files.size(),
          bytes / 1e6 / (nanos[i] / 1e9), cpu[i] / 1e6 / files.size(), bytes / 1e6 / (cpu[i] / 1e9)));
    }
    if (args.length > 2) {
      Files.writeString(Path.of(args[2]), md.toString());
    }
    System.out.print(md);
  }
}
