package crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Headlines made from a first line when a file has none of its own. */
class TitleFromTest {

  @Test
  void aShortLineIsTheHeadline() {
    assertThat(Cleaner.titleFrom("■ 河堤修复工程提前完工")).isEqualTo("河堤修复工程提前完工");
  }

  @Test
  void aParagraphGivesItsFirstSentence() {
    String line = "The old ferry terminal reopened on Monday after two years of repairs. " + "Passengers ".repeat(20);
    assertThat(Cleaner.titleFrom(line)).isEqualTo("The old ferry terminal reopened on Monday after two years of repairs.");
  }

  @Test
  void aChineseParagraphWithALongFirstSentenceGivesItsFirstClauses() {
    String line = "在這座海港城市,有一條老渡輪航線:它連接了兩岸的漁村與市場;它從木船時代開始營運,"
        + "經歷了颱風、戰亂與城市擴張等各種考驗;如今每天仍有數千名乘客往返,被居民稱為“城市的脈搏”。"
        + "然而,維修經費長期不足,讓這條航線的未來充滿變數。";
    assertThat(Cleaner.titleFrom(line)).isEqualTo("在這座海港城市,有一條老渡輪航線:它連接了兩岸的漁村與市場");
  }

  @Test
  void aParagraphWithNoBreakIsCutWithAnEllipsis() {
    String title = Cleaner.titleFrom("word ".repeat(60));
    assertThat(title).endsWith("…").hasSizeLessThanOrEqualTo(81);
  }
}
