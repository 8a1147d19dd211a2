package crosscheck.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Chinese as overlapping character bigrams (after the same width and Traditional→Simplified folding as
 * {@link ChineseAnalyzer}): the second Chinese field, so names and terms missing from smartcn's dictionary
 * (南宫勋, 卡考) still match as a sequence of bigrams instead of loose single characters.
 */
public final class ChineseBigramAnalyzer extends Analyzer {

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new TraditionalToSimplifiedCharFilter(new CJKWidthCharFilter(reader));
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(tokenizer);
    stream = new CJKBigramFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
