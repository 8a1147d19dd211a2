package crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.facts.Fact;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayTest {

  @ParameterizedTest(name = "{0} {1} → {3}")
  @CsvSource(delimiter = '|', value = {
      "COUNT    | 47500000      |     | 47.5 million",
      "COUNT    | 51750000      |     | 51.75 million",
      "COUNT    | 32000         |     | 32,000",
      "COUNT    | 1234567       |     | 1,234,567",
      "COUNT    | 11000000000   |     | 11 billion",
      "PERCENT  | 96.1          | %   | 96.1%",
      "DURATION | 345600        | s   | 4 days",
      "DURATION | 36000         | s   | 10 hours",
      "DURATION | 86400         | s   | 1 day",
      "DURATION | 5400          | s   | 1.5 hours",
      "MONEY    | 860000000     | USD | USD 860 million",
      "MONEY    | 2550000000000 | KRW | KRW 2.55 trillion",
  })
  void oneFormatForEveryLanguage(Fact.Kind kind, String value, String unit, String expected) {
    assertThat(Display.value(kind, new BigDecimal(value), null, unit)).isEqualTo(expected);
  }

  @Test
  void datesAndQualifiers() {
    assertThat(Display.value(Fact.Kind.DATE, BigDecimal.ZERO, "2022-10-15", null)).isEqualTo("15 October 2022");
    assertThat(Display.withQualifier(Fact.Qualifier.MORE_THAN, "10 hours")).isEqualTo("more than 10 hours");
    assertThat(Display.withQualifier(Fact.Qualifier.EXACT, "10 hours")).isEqualTo("10 hours");
  }
}
