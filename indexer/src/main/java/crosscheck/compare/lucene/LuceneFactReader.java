package crosscheck.compare.lucene;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.compare.ComparedFact;
import crosscheck.compare.FactFilter;
import crosscheck.facts.Fact;
import crosscheck.schema.Fields;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Reads the fact documents of a Lucene index (one per fact, beside their article, see {@code DocumentBuilder})
 * as {@link ComparedFact}s, with their article's title, entities and the place of the number in its sentence.
 * The only Lucene-specific part of fact comparison.
 */
public final class LuceneFactReader {

  private static final Set<String> ARTICLE_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.ENTITY, Fields.LANG);

  private LuceneFactReader() {}

  public static List<ComparedFact> read(IndexSearcher searcher, FactFilter filter) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_FACT)), BooleanClause.Occur.FILTER);
    anyOf(query, Fields.LANG, filter.langs());
    anyOf(query, Fields.SOURCE, filter.sources());
    anyOf(query, Fields.FACT_KIND, filter.kinds().stream().map(Fact.Kind::id).toList());
    int max = Math.max(1, searcher.getIndexReader().maxDoc());
    TopDocs top = searcher.search(query.build(), max);
    StoredFields stored = searcher.storedFields();
    Map<String, ArticleInfo> articles = new HashMap<>();
    List<ComparedFact> out = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc);
      String articleId = d.get(Fields.ARTICLE);
      ArticleInfo article = articles.get(articleId);
      if (article == null) {
        article = article(searcher, articleId);
        articles.put(articleId, article);
      }
      out.add(fact(d, article));
    }
    return out;
  }

  private static void anyOf(BooleanQuery.Builder query, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    values.forEach(v -> any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
    query.add(any.build(), BooleanClause.Occur.FILTER);
  }

  private record ArticleInfo(String title, List<String> entities, String body) {}

  private static ArticleInfo article(IndexSearcher searcher, String id) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ARTICLE)), BooleanClause.Occur.FILTER)
        .build();
    TopDocs top = searcher.search(q, 1);
    if (top.scoreDocs.length == 0) {
      return new ArticleInfo(id, List.of(), null);
    }
    Document head = searcher.storedFields().document(top.scoreDocs[0].doc, ARTICLE_FIELDS);
    String bodyField = Fields.body(AnalyzerRegistry.key(head.get(Fields.LANG)));
    String body = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(bodyField)).get(bodyField);
    return new ArticleInfo(head.get(Fields.TITLE), Arrays.asList(head.getValues(Fields.ENTITY)), body);
  }

  private static ComparedFact fact(Document d, ArticleInfo article) {
    Fact.Kind kind = Fact.Kind.valueOf(d.get(Fields.FACT_KIND).toUpperCase(Locale.ROOT));
    String exact = d.get(Fields.FACT_EXACT);
    String date = kind == Fact.Kind.DATE ? exact : null;
    BigDecimal value = date != null ? BigDecimal.valueOf(LocalDate.parse(date).toEpochDay()) : new BigDecimal(exact);
    Fact.Qualifier qualifier = Fact.Qualifier.valueOf(d.get(Fields.FACT_QUALIFIER).replace(' ', '_').toUpperCase(Locale.ROOT));
    String text = d.get(Fields.FACT_TEXT);
    String sentence = d.get(Fields.FACT_SENTENCE);
    int start = number(d.getField(Fields.FACT_START));
    int end = number(d.getField(Fields.FACT_END));
    return new ComparedFact(d.get(Fields.ARTICLE), article.title(), d.get(Fields.LANG), d.get(Fields.SOURCE),
        article.entities(), kind, value, date, d.get(Fields.FACT_UNIT), qualifier,
        Arrays.asList(d.getValues(Fields.FACT_CONCEPT)), Arrays.asList(d.getValues(Fields.FACT_ENTITY)),
        text, start, end, sentence, offsetInSentence(article.body(), sentence, text, start));
  }

  /** Where the number's words are in their sentence: from the article body when stored, else their first occurrence. */
  static int offsetInSentence(String body, String sentence, String text, int start) {
    if (sentence == null || text == null) {
      return -1;
    }
    if (body != null && start >= 0 && start <= body.length()) {
      int sentenceStart = body.lastIndexOf(sentence, start);
      if (sentenceStart >= 0 && start - sentenceStart + text.length() <= sentence.length()) {
        return start - sentenceStart;
      }
    }
    return sentence.indexOf(text);
  }

  private static int number(IndexableField field) {
    return field == null ? -1 : field.numericValue().intValue();
  }
}
