package crosscheck.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crosscheck.analysis.AnalyzerRegistry;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

  private static AnalyzerRegistry analyzers;
  private static Lexicon lexicon;

  @BeforeAll
  static void load() {
    analyzers = new AnalyzerRegistry();
    lexicon = Lexicon.builtIn(analyzers);
  }

  private static Optional<String> resolved(String name) {
    return lexicon.resolveName(name).map(Entry::id);
  }

  private static List<String> found(String text, String lang) {
    return lexicon.find(text, lang).stream().map(m -> m.entry().id()).distinct().toList();
  }

  @Test
  void resolvesListedAliasesInAnyScript() {
    assertThat(resolved("윤석열")).contains("yoon-suk-yeol");
    assertThat(resolved("Yoon Suk-yeol")).contains("yoon-suk-yeol");
    assertThat(resolved("yoon suk yeol")).contains("yoon-suk-yeol");
    // listed in Simplified only: Traditional is folded before the comparison
    assertThat(resolved("尹錫悅")).contains("yoon-suk-yeol");
    assertThat(resolved("Yin Xiyue")).contains("yoon-suk-yeol");
    assertThat(resolved("ＫＡＫＡＯ")).contains("kakao");
  }

  @Test
  void resolvesUnlistedSpellingsByNameKey() {
    assertThat(lexicon.get("yoon-suk-yeol").terms().values().stream().flatMap(List::stream))
        .doesNotContain("Yun Seok-yol");
    assertThat(resolved("Yun Seok-yol")).contains("yoon-suk-yeol");
    assertThat(resolved("Namgung Hun")).contains("namkoong-whon");
    assertThat(resolved("Gim Beom-soo")).contains("kim-beom-su");
    assertThat(resolved("Whon Namkoong")).contains("namkoong-whon");
  }

  @Test
  void doesNotResolveADifferentName() {
    assertThat(resolved("Kim Beom-seok")).isEmpty();
    assertThat(resolved("김범석")).isEmpty();
    assertThat(resolved("Lee Jae-myung")).contains("lee-jae-myung");
    assertThat(resolved("Monica Kim")).isEmpty();
    assertThat(resolved("")).isEmpty();
  }

  @Test
  void findsConceptsAndEntitiesAfterAnalysis() {
    assertThat(found("카카오톡이 데이터센터 화재로 먹통이 됐다", "ko"))
        .contains("kakaotalk", "kakao", "data-center", "fire", "outage");
    assertThat(found("韓國的數據中心著火，服務器癱瘓", "zh"))
        .contains("south-korea", "data-center", "fire", "servers", "outage");
    assertThat(found("Perusahaan membutuhkan waktu empat hari untuk memulihkan server", "id"))
        .contains("companies", "restoration", "servers");
    assertThat(found("Thousands of Kakao servers went down after the blaze", "en"))
        .contains("kakao", "servers", "outage", "fire");
  }

  @Test
  void multiWordTermsMatchAcrossRemovedStopWords() {
    assertThat(found("L'incendie du centre de données de SK C&C", "fr")).contains("fire", "data-center", "sk-cc");
    assertThat(found("The government declared a state of emergency", "en")).contains("government", "emergency");
  }

  @Test
  void userFilesAddTermsToExistingIds(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("my-concepts.tsv");
    Files.writeString(file, "id\ttype\tzh\tko\tid\ten\tfr\noutage\t\t\t\t\tkaput\t\n", StandardCharsets.UTF_8);
    Lexicon withUser = Lexicon.load(analyzers, List.of(file));
    assertThat(withUser.get("outage").type()).isEqualTo("outage");
    assertThat(withUser.get("outage").terms("en")).contains("outage", "kaput");
    assertThat(withUser.find("the app is kaput", "en")).extracting(m -> m.entry().id()).contains("outage");
  }

  @Test
  void aMalformedFileFailsWithItsNameAndLine() {
    assertThatThrownBy(() -> LexiconFiles.read(new StringReader("id\ttype\tzh\n\tunit\tx\n"), "bad.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.tsv:2");
  }
}
