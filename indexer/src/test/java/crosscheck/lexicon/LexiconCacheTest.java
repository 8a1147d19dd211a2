package crosscheck.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.analysis.AnalyzerRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconCacheTest {

  private static final List<String[]> SAMPLES = List.of(
      new String[] {"數據中心著火，카카오 서비스가 중단되었다", "zh"},
      new String[] {"데이터센터 화재로 카카오톡 장애", "ko"},
      new String[] {"Kebakaran pusat data SK C&C di Pangyo", "id"},
      new String[] {"The government declared a state of emergency after the data center fire", "en"},
      new String[] {"L'incendie du centre de données de SK C&C", "fr"});

  private static AnalyzerRegistry analyzers;
  private static Lexicon uncached;

  @BeforeAll
  static void load() {
    analyzers = new AnalyzerRegistry();
    uncached = Lexicon.builtIn(analyzers);
  }

  private static void assertSameAsUncached(Lexicon lexicon) {
    for (String[] s : SAMPLES) {
      assertThat(lexicon.find(s[0], s[1])).as(s[0]).isEqualTo(uncached.find(s[0], s[1]));
    }
    assertThat(lexicon.resolveName("Yun Seok-yol")).isEqualTo(uncached.resolveName("Yun Seok-yol"));
  }

  @Test
  void aMissingCacheIsWrittenAndThenServesEveryTerm(@TempDir Path dir) {
    Path file = dir.resolve("index").resolve("lexicon.cache");
    LexiconCache.Loaded first = Lexicon.load(analyzers, List.of(), file);
    assertThat(first.outcome()).isEqualTo(LexiconCache.Outcome.MISSING);
    assertThat(first.analysedTerms()).isPositive();
    assertThat(first.writeError()).isNull();
    assertThat(file).exists();
    assertSameAsUncached(first.lexicon());

    LexiconCache.Loaded second = Lexicon.load(analyzers, List.of(), file);
    assertThat(second.outcome()).isEqualTo(LexiconCache.Outcome.HIT);
    assertThat(second.analysedTerms()).isZero();
    assertSameAsUncached(second.lexicon());
  }

  @Test
  void aCacheOfAnotherAnalysisIsRebuilt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("lexicon.cache");
    byte[] other = LexiconCache.fingerprint();
    other[0] ^= 1;
    // a wrong analysis of a term the lexicon has: must not be used
    LexiconCache.write(file, other, new LexiconCache.Contents(
        Map.of("en\tfire", List.of(new Lexicon.Token("water", 0, 1, 0, 4))), Map.of("Kakao", "zzzz")));
    LexiconCache.Loaded loaded = Lexicon.load(analyzers, List.of(), file);
    assertThat(loaded.outcome()).isEqualTo(LexiconCache.Outcome.STALE);
    assertSameAsUncached(loaded.lexicon());
    assertThat(Lexicon.load(analyzers, List.of(), file).outcome()).isEqualTo(LexiconCache.Outcome.HIT);
  }

  @Test
  void aCorruptCacheIsIgnoredAndRewritten(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("lexicon.cache");
    Lexicon.load(analyzers, List.of(), file);
    byte[] bytes = Files.readAllBytes(file);
    for (byte[] damaged : List.of(
        Arrays.copyOf(bytes, bytes.length / 2),
        flipped(bytes, bytes.length / 3),
        new byte[0],
        "not a cache at all".getBytes(StandardCharsets.UTF_8))) {
      Files.write(file, damaged);
      LexiconCache.Loaded loaded = Lexicon.load(analyzers, List.of(), file);
      assertThat(loaded.outcome()).isEqualTo(LexiconCache.Outcome.CORRUPT);
      assertSameAsUncached(loaded.lexicon());
      assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }
  }

  @Test
  void termsOfANewUserFileAreAnalysedAndAdded(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("lexicon.cache");
    Lexicon.load(analyzers, List.of(), file);
    Path user = dir.resolve("my-concepts.tsv");
    Files.writeString(user, "id\ttype\tzh\tko\tid\ten\tfr\noutage\t\t\t\t\tkaput\t\n", StandardCharsets.UTF_8);
    LexiconCache.Loaded loaded = Lexicon.load(analyzers, List.of(user), file);
    assertThat(loaded.outcome()).isEqualTo(LexiconCache.Outcome.UPDATED);
    assertThat(loaded.analysedTerms()).isPositive();
    assertThat(loaded.lexicon().find("the app is kaput", "en")).extracting(m -> m.entry().id()).contains("outage");
    assertThat(Lexicon.load(analyzers, List.of(user), file).outcome()).isEqualTo(LexiconCache.Outcome.HIT);
  }

  @Test
  void aCacheThatCannotBeWrittenStillGivesTheLexicon(@TempDir Path dir) throws IOException {
    Path notADirectory = Files.writeString(dir.resolve("file"), "x", StandardCharsets.UTF_8);
    LexiconCache.Loaded loaded = Lexicon.load(analyzers, List.of(), notADirectory.resolve("lexicon.cache"));
    assertThat(loaded.writeError()).isNotNull();
    assertThat(loaded.line()).contains("not written");
    assertSameAsUncached(loaded.lexicon());
  }

  private static byte[] flipped(byte[] bytes, int at) {
    byte[] copy = bytes.clone();
    copy[at] ^= 0x20;
    return copy;
  }
}
