package crosscheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.compare.ComparedFact;
import crosscheck.facts.Fact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonJsonTest {

  private static ComparedFact fact(String article, String source) {
    return new ComparedFact(article, "t", "en", source, List.of(), List.of(), "2022-10-16", Fact.Kind.COUNT,
        BigDecimal.TEN, null, "users", Fact.Qualifier.EXACT, List.of("users"), List.of(), "10", 0, 2, "10 users.", 0);
  }

  @Test
  void aLargeGroupShowsEverySourceFirstThenTheOthersInTheirOrder() {
    List<ComparedFact> facts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      facts.add(fact("a" + i, "Big Wire"));
    }
    facts.add(fact("b", "Small Daily"));
    facts.add(fact("c", "Weekly"));
    List<ComparedFact> shown = ComparisonJson.shown(facts, 4);
    assertThat(shown).extracting(ComparedFact::articleId).containsExactly("a0", "a1", "b", "c");
  }

  @Test
  void aSmallGroupIsShownWhole() {
    List<ComparedFact> facts = List.of(fact("a", "X"), fact("b", "X"));
    assertThat(ComparisonJson.shown(facts, 4)).isSameAs(facts);
  }
}
