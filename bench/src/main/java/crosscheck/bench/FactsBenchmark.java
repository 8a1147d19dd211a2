package crosscheck.bench;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.analysis.Tokens;
import crosscheck.facts.Fact;
import crosscheck.facts.FactExtractor;
import crosscheck.lang.Language;
import crosscheck.lexicon.Lexicon;
import crosscheck.lexicon.Match;
import crosscheck.schema.Fields;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Fact extraction over each language's sample text with its lexicon matches given (one op = the whole sample), as
 * the indexer runs it after the analysis; set beside {@link AnalyzerBenchmark} for what extraction costs per MB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FactsBenchmark {

  @Param({"zh-Hant", "zh-Hans", "ko", "id", "en", "fr"})
  public String lang;

  private FactExtractor extractor;
  private Language language;
  private String text;
  private List<Match> matches;

  @Setup
  public void setUp() {
    AnalyzerRegistry analyzers = new AnalyzerRegistry();
    Lexicon lexicon = Lexicon.builtIn(analyzers);
    extractor = new FactExtractor(lexicon);
    text = Samples.text(lang);
    language = new Language(lang.substring(0, 2), lang.length() > 2 ? lang.substring(3) : null);
    String key = AnalyzerRegistry.key(language.code());
    matches = lexicon.find(Tokens.of(analyzers.forLanguage(key), Fields.body(key), text), language.code());
  }

  @Benchmark
  public List<Fact> extract() {
    return extractor.extract(text, language, LocalDate.of(2022, 10, 17), matches);
  }
}
