package crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparisonCsvTest {

  @Test
  void quotesOnlyWhatRfc4180Requires() {
    assertThat(ComparisonCsv.quote("plain")).isEqualTo("plain");
    assertThat(ComparisonCsv.quote("a, b")).isEqualTo("\"a, b\"");
    assertThat(ComparisonCsv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ComparisonCsv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(ComparisonCsv.quote("用戶直接流失 800 萬")).isEqualTo("用戶直接流失 800 萬");
  }

  @Test
  void articleTextIsNeverAFormula() {
    assertThat(ComparisonCsv.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(ComparisonCsv.text("@SUM(A1)")).startsWith("'");
    assertThat(ComparisonCsv.text("Kakao")).isEqualTo("Kakao");
  }
}
