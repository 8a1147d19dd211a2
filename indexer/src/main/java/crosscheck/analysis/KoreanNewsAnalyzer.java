package crosscheck.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Korean: nori in decompound mode MIXED (the compound and its parts are both indexed, so 데이터센터 matches
 * 데이터 센터), with a user dictionary of news compounds generated from the lexicon's Korean terms plus
 * handwritten overrides ({@link KoreanUserDictionary}), then nori's usual filters: part-of-speech stop tags
 * (particles, endings), Hanja reading form, lowercase.
 */
public final class KoreanNewsAnalyzer extends Analyzer {

  /**
   * The user dictionary in nori's text format (what Solr's KoreanTokenizerFactory reads from a file), for running
   * another engine with the same Korean analysis.
   */
  public static String userDictionaryRules() {
    return KoreanUserDictionary.rules();
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new CJKWidthCharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer =
        new KoreanTokenizer(
            TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
            Holder.USER_DICT,
            KoreanTokenizer.DecompoundMode.MIXED,
            false);
    TokenStream stream =
        new KoreanPartOfSpeechStopFilter(tokenizer, KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS);
    stream = new KoreanReadingFormFilter(stream);
    stream = new LowerCaseFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /**
   * Builds the user dictionary once (see {@link KoreanUserDictionary}), at the first Korean analysis rather than
   * when the analyzer is constructed (a server warms it up in the background), failing fast on bad data.
   */
  private static final class Holder {
    static final UserDictionary USER_DICT = KoreanUserDictionary.load();
  }
}
