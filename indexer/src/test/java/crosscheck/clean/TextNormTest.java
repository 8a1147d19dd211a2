package crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormTest {

  @Test
  void foldsFullWidthLettersAndDigitsOnly() {
    assertThat(TextNorm.line("ＫＡＫＡＯ　２０２２年，市占９６．１％。"))
        .isEqualTo("KAKAO 2022年，市占96.1%。");
  }

  @Test
  void keepsWhatFullNfkcWouldRewrite() {
    assertThat(TextNorm.line("① ㈜카카오 ﬁre")).isEqualTo("① ㈜카카오 ﬁre");
  }

  @Test
  void removesInvisiblesAndCollapsesSpaces() {
    assertThat(TextNorm.line("\uFEFF a\u200Bb\u00A0\u00A0c\u00AD ")).isEqualTo("ab c");
  }
}
