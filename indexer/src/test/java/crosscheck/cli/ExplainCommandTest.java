package crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExplainCommandTest {

  @TempDir Path dir;

  private String run(int expectedExit, String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new ExplainCommand());
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute(args)).as(out.toString()).isEqualTo(expectedExit);
    return out.toString();
  }

  @Test
  void explainsKeptAndDroppedBlocksOfASeed() {
    String out = run(0, Path.of("..", "corpus", "id_straits-times-kakao-dependence.txt").toString());
    assertThat(out)
        .contains("title: Pemadaman besar-besaran di Kakao")
        .contains("published: 2022-10-25")
        .contains("  + 25 Oktober 2022")
        .contains("  - [gambling or link-farm spam] link sbobet")
        .contains("  - [uploader byline (handle \"gacor88\")] By gacor88")
        .contains("-- dropped 21 of ");
  }

  @Test
  void reportsFailuresAndExitsNonZero() throws Exception {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    String out = run(1, "--width", "40", empty.toString());
    assertThat(out).contains("FAILED: empty file (0 bytes)").contains("max-chars=2000000 timeout=30s");
  }
}
