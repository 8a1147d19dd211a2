package crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.index.CorpusIndexer;
import crosscheck.index.Progress;
import crosscheck.lexicon.Lexicon;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code crosscheck-indexer compare} over the shipped corpus, run as the command line runs it. */
class CompareCommandTest {

  @TempDir static Path work;
  private static Path index;

  @BeforeAll
  static void indexTheCorpus() throws IOException {
    index = work.resolve("index");
    AnalyzerRegistry analyzers = new AnalyzerRegistry();
    CorpusIndexer.create(analyzers, Lexicon.builtIn(analyzers))
        .run(CorpusIndexer.Options.defaults(repoRoot().resolve("corpus"), index), Progress.NONE);
  }

  private static Path repoRoot() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("corpus")) && Files.exists(d.resolve("pom.xml"))) {
        return d;
      }
    }
    throw new IllegalStateException("no repository root with corpus/");
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = IndexerCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void aQuestionPrintsTheGroupsAsATableWithoutCorpusOption() {
    Run r = run("compare", "--index", index.toString(), "users", "lost");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("question: users lost", "== users: loss", "CONFLICT", "8 million", "2 million", "800 萬");
    assertThat(r.err()).contains("crosscheck-indexer compare: index=");
  }

  @Test
  void withoutAQuestionItPrintsTheOverview() {
    Run r = run("compare", "--index", index.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("== users: loss", "== users —", "duration: ", "people: population", "lower bound");
    assertThat(r.out().indexOf("CONFLICT")).isLessThan(r.out().indexOf("no conflict"));
  }

  @Test
  void csvForScripts() {
    Run r = run("compare", "--index", index.toString(), "--format", "csv", "--lang", "zh,ko", "用户流失");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("group,kind,unit,value,display,qualifier,lang,source,title,sentence,conflict,doc\r\n")
        .contains(",8000000,8 million,exact,zh,", ",2000000,2 million,exact,ko,").doesNotContain(",id,");
  }

  @Test
  void badUsageExitsWithTwoAndAMissingIndexWithOne() {
    assertThat(run("compare", "--index", index.toString(), "--kind", "weight", "users").exit()).isEqualTo(2);
    assertThat(run("compare", "--index", index.toString(), "--format", "xlsx").exit()).isEqualTo(2);
    assertThat(run("compare", "--index", work.resolve("nothing-here").toString(), "users").exit()).isEqualTo(1);
    Run noCorpus = run("--index", index.toString());
    assertThat(noCorpus.exit()).isEqualTo(2);
    assertThat(noCorpus.err()).contains("--corpus");
  }
}
