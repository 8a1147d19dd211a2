package crosscheck.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What fact comparison groups a fact by, as the bytes of one binary doc value ({@code Fields.FACT_GROUPING}): the
 * stored fields hold the same and more, but reading them decompresses a block of the article's body for each
 * fact, and grouping reads every fact. No sentence and no title (only the facts an answer shows need them, read
 * from the stored fields). The article's story comes last, so a reader that knows the article stops before it,
 * and only the article's first fact carries it (the others' would double the index).
 *
 * @param storyEntities the article's story entities; null when this fact does not carry the story (nor
 *     {@code storyConcepts}), or when the reader declined it
 * @param mentions {@code Fields.FACT_MENTIONS}'s value; null when the sentence was not located (read the stored
 *     fields instead)
 */
public record FactColumns(String article, String lang, String source, String kind, String exact, String unit, String qualifier,
    List<String> concepts, List<String> entities, String text, int start, int end, int at, String mentions, String published,
    List<String> storyEntities, List<String> storyConcepts) {

  public BytesRef encode() {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      for (String s : new String[] {article, lang, source, kind, exact, unit, qualifier}) {
        nullable(out, s);
      }
      strings(out, concepts);
      strings(out, entities);
      nullable(out, text);
      out.writeVInt(start);
      out.writeVInt(end);
      out.writeZInt(at);
      nullable(out, mentions);
      nullable(out, published);
      out.writeByte((byte) (storyEntities == null ? 0 : 1));
      if (storyEntities != null) {
        strings(out, storyEntities);
        strings(out, storyConcepts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BytesRef(out.toArrayCopy());
  }

  /**
   * The columns of one value; the story lists are left null for an article {@code storyWanted} declines (the
   * reader knows them already).
   */
  public static FactColumns decode(BytesRef bytes, Predicate<String> storyWanted) {
    try {
      return decode(new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length), storyWanted);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable fact columns", e);
    }
  }

  private static FactColumns decode(ByteArrayDataInput in, Predicate<String> storyWanted) throws IOException {
    String[] head = new String[7];
    for (int i = 0; i < head.length; i++) {
      head[i] = nullable(in);
    }
    boolean withStory = storyWanted.test(head[0]);
    List<String> concepts = strings(in);
    List<String> entities = strings(in);
    String text = nullable(in);
    int start = in.readVInt();
    int end = in.readVInt();
    int at = in.readZInt();
    String mentions = nullable(in);
    String published = nullable(in);
    boolean story = withStory && in.readByte() != 0;
    List<String> storyEntities = story ? strings(in) : null;
    List<String> storyConcepts = story ? strings(in) : null;
    return new FactColumns(head[0], head[1], head[2], head[3], head[4], head[5], head[6], concepts, entities, text, start, end, at,
        mentions, published, storyEntities, storyConcepts);
  }

  private static void nullable(ByteBuffersDataOutput out, String s) throws IOException {
    out.writeByte((byte) (s == null ? 0 : 1));
    if (s != null) {
      out.writeString(s);
    }
  }

  private static String nullable(ByteArrayDataInput in) throws IOException {
    return in.readByte() == 0 ? null : in.readString();
  }

  private static void strings(ByteBuffersDataOutput out, List<String> values) throws IOException {
    out.writeVInt(values.size());
    for (String v : values) {
      out.writeString(v);
    }
  }

  private static List<String> strings(ByteArrayDataInput in) throws IOException {
    int n = in.readVInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(in.readString());
    }
    return out;
  }
}
