package crosscheck.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The raw lexicon files: parses the tab-separated format described in {@link Lexicon} into rows, without
 * analysing anything. Shared by {@link Lexicon} and by the Korean analyzer, which builds its nori user
 * dictionary from the Korean terms and so must read the files without constructing a {@code Lexicon} (that
 * would be circular: a Lexicon analyses its terms with the analyzers).
 */
public final class LexiconFiles {

  /** The built-in concepts, beside this class. */
  public static final String CONCEPTS = "concepts.tsv";

  /** The built-in named entities, beside this class. */
  public static final String ENTITIES = "entities.tsv";

  /** The language columns a file may have, in file order. Other columns are ignored. */
  public static final List<String> LANGUAGES = List.of("zh", "ko", "id", "en", "fr");

  private LexiconFiles() {}

  /**
   * One data line of a lexicon file.
   *
   * @param source file or resource name, for messages
   * @param line 1-based line number
   * @param id the entry id, lower-cased
   * @param type the type cell as written (may be empty in a user file that adds terms to an existing id)
   * @param terms the non-empty terms per language code, in file order, without duplicates
   */
  public record Row(String source, int line, String id, String type, Map<String, List<String>> terms) {

    public Row {
      terms = Map.copyOf(terms);
    }

    /** The terms of one language (empty when the row has none). */
    public List<String> terms(String lang) {
      return terms.getOrDefault(lang, List.of());
    }
  }

  /** The rows of the built-in concepts file, parsed once. */
  public static List<Row> builtInConcepts() {
    return BuiltIn.CONCEPT_ROWS;
  }

  /** The rows of the built-in entities file, parsed once. */
  public static List<Row> builtInEntities() {
    return BuiltIn.ENTITY_ROWS;
  }

  /** Reads a resource beside this class, failing fast with its name when it is missing or malformed. */
  static List<Row> readResource(String name) {
    try (InputStream in = LexiconFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + LexiconFiles.class.getName());
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon resource " + name, e);
    }
  }

  /**
   * Parses one file: UTF-8 text, {@code #} comment lines and blank lines skipped, a header {@code id type zh ko
   * id en fr}, then one row a line with the terms of a cell separated by {@code |}.
   *
   * @throws IllegalArgumentException on a missing header, an empty id or more cells than header columns
   */
  public static List<Row> read(Reader reader, String name) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    List<Row> rows = new ArrayList<>();
    List<String> header = null;
    int lineNo = 0;
    for (String line; (line = lines.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (header == null) {
        header = Arrays.asList(cells);
        if (header.size() < 3 || !header.get(0).equals("id") || !header.get(1).equals("type")) {
          throw new IllegalArgumentException(name + ":" + lineNo + ": header must be 'id<TAB>type<TAB>zh<TAB>ko...'");
        }
        continue;
      }
      if (cells.length > header.size()) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": more cells than header columns");
      }
      String id = cells[0].strip().toLowerCase(Locale.ROOT);
      if (id.isEmpty()) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": empty id");
      }
      Map<String, List<String>> terms = new LinkedHashMap<>();
      for (int i = 2; i < cells.length; i++) {
        String lang = header.get(i).strip();
        if (!LANGUAGES.contains(lang)) {
          continue;
        }
        for (String term : cells[i].split("\\|")) {
          String t = term.strip();
          List<String> list = terms.computeIfAbsent(lang, l -> new ArrayList<>());
          if (!t.isEmpty() && !list.contains(t)) {
            list.add(t);
          }
        }
      }
      terms.values().removeIf(List::isEmpty);
      terms.replaceAll((lang, list) -> List.copyOf(list));
      rows.add(new Row(name, lineNo, id, cells.length > 1 ? cells[1].strip() : "", terms));
    }
    return List.copyOf(rows);
  }

  /** Parses the built-in files on first use. */
  private static final class BuiltIn {
    static final List<Row> CONCEPT_ROWS = readResource(CONCEPTS);
    static final List<Row> ENTITY_ROWS = readResource(ENTITIES);
  }
}
