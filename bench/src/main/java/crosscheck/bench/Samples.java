package crosscheck.bench;

import crosscheck.generate.ArticleGenerator;
import crosscheck.generate.GeneratedArticle;
import crosscheck.generate.SeedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sample text for the component benchmarks: per generated language, the bodies of generated articles (the
 * same generator as the end-to-end corpus, seed 1) up to about {@link #TARGET_BYTES} of UTF-8. The seed folders
 * come from {@code -Dcrosscheck.seeds} (comma-separated, default {@code corpus} and the French fixture).
 */
public final class Samples {

  static final int TARGET_BYTES = 200_000;
  private static final Map<String, String> CACHE = new HashMap<>();

  private Samples() {}

  /** Sample text of one language of {@link SeedText#LANGUAGES}. */
  public static synchronized String text(String lang) {
    return CACHE.computeIfAbsent(lang, Samples::make);
  }

  public static int bytes(String lang) {
    return text(lang).getBytes(StandardCharsets.UTF_8).length;
  }

  private static String make(String lang) {
    try {
      String folders = System.getProperty("crosscheck.seeds", "corpus,search-web/src/test/resources/fixtures");
      List<Path> seeds = Arrays.stream(folders.split(",")).map(Path::of).toList();
      ArticleGenerator generator = new ArticleGenerator(SeedText.load(seeds), 1, 0, 0, 0);
      StringBuilder sb = new StringBuilder();
      for (int k = 0; sb.toString().getBytes(StandardCharsets.UTF_8).length < TARGET_BYTES; k++) {
        GeneratedArticle a = generator.article(k);
        if (a.lang().equals(lang)) {
          sb.append(a.title()).append("\n\n").append(String.join("\n\n", a.paragraphs())).append("\n\n");
        }
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
