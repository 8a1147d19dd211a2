package crosscheck.compare;

import static crosscheck.compare.FactBuilder.fact;
import static crosscheck.facts.Fact.Kind.COUNT;
import static crosscheck.facts.Fact.Kind.DURATION;
import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What an answer shows of its groups, read again from a source that keeps its facts in a list per version. */
class FactComparisonTest {

  private static Lexicon lexicon;

  @BeforeAll
  static void lexicon() {
    lexicon = Lexicon.builtIn(new AnalyzerRegistry());
  }

  /** Facts in memory; a ref is a position in the list of the version; {@link #change} makes a new version. */
  private static class Listed implements FactSource {
    private final List<List<ComparedFact>> versions = new ArrayList<>();
    int reads;

    Listed(List<ComparedFact> facts) {
      versions.add(facts);
    }

    void change(List<ComparedFact> facts) {
      versions.add(facts);
    }

    @Override
    public Facts facts(FactFilter filter) {
      reads++;
      List<ComparedFact> facts = versions.get(versions.size() - 1);
      return new Facts(version(), facts, IntStream.range(0, facts.size()).toArray());
    }

    @Override
    public long version() {
      return versions.size() - 1;
    }

    @Override
    public Optional<List<ComparedFact>> load(long version, int[] refs) {
      if (version != version()) {
        return Optional.empty();
      }
      return Optional.of(IntStream.of(refs).mapToObj(versions.get((int) version)::get).toList());
    }
  }

  /** A source whose index changes between grouping and the first reading of facts for an answer. */
  private static final class ChangingOnRead extends Listed {
    private final List<ComparedFact> next;
    private boolean changed;

    ChangingOnRead(List<ComparedFact> first, List<ComparedFact> next) {
      super(first);
      this.next = next;
    }

    @Override
    public Optional<List<ComparedFact>> load(long version, int[] refs) {
      if (!changed) {
        changed = true;
        change(next);
      }
      return super.load(version, refs);
    }
  }

  private static ComparedFact users(String article, String source) {
    return fact(source, COUNT, "10").article(article).unit("users").build();
  }

  private static List<ComparedFact> wireAndTwoOthers() {
    List<ComparedFact> facts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      facts.add(users("a" + i, "Big Wire"));
    }
    facts.add(users("b", "Small Daily"));
    facts.add(users("c", "Weekly"));
    return facts;
  }

  @Test
  void aCountOfTheThingAskedAboutComesBeforeWiderGroupsThatOnlyMentionIt() {
    List<ComparedFact> facts = new ArrayList<>();
    for (String source : List.of("A", "B", "C")) {
      facts.add(fact(source, DURATION, "345600").unit("s").concepts("outage", "servers").build());
    }
    facts.add(fact("D", COUNT, "32000").unit("servers").concepts("outage").build());
    List<FactGroup> groups = new FactComparison(new Listed(facts), lexicon).compare("servers", FactFilter.ALL, 4).groups();
    assertThat(groups).extracting(FactGroup::unit).containsExactly("servers", "s");
  }

  @Test
  void aLargeGroupShowsEverySourceFirstThenTheOthersInTheirOrder() {
    FactComparison comparison = new FactComparison(new Listed(wireAndTwoOthers()), lexicon);
    FactGroup g = comparison.overview(FactFilter.ALL, 4).groups().get(0);
    assertThat(g.facts()).extracting(ComparedFact::articleId).containsExactly("a0", "a1", "b", "c");
    assertThat(g.factCount()).isEqualTo(12);
    assertThat(g.agreement().sources()).isEqualTo(3);
  }

  @Test
  void aSmallGroupIsShownWhole() {
    FactComparison comparison = new FactComparison(new Listed(List.of(users("a", "X"), users("b", "Y"))), lexicon);
    FactGroup g = comparison.overview(FactFilter.ALL, 4).groups().get(0);
    assertThat(g.facts()).extracting(ComparedFact::articleId).containsExactly("a", "b");
    assertThat(g.factCount()).isEqualTo(2);
  }

  @Test
  void theGroupsAreKeptPerVersionAndTheFactsReadFromTheirOwn() {
    Listed source = new Listed(wireAndTwoOthers());
    FactComparison comparison = new FactComparison(source, lexicon);
    comparison.prepare(FactFilter.ALL);
    comparison.overview(FactFilter.ALL, FactComparison.SHOWN);
    assertThat(source.reads).isEqualTo(1);
    source.change(List.of(users("x", "X"), users("y", "Y")));
    FactGroup g = comparison.overview(FactFilter.ALL, FactComparison.SHOWN).groups().get(0);
    assertThat(g.facts()).extracting(ComparedFact::articleId).containsExactly("x", "y");
    assertThat(source.reads).isEqualTo(2);
  }

  @Test
  void factsThatChangedWhileBeingReadAreGroupedAgain() {
    ChangingOnRead source = new ChangingOnRead(wireAndTwoOthers(), List.of(users("x", "X"), users("y", "Y")));
    FactGroup g = new FactComparison(source, lexicon).overview(FactFilter.ALL, FactComparison.SHOWN).groups().get(0);
    assertThat(g.facts()).extracting(ComparedFact::articleId).containsExactly("x", "y");
    assertThat(source.reads).isEqualTo(2);
  }
}
