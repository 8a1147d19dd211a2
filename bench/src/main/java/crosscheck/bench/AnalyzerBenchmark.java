package crosscheck.bench;

import crosscheck.analysis.AnalyzerRegistry;
import java.io.IOException;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Each language's analysis chain from the registry over its sample text (one op = the whole sample). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalyzerBenchmark {

  @Param({"zh-Hant", "zh-Hans", "ko", "id", "en", "fr"})
  public String lang;

  private Analyzer analyzer;
  private String text;

  @Setup
  public void setUp() {
    analyzer = new AnalyzerRegistry().forLanguage(lang.substring(0, 2));
    text = Samples.text(lang);
  }

  @Benchmark
  public long analyse() throws IOException {
    long chars = 0;
    try (TokenStream ts = analyzer.tokenStream("body", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        chars += term.length();
      }
      ts.end();
    }
    return chars;
  }
}
