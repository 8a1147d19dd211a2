package crosscheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The key figures of a run, one {@code key<TAB>value} line each in {@code figures.tsv} beside the results, from
 * which {@link Targets} writes the table of where we stand against each target.
 */
final class Figures {

  static final String FILE = "figures.tsv";

  private Figures() {}

  /** Appends a figure to the {@value #FILE} in the folder of {@code result} (a result file of the run). */
  static void put(Path result, String key, double value) throws IOException {
    Path file = result.toAbsolutePath().resolveSibling(FILE);
    Files.writeString(file, String.format(Locale.ROOT, "%s\t%s%n", key, value), StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** The figures of a results folder; a key written twice keeps its last value. */
  static Map<String, Double> read(Path folder) throws IOException {
    Map<String, Double> out = new LinkedHashMap<>();
    Path file = folder.resolve(FILE);
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] kv = line.split("\t");
        if (kv.length == 2) {
          out.put(kv[0], Double.parseDouble(kv[1]));
        }
      }
    }
    return out;
  }

  /** The size label of a result file named {@code PREFIX-LABEL.md} ({@code search-http-large.md} → large). */
  static String label(Path result) {
    String name = result.getFileName().toString().replaceFirst("\\.md$", "");
    return name.substring(name.lastIndexOf('-') + 1);
  }
}
