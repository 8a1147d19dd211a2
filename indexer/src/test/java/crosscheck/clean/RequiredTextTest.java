package crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The literals read from a regex, and the line rules' prechecks never ruling out a line their pattern matches. */
class RequiredTextTest {

  @Test
  void readsLiteralsOfEveryAlternative() {
    assertThat(RequiredText.of("copyright|all rights reserved|무단\\s*(전재|복제)"))
        .containsExactly("copyright", "all rights reserved", "무단");
  }

  @Test
  void optionalCharactersAndGroupsAreNotRequired() {
    assertThat(RequiredText.of("cookies?")).containsExactly("cookie");
    assertThat(RequiredText.of("e-?mail")).containsExactly("mail");
    assertThat(RequiredText.of("(send|got) (us )?tips?\\b")).containsExactly("tip");
    assertThat(RequiredText.of("ab+c")).containsExactly("ab");
  }

  @Test
  void takesTheGroupWhenItsLiteralsAreLonger() {
    assertThat(RequiredText.of("(cookies?|쿠키).*(accept|consent)")).containsExactly("accept", "consent");
    assertThat(RequiredText.of("^[^\\p{L}\\p{N}]*(share|partager)\\s*[:：]?$")).containsExactly("share", "partager");
    assertThat(RequiredText.of("\\(c\\)\\s*(19|20)\\d\\d")).containsExactly("(c)");
  }

  @Test
  void cannotTellWithoutALiteralInEveryAlternative() {
    assertThat(RequiredText.of("copyright|\\d{4}")).isNull();
    assertThat(RequiredText.of("[\\w.+-]+@x|\\(?\\d{2,4}\\)?")).isNull();
    assertThat(RequiredText.of("(?i)copyright")).isNull();
    assertThat(RequiredText.of("(?<=a)b")).containsExactly("b");
    assertThat(RequiredText.of("a(b")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Warning: this content is protected and cannot be copied", "© 2021 Example Media Group. All rights reserved.",
      "본 기사의 무단 전재 및 재배포를 금합니다", "Daftar judi online terpercaya 2024", "Share on WhatsApp",
      "Sign up for our daily newsletter", "뉴스레터 구독하기", "Got a news tip?", "Tel: +62 21 555 0199",
      "Listen to this article", "Your browser does not support the audio element; update your browser.",
      "相關新聞", "Leave a comment", "12 comments", "We use cookies to improve your experience. Accept all",
      "쿠키 설정에 동의합니다", "Privacy Policy", "Copying is disabled", "Read more", "더 보기", "Follow us on X"})
  void prechecksKeepEveryLineTheirPatternMatches(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (LineRules.Rule rule : LineRules.RULES) {
      if (rule.pattern().matcher(lower).find()) {
        assertThat(RequiredText.mayMatch(lower, rule.needs())).as(rule.reason()).isTrue();
      }
    }
  }

  @Test
  void caseFoldingMatchesLikeTheUnicodeCaseInsensitiveFlag() {
    Pattern flagged = Pattern.compile("published|mis à jour|发布", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    Pattern folded = Pattern.compile(TextNorm.caseFold("published|mis à jour|发布"));
    for (String s : new String[] {"PUBLISHED", "Publiſhed", "MIS À JOUR", "发布 2022", "PUBLİSHED", "publi\u0130shed"}) {
      assertThat(folded.matcher(TextNorm.caseFold(s)).find()).as(s).isEqualTo(flagged.matcher(s).find());
    }
  }
}
