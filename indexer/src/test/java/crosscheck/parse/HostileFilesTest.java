package crosscheck.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import crosscheck.parse.HostileFiles.HostileFile;
import crosscheck.parse.HostileFiles.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;

/** Every hostile file gives its named failure (or a truncated document), in this JVM and in one of 512 MB. */
class HostileFilesTest {

  private static final int MAX_CHARS = 1_000_000;

  @TempDir static Path dir;
  private static List<HostileFile> files;

  @BeforeAll
  static void write() throws IOException {
    files = HostileFiles.writeAll(dir);
  }

  @Test
  void eachHostileFileGivesItsOutcome() {
    DocumentParser parser = new DocumentParser(MAX_CHARS, HostileFiles.TEST_TIMEOUT);
    for (HostileFile f : files) {
      if (f.outcome() == Outcome.TRUNCATED) {
        ParsedDocument doc = parse(parser, f.path());
        assertThat(doc.truncated()).as(f.path().toString()).isTrue();
        assertThat(doc.text()).hasSize(MAX_CHARS);
        assertThat(doc.bytes()).isEqualTo(HostileFiles.HUGE_TEXT_BYTES);
      } else {
        ParseFailure failure = catchThrowableOfType(ParseFailure.class, () -> parser.parse(f.path()));
        assertThat(failure).as(f.path().toString()).isNotNull();
        assertThat(failure.getMessage().toLowerCase(Locale.ROOT)).as(f.path().toString()).contains(f.reason());
        assertThat(failure.getMessage()).doesNotContain("\n");
      }
    }
  }

  @Test
  void anAbandonedSlowParseStopsAtItsNextEvent() throws Exception {
    Path slow = dir.resolve("slow.pdf");
    DocumentParser parser = new DocumentParser(MAX_CHARS, Duration.ofSeconds(2));
    assertThatThrownBy(() -> parser.parse(slow)).hasMessage("parse timed out after 2 s");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (parseThreadAlive("slow.pdf") && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(parseThreadAlive("slow.pdf")).as("worker thread still parsing after its timeout").isFalse();
  }

  private static boolean parseThreadAlive(String file) {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.isAlive() && t.getName().equals("crosscheck-parse " + file));
  }

  @Test
  void allHostileFilesParseWithinA512MegabyteHeap() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        HostileMain.class.getName(), dir.toString(), Integer.toString(MAX_CHARS),
        Long.toString(HostileFiles.TEST_TIMEOUT.toSeconds()))
        .redirectErrorStream(true)
        .start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).as(output).contains("DONE max-heap=").doesNotContain("OutOfMemoryError");
    String heap = output.substring(output.indexOf("DONE max-heap=") + "DONE max-heap=".length()).strip();
    assertThat(Integer.parseInt(heap.replace("MB", ""))).isLessThanOrEqualTo(512);
    Map<String, String> lines = new HashMap<>();
    for (String line : output.split("\n")) {
      String[] cols = line.split("\t");
      if (cols.length >= 3) {
        lines.put(cols[0], line);
      }
    }
    for (HostileFile f : files) {
      String line = lines.get(f.path().getFileName().toString());
      assertThat(line).as(output).isNotNull();
      if (f.outcome() == Outcome.TRUNCATED) {
        assertThat(line).endsWith("\tOK\t" + MAX_CHARS + "\ttrue");
      } else {
        assertThat(line.toLowerCase(Locale.ROOT)).contains("\tfailed\t").contains(f.reason());
      }
    }
  }

  @Test
  void aParseThatHangsTimesOut() throws Exception {
    Path pdf = HostileFiles.randomBytes(dir.resolve("hangs.pdf"));
    DocumentParser parser = new DocumentParser(MAX_CHARS, Duration.ofMillis(300), new HangingParser());
    long start = System.nanoTime();
    assertThatThrownBy(() -> parser.parse(pdf)).isInstanceOf(ParseFailure.class)
        .hasMessage("parse timed out after 300 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aFifoIsRefusedWithoutBlocking() throws Exception {
    Path fifo = dir.resolve("pipe.txt");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("no mkfifo: " + e.getMessage());
      return;
    }
    Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo));
    assertThatThrownBy(() -> new DocumentParser(MAX_CHARS).parse(fifo)).isInstanceOf(ParseFailure.class)
        .hasMessageContaining("not a regular file");
  }

  private static ParsedDocument parse(DocumentParser parser, Path path) {
    try {
      return parser.parse(path);
    } catch (ParseFailure e) {
      throw new AssertionError(path + ": " + e.getMessage(), e);
    }
  }

  /** A Tika parser that never returns until interrupted, like a parser stuck on a pathological file. */
  private static final class HangingParser extends AbstractParser {
    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
      return Set.of(MediaType.application("pdf"));
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
        throws IOException {
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
  }
}
