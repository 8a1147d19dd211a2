package crosscheck.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import crosscheck.analysis.TraditionalToSimplifiedCharFilter;
import crosscheck.cli.IndexerCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class GenerateCommandTest {

  /** The shipped corpus and the French fixture: seeds in every language. */
  static final String[] SEEDS = {"--seeds", "../corpus", "--seeds", "../search-web/src/test/resources/fixtures"};

  /** Runs {@code crosscheck-indexer generate}; returns the exit code. */
  public static int generate(Path out, int articles, long seed) {
    String[] args = Stream.concat(
        Stream.of("generate", "--articles", Integer.toString(articles), "--out", out.toString(), "--seed", Long.toString(seed)),
        Stream.of(SEEDS)).toArray(String[]::new);
    return IndexerCli.commandLine().execute(args);
  }

  @Test
  void writesEveryLanguageAndFormatDeterministically(@TempDir Path a, @TempDir Path b) throws IOException {
    assertThat(generate(a, 200, 5)).isZero();
    assertThat(generate(b, 200, 5)).isZero();
    Map<String, String> first = texts(a);
    assertThat(first).hasSize(201);
    assertThat(first).isEqualTo(texts(b));
    assertThat(first.keySet().stream().map(f -> f.substring(0, f.indexOf('/') < 0 ? 0 : f.indexOf('/'))).distinct())
        .contains("zh-hant", "zh-hans", "ko", "id", "en", "fr");
    List<String> formats = Files.walk(a).filter(Files::isRegularFile).map(p -> p.toString().replaceAll(".*\\.", ""))
        .distinct().toList();
    assertThat(formats).contains("txt", "html", "docx", "tsv");
  }

  @Test
  void theFastFoldingMatchesIcuOnGeneratedChineseText(@TempDir Path out) throws IOException {
    assertThat(generate(out, 300, 11)).isZero();
    Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
    List<Path> chinese;
    try (Stream<Path> walk = Files.walk(out)) {
      chinese = walk.filter(p -> p.toString().contains("zh-han") && p.toString().endsWith(".txt")).toList();
    }
    assertThat(chinese).hasSizeGreaterThan(50);
    for (Path file : chinese) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(TraditionalToSimplifiedCharFilter.fold(text)).as(file.toString()).isEqualTo(icu.transliterate(text));
    }
  }

  /** Relative path → content of the text and HTML files and the manifest (Word and PDF files embed zip/PDF timestamps). */
  private static Map<String, String> texts(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).collect(Collectors.toMap(
          p -> root.relativize(p).toString().replace('\\', '/'),
          p -> p.toString().endsWith(".docx") || p.toString().endsWith(".pdf") ? "(binary)" : read(p),
          (x, y) -> x, TreeMap::new));
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
