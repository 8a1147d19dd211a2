package crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.facts.Fact;
import crosscheck.lexicon.Entry;
import crosscheck.lexicon.Lexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionResolverTest {

  private static QuestionResolver resolver;

  @BeforeAll
  static void lexicon() {
    resolver = new QuestionResolver(Lexicon.builtIn(new AnalyzerRegistry()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"users lost", "사용자 이탈", "用户流失", "用戶流失", "pengguna hilang", "utilisateurs perdus"})
  void usersLostInEveryLanguage(String question) {
    Question q = resolver.resolve(question);
    assertThat(q.concepts()).extracting(Entry::id).contains("loss");
    assertThat(q.kind()).isNull();
  }

  @Test
  void aMixedQuestionFindsEachWordInItsLanguage() {
    Question q = resolver.resolve("Kakao 사용자 lost");
    assertThat(q.entities()).extracting(Entry::id).contains("kakao");
    assertThat(q.concepts()).extracting(Entry::id).contains("users", "loss");
  }

  @ParameterizedTest(name = "{0} asks for a {1}")
  @CsvSource({
      "how long was the outage?, DURATION",
      "combien de temps a duré la panne, DURATION",
      "断网多久, DURATION",
      "berapa lama pemadaman, DURATION",
      "장애가 얼마나 오래 갔나, DURATION",
      "when was the fire?, DATE",
      "화재는 언제, DATE",
      "combien d'utilisateurs, COUNT",
      "how many servers went down, COUNT",
  })
  void cueWordsSayTheKind(String question, Fact.Kind kind) {
    assertThat(resolver.resolve(question).kind()).isEqualTo(kind);
  }
}
