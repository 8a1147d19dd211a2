package crosscheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.lang.Language;
import crosscheck.lexicon.Lexicon;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * Extraction time against the language analysis of the same text, on the corpus articles after a warm-up.
 *
 * <p>The target is a fifth of the analysis time. It is not reached yet: on the seed articles extraction costs
 * about 0.9 of the analysis (the Korean and Chinese clauses that hold a quantity are analysed once more for
 * lexicon matches, and the regex passes of the scanner cost several times the very cheap English analysis).
 * The assertion guards against regressions (a body analysed per number would cost many times the analysis);
 * the printed ratio is the number to bring down.
 */
class FactExtractorPerformanceTest {

  private static final int ROUNDS = 10;

  @Test
  void extractionCostsNoMoreThanTwiceTheAnalysis() throws IOException {
    AnalyzerRegistry analyzers = new AnalyzerRegistry();
    FactExtractor extractor = new FactExtractor(Lexicon.builtIn(analyzers));
    List<Path> files = new ArrayList<>();
    try (var stream = Files.list(TestFiles.repoRoot().resolve("corpus"))) {
      stream.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    List<String> bodies = new ArrayList<>();
    List<Language> langs = new ArrayList<>();
    for (Path f : files) {
      bodies.add(Files.readString(f, StandardCharsets.UTF_8));
      String code = f.getFileName().toString().substring(0, 2);
      langs.add(Language.of(code));
    }
    LocalDate ref = LocalDate.of(2022, 10, 1);
    long analysis = 0;
    long extraction = 0;
    for (int round = 0; round < ROUNDS * 2; round++) {
      boolean measured = round >= ROUNDS;
      for (int i = 0; i < bodies.size(); i++) {
        long t0 = System.nanoTime();
        analyse(analyzers.forLanguage(langs.get(i).code()), bodies.get(i));
        long t1 = System.nanoTime();
        extractor.extract(bodies.get(i), langs.get(i), ref);
        long t2 = System.nanoTime();
        if (measured) {
          analysis += t1 - t0;
          extraction += t2 - t1;
        }
      }
    }
    double ratio = (double) extraction / analysis;
    System.out.printf(Locale.ROOT, "analysis %.1f ms, extraction %.1f ms per round, ratio %.3f%n", analysis / 1e6 / ROUNDS,
        extraction / 1e6 / ROUNDS, ratio);
    assertThat(ratio).isLessThanOrEqualTo(2.0);
  }

  private static void analyse(Analyzer analyzer, String text) {
    try (TokenStream ts = analyzer.tokenStream("body", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        term.length();
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
