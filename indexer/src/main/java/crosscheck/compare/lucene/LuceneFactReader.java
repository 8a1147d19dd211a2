package crosscheck.compare.lucene;

import crosscheck.compare.ComparedFact;
import crosscheck.compare.FactFilter;
import crosscheck.compare.FactSource;
import crosscheck.facts.Fact;
import crosscheck.index.FactColumns;
import crosscheck.schema.Fields;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Reads the fact documents of a Lucene index (one per fact, beside their article, see {@code DocumentBuilder})
 * as {@link ComparedFact}s. Each fact document carries what comparison needs of its article (title, story
 * entities and concepts, date) and the place of the number in its sentence, so no article is read; the filter is
 * the Lucene query, and only the fact fields are loaded. A fact's ref is its document id in the reader: valid
 * for that reader's version only. The only Lucene-specific part of fact comparison, with {@link LuceneFactSource}.
 */
public final class LuceneFactReader {

  private static final Set<String> FACT_FIELDS = Set.of(Fields.ARTICLE, Fields.LANG, Fields.SOURCE, Fields.FACT_KIND,
      Fields.FACT_EXACT, Fields.FACT_UNIT, Fields.FACT_QUALIFIER, Fields.FACT_CONCEPT, Fields.FACT_ENTITY,
      Fields.FACT_TEXT, Fields.FACT_START, Fields.FACT_END, Fields.FACT_SENTENCE, Fields.FACT_AT, Fields.FACT_MENTIONS, Fields.FACT_TITLE,
      Fields.FACT_PUBLISHED, Fields.FACT_STORY_ENTITY, Fields.FACT_STORY_CONCEPT);
  private static final Set<String> ARTICLE_FIELDS = Set.of(Fields.TITLE, Fields.ENTITY, Fields.CONCEPT, Fields.PUBLISHED);

  private final IndexSearcher searcher;
  private final StoredFields stored;
  private final Map<String, ArticleInfo> articles = new HashMap<>();
  /**
   * One instance of each string read: the language, source, unit and concept ids of hundreds of thousands of
   * facts are a few hundred distinct strings, and a sentence with several figures is stored with each.
   */
  private final Map<String, String> strings = new HashMap<>();

  private LuceneFactReader(IndexSearcher searcher) throws IOException {
    this.searcher = searcher;
    this.stored = searcher.storedFields();
  }

  /** Identifies what a searcher sees: equal versions, equal facts (a commit or a refresh changes it). */
  public static long version(IndexSearcher searcher) {
    IndexReader reader = searcher.getIndexReader();
    return reader instanceof DirectoryReader d ? d.getVersion() : System.identityHashCode(reader);
  }

