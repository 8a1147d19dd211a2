package crosscheck.bench;

import com.ibm.icu.text.Transliterator;
import crosscheck.analysis.TraditionalToSimplifiedCharFilter;
import java.io.IOException;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Traditional→Simplified folding of the zh-Hant sample: crosscheck's table-driven char filter against ICU4J. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FoldingBenchmark {

  private String text;
  private Transliterator icu;
  private final char[] buffer = new char[8192];

  @Setup
  public void setUp() {
    text = Samples.text("zh-Hant");
    icu = Transliterator.getInstance("Traditional-Simplified");
    if (!icu.transliterate(text).equals(TraditionalToSimplifiedCharFilter.fold(text))) {
      throw new IllegalStateException("the table-driven folding differs from ICU on the sample");
    }
  }

  /** The char filter as the Chinese analyzer uses it (with offset bookkeeping). */
  @Benchmark
  public long charFilter() throws IOException {
    long n = 0;
    try (TraditionalToSimplifiedCharFilter filter = new TraditionalToSimplifiedCharFilter(new StringReader(text))) {
      for (int r; (r = filter.read(buffer, 0, buffer.length)) != -1; ) {
        n += r;
      }
    }
    return n;
  }

  @Benchmark
  public String icuTransliterator() {
    return icu.transliterate(text);
  }
}
