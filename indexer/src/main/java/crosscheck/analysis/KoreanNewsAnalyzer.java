package crosscheck.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * 데이터 센터), with a user dictionary of news compounds, then nori's usual filters: part-of-speech stop tags
 * (particles, endings), Hanja reading form, lowercase.
 */
public final class KoreanNewsAnalyzer extends Analyzer {

  /** The user dictionary resource, beside this class: one compound a line, optionally followed by its parts. */
  static final String USER_DICTIONARY = "ko-userdict.txt";

  private final UserDictionary userDictionary;

  public KoreanNewsAnalyzer() {
    this.userDictionary = Holder.USER_DICT;
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
            userDictionary,
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

  /** Loads the user dictionary once, failing fast with the resource name if it is missing or malformed. */
  private static final class Holder {
    static final UserDictionary USER_DICT = load();

    private static UserDictionary load() {
      try (InputStream in = KoreanNewsAnalyzer.class.getResourceAsStream(USER_DICTIONARY)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + USER_DICTIONARY + " beside " + KoreanNewsAnalyzer.class.getName());
        }
        return UserDictionary.open(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read Korean user dictionary " + USER_DICTIONARY, e);
      }
    }
  }
}
