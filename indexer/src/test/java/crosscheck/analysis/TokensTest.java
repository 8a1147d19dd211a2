package crosscheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Replayed tokens give the index exactly what analysing the text in the IndexWriter gives. */
class TokensTest {

  private static final AnalyzerRegistry ANALYZERS = new AnalyzerRegistry();
  private static final FieldType TYPE = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TYPE.freeze();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "zh|數據中心著火後，服務中斷了十個小時。用戶很不滿。",
      "ko|데이터센터 화재로 카카오톡 서비스가 멈췄고 사용자들이 불편을 겪었다.",
      "id|Layanan pesan itu lumpuh selama sepuluh jam setelah kebakaran.",
      "en|The servers of the data centre were shut down; users could not send messages.",
      "fr|Les serveurs du centre de données ont été coupés et les utilisateurs n'ont rien pu envoyer.",
      "de|Die Server des Rechenzentrums fielen nach dem Brand für zehn Stunden aus."})
  void replayedTokensIndexLikeTheAnalyzer(String lang, String text) throws IOException {
    String field = Fields.body(AnalyzerRegistry.key(lang));
    Tokens tokens = Tokens.of(ANALYZERS.forLanguage(lang), field, text);
    assertThat(tokens.size()).isPositive();
    List<String> analysed = postings(new Field(field, text, TYPE), field);
    List<String> replayed = postings(new Field(field, tokens.stream(), TYPE), field);
    assertThat(replayed).isEqualTo(analysed).isNotEmpty();
  }

  /** Every term of the field with each position and offsets, as indexed. */
  private static List<String> postings(Field f, String field) throws IOException {
    List<String> out = new ArrayList<>();
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ANALYZERS.perField()))) {
        Document doc = new Document();
        doc.add(f);
        w.addDocument(doc);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        TermsEnum terms = leaf.terms(field).iterator();
        for (BytesRef term = terms.next(); term != null; term = terms.next()) {
          PostingsEnum p = terms.postings(null, PostingsEnum.ALL);
          p.nextDoc();
          for (int i = 0; i < p.freq(); i++) {
            int pos = p.nextPosition();
            out.add(term.utf8ToString() + "@" + pos + ":" + p.startOffset() + "-" + p.endOffset());
          }
        }
      }
    }
    return out;
  }
}
