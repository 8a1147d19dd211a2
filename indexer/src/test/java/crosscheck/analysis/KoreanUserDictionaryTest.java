package crosscheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class KoreanUserDictionaryTest {

  private final Analyzer korean = new KoreanNewsAnalyzer();

  private List<String> terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = korean.tokenStream("body_ko", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void compoundsAnalyseToTheCompoundAndItsParts() throws IOException {
    assertThat(terms("카카오톡")).containsExactly("카카오톡", "카카오", "톡");
    assertThat(terms("카카오페이")).containsExactly("카카오페이", "카카오", "페이");
    assertThat(terms("데이터센터")).containsExactly("데이터센터", "데이터", "센터");
    assertThat(terms("카카오모빌리티")).containsExactly("카카오모빌리티", "카카오", "모빌리티");
  }

  @Test
  void overridesKeepAbbreviationsAndBadlySegmentedNamesWhole() throws IOException {
    assertThat(terms("카톡")).containsExactly("카톡");
    assertThat(terms("메타버스")).containsExactly("메타버스");
  }

  @Test
  void namesNoriDoesNotKnowAreOneWord() throws IOException {
    assertThat(terms("홍은택")).containsExactly("홍은택");
    assertThat(terms("국민의힘")).containsExactly("국민의힘");
    assertThat(terms("스트레이츠타임스")).containsExactly("스트레이츠타임스");
  }

  @Test
  void nounsNoriSplitsInASentenceAreKeptWholeThere() throws IOException {
    // alone, nori reads 사용자 as one word; in a sentence as 사용 + the suffix 자, so "users" matched nothing
    assertThat(terms("카톡 사용자들이 떠났다")).contains("사용자").doesNotContain("사용");
    assertThat(terms("누리꾼의 반응")).contains("누리꾼");
    assertThat(terms("이용자의 불만")).contains("이용자");
    assertThat(KoreanUserDictionary.generated()).containsEntry("사용자", "사용자").containsEntry("누리꾼", "누리꾼");
  }

  @Test
  void rulesForAnotherEngineAreTheOverridesThenTheGeneratedLines() {
    List<String> rules = KoreanNewsAnalyzer.userDictionaryRules().lines().toList();
    assertThat(rules).contains("카톡", "데이터센터 데이터 센터").noneMatch(l -> l.startsWith("#") || l.isBlank());
    assertThat(rules.indexOf("카톡")).isLessThan(rules.indexOf("데이터센터 데이터 센터"));
  }

  @Test
  void generatedEntriesComeFromTheLexiconAndSpellTheirCompound() {
    Map<String, String> generated = KoreanUserDictionary.generated();
    assertThat(generated.get("데이터센터")).isEqualTo("데이터센터 데이터 센터");
    assertThat(generated.get("카카오페이")).isEqualTo("카카오페이 카카오 페이");
    assertThat(generated.get("국민의힘")).isEqualTo("국민의힘"); // an entity split into noun + particle + noun
    assertThat(generated.get("반등")).isEqualTo("반등"); // split into single syllables only
    assertThat(generated.containsKey("카카오톡")).as("a compound of nori's own dictionary").isFalse();
    assertThat(generated.containsKey("서버")).as("one word already").isFalse();
    assertThat(generated.containsKey("윤석열")).as("one word already").isFalse();
    generated.forEach((compound, line) -> {
      String[] cells = line.split(" ");
      assertThat(cells[0]).isEqualTo(compound);
      if (cells.length > 1) {
        assertThat(String.join("", List.of(cells).subList(1, cells.length))).as(line).isEqualTo(compound);
      }
    });
  }
}