  public static FactSource.Facts read(IndexSearcher searcher, FactFilter filter) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_FACT)), BooleanClause.Occur.FILTER);
    anyOf(query, Fields.LANG, filter.langs());
    anyOf(query, Fields.SOURCE, filter.sources());
    anyOf(query, Fields.FACT_KIND, filter.kinds().stream().map(Fact.Kind::id).toList());
    LuceneFactReader reader = new LuceneFactReader(searcher);
    List<ComparedFact> out = new ArrayList<>();
    IntStream.Builder refs = IntStream.builder();
    searcher.search(query.build(), new SimpleCollector() {
      private int docBase;

      /** The grouping columns of this segment's facts; null in a segment written before they were (pipeline 9). */
      private BinaryDocValues columns;

      @Override
      protected void doSetNextReader(LeafReaderContext context) throws IOException {
        docBase = context.docBase;
        columns = context.reader().getBinaryDocValues(Fields.FACT_GROUPING);
      }

      @Override
      public void collect(int doc) throws IOException {
        ComparedFact f = columns != null && columns.advanceExact(doc) ? reader.fact(columns.binaryValue()) : null;
        out.add(f != null ? f : reader.fact(docBase + doc, FACT_FIELDS));
        refs.add(docBase + doc);
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    });
    return new FactSource.Facts(version(searcher), out, refs.build().toArray());
  }

  /**
   * The facts of some refs (document ids of this searcher's reader, as {@link #read} gave them), in their order.
   * Read in document order: neighbours share a compressed block of stored fields (an article's facts are
   * neighbours), and a block is decompressed once for them.
   */
  public static List<ComparedFact> load(IndexSearcher searcher, int[] refs) throws IOException {
    LuceneFactReader reader = new LuceneFactReader(searcher);
    Integer[] order = IntStream.range(0, refs.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingInt(i -> refs[i]));
    ComparedFact[] out = new ComparedFact[refs.length];
    for (int i : order) {
      out[i] = reader.fact(refs[i], FACT_FIELDS);
    }
    return Arrays.asList(out);
  }

  /**
   * A fact for grouping from its columns ({@link FactColumns}): no sentence, no title. Null for a fact whose
   * sentence was not located in its body, which keeps no mentions, and for the first fact read of an article
   * that is not the article's first (a filter left that out): grouping reads their stored fields instead.
   */
  private ComparedFact fact(BytesRef bytes) {
    FactColumns c = FactColumns.decode(bytes, id -> !articles.containsKey(id));
    if (c.mentions() == null || !articles.containsKey(c.article()) && c.storyEntities() == null) {
      return null;
    }
    String articleId = one(c.article());
    ArticleInfo article = articles.computeIfAbsent(articleId,
        id -> new ArticleInfo(null, interned(c.storyEntities()), interned(c.storyConcepts()), one(c.published())));
    Fact.Kind kind = kind(c.kind());
    String date = kind == Fact.Kind.DATE ? c.exact() : null;
    return new ComparedFact(articleId, null, one(c.lang()), one(c.source()), article.entities(), article.concepts(), article.published(),
        kind, value(c.exact(), date), date, one(c.unit()), qualifier(c.qualifier()), interned(c.concepts()), interned(c.entities()),
        c.text(), c.start(), c.end(), null, c.at(), mentions(c.mentions()));
  }

  /** A fact with all its stored fields. */
  private ComparedFact fact(int doc, Set<String> fields) throws IOException {
    DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(fields);
    stored.document(doc, visitor);
    Document d = visitor.getDocument();
    String articleId = one(d.get(Fields.ARTICLE));
    ArticleInfo article = articles.get(articleId);
    if (article == null || article.title() == null) {
      article = d.get(Fields.FACT_TITLE) != null ? article(d, Fields.FACT_TITLE, Fields.FACT_STORY_ENTITY,
          Fields.FACT_STORY_CONCEPT, Fields.FACT_PUBLISHED) : article(articleId);
      articles.put(articleId, article);
    }
    return fact(d, articleId, article);
  }

  private static void anyOf(BooleanQuery.Builder query, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    values.forEach(v -> any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
    query.add(any.build(), BooleanClause.Occur.FILTER);
  }

  /** What the facts of one article share; one instance per article, so its facts share the lists. */
  private record ArticleInfo(String title, List<String> entities, List<String> concepts, String published) {}

  private ArticleInfo article(Document d, String title, String entities, String concepts, String published) {
    return new ArticleInfo(d.get(title), values(d, entities), values(d, concepts), one(d.get(published)));
  }

  /** An index written before facts carried their article (pipeline 5 and older): the article document. */
  private ArticleInfo article(String id) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ARTICLE)), BooleanClause.Occur.FILTER)
        .build();
    TopDocs top = searcher.search(q, 1);
    if (top.scoreDocs.length == 0) {
      return new ArticleInfo(id, List.of(), List.of(), null);
    }
    Document head = stored.document(top.scoreDocs[0].doc, ARTICLE_FIELDS);
    return article(head, Fields.TITLE, Fields.ENTITY, Fields.CONCEPT, Fields.PUBLISHED);
  }

  private ComparedFact fact(Document d, String articleId, ArticleInfo article) {
    Fact.Kind kind = kind(d.get(Fields.FACT_KIND));
    String exact = d.get(Fields.FACT_EXACT);
    String date = kind == Fact.Kind.DATE ? exact : null;
    BigDecimal value = value(exact, date);
    Fact.Qualifier qualifier = qualifier(d.get(Fields.FACT_QUALIFIER));
    String text = d.get(Fields.FACT_TEXT);
    String sentence = one(d.get(Fields.FACT_SENTENCE));
    int at = d.getField(Fields.FACT_AT) != null ? number(d.getField(Fields.FACT_AT))
        : sentence == null || text == null ? -1 : sentence.indexOf(text);
    return new ComparedFact(articleId, article.title(), one(d.get(Fields.LANG)), one(d.get(Fields.SOURCE)),
        article.entities(), article.concepts(), article.published(), kind, value, date, one(d.get(Fields.FACT_UNIT)),
        qualifier, values(d, Fields.FACT_CONCEPT), values(d, Fields.FACT_ENTITY),
        text, number(d.getField(Fields.FACT_START)), number(d.getField(Fields.FACT_END)), sentence, at,
        mentions(d.get(Fields.FACT_MENTIONS)));
  }

  /** The mentions of {@link Fields#FACT_MENTIONS}; null for an index written before facts kept them (pipeline 8). */
  private List<ComparedFact.Mention> mentions(String stored) {
    if (stored == null) {
      return null;
    }
    List<ComparedFact.Mention> out = new ArrayList<>();
    for (int at = 0; at < stored.length(); ) {
      int line = stored.indexOf('\n', at);
      int end = line < 0 ? stored.length() : line;
      int tab = stored.indexOf('\t', at);
      int tab2 = stored.indexOf('\t', tab + 1);
      out.add(new ComparedFact.Mention(one(stored.substring(at, tab)), Integer.parseInt(stored, tab + 1, tab2, 10),
          Integer.parseInt(stored, tab2 + 1, end, 10)));
      at = end + 1;
    }
    return out;
  }

  private static Fact.Kind kind(String id) {
    return Fact.Kind.valueOf(id.toUpperCase(Locale.ROOT));
  }

  private static Fact.Qualifier qualifier(String id) {
    return Fact.Qualifier.valueOf(id.replace(' ', '_').toUpperCase(Locale.ROOT));
  }

  /** A stored value: the epoch day of a date, else the decimal. */
  private static BigDecimal value(String exact, String date) {
    return date != null ? BigDecimal.valueOf(LocalDate.parse(date).toEpochDay()) : new BigDecimal(exact);
  }

  private List<String> interned(List<String> values) {
    String[] out = new String[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = one(values.get(i));
    }
    return List.of(out);
  }

  /** The one instance of a string this reader keeps; null for null. */
  private String one(String s) {
    return s == null ? null : strings.computeIfAbsent(s, x -> x);
  }

  private List<String> values(Document d, String field) {
    String[] values = d.getValues(field);
    for (int i = 0; i < values.length; i++) {
      values[i] = one(values[i]);
    }
    return List.of(values);
  }

  private static int number(IndexableField field) {
    return field == null ? -1 : field.numericValue().intValue();
  }
}
