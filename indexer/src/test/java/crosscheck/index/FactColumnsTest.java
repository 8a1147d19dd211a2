package crosscheck.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactColumnsTest {

  private static FactColumns columns(List<String> storyEntities, List<String> storyConcepts, String source, String mentions) {
    return new FactColumns("news/a.txt", "ko", source, "count", "2000000", "users", "about", List.of("loss", "users"),
        List.of("kakao"), "약 2백만 명", 120, 128, -1, mentions, "2022-10", storyEntities, storyConcepts);
  }

  @Test
  void everyColumnComesBackAsWritten() {
    FactColumns c = columns(List.of("kakao", "naver"), List.of("fire"), "KBS", "kakao\t0\t3\nusers\t10\t13");
    assertThat(FactColumns.decode(c.encode(), id -> true)).isEqualTo(c);
  }

  @Test
  void nullsAndAMissingStoryComeBackAsNull() {
    FactColumns c = columns(null, null, null, null);
    assertThat(FactColumns.decode(c.encode(), id -> true)).isEqualTo(c);
  }

  @Test
  void aReaderThatKnowsTheArticleSkipsItsStory() {
    FactColumns c = columns(List.of("kakao"), List.of(), "KBS", "");
    FactColumns read = FactColumns.decode(c.encode(), id -> !id.equals("news/a.txt"));
    assertThat(read.storyEntities()).isNull();
    assertThat(read.mentions()).isEmpty();
    assertThat(read.text()).isEqualTo("약 2백만 명");
  }
}
