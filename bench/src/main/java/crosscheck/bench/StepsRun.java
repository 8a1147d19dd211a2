package crosscheck.bench;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.analysis.Tokens;
import crosscheck.clean.CleanDocument;
import crosscheck.clean.Cleaner;
import crosscheck.facts.FactExtractor;
import crosscheck.index.Manifest;
import crosscheck.lang.Language;
import crosscheck.lang.LanguageDetector;
import crosscheck.lexicon.Lexicon;
import crosscheck.lexicon.Match;
import crosscheck.parse.DocumentParser;
import crosscheck.parse.ParsedDocument;
import crosscheck.schema.Fields;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where the pipeline's time goes, per step, on one thread over the first N files of a corpus: parsing, cleaning,
 * language detection, the language analysis (title and body, once: the index gets the same tokens), lexicon matching
 * on those tokens, and fact extraction. The last two together are what extraction costs on top of the analysis.
 *
 * <p>The files are read in 12 passes ({@code -Dpasses=N} to change). The table is the last 4 passes, once the JIT has
 * compiled the hot code (from about the eighth pass over 600 files on 2 cores, the per-pass figures settle): the cost
 * per text of an indexing run of thousands of articles. The first pass, with a cold JVM, is reported on its own: that
 * is a one-time cost, the same for 600 articles as for 100,000. {@code StepsRun CORPUS N OUT.md}; each pass's
 * figures go to stderr.
 */
public final class StepsRun {

  private static final String[] STEPS = {
      "parse (Tika for PDF/Word, own readers for text/HTML)", "clean", "detect language",
      "language analysis (title + body)", "lexicon matching on the tokens", "fact extraction"};

  /** Passes over the files, and how many of the last are reported. */
  private static final int PASSES = Integer.getInteger("passes", 12);
  private static final int MEASURED = 4;

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
    FactExtractor extractor = new FactExtractor(lexicon);
    DocumentParser parser = new DocumentParser(DocumentParser.DEFAULT_MAX_CHARS);
    Cleaner cleaner = new Cleaner();
    LanguageDetector detector = new LanguageDetector();
    int steps = STEPS.length;
    long[] nanos = new long[steps];
    long[] cpu = new long[steps];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean process =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long bytes = 0;
    long facts = 0;
    double coldFacts = 0;
    double coldAll = 0;
    for (int pass = 0; pass < PASSES; pass++) {
      if (pass <= PASSES - MEASURED) {
        Arrays.fill(nanos, 0);
        Arrays.fill(cpu, 0);
        bytes = 0;
        facts = 0;
      }
      long[] passCpu = new long[steps];
      for (Path f : files) {
        bytes += Files.size(f);
        long[] t = new long[steps + 1];
        long[] c = new long[steps + 1];
        t[0] = System.nanoTime();
        // the parser works on a thread of its own (for its time-out): its CPU is the process's, during the call
        long process0 = process.getProcessCpuTime();
        ParsedDocument parsed = parser.parse(f);
        t[1] = System.nanoTime();
        c[1] = threads.getCurrentThreadCpuTime();
        c[0] = c[1] - (process.getProcessCpuTime() - process0);
        CleanDocument doc = cleaner.clean(parsed);
        t[2] = System.nanoTime();
        c[2] = threads.getCurrentThreadCpuTime();
        Language lang = detector.detect(doc.body());
        t[3] = System.nanoTime();
        c[3] = threads.getCurrentThreadCpuTime();
        String key = AnalyzerRegistry.key(lang.code());
        Tokens title = Tokens.of(analyzers.forLanguage(key), Fields.title(key), doc.title());
        Tokens body = Tokens.of(analyzers.forLanguage(key), Fields.body(key), doc.body());
        t[4] = System.nanoTime();
        c[4] = threads.getCurrentThreadCpuTime();
        lexicon.find(title, lang.code());
        List<Match> matches = lexicon.find(body, lang.code());
        t[5] = System.nanoTime();
        c[5] = threads.getCurrentThreadCpuTime();
        facts += extractor.extract(doc.body(), lang, LocalDate.of(2022, 10, 17), matches).size();
        t[6] = System.nanoTime();
        c[6] = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < steps; i++) {
          nanos[i] += t[i + 1] - t[i];
          cpu[i] += c[i + 1] - c[i];
          passCpu[i] += c[i + 1] - c[i];
        }
      }
      System.err.printf(Locale.ROOT, "pass %d: analysis %.2f ms, extraction %.2f ms CPU per file: %.2f×%n", pass + 1,
          passCpu[3] / 1e6 / files.size(), passCpu[5] / 1e6 / files.size(), passCpu[5] / (double) passCpu[3]);
      if (pass == 0) {
        coldFacts = passCpu[5] / (double) passCpu[3];
        coldAll = (passCpu[4] + passCpu[5]) / (double) passCpu[3];
      }
    }
    StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
        "%d files, %.1f MB, one thread, passes %d to %d of %d (per file and pass; the first passes warm the JIT up); %d facts extracted per pass. Wall time includes waiting for a core on a "
        + "busy machine; CPU time is the thread's own (for parsing, the process's during the call, as the parser runs on a thread of its own).%n%n| step | wall ms per file | wall MB/s | CPU ms per file | "
        + "CPU-bound MB/s |%n|---|---|---|---|---|%n", files.size(), bytes / 1e6 / MEASURED, PASSES - MEASURED + 1, PASSES, PASSES, facts / MEASURED));
    for (int i = 0; i < steps; i++) {
      md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |%n", STEPS[i], nanos[i] / 1e6 / files.size() / MEASURED,
          bytes / 1e6 / (nanos[i] / 1e9), cpu[i] / 1e6 / files.size() / MEASURED, bytes / 1e6 / (cpu[i] / 1e9)));
    }
    md.append(String.format(Locale.ROOT, "%nFact extraction costs %.2f× the language analysis of the same text in CPU time "
        + "(issue target: at most 0.20×); with lexicon matching, %.2f×. In the first pass, with a cold JVM: %.2f× and %.2f×.%n",
        cpu[5] / (double) cpu[3], (cpu[4] + cpu[5]) / (double) cpu[3], coldFacts, coldAll));
    if (args.length > 2) {
      Files.writeString(Path.of(args[2]), md.toString());
      Figures.put(Path.of(args[2]), "extraction.facts", cpu[5] / (double) cpu[3]);
      Figures.put(Path.of(args[2]), "extraction.all", (cpu[4] + cpu[5]) / (double) cpu[3]);
      Figures.put(Path.of(args[2]), "extraction.cold", coldFacts);
    }
    System.out.print(md);
  }
}
