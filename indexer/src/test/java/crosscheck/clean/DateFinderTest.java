package crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateFinderTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "입력 2022.10.18 (18:02) | 2022-10-18",
      "2022-10-18T18:02:46+09:00 | 2022-10-18",
      "2022/10/18 | 2022-10-18",
      "發佈時間：2022年10月18日 | 2022-10-18",
      "2022 年 10 月 18 日 | 2022-10-18",
      "2022년 10월 18일 오후 | 2022-10-18",
      "25 Oktober 2022 | 2022-10-25",
      "Selasa, 14 Mei 2024 10:05 WIB | 2024-05-14",
      "18 octobre 2022 | 2022-10-18",
      "Publié le 1er août 2023 | 2023-08-01",
      "October 18, 2022 | 2022-10-18",
      "Oct. 18, 2022 | 2022-10-18",
      "18 October 2022 | 2022-10-18",
      "Updated March 3rd, 2021 at noon | 2021-03-03"})
  void readsTheFiveLanguagesDates(String text, String iso) {
    assertThat(DateFinder.find(text)).isEqualTo(iso);
  }

  @ParameterizedTest
  @ValueSource(strings = {"On October 15th, a fire broke out", "10 月 15 號", "2022.13.40", "version 2.10.18",
      "February 30, 2022"})
  void ignoresDatesWithoutYearsAndImpossibleDates(String text) {
    assertThat(DateFinder.find(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"no year here", "in 1899 and 2100", "12 octobre", "page 19 20", "２０２２年"})
  void noDateWithoutAYear(String text) {
    assertThat(DateFinder.hasYear(text)).isFalse();
    assertThat(DateFinder.find(text)).isNull();
  }
}
