package crosscheck.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a corpus folder's {@code manifest.tsv} says of its files (source, published, url, translation, ...).
 * Optional: a corpus without one is indexed from what the files themselves say. Where it says something, it wins.
 */
public final class Manifest {

  public static final String FILE_NAME = "manifest.tsv";

  private final Map<String, Map<String, String>> rows;
  private final java.time.LocalDate referenceDay;

  private Manifest(Map<String, Map<String, String>> rows) {
    this.rows = rows;
    this.referenceDay = median(rows);
  }

  public static Manifest empty() {
    return new Manifest(Map.of());
  }

  /** Reads {@code corpus/manifest.tsv} if present: a header line starting with {@code file}, {@code #} comments. */
  public static Manifest read(Path corpus) throws IOException {
    Path file = corpus.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return empty();
    }
    Map<String, Map<String, String>> rows = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String> header = null;
      int lineNo = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = Arrays.asList(cells);
          if (!header.get(0).equals("file")) {
            throw new IOException(file + ":" + lineNo + ": the header must start with 'file'");
          }
          continue;
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 1; i < Math.min(cells.length, header.size()); i++) {
          if (!cells[i].isBlank()) {
            row.put(header.get(i), cells[i].strip());
          }
        }
        rows.put(cells[0].strip(), Map.copyOf(row));
      }
    }
    return new Manifest(rows);
  }

  /** The row of a file (path relative to the corpus, '/'-separated), empty when the manifest does not list it. */
  public Map<String, String> row(String relativePath) {
    return rows.getOrDefault(relativePath, Map.of());
  }

  /**
   * The corpus's reference day: the median publication date the manifest gives (a corpus is the coverage of one
   * event), used to complete partial dates ("October 15th") in articles that carry no date of their own; null when
   * the manifest dates nothing.
   */
  public java.time.LocalDate referenceDay() {
    return referenceDay; // computed once: the indexer asks for it for every file
  }

  private static java.time.LocalDate median(Map<String, Map<String, String>> rows) {
    java.util.List<java.time.LocalDate> days = rows.values().stream()
        .map(r -> DocumentBuilder.firstDay(r.get("published")))
        .filter(java.util.Objects::nonNull)
        .sorted()
        .toList();
    return days.isEmpty() ? null : days.get(days.size() / 2);
  }

  /** One value, or null. */
  public String get(String relativePath, String column) {
    return row(relativePath).get(column);
  }
}
