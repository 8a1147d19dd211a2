package crosscheck.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * Chinese in either script: width folding and Traditional→Simplified folding as char filters, then smartcn's
 * HMM word segmentation, as {@link SmartChineseAnalyzer} does it (Porter stemming for Latin words, its stop set).
 */
public final class ChineseAnalyzer extends Analyzer {

  private final CharArraySet stopWords = SmartChineseAnalyzer.getDefaultStopSet();

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new TraditionalToSimplifiedCharFilter(new CJKWidthCharFilter(reader));
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new HMMChineseTokenizer();
    TokenStream result = new PorterStemFilter(tokenizer);
    result = new StopFilter(result, stopWords);
    return new TokenStreamComponents(tokenizer, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
