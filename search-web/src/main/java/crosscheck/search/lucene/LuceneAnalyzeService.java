package crosscheck.search.lucene;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.search.InvalidQueryException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Shows the tokens each language's analysis chain makes of a text: the first check when a search misses. */
public final class LuceneAnalyzeService {

  /** One token: its term, where it came from in the text, its position and the tokenizer's type. */
  public record Token(String term, int start, int end, int position, String type) {}

  private static final int MAX_TEXT = 10_000;

  private final AnalyzerRegistry analyzers;

  public LuceneAnalyzeService(AnalyzerRegistry analyzers) {
    this.analyzers = analyzers;
  }

  /** Language key → tokens; all languages when {@code lang} is null or empty. */
  public Map<String, List<Token>> analyze(String text, String lang) {
    if (text == null || text.isBlank()) {
      throw new InvalidQueryException("text is empty: give some text to analyse");
    }
    if (text.length() > MAX_TEXT) {
      throw new InvalidQueryException("text too long (" + text.length() + " characters; at most " + MAX_TEXT + ")");
    }
    List<String> keys;
    if (lang == null || lang.isBlank()) {
      keys = AnalyzerRegistry.keys();
    } else if (AnalyzerRegistry.keys().contains(lang)) {
      keys = List.of(lang);
    } else {
      throw new InvalidQueryException("unknown lang '" + lang + "': use one of " + AnalyzerRegistry.keys());
    }
    Map<String, List<Token>> out = new LinkedHashMap<>();
    for (String key : keys) {
      out.put(key, tokens(key, text));
    }
    return out;
  }

  private List<Token> tokens(String key, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream ts = analyzers.forLanguage(key).tokenStream("analyze", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), pos, type.type()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
