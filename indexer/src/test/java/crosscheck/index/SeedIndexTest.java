package crosscheck.index;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.RepoPaths;
import crosscheck.lexicon.Lexicon;
import crosscheck.schema.Fields;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped corpus indexed as the command does it: no page junk is searchable, the KBS body counts once. */
class SeedIndexTest {

  private static final AnalyzerRegistry ANALYZERS = new AnalyzerRegistry();
  private static Path index;
  private static IndexSummary summary;
  private static DirectoryReader reader;

  @BeforeAll
  static void indexTheCorpus(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    index = dir.resolve("index");
    summary = CorpusIndexer.create(ANALYZERS, Lexicon.builtIn(ANALYZERS))
        .run(CorpusIndexer.Options.defaults(RepoPaths.corpus(), index), Progress.NONE);
    reader = DirectoryReader.open(FSDirectory.open(index));
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
  }

  @Test
  void everySeedIsIndexedAndItsJunkCounted() {
    assertThat(summary.failures()).isEmpty();
    assertThat(summary.indexedByLanguage()).containsEntry("zh-Hant", 1L).containsEntry("ko", 1L).containsEntry("id", 1L)
        .containsEntry("en", 2L);
    assertThat(summary.outcomes()).filteredOn(o -> o.path().startsWith("ko_")).singleElement()
        .satisfies(o -> assertThat(o.dropped()).isGreaterThanOrEqualTo(5));
    assertThat(summary.line()).contains("blocks of page furniture dropped");
  }

  @ParameterizedTest(name = "{1} is not searchable in {0}")
  @CsvSource({
      "id_straits-times-kakao-dependence.txt, sbobet",
      "id_straits-times-kakao-dependence.txt, gacor88",
      "en_kakao-fire-shames-cyber-powerhouse.txt, \"content is protected\"",
      "ko_kbs-et-kakao-200man-users.txt, \"읽어주기\"",
      "ko_kbs-et-kakao-200man-users.txt, \"크롬기반\"",
      "ko_kbs-et-kakao-200man-users.txt, \"제보하기\"",
      "ko_kbs-et-kakao-200man-users.txt, kbs1234",
      "ko_kbs-et-kakao-200man-users.txt, \"핫 클릭\"",
      "ko_kbs-et-kakao-200man-users.txt, \"수신료\"",
      "ko_kbs-et-kakao-200man-users.txt, \"구독해주세요\"",
  })
  void junkIsNotSearchable(String id, String junk) throws IOException, ParseException {
    String lang = id.substring(0, 2);
    QueryParser parser = new QueryParser(Fields.body(lang), ANALYZERS.forLanguage(lang));
    BooleanQuery query = new BooleanQuery.Builder()
        .add(parser.parse(junk), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.FILTER)
        .build();
    TopDocs hits = new IndexSearcher(reader).search(query, 1);
    assertThat(hits.totalHits.value).isZero();
  }

  @Test
  void theKbsBodyThatThePageRepeatsIsIndexedOnce() throws IOException {
    // the saved page holds the article twice: "초콜릿" stands 6 times in the file, 3 in one copy
    assertThat(frequency("ko_kbs-et-kakao-200man-users.txt", Fields.body("ko"), "초콜릿")).isEqualTo(3);
  }

  private static int frequency(String id, String field, String term) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    int doc = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1).scoreDocs[0].doc;
    for (var leaf : reader.leaves()) {
      if (doc < leaf.docBase || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        continue;
      }
      TermsEnum terms = leaf.reader().terms(field).iterator();
      if (!terms.seekExact(new BytesRef(term))) {
        return 0;
      }
      PostingsEnum postings = terms.postings(null, PostingsEnum.FREQS);
      if (postings.advance(doc - leaf.docBase) == doc - leaf.docBase) {
        return postings.freq();
      }
      return 0;
    }
    return 0;
  }
}
