package crosscheck.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.compare.ComparedFact;
import crosscheck.compare.FactFilter;
import crosscheck.compare.FactSource;
import crosscheck.facts.Fact;
import crosscheck.compare.lucene.LuceneFactReader;
import crosscheck.lexicon.Lexicon;
import crosscheck.schema.Fields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexerTest {

  private static AnalyzerRegistry analyzers;
  private static Lexicon lexicon;

  @TempDir Path corpus;
  @TempDir Path index;

  @BeforeAll
  static void setUp() {
    analyzers = new AnalyzerRegistry();
    lexicon = Lexicon.builtIn(analyzers);
  }

  private IndexSummary run() throws IOException {
    return new CorpusIndexer(analyzers, lexicon, (a, m) -> List.of())
        .run(CorpusIndexer.Options.defaults(corpus, index), Progress.NONE);
  }

  private void write(String name, String text) throws IOException {
    Path file = corpus.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private long count(String field, String value) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(field, value)));
    }
  }

  private static final String EN = "River flooding closed the northern railway line for three days.\n\n"
      + "Engineers said the tracks would reopen once the water level had dropped below the warning mark.";
  private static final String FR = "Une panne d'électricité a privé la ville de métro pendant toute la matinée.\n\n"
      + "La régie des transports promet un remboursement des abonnements aux usagers concernés.";
  private static final String KO = "폭우로 지하철 운행이 이틀 동안 중단됐습니다.\n\n시는 피해 시민에게 보상하겠다고 밝혔습니다.";

  @Test
  void indexesOnceThenSkipsReplacesAndRemoves() throws IOException {
    write("en/flood.txt", EN);
    write("fr/panne.txt", FR);
    write("ko/rain.txt", KO);

    IndexSummary first = run();
    assertThat(first.count(Outcome.Status.INDEXED)).isEqualTo(3);
    assertThat(first.indexedByLanguage()).containsExactlyInAnyOrderEntriesOf(Map.of("en", 1L, "fr", 1L, "ko", 1L));
    assertThat(first.exitCode()).isZero();

    IndexSummary second = run();
    assertThat(second.count(Outcome.Status.UNCHANGED)).isEqualTo(3);
    assertThat(second.count(Outcome.Status.INDEXED)).isZero();

    write("en/flood.txt", EN + "\n\nThe line reopened on Friday morning.");
    Files.delete(corpus.resolve("fr/panne.txt"));
    write("en/second.txt", "A second storm is expected next week, forecasters warned on Monday evening.");
    IndexSummary third = run();
    assertThat(third.outcomes()).extracting(Outcome::path, Outcome::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple("en/flood.txt", Outcome.Status.INDEXED),
        org.assertj.core.groups.Tuple.tuple("en/second.txt", Outcome.Status.INDEXED),
        org.assertj.core.groups.Tuple.tuple("fr/panne.txt", Outcome.Status.REMOVED),
        org.assertj.core.groups.Tuple.tuple("ko/rain.txt", Outcome.Status.UNCHANGED));

    assertThat(count(Fields.TYPE, Fields.TYPE_ARTICLE)).isEqualTo(3);
    assertThat(count(Fields.ID, "en/flood.txt")).isEqualTo(1);
    assertThat(count(Fields.body("en"), "morn")).isEqualTo(1);
    assertThat(count(Fields.ID, "fr/panne.txt")).isZero();
  }

  @Test
  void aBrokenFileIsReportedAndTheRestIndexed() throws IOException {
    write("good.txt", EN);
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    IndexSummary summary = run();
    assertThat(summary.count(Outcome.Status.INDEXED)).isEqualTo(1);
    assertThat(summary.failures()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("empty.txt");
      assertThat(f.reason()).contains("empty");
    });
    assertThat(summary.exitCode()).isEqualTo(1);
    assertThat(summary.line()).contains("1 indexed (en 1)").contains("1 failed");
  }

  @Test
  void theManifestWinsOverWhatTheFileSays() throws IOException {
    write("flood.txt", EN);
    write(Manifest.FILE_NAME, "file\tsource\tpublished\n# a comment\nflood.txt\tRiver Times\t2024-05-02\n");
    IndexSummary summary = run();
    assertThat(summary.seen()).as("the manifest itself is not an article").isEqualTo(1);
    assertThat(count(Fields.SOURCE, "River Times")).isEqualTo(1);
    assertThat(count(Fields.PUBLISHED_MONTH, "2024-05")).isEqualTo(1);
  }

  @Test
  void eachFactKeepsTheLexiconMatchesOfItsSentenceAtTheirOffsetsInIt() throws IOException {
    write("a.txt", "A short intro line.\n\nThe fire at the Kakao data center cut off 2 million users for four days.");
    CorpusIndexer.create(analyzers, lexicon).run(CorpusIndexer.Options.defaults(corpus, index), Progress.NONE);
    try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      FactSource.Facts grouped = LuceneFactReader.read(searcher, FactFilter.ALL);
      int i = grouped.facts().indexOf(grouped.facts().stream().filter(f -> "users".equals(f.unit())).findFirst().orElseThrow());
      // grouping reads the mentions, not the sentence; the facts an answer shows are read again whole
      assertThat(grouped.facts().get(i).sentence()).isNull();
      ComparedFact users = LuceneFactReader.load(searcher, new int[] {grouped.refs()[i]}).get(0);
      assertThat(users.mentions()).isEqualTo(grouped.facts().get(i).mentions()).isNotNull();
      for (ComparedFact.Mention m : users.mentions()) {
        assertThat(m.start()).isBetween(0, users.sentence().length());
      }
      ComparedFact.Mention kakao = users.mentions().stream().filter(m -> m.id().equals("kakao")).findFirst().orElseThrow();
      assertThat(users.sentence().substring(kakao.start(), kakao.end())).isEqualTo("Kakao");
        // a filter that leaves out the article's first fact (which carries its story) still gives the story
      FactSource.Facts durations = LuceneFactReader.read(searcher, new FactFilter(List.of(), List.of(), List.of(Fact.Kind.DURATION)));
      assertThat(durations.facts()).isNotEmpty().allSatisfy(f -> assertThat(f.articleEntities()).contains("kakao"));
    }
  }

  @Test
  void aRunThatDiesLeavesThePreviousIndexReadable() throws IOException {
    write("a.txt", EN);
    run();
    write("b.txt", FR);
    write("a.txt", EN + "\n\nUpdated.");
    CorpusIndexer dying = new CorpusIndexer(analyzers, lexicon, (a, m) -> {
      throw new IllegalStateException("simulated crash");
    });
    assertThatThrownBy(() -> dying.run(CorpusIndexer.Options.defaults(corpus, index), Progress.NONE))
        .isInstanceOf(IOException.class);
    assertThat(count(Fields.TYPE, Fields.TYPE_ARTICLE)).isEqualTo(1);
    assertThat(count(Fields.body("en"), "updat")).isZero();
  }
}
