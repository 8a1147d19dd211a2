package crosscheck.index;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.generate.GenerateCommandTest;
import crosscheck.lexicon.Lexicon;
import crosscheck.schema.Fields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexing on several threads gives the same index as on one: same documents, same terms, same postings. */
class ParallelIndexingTest {

  @Test
  void parallelAndSerialIndexesHoldTheSameDocumentsAndTerms(@TempDir Path corpus, @TempDir Path serial,
      @TempDir Path parallel) throws IOException {
    assertThat(GenerateCommandTest.generate(corpus, 150, 3)).isZero();
    AnalyzerRegistry analyzers = new AnalyzerRegistry();
    CorpusIndexer indexer = new CorpusIndexer(analyzers, Lexicon.builtIn(analyzers), (a, m) -> List.of());
    IndexSummary one = indexer.run(options(corpus, serial, 1), Progress.NONE);
    IndexSummary four = indexer.run(options(corpus, parallel, 4), Progress.NONE);
    assertThat(one.count(Outcome.Status.INDEXED)).isEqualTo(150);
    assertThat(four.outcomes()).isEqualTo(one.outcomes());
    Map<String, String> a = contents(serial);
    assertThat(a).hasSizeGreaterThan(1000);
    assertThat(contents(parallel)).isEqualTo(a);
  }

  private static CorpusIndexer.Options options(Path corpus, Path index, int threads) {
    CorpusIndexer.Options d = CorpusIndexer.Options.defaults(corpus, index);
    return new CorpusIndexer.Options(corpus, index, d.maxChars(), d.timeout(), threads);
  }

  /**
   * field:term → its postings as "article id:freq[positions]" sorted by article id, plus each article's stored
   * fields: independent of the order in which documents were added.
   */
  private static Map<String, String> contents(Path index) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        StoredFields stored = r.storedFields();
        String[] ids = new String[r.maxDoc()];
        for (int doc = 0; doc < r.maxDoc(); doc++) {
          var d = stored.document(doc);
          ids[doc] = d.get(Fields.ID) != null ? d.get(Fields.ID) : d.get(Fields.ARTICLE) + "#fact";
          out.put("stored:" + ids[doc], d.getFields().stream().map(f -> f.name() + "=" + f.stringValue()).sorted().toList().toString());
        }
        for (FieldInfo field : r.getFieldInfos()) {
          Terms terms = r.terms(field.name);
          if (terms == null) {
            continue;
          }
          TermsEnum te = terms.iterator();
          for (BytesRef term; (term = te.next()) != null; ) {
            String key = field.name + ":" + term.utf8ToString();
            PostingsEnum pe = te.postings(null, PostingsEnum.POSITIONS);
            StringBuilder postings = new StringBuilder();
            for (int doc; (doc = pe.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS; ) {
              postings.append(ids[doc]).append(':').append(pe.freq()).append('[');
              for (int i = 0; i < pe.freq(); i++) {
                postings.append(pe.nextPosition()).append(',');
              }
              postings.append("] ");
            }
            out.merge(key, postings.toString(), String::concat);
          }
        }
      }
    }
    // postings of one term may come from several segments in any order: sort each list
    out.replaceAll((k, v) -> k.startsWith("stored:") ? v : String.join(" ", new java.util.TreeSet<>(List.of(v.trim().split(" ")))));
    return out;
  }
}
