package crosscheck.index;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.facts.Fact;
import crosscheck.lexicon.Match;
import crosscheck.schema.Fields;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns an {@link Article} into Lucene documents: the article itself, then one document per fact. */
public final class DocumentBuilder {

  /** Stored, analysed, with offsets in the postings for the highlighter. */
  private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

  /** The same, indexed from tokens analysed beforehand ({@link Article#tokens()}); stored separately. */
  private static final FieldType BODY_INDEXED = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TYPE.freeze();
    BODY_INDEXED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_INDEXED.freeze();
  }

  public List<Document> build(Article article) {
    List<Document> docs = new ArrayList<>();
    docs.add(articleDocument(article));
    for (int i = 0; i < article.facts().size(); i++) {
      docs.add(factDocument(article, article.facts().get(i), i == 0));
    }
    return docs;
  }

  private static Document articleDocument(Article a) {
    Document doc = new Document();
    String key = AnalyzerRegistry.key(a.language().code());
    doc.add(new StringField(Fields.TYPE, Fields.TYPE_ARTICLE, Field.Store.NO));
    doc.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
    doc.add(new StringField(Fields.ARTICLE, a.id(), Field.Store.NO));
    doc.add(new StoredField(Fields.PATH, a.id()));
    keyword(doc, Fields.LANG, a.language().code());
    if (a.language().script() != null) {
      keyword(doc, Fields.SCRIPT, a.language().script());
    }
    doc.add(new StoredField(Fields.TITLE, a.doc().title()));
    if (a.tokens() != null) {
      doc.add(new Field(Fields.title(key), a.tokens().title().stream(), TextField.TYPE_NOT_STORED));
      doc.add(new Field(Fields.body(key), a.tokens().body().stream(), BODY_INDEXED));
      doc.add(new StoredField(Fields.body(key), a.doc().body()));
    } else {
      doc.add(new TextField(Fields.title(key), a.doc().title(), Field.Store.NO));
      doc.add(new Field(Fields.body(key), a.doc().body(), BODY_TYPE));
    }
    if (key.equals("zh")) {
      doc.add(new TextField(Fields.CHINESE_BIGRAMS, a.doc().title() + "\n" + a.doc().body(), Field.Store.NO));
    }
    if (a.doc().source() != null) {
      keyword(doc, Fields.SOURCE, a.doc().source());
    }
    if (a.doc().author() != null) {
      doc.add(new StoredField(Fields.AUTHOR, a.doc().author()));
    }
    if (a.doc().url() != null) {
      doc.add(new StoredField(Fields.URL, a.doc().url()));
    }
    LocalDate day = firstDay(a.doc().published());
    if (day != null) {
      doc.add(new StoredField(Fields.PUBLISHED, a.doc().published()));
      doc.add(new IntPoint(Fields.PUBLISHED_DAY, (int) day.toEpochDay()));
      doc.add(new NumericDocValuesField(Fields.PUBLISHED_DAY, day.toEpochDay()));
      keyword(doc, Fields.PUBLISHED_MONTH, a.doc().published().substring(0, 7));
    }
    for (String concept : a.concepts()) {
      doc.add(new StringField(Fields.CONCEPT, concept, Field.Store.YES));
    }
    for (String entity : a.entities()) {
      keyword(doc, Fields.ENTITY, entity);
    }
    doc.add(new StoredField(Fields.CONTENT_HASH, a.hash()));
    doc.add(new StoredField(Fields.DROPPED, a.doc().dropped().size()));
    if (a.doc().truncated()) {
      doc.add(new StoredField(Fields.TRUNCATED, "true"));
    }
    return doc;
  }

  /** @param first the article's first fact, whose grouping columns carry the article's story */
  private static Document factDocument(Article a, Fact f, boolean first) {
    Document doc = new Document();
    doc.add(new StringField(Fields.TYPE, Fields.TYPE_FACT, Field.Store.NO));
    doc.add(new StringField(Fields.ARTICLE, a.id(), Field.Store.YES));
    keyword(doc, Fields.LANG, a.language().code());
    if (a.doc().source() != null) {
      keyword(doc, Fields.SOURCE, a.doc().source());
    }
    doc.add(new StringField(Fields.FACT_KIND, f.kind().id(), Field.Store.YES));
    doc.add(new DoublePoint(Fields.FACT_VALUE, f.value().doubleValue()));
    doc.add(new StoredField(Fields.FACT_EXACT, exact(f)));
    if (f.unit() != null) {
      doc.add(new StringField(Fields.FACT_UNIT, f.unit(), Field.Store.YES));
    }
    doc.add(new StringField(Fields.FACT_QUALIFIER, f.qualifier().id(), Field.Store.YES));
    for (String c : f.concepts()) {
      doc.add(new StringField(Fields.FACT_CONCEPT, c, Field.Store.YES));
    }
    for (String e : f.entities()) {
      doc.add(new StringField(Fields.FACT_ENTITY, e, Field.Store.YES));
    }
    doc.add(new StoredField(Fields.FACT_TEXT, f.text()));
    doc.add(new StoredField(Fields.FACT_START, f.start()));
    doc.add(new StoredField(Fields.FACT_END, f.end()));
    doc.add(new StoredField(Fields.FACT_SENTENCE, f.sentence()));
    int sentenceStart = sentenceStart(a.doc().body(), f.sentence(), f.text(), f.start());
    int at = offsetInSentence(sentenceStart, f.sentence(), f.text(), f.start());
    doc.add(new StoredField(Fields.FACT_AT, at));
    String mentions = sentenceStart < 0 ? null : mentions(a.matches(), sentenceStart, sentenceStart + f.sentence().length());
    if (mentions != null) {
      doc.add(new StoredField(Fields.FACT_MENTIONS, mentions));
    }
    doc.add(new BinaryDocValuesField(Fields.FACT_GROUPING, new FactColumns(a.id(), a.language().code(), a.doc().source(), f.kind().id(),
        exact(f), f.unit(), f.qualifier().id(), f.concepts(), f.entities(), f.text(), f.start(), f.end(), at, mentions,
        a.doc().published(), first ? a.entities() : null, first ? a.concepts() : null).encode()));
    doc.add(new StoredField(Fields.FACT_TITLE, a.doc().title()));
    if (a.doc().published() != null) {
      doc.add(new StoredField(Fields.FACT_PUBLISHED, a.doc().published()));
    }
    for (String e : a.entities()) {
      doc.add(new StoredField(Fields.FACT_STORY_ENTITY, e));
    }
    for (String c : a.concepts()) {
      doc.add(new StoredField(Fields.FACT_STORY_CONCEPT, c));
    }
    return doc;
  }

  /** The fact's value as stored: the ISO date of a date, else the plain decimal. */
  private static String exact(Fact f) {
    return f.date() != null ? f.date() : f.value().toPlainString();
  }

  /**
   * Where a fact's words are in their sentence, from where the sentence starts in the body ({@link #sentenceStart});
   * else their first occurrence, or -1.
   */
  private static int offsetInSentence(int sentenceStart, String sentence, String text, int start) {
    if (sentence == null || text == null) {
      return -1;
    }
    return sentenceStart >= 0 ? start - sentenceStart : sentence.indexOf(text);
  }

  /** Where a fact's sentence starts in the body (the one that holds the fact's words at {@code start}); -1 if not found. */
  private static int sentenceStart(String body, String sentence, String text, int start) {
    if (body == null || sentence == null || text == null || start < 0 || start > body.length()) {
      return -1;
    }
    int sentenceStart = body.lastIndexOf(sentence, start);
    return sentenceStart >= 0 && start - sentenceStart + text.length() <= sentence.length() ? sentenceStart : -1;
  }

  /** The matches inside {@code [from, to)} of the body as {@link Fields#FACT_MENTIONS} writes them. */
  private static String mentions(List<Match> matches, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (Match m : matches) {
      if (m.start() >= from && m.end() <= to) {
        sb.append(sb.length() == 0 ? "" : "\n").append(m.entry().id()).append('\t').append(m.start() - from).append('\t').append(m.end() - from);
      }
    }
    return sb.toString();
  }

  /** Keyword: indexed for filters, stored for display, doc values for facet counts. */
  private static void keyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.YES));
    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }

  /** The first day of an ISO day, month ({@code 2022-10}) or year; null when absent or unreadable. */
  public static LocalDate firstDay(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      return switch (iso.length()) {
        case 10 -> LocalDate.parse(iso);
        case 7 -> LocalDate.parse(iso + "-01");
        case 4 -> LocalDate.parse(iso + "-01-01");
        default -> null;
      };
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
