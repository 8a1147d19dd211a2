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
    long bytes = 0;
    for (int pass = 0; pass < 2; pass++) {
      java.util.Arrays.fill(nanos, 0);
      bytes = 0;
      for (Path f : files) {
        bytes += Files.size(f);
        long t0 = System.nanoTime();
        ParsedDocument parsed = parser.parse(f);
        long t1 = System.nanoTime();
        CleanDocument doc = cleaner.clean(parsed);
        long t2 = System.nanoTime();
        Language lang = detector.detect(doc.body());
        long t3 = System.nanoTime();
        lexicon.find(doc.title() + "\n" + doc.body(), lang.code());
        long t4 = System.nanoTime();
        nanos[0] += t1 - t0;
        nanos[1] += t2 - t1;
        nanos[2] += t3 - t2;
        nanos[3] += t4 - t3;
      }
    }
    String[] names = {"Tika parse", "clean", "detect language", "lexicon matching"};
    StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
        "%d files, %.1f MB, one thread, second pass.%n%n| step | ms per file | MB/s |%n|---|---|---|%n", files.size(), bytes / 1e6));
    for (int i = 0; i < 4; i++) {
      md.append(String.format(Locale.ROOT, "| %s | %.2f | %.1f |%n", names[i], nanos[i] / 1e6 / files.size(), bytes / 1e6 / (nanos[i] / 1e9)));
    }
    if (args.length > 2) {
      Files.writeString(Path.of(args[2]), md.toString());
    }
    System.out.print(md);
  }
}
