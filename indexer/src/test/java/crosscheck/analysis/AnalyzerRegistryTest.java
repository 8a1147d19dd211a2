package crosscheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.schema.Fields;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalyzerRegistryTest {

  private static final AnalyzerRegistry REGISTRY = new AnalyzerRegistry();

  /** Terms with their offsets, "term[start,end]", in stream order. */
  static List<String> analyse(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "[" + offset.startOffset() + "," + offset.endOffset() + "]");
      }
      ts.end();
    }
    return out;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "zh | 數據中心發生火災 | 数据[0,2] 中心[2,4] 发生[4,6] 火灾[6,8]",
      "zh | 数据中心发生火灾 | 数据[0,2] 中心[2,4] 发生[4,6] 火灾[6,8]",
      "ko | 카카오톡 서비스가 데이터센터 화재로 | 카카오톡[0,4] 카카오[0,3] 톡[3,4] 서비스[5,8] 데이터센터[10,15] 데이터[10,13] 센터[13,15] 화재[16,18]",
      "id | Layanan pulih setelah pemadaman di pusat data | layan[0,7] pulih[8,13] adam[22,31] pusat[35,40] data[41,45]",
      "en | The servers were restored after the fires | server[4,11] were[12,16] restor[17,25] after[26,31] fire[36,41]",
      "fr | L'incendie a paralysé les serveurs du centre de données | incend[0,10] a[11,12] paralys[13,21] serveu[26,34] centr[38,44] done[48,55]",
      "ru | Пожар в дата-центре | пожар[0,5] в[6,7] дата[8,12] центре[13,19]",
  })
  void eachLanguageHasItsChain(String lang, String sentence, String expected) throws IOException {
    assertThat(analyse(REGISTRY.forLanguage(lang), sentence)).containsExactly(expected.split(" "));
  }

  @Test
  void unknownLanguagesShareTheGenericChainAndField() {
    assertThat(AnalyzerRegistry.key("ru")).isEqualTo(AnalyzerRegistry.GENERIC);
    assertThat(AnalyzerRegistry.key("ko")).isEqualTo("ko");
    assertThat(REGISTRY.forLanguage("ja")).isSameAs(REGISTRY.forLanguage("und"));
  }

  @Test
  void perFieldAnalyzerRoutesEachLanguageFieldToItsChain() throws IOException {
    Analyzer perField = REGISTRY.perField();
    try (TokenStream ts = perField.tokenStream(Fields.body("zh"), "數據")) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      assertThat(ts.incrementToken()).isTrue();
      assertThat(term.toString()).isEqualTo("数据");
      ts.end();
    }
    assertThat(analyse(perField, "Servers")).containsExactly("servers[0,7]");
  }

  @Test
  void traditionalFoldingKeepsOffsetsOnTheOriginalText() throws IOException {
    String text = "據韓國警方消息，數據中心著火";
    List<String> terms = analyse(REGISTRY.forLanguage("zh"), text);
    assertThat(terms).contains("数据[8,10]", "中心[10,12]");
    assertThat(text.substring(8, 12)).isEqualTo("數據中心");
  }

  @Test
  void longAndRandomInputNeverThrows() throws IOException {
    String longText = "數據中心發生火災。".repeat(20_000);
    assertThat(analyse(REGISTRY.forLanguage("zh"), longText)).hasSizeGreaterThan(20_000);
    java.util.Random random = new java.util.Random(42);
    StringBuilder noise = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      noise.appendCodePoint(random.nextInt(0x2FFFF));
    }
    for (String lang : AnalyzerRegistry.keys()) {
      assertThat(analyse(REGISTRY.forLanguage(lang), noise.toString())).isNotNull();
    }
  }
}
