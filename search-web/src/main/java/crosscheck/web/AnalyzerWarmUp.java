package crosscheck.web;

import crosscheck.analysis.AnalyzerRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * Loads the analyzers' dictionaries (smartcn's, nori's with the Korean user dictionary, ICU's) on a background
 * thread while the server opens the index and starts listening, instead of in the first search. (ICU's name
 * transliteration is not warmed: only a query that is an unlisted name needs it, and on two cores the start-up
 * would pay for it.)
 */
final class AnalyzerWarmUp {

  /** A little of every script, so that each chain loads what it needs. */
  private static final String SAMPLE = "數據中心着火 데이터센터 화재 pusat data servers restored centre de données ข้อมูล";

  private AnalyzerWarmUp() {}

  static Thread start(AnalyzerRegistry analyzers) {
    Thread t = new Thread(() -> {
      for (String key : AnalyzerRegistry.keys()) {
        analyse(analyzers.forLanguage(key));
      }
      analyse(analyzers.chineseBigrams());
    }, "analyzer-warm-up");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void analyse(Analyzer analyzer) {
    try (TokenStream ts = analyzer.tokenStream("warm-up", SAMPLE)) {
      ts.reset();
      while (ts.incrementToken()) {
        // only the loading matters
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
