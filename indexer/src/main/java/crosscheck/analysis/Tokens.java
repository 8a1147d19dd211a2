package crosscheck.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * A text's analysis, captured once: the lexicon matches its concepts and entities on these tokens, and the
 * index receives the same tokens replayed ({@link #stream()}), so smartcn or nori runs once per article instead
 * of once for the index and again for the lexicon. Holds what the index keeps of a token: term, position
 * increment, position length and offsets.
 */
public final class Tokens {

  private final List<String> terms;
  private final int[] increments;
  private final int[] lengths;
  private final int[] starts;
  private final int[] ends;
  private final int finalOffset;
  private final int finalIncrement;

  private Tokens(List<String> terms, int[] increments, int[] lengths, int[] starts, int[] ends, int finalOffset,
      int finalIncrement) {
    this.terms = terms;
    this.increments = increments;
    this.lengths = lengths;
    this.starts = starts;
    this.ends = ends;
    this.finalOffset = finalOffset;
    this.finalIncrement = finalIncrement;
  }

  /** Runs {@code text} through {@code analyzer} (as field {@code field}) and keeps every token. */
  public static Tokens of(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    int[] inc = new int[64];
    int[] len = new int[64];
    int[] start = new int[64];
    int[] end = new int[64];
    int finalOffset;
    int finalIncrement;
    try (TokenStream ts = analyzer.tokenStream(field, new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute pi = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute pl = ts.addAttribute(PositionLengthAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int i = terms.size();
        if (i == inc.length) {
          inc = Arrays.copyOf(inc, i * 2);
          len = Arrays.copyOf(len, i * 2);
          start = Arrays.copyOf(start, i * 2);
          end = Arrays.copyOf(end, i * 2);
        }
        terms.add(term.toString());
        inc[i] = pi.getPositionIncrement();
        len[i] = pl.getPositionLength();
        start[i] = offset.startOffset();
        end[i] = offset.endOffset();
      }
      ts.end();
      finalOffset = offset.endOffset();
      finalIncrement = pi.getPositionIncrement();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Tokens(List.copyOf(terms), inc, len, start, end, finalOffset, finalIncrement);
  }

  public int size() {
    return terms.size();
  }

  public String term(int i) {
    return terms.get(i);
  }

  public int increment(int i) {
    return increments[i];
  }

  public int positionLength(int i) {
    return lengths[i];
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  /** The tokens again, exactly as the analyzer produced them, for an indexed field. */
  public TokenStream stream() {
    return new Replay();
  }

  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private int next;

    @Override
    public boolean incrementToken() {
      if (next == terms.size()) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(terms.get(next));
      offset.setOffset(starts[next], ends[next]);
      increment.setPositionIncrement(increments[next]);
      length.setPositionLength(lengths[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(finalOffset, finalOffset);
      increment.setPositionIncrement(finalIncrement);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
