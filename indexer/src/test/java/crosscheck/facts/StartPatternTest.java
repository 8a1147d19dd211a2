package crosscheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The first-char filter of {@link StartPattern} and the char look-up of {@link CharTable}. */
class StartPatternTest {

  /** Texts with unit words after numbers and plenty that is none, in each script. */
  private static final List<String> TEXTS = List.of(
      "about 40 percent of 3 million users, 12 days ago, 5 people and 45 servers; 3 times in 2021",
      "서비스 장애로 4천7백만 명 중 2백만 명이 이탈했고 3일간 110억 원, 30% 하락, 5 번째",
      "用戶總量已達 3600 萬，近 4 成，十個百分點，三天後，八千萬人次，3年前",
      "sekitar 2 juta pengguna, 40 persen, 3 hari lalu, 10 orang",
      "15 000 utilisateurs, 20 pour cent, 3 jours plus tôt, 4 fois");

  @Test
  void skipsOnlyOffsetsWhereNoMatchStarts() {
    for (String lang : List.of("zh", "ko", "id", "en", "fr")) {
      Units u = Units.of(lang);
      for (StartPattern p : List.of(u.percent, u.duration, u.counter, u.notCount, u.relative)) {
        int skipped = 0;
        for (String text : TEXTS) {
          String folded = TextForms.fold(text);
          for (int at = 0; at <= folded.length(); at++) {
            boolean matches = p.matcher(folded).region(at, folded.length()).lookingAt();
            boolean may = p.mayStartAt(folded, at);
            assertThat(!matches || may).as(lang + " " + p.pattern() + " at " + at + " of " + text).isTrue();
            assertThat(p.lookingAt(p.matcher(folded), folded, at)).isEqualTo(matches);
            assertThat(p.at(folded, at) != null).isEqualTo(matches);
            skipped += may ? 0 : 1;
          }
        }
        // The filter is only worth having when it skips most offsets.
        assertThat(skipped).as(lang + " " + p.pattern()).isGreaterThan(TEXTS.stream().mapToInt(String::length).sum() / 2);
      }
    }
  }

  @Test
  void looksLongerPrefixesUpWhenTheFirstCharIsNotEnough() {
    StartPattern percent = new StartPattern("\\s?(?:%|percent)(?![a-z])");
    assertThat(percent.mayStartAt(" percent", 0)).isTrue();
    assertThat(percent.mayStartAt(" points", 0)).isFalse();
    // three chars at most are looked at: " people" shares " pe" with " percent"
    assertThat(percent.mayStartAt(" people", 0)).isTrue();
    assertThat(percent.mayStartAt(" pe", 0)).isTrue();
    assertThat(percent.mayStartAt("x%", 0)).isFalse();
    assertThat(percent.mayStartAt("abc", 3)).isTrue();
  }

  @Test
  void charTableFindsEveryKeyAndNothingElse() {
    CharTable<Integer> t = CharTable.of(Map.of('일', 1, '이', 2, '十', 10, 'a', 97));
    assertThat(t.get('일')).isEqualTo(1);
    assertThat(t.get('十')).isEqualTo(10);
    assertThat(t.get('a')).isEqualTo(97);
    assertThat(t.containsKey('삼')).isFalse();
    assertThat(t.get('b')).isNull();
    assertThat(t.keys()).hasSize(4).contains("일", "이", "十", "a");
  }
}
