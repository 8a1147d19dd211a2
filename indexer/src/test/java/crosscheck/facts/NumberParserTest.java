package crosscheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.fixtures.Fixtures;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The grammar rules of the number normaliser and the readings they must not take, on spans written for this test
 * ({@code fixtures/number-rules.tsv}), each read whole as in normalizer mode.
 */
class NumberParserTest {

  private static final NumberParser NUMBERS = new NumberParser();
  private static final QuantityScanner QUANTITIES = new QuantityScanner(NUMBERS);

  @Test
  void rulesAndNegatives() {
    int rows = 0;
    for (String[] c : Fixtures.rows("number-rules.tsv")) {
      String lang = c[0];
      String span = c[2];
      switch (c[1]) {
        case "number" -> check(span, NUMBERS.parse(span, lang), c[3]);
        case "ordinal" -> check(span, NUMBERS.parseOrdinal(span, lang), c[3]);
        default -> {
          String[] want = c[3].split(" ");
          Optional<Quantity> q = QUANTITIES.parse(span, lang);
          assertThat(q).as(span).isPresent();
          assertThat(q.get().kind().name().toLowerCase(Locale.ROOT)).as(span).isEqualTo(want[0]);
          assertThat(q.get().value()).as(span).isEqualByComparingTo(new BigDecimal(want[1]));
          assertThat(q.get().unit()).as(span).isEqualTo(want[2]);
        }
      }
      rows++;
    }
    assertThat(rows).isGreaterThan(50);
  }

  private static void check(String span, Optional<BigDecimal> got, String expected) {
    if (expected.equals("none")) {
      assertThat(got).as(span).isEmpty();
      return;
    }
    assertThat(got).as(span).isPresent();
    assertThat(got.get().round(MathContext.DECIMAL64)).as(span).isEqualByComparingTo(new BigDecimal(expected).round(MathContext.DECIMAL64));
  }
}
