package crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.fixtures.Fixtures;
import crosscheck.parse.HostileFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The indexing command as a user runs it: exit codes, messages and the summary. */
class IndexerCliTest {

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = IndexerCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void badUsageExitsTwoWithAMessageAndNoStackTrace() {
    Run missing = run("--index", dir.resolve("idx").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("--corpus").doesNotContain("Exception", "\tat ");
    Run unknown = run("--corpus", dir.toString(), "--bogus");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("--bogus");
  }

  @Test
  void explainShowsWhatTheCleanerDropped() throws IOException {
    Path page = Files.writeString(dir.resolve("page.txt"),
        "A storm closed the harbour for two days, the port authority said on Monday.\n\n"
            + "Ferries resumed on Wednesday morning after the wind dropped.\n\nerror: Content is protected !!\n",
        StandardCharsets.UTF_8);
    Run explain = run("explain", page.toString());
    assertThat(explain.exit()).isZero();
    assertThat(explain.out()).contains("Content is protected").contains("Ferries resumed");
  }

  @Test
  void factsPrintsEveryQuantityOfAFile() throws IOException {
    Path article = Files.writeString(dir.resolve("article.txt"),
        "Flood closes the harbour\n\nThe storm cut power to about 20,000 households for more than 10 hours, "
            + "the utility said on Monday. Repairs will cost €3 million.\n",
        StandardCharsets.UTF_8);
    Run facts = run("facts", article.toString());
    assertThat(facts.exit()).as(facts.err()).isZero();
    assertThat(facts.out()).containsPattern("about 20,000 households\\s+count\\s+20000\\s+households\\s+about")
        .containsPattern("duration\\s+36000\\s+s\\s+more than")
        .containsPattern("money\\s+3000000\\s+EUR");
  }

  /**
   * A mixed folder — the fixtures in every format and legacy encoding, plus every hostile file — indexed by the
   * real command in a JVM limited to 512 MB: every good file is indexed, every bad one reported, exit 1.
   */
  @Test
  void aMixedFolderOfGoodAndHostileFilesIndexesEveryGoodFileWithinHalfAGigabyte() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    List<HostileFiles.HostileFile> hostile = HostileFiles.writeAll(Files.createDirectories(corpus.resolve("hostile")));
    Path good = Files.createDirectories(corpus.resolve("good"));
    Fixtures.text(good, "ko-paste.txt", Charset.forName("EUC-KR"), false);
    Fixtures.text(good, "zh-hant-paste.txt", Charset.forName("Big5"), false);
    Fixtures.text(good, "zh-hans-paste.txt", Charset.forName("GB18030"), false);
    Fixtures.text(good, "fr-paste.txt", Charset.forName("windows-1252"), false);
    Fixtures.text(good, "en-paste.txt", StandardCharsets.UTF_8, true);
    Fixtures.text(good, "id-paste.txt", StandardCharsets.UTF_8, false);
    Fixtures.html(good, "zh-hant-plain.html", "big5", Charset.forName("Big5"));
    Fixtures.html(good, "ko-divsoup.html", "euc-kr", Charset.forName("EUC-KR"));
    Fixtures.html(good, "fr-semantic.html", "iso-8859-1", Charset.forName("ISO-8859-1"));
    Fixtures.docx(good.resolve("en.docx"), List.of("Heavy rain flooded the underground car park on Tuesday night.",
        "The council said the pumps would run until the water level fell."));
    Fixtures.pdf(good.resolve("fr.pdf"), List.of("La crue a inonde le parking souterrain mardi soir.",
        "La mairie a indique que les pompes tourneraient jusqu'a la decrue."));
    long goodFiles;
    try (var files = Files.list(good)) {
      goodFiles = files.count();
    }

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        IndexerCli.class.getName(), "--corpus", corpus.toString(), "--index", dir.resolve("index").toString(),
        "--timeout", Long.toString(HostileFiles.TEST_TIMEOUT.toSeconds()), "--max-chars", "1000000")
        .redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as(output).isTrue();
    assertThat(output).doesNotContain("OutOfMemoryError");
    assertThat(process.exitValue()).as(output).isEqualTo(1);
    for (HostileFiles.HostileFile h : hostile) {
      String name = "hostile/" + h.path().getFileName();
      if (h.outcome() == HostileFiles.Outcome.FAILURE) {
        assertThat(output).as(output).contains("FAILED  " + name);
      }
    }
    assertThat(output).contains("NOTE    hostile/huge.txt: truncated");
    assertThat(output).doesNotContain("FAILED  good/");
    assertThat(output).containsPattern("\\d+ files: " + (goodFiles + 1) + " indexed");
  }
}
