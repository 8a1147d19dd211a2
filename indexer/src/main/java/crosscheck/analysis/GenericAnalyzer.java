package crosscheck.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;

/**
 * Any language crosscheck has no dedicated chain for: ICU word segmentation, then case/accent/width folding.
 * Folding can leave a token empty (the Hangul filler U+3164 folds to nothing); empty terms are dropped.
 */
public final class GenericAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new ICUTokenizer();
    TokenStream stream = new ICUFoldingFilter(tokenizer);
    stream = new LengthFilter(stream, 1, Integer.MAX_VALUE);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ICUFoldingFilter(in);
  }
}
