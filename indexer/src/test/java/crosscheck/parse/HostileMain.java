package crosscheck.parse;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses every file of a folder and prints one line per file, {@code name<TAB>OK<TAB>chars<TAB>truncated} or
 * {@code name<TAB>FAILED<TAB>reason}, then {@code DONE}: the small program the heap test runs in a JVM limited to
 * {@code -Xmx512m}. Arguments: folder, character limit, timeout in seconds.
 */
public final class HostileMain {

  private HostileMain() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    DocumentParser parser = new DocumentParser(Integer.parseInt(args[1]), Duration.ofSeconds(Long.parseLong(args[2])));
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(files::add);
    }
    files.sort(null);
    for (Path file : files) {
      try {
        ParsedDocument doc = parser.parse(file);
        System.out.println(file.getFileName() + "\tOK\t" + doc.text().length() + "\t" + doc.truncated());
      } catch (ParseFailure e) {
        System.out.println(file.getFileName() + "\tFAILED\t" + e.getMessage());
      }
    }
    System.out.println("DONE max-heap=" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "MB");
  }
}
