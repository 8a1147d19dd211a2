package crosscheck.bench;

import crosscheck.clean.CleanDocument;
import crosscheck.clean.Cleaner;
import crosscheck.lang.Language;
import crosscheck.lang.LanguageDetector;
import crosscheck.parse.ParsedDocument;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The steps between Tika and the analyzers, per language sample: cleaning and language detection. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PipelineStepsBenchmark {

  @Param({"zh-Hant", "ko", "en"})
  public String lang;

  /** About a median generated article. */
  static final int ARTICLE_CHARS = 1500;

  private final LanguageDetector detector = new LanguageDetector();
  private final Cleaner cleaner = new Cleaner();
  private String text;
  private String article;
  private ParsedDocument parsed;

  @Setup
  public void setUp() {
    text = Samples.text(lang);
    article = text.substring(0, Math.min(text.length(), ARTICLE_CHARS));
    parsed = new ParsedDocument(Path.of("sample.txt"), text, "", "text/plain", Map.of(), text.length(), false);
  }

  /** One article-sized text (detection samples at most 20,000 chars, so the whole sample would flatter it). */
  @Benchmark
  public Language detect() {
    return detector.detect(article);
  }

  @Benchmark
  public CleanDocument clean() {
    return cleaner.clean(parsed);
  }
}
