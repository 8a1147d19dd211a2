package crosscheck.search.lucene;

import crosscheck.schema.Fields;
import crosscheck.search.ArticleView;
import crosscheck.search.ArticleView.FactView;
import crosscheck.search.ArticleView.Related;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Reads one article with its facts and the related coverage in other languages. */
public final class LuceneDocumentService {

  private static final int MAX_FACTS = 10_000;
  private static final int MAX_RELATED = 10;
  private static final int CANDIDATES = 50;

  private final LuceneIndex index;

  public LuceneDocumentService(LuceneIndex index) {
    this.index = index;
  }

  public Optional<ArticleView> get(String id) {
    return index.withSearcher(searcher -> {
      Document d = article(searcher, id);
      if (d == null) {
        return Optional.empty();
      }
      String lang = d.get(Fields.LANG);
      String body = d.get(Fields.body(crosscheck.analysis.AnalyzerRegistry.key(lang)));
      List<FactView> facts = facts(searcher, id);
      List<String> concepts = Arrays.asList(d.getValues(Fields.CONCEPT));
      List<String> entities = Arrays.asList(d.getValues(Fields.ENTITY));
      return Optional.of(new ArticleView(id, d.get(Fields.PATH), lang, d.get(Fields.SCRIPT), d.get(Fields.TITLE),
          d.get(Fields.SOURCE), d.get(Fields.PUBLISHED), d.get(Fields.AUTHOR), d.get(Fields.URL), body,
          concepts, entities, facts, related(searcher, id, lang, concepts, entities, facts)));
    });
  }

  private static Document article(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ARTICLE)), BooleanClause.Occur.FILTER)
        .build(), 1);
    return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc);
  }

  private static List<FactView> facts(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.ARTICLE, id)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_FACT)), BooleanClause.Occur.FILTER)
        .build(), MAX_FACTS);
    StoredFields stored = searcher.storedFields();
    List<FactView> facts = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      facts.add(factView(stored.document(sd.doc)));
    }
    facts.sort(Comparator.comparingInt(f -> f.span()[0]));
    return facts;
  }

  static FactView factView(Document f) {
    String kind = f.get(Fields.FACT_KIND);
    String exact = f.get(Fields.FACT_EXACT);
    Object value = kind.equals("date") ? exact : new BigDecimal(exact);
    return new FactView(kind, value, f.get(Fields.FACT_UNIT), f.get(Fields.FACT_QUALIFIER),
        Arrays.asList(f.getValues(Fields.FACT_CONCEPT)), Arrays.asList(f.getValues(Fields.FACT_ENTITY)),
        f.get(Fields.FACT_TEXT),
        new int[] {number(f.getField(Fields.FACT_START)), number(f.getField(Fields.FACT_END))},
        f.get(Fields.FACT_SENTENCE));
  }

  private static int number(IndexableField field) {
    return field == null ? -1 : field.numericValue().intValue();
  }

  /**
   * Articles in other languages ranked by the language-neutral evidence they share with this one: entities
   * (weight 3) and concepts (1) select and rank candidates through the index; reported figures of the same kind
   * and value (4 each) then re-rank the best candidates.
   */
  private static List<Related> related(IndexSearcher searcher, String id, String lang, List<String> concepts,
      List<String> entities, List<FactView> facts) throws IOException {
    BooleanQuery.Builder evidence = new BooleanQuery.Builder();
    entities.forEach(e -> evidence.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.ENTITY, e))), 3f), BooleanClause.Occur.SHOULD));
    concepts.forEach(c -> evidence.add(new ConstantScoreQuery(new TermQuery(new Term(Fields.CONCEPT, c))), BooleanClause.Occur.SHOULD));
    if (entities.isEmpty() && concepts.isEmpty()) {
      return List.of();
    }
    Query query = new BooleanQuery.Builder()
        .add(evidence.build(), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ARTICLE)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.LANG, lang)), BooleanClause.Occur.MUST_NOT)
        .build();
    Set<String> myFigures = new HashSet<>();
    facts.forEach(f -> myFigures.add(f.kind() + "=" + f.value()));
    StoredFields stored = searcher.storedFields();
    List<Related> out = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(query, CANDIDATES).scoreDocs) {
      Document d = stored.document(sd.doc);
      String otherId = d.get(Fields.ID);
      List<String> shared = new ArrayList<>();
      for (String e : d.getValues(Fields.ENTITY)) {
        if (entities.contains(e)) {
          shared.add(e);
        }
      }
      for (String c : d.getValues(Fields.CONCEPT)) {
        if (concepts.contains(c)) {
          shared.add(c);
        }
      }
      double score = sd.score;
      Set<String> figures = new LinkedHashSet<>();
      for (FactView f : facts(searcher, otherId)) {
        if (myFigures.contains(f.kind() + "=" + f.value()) && figures.add(f.kind() + "=" + f.value())) {
          score += 4;
          shared.add(f.kind() + " " + f.value() + (f.unit() == null ? "" : " " + f.unit()));
        }
      }
      out.add(new Related(otherId, d.get(Fields.LANG), d.get(Fields.TITLE), d.get(Fields.SOURCE), score, shared));
    }
    out.sort(Comparator.comparingDouble(Related::score).reversed());
    return out.subList(0, Math.min(MAX_RELATED, out.size()));
  }
}
