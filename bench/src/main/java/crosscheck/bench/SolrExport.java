package crosscheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.lexicon.Lexicon;
import crosscheck.schema.Fields;
import crosscheck.search.SearchResult;
import crosscheck.search.lucene.LuceneIndex;
import crosscheck.search.lucene.LuceneSearchService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The Solr peer's input for a search comparison, from crosscheck's index of the same corpus: every article's
 * stored title, body and metadata (the exact text crosscheck indexed) through {@link SolrInput}, and the query mix
 * with the lexicon expansions crosscheck's search makes for each query, in {@value #QUERIES}, for
 * crosscheck.bench.solr.SolrSearchRun.
 *
 * <p>{@code SolrExport INDEX OUT_DIR}
 */
public final class SolrExport {

  static final String QUERIES = "queries.json";

  /** One query of the mix with its expansions (one map per concept or entity: language → terms). */
  record ExpandedQuery(String category, String text, boolean crossLanguage, String filter, String value, List<Map<String, List<String>>> expansions) {}

  public static void main(String[] args) throws Exception {
    Path indexDir = Path.of(args[0]);
    Path out = Path.of(args[1]);
    AnalyzerRegistry analyzers = new AnalyzerRegistry();
    try (LuceneIndex index = LuceneIndex.open(indexDir)) {
      List<SolrInput.Line> lines = index.withSearcher(searcher -> {
        ScoreDoc[] docs = searcher.search(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ARTICLE)), Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs;
        StoredFields stored = searcher.storedFields();
        List<SolrInput.Line> l = new ArrayList<>();
        for (ScoreDoc sd : docs) {
          Document d = stored.document(sd.doc);
          String key = AnalyzerRegistry.key(d.get(Fields.LANG));
          l.add(new SolrInput.Line(d.get(Fields.ID), d.get(Fields.PATH), d.get(Fields.TITLE), d.get(Fields.body(key)),
              d.get(Fields.SOURCE), d.get(Fields.PUBLISHED), d.get(Fields.LANG), d.get(Fields.SCRIPT)));
        }
        return l;
      });
      SolrInput.write(out, lines);
      LuceneSearchService service = new LuceneSearchService(index, analyzers, Lexicon.builtIn(analyzers));
      List<ExpandedQuery> queries = new ArrayList<>();
      for (QueryMix.Query q : QueryMix.QUERIES) {
        SearchResult r = service.search(q.request());
        List<Map<String, List<String>>> expansions = new ArrayList<>();
        for (SearchResult.Expansion e : r.expansions()) {
          expansions.add(new LinkedHashMap<>(e.terms()));
        }
        queries.add(new ExpandedQuery(q.category(), q.text(), q.crossLanguage(), q.filter(), q.value(), expansions));
      }
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.resolve(QUERIES).toFile(), queries);
      IndexingRun.log("exported %d articles and %d queries for Solr to %s", lines.size(), queries.size(), out);
    }
  }

  private SolrExport() {}
}
