package crosscheck.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void hanNameInEitherScriptMatchesItsPinyin() {
    assertThat(NameKey.key("尹錫悅")).isEqualTo(NameKey.key("Yin Xiyue")).isEqualTo("insiue");
    assertThat(NameKey.same("尹锡悦", "Yin Xiyue")).isTrue();
    assertThat(NameKey.same("習近平", "Xi Jinping")).isTrue();
  }

  @Test
  void hangulNameMatchesItsUsualRomanisations() {
    assertThat(NameKey.key("윤석열")).isEqualTo(NameKey.key("Yoon Suk-yeol")).isEqualTo("iunsugiul");
    assertThat(NameKey.same("남궁훈", "Namkoong Whon")).isTrue();
    assertThat(NameKey.same("홍은택", "Hong Eun-taek")).isTrue();
    assertThat(NameKey.same("한덕수", "Han Duck-soo")).isTrue();
    assertThat(NameKey.same("박홍근", "Park Hong-geun")).isTrue();
    assertThat(NameKey.same("이재명", "Lee Jae-myung")).isTrue();
  }

  @Test
  void ignoresCaseSpacesHyphensAndDiacritics() {
    assertThat(NameKey.key("SÉOUL")).isEqualTo(NameKey.key("seoul")).isEqualTo(NameKey.key("서울"));
    assertThat(NameKey.key("Kim Beom-su")).isEqualTo(NameKey.key("kim beomsu")).isEqualTo(NameKey.key("KIM  Beom Su"));
  }

  @Test
  void foldsSpellingVariantsOfOneName() {
    assertThat(NameKey.same("Kim Beom-su", "Kim Bum-soo")).isTrue();
    assertThat(NameKey.same("Yoon Suk-yeol", "Yun Seok-yol")).isTrue();
    assertThat(NameKey.same("Namkoong Whon", "Namgung Hun")).isTrue();
  }

  @Test
  void differentNamesKeepDifferentKeys() {
    assertThat(NameKey.same("김범수", "김범석")).isFalse();
    assertThat(NameKey.same("Kim Beom-su", "Kim Beom-seok")).isFalse();
    assertThat(NameKey.same("윤석열", "이재명")).isFalse();
    assertThat(NameKey.same("Han Duck-soo", "Hong Eun-taek")).isFalse();
  }

  @Test
  void aNameWithoutLettersHasAnEmptyKeyThatMatchesNothing() {
    assertThat(NameKey.key("2022 — !")).isEmpty();
    assertThat(NameKey.same("", "")).isFalse();
  }
}
