package crosscheck.compare;

import static crosscheck.compare.FactBuilder.fact;
import static crosscheck.facts.Fact.Kind.COUNT;
import static crosscheck.facts.Fact.Kind.DATE;
import static crosscheck.facts.Fact.Kind.DURATION;
import static crosscheck.facts.Fact.Kind.PERCENT;
import static crosscheck.facts.Fact.Qualifier.ABOUT;
import static crosscheck.facts.Fact.Qualifier.MORE_THAN;
import static crosscheck.facts.Fact.Qualifier.NEARLY;
import static crosscheck.facts.Fact.Qualifier.UP_TO;
import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.facts.Fact;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictRuleTest {

  private static Agreement agreement(Fact.Kind kind, FactBuilder... facts) {
    return ConflictRule.agreement(kind, List.of(facts).stream().map(FactBuilder::build).toList());
  }

  @Test
  void aboutTwoMillionAndTwoMillionAgree() {
    Agreement a = agreement(COUNT, fact("Straits Times", COUNT, "2000000").qualifier(ABOUT), fact("KBS", COUNT, "2000000"));
    assertThat(a.conflict()).isFalse();
    assertThat(a.sources()).isEqualTo(2);
    assertThat(a.reason()).isEqualTo("both sources report 2 million, some as an approximation");
  }

  @Test
  void twoMillionAndEightMillionConflict() {
    Agreement a = agreement(COUNT, fact("Chinese outlet", COUNT, "8000000"), fact("KBS", COUNT, "2000000"),
        fact("Straits Times", COUNT, "2000000").qualifier(ABOUT));
    assertThat(a.conflict()).isTrue();
    assertThat(a.reason()).startsWith("Chinese outlet says 8 million, KBS says 2 million: 75% apart")
        .endsWith("(2 of 3 pairs of sources disagree)");
    assertThat(a.min()).isEqualTo(new BigDecimal("2000000"));
    assertThat(a.max()).isEqualTo(new BigDecimal("8000000"));
    assertThat(a.median()).isEqualTo(new BigDecimal("2000000"));
  }

  @Test
  void moreThanTenHoursAndFourDaysAreNotNecessarilyAConflict() {
    Agreement a = agreement(DURATION, fact("Chinese outlet (en)", DURATION, "36000").qualifier(MORE_THAN),
        fact("KBS", DURATION, "345600"));
    assertThat(a.conflict()).isFalse();
    assertThat(a.reason()).isEqualTo(
        "not necessarily a conflict: “more than 10 hours” (Chinese outlet (en)) is a lower bound, which 4 days satisfies");
  }

  @Test
  void aSourceThatGivesTwoFiguresAgreesWithEitherAndTheReasonSaysSo() {
    Agreement a = agreement(DURATION, fact("Straits Times", DURATION, "36000"), fact("Straits Times", DURATION, "345600"),
        fact("KBS", DURATION, "345600"));
    assertThat(a.conflict()).isFalse();
    assertThat(a.reason()).contains("Straits Times itself gives 10 hours and 4 days");
  }

  @Test
  void roundingOfChineseMyriadsAndEnglishMillionsIsTheSameValue() {
    // 4750萬 and "47.5 million" are both normalised to 47,500,000
    Agreement a = agreement(COUNT, fact("zh", COUNT, "47500000").lang("zh"), fact("en", COUNT, "47.5E6"));
    assertThat(a.conflict()).isFalse();
    assertThat(a.reason()).isEqualTo("both sources report 47.5 million");
  }

  @Test
  void aRoundFigureAllowsHalfItsLastDigit() {
    Agreement round = agreement(COUNT, fact("Straits Times", COUNT, "50000000"), fact("zh", COUNT, "51750000"),
        fact("BFM", COUNT, "52000000"));
    assertThat(round.conflict()).isFalse();
    assertThat(round.reason()).contains("“50 million” (Straits Times) is a round figure (to the nearest 10 million)");
    // 47.5 million is precise to 100,000: 43 million is beyond it
    assertThat(agreement(COUNT, fact("zh", COUNT, "47500000"), fact("en", COUNT, "43000000")).conflict()).isTrue();
    assertThat(agreement(COUNT, fact("zh", COUNT, "47500000"), fact("en", COUNT, "47000000")).conflict()).isFalse();
  }

  @Test
  void durationsInDifferentUnitsOfTimeAreCompared() {
    assertThat(agreement(DURATION, fact("a", DURATION, "345600"), fact("b", DURATION, "" + 96 * 3600)).reason())
        .isEqualTo("both sources report 4 days");
    assertThat(agreement(DURATION, fact("a", DURATION, "36000"), fact("b", DURATION, "" + 600 * 60)).conflict()).isFalse();
    // "4 days" is rounded to the day: 3 days is a conflict, 4 days and 90 hours are not
    assertThat(agreement(DURATION, fact("a", DURATION, "345600"), fact("b", DURATION, "259200")).conflict()).isTrue();
    assertThat(agreement(DURATION, fact("a", DURATION, "345600"), fact("b", DURATION, "" + 90 * 3600)).conflict()).isFalse();
  }

  @Test
  void boundsAndApproximations() {
    assertThat(agreement(PERCENT, fact("a", PERCENT, "6").qualifier(NEARLY), fact("b", PERCENT, "5.8")).conflict()).isFalse();
    assertThat(agreement(PERCENT, fact("a", PERCENT, "6").qualifier(NEARLY), fact("b", PERCENT, "6.5")).conflict()).isTrue();
    assertThat(agreement(COUNT, fact("a", COUNT, "1000").qualifier(UP_TO), fact("b", COUNT, "700")).reason())
        .contains("is an upper bound, which 700 satisfies");
    assertThat(agreement(COUNT, fact("a", COUNT, "1000").qualifier(UP_TO), fact("b", COUNT, "1700")).conflict()).isTrue();
  }

  @Test
  void datesAgreeOnlyOnTheSameDay() {
    Agreement same = agreement(DATE, fact("a", DATE, "2022-10-15"), fact("b", DATE, "2022-10-15"), fact("c", DATE, "2022-10-15"));
    assertThat(same.conflict()).isFalse();
    assertThat(same.reason()).isEqualTo("all 3 sources report 15 October 2022");
    assertThat(same.median()).isEqualTo("2022-10-15");
    Agreement other = agreement(DATE, fact("a", DATE, "2022-10-15"), fact("b", DATE, "2022-10-16"));
    assertThat(other.conflict()).isTrue();
    assertThat(other.reason()).contains("different days");
  }

  @Test
  void oneSourceIsNoConflict() {
    Agreement a = agreement(COUNT, fact("KBS", COUNT, "2000000"), fact("KBS", COUNT, "3000000"));
    assertThat(a.conflict()).isFalse();
    assertThat(a.sources()).isEqualTo(1);
    assertThat(a.reason()).isEqualTo("only one source reports it: KBS");
  }
}
