package crosscheck.search.lucene;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.lexicon.Lexicon;
import crosscheck.schema.Fields;
import crosscheck.search.SearchRequest;
import crosscheck.search.SearchResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/** Full-text search over the article index, with snippets and facet counts. Knows nothing of HTTP. */
public final class LuceneSearchService {

  /** Facet name in the API → keyword field. */
  static final Map<String, String> FACETS = Map.of(
      "lang", Fields.LANG, "script", Fields.SCRIPT, "source", Fields.SOURCE, "month", Fields.PUBLISHED_MONTH);
  private static final List<String> FACET_NAMES = List.of("lang", "script", "source", "month");
  private static final int FACET_VALUES = 50;
  /** Stored fields a hit shows. */
  private static final Set<String> HIT_FIELDS =
      Set.of(Fields.ID, Fields.PATH, Fields.LANG, Fields.SCRIPT, Fields.TITLE, Fields.SOURCE, Fields.PUBLISHED);
  /** Passages per snippet. */
  private static final int SNIPPET_PASSAGES = 2;

  private final LuceneIndex index;
  private final AnalyzerRegistry analyzers;
  private final QueryBuilder queries;
  /** The expansion terms known to occur, or not, in the current searcher's reader. */
  private final AtomicReference<IndexedTerms> indexedTerms = new AtomicReference<>(new IndexedTerms(null));

  public LuceneSearchService(LuceneIndex index, AnalyzerRegistry analyzers, Lexicon lexicon) {
    this.index = index;
    this.analyzers = analyzers;
    this.queries = new QueryBuilder(analyzers, lexicon);
  }

  public SearchResult search(SearchRequest request) {
    Map<String, Query> filters = filters(request);
    return index.withSearcher(searcher -> {
      IndexedTerms indexed = indexedTerms.updateAndGet(known -> known.forReader(searcher.getIndexReader()));
      QueryBuilder.Built built = queries.build(request.query(), request.crossLanguage(), indexed);
      Query query = combine(built.query(), filters, null);
      int offset = (request.page() - 1) * request.size();
      // the exact total and the facets without a filter of their own are counted in one pass over every hit of
      // the matching query, which computes no scores (four to five times cheaper a hit than scoring it); the
      // top documents come from a second pass that stops counting at the page, so that the scorers skip
      // documents that cannot make it (block-max WAND); each filtered facet needs one more pass without its filter
      List<String> unfiltered = FACET_NAMES.stream().filter(f -> !filters.containsKey(f)).toList();
      Object[] counts = searcher.search(combine(built.matching(), filters, null), new MultiCollectorManager(
          new TotalHitCountCollectorManager(), FacetCounter.manager(unfiltered.stream().map(FACETS::get).toList())));
      long total = (Integer) counts[0];
      @SuppressWarnings("unchecked")
      Map<String, Map<String, Long>> counted = new HashMap<>((Map<String, Map<String, Long>>) counts[1]);
      int wanted = offset + request.size();
      TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(wanted, null, wanted));
      for (String facet : FACET_NAMES) {
        if (filters.containsKey(facet)) {
          // counted without its own filter, so the user sees what switching values would give
          counted.putAll(searcher.search(combine(built.matching(), filters, facet), FacetCounter.manager(List.of(FACETS.get(facet)))));
        }
      }
      ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length), top.scoreDocs.length);
      List<SearchResult.Hit> hits = hits(searcher, built.byLanguage(), page);
      Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
      for (String facet : FACET_NAMES) {
        facets.put(facet, FacetCounter.top(counted.get(FACETS.get(facet)), FACET_VALUES));
      }
      return new SearchResult(request.query(), total, request.page(), request.size(), hits, facets, built.expansions());
    });
  }

  /**
   * The page's hits with their snippets. An article has the body field of its own language only, so each hit is
   * highlighted in that one field with the part of the query that can match it ({@link QueryBuilder.Built#byLanguage}):
   * the highlighter evaluates its query's matches for every field and document it is given, and the whole
   * query over every language field is many times the work for the same snippet.
   */
  private List<SearchResult.Hit> hits(IndexSearcher searcher, Map<String, Query> byLanguage, ScoreDoc[] page)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    Document[] docs = new Document[page.length];
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < page.length; i++) {
      docs[i] = stored.document(page[i].doc, HIT_FIELDS);
      byKey.computeIfAbsent(AnalyzerRegistry.key(docs[i].get(Fields.LANG)), f -> new ArrayList<>()).add(i);
    }
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzers.perField())
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxLength(100_000)
        .build();
    String[] snippets = new String[page.length];
    for (Map.Entry<String, List<Integer>> language : byKey.entrySet()) {
      String field = Fields.body(language.getKey());
      int[] docIds = language.getValue().stream().mapToInt(i -> page[i].doc).toArray();
      String[] s = highlighter.highlightFields(new String[] {field}, byLanguage.get(language.getKey()), docIds,
          new int[] {SNIPPET_PASSAGES}).get(field);
      for (int j = 0; j < docIds.length; j++) {
        snippets[language.getValue().get(j)] = s[j];
      }
    }
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      Document d = docs[i];
      hits.add(new SearchResult.Hit(d.get(Fields.ID), d.get(Fields.PATH), d.get(Fields.LANG), d.get(Fields.SCRIPT),
          d.get(Fields.TITLE), d.get(Fields.SOURCE), d.get(Fields.PUBLISHED), page[i].score, snippets[i] == null ? "" : snippets[i]));
    }
    return hits;
  }

  /** Facet name → filter query for the request's filters. */
  private static Map<String, Query> filters(SearchRequest r) {
    Map<String, Query> f = new LinkedHashMap<>();
    addTerms(f, "lang", r.langs());
    addTerms(f, "script", r.scripts());
    addTerms(f, "source", r.sources());
    addTerms(f, "month", r.months());
    if (r.from() != null || r.to() != null) {
      int lo = r.from() == null ? Integer.MIN_VALUE : (int) r.from().toEpochDay();
      int hi = r.to() == null ? Integer.MAX_VALUE : (int) r.to().toEpochDay();
      f.put("date", IntPoint.newRangeQuery(Fields.PUBLISHED_DAY, lo, hi));
    }
    return f;
  }

  private static void addTerms(Map<String, Query> filters, String facet, List<String> values) {
    if (!values.isEmpty()) {
      filters.put(facet, new TermInSetQuery(FACETS.get(facet), values.stream().map(BytesRef::new).toList()));
    }
  }

  /** The text query restricted to articles and to every filter but {@code except}. */
  private static Query combine(Query text, Map<String, Query> filters, String except) {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ARTICLE)), BooleanClause.Occur.FILTER);
    filters.forEach((facet, q) -> {
      if (!facet.equals(except)) {
        b.add(q, BooleanClause.Occur.FILTER);
      }
    });
    return b.build();
  }
}
