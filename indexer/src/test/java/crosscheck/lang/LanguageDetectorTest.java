package crosscheck.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

  private static final LanguageDetector DETECTOR = new LanguageDetector();

  static Path corpus() {
    return crosscheck.RepoPaths.corpus();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "zh-hant_kakao-outage-commentary.txt, zh-Hant",
      "id_straits-times-kakao-dependence.txt, id",
      "en_kakao-fire-shames-cyber-powerhouse.txt, en",
      "en_bfmtv-kakao-fire-translation.txt, en",
      "ko_kbs-et-kakao-200man-users.txt, ko",
  })
  void detectsTheFiveSeeds(String file, String expected) throws IOException {
    String text = Files.readString(corpus().resolve(file), StandardCharsets.UTF_8);
    assertThat(DETECTOR.detect(text).tag()).isEqualTo(expected);
  }

  @Test
  void tellsSimplifiedFromTraditional() {
    assertThat(DETECTOR.detect("数据中心发生火灾后，许多服务中断了四天，用户纷纷转向其他应用。").tag()).isEqualTo("zh-Hans");
    assertThat(DETECTOR.detect("數據中心發生火災後，許多服務中斷了四天，用戶紛紛轉向其他應用。").tag()).isEqualTo("zh-Hant");
  }

  @Test
  void oneTraditionalOnlyCharacterMakesAShortTextTraditional() {
    assertThat(DETECTOR.detect("資料中心").tag()).isEqualTo("zh-Hant");
    assertThat(DETECTOR.detect("资料中心").tag()).isEqualTo("zh-Hans");
    // 俱 and 著 change under the folding but are characters of Simplified text too.
    assertThat(DETECTOR.detect("著名的俱乐部").tag()).isEqualTo("zh-Hans");
  }

  @Test
  void detectsFrenchAndFoldsMalayIntoIndonesian() {
    assertThat(DETECTOR.detect("L'incendie du centre de données a privé des millions d'habitants de leur messagerie pendant plusieurs jours.").code())
        .isEqualTo("fr");
    assertThat(DETECTOR.detect("Kebakaran di pusat data itu menyebabkan gangguan layanan selama beberapa hari dan jutaan pengguna terdampak.").code())
        .isEqualTo("id");
  }

  @Test
  void shortTextsAreDecidedByTheirFunctionWords() {
    assertThat(DETECTOR.detect("Sebuah pabrik di kota itu terbakar pada malam hari dan api padam setelah enam jam.").code())
        .isEqualTo("id");
    assertThat(DETECTOR.detect("Le pont est fermé pour la journée.").code()).isEqualTo("fr");
  }

  @Test
  void textWithoutLettersIsUndetermined() {
    assertThat(DETECTOR.detect("12 345 — 67 %")).isEqualTo(Language.UNDETERMINED);
  }
}
