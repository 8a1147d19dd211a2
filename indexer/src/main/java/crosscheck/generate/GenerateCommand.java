package crosscheck.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck-indexer generate --articles N --out DIR --seed S}: writes a synthetic corpus for benchmarks,
 * made from the seed articles (see {@link ArticleGenerator}), with a {@code manifest.tsv} giving the source and
 * date of the plain-text files. The same seed gives the same articles.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Writes a synthetic multilingual news corpus (zh-Hant, zh-Hans, ko, id, en, fr; txt, html, docx, pdf)",
        "by recombining and perturbing the sentences of seed articles. Deterministic for a seed."})
public final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--articles", paramLabel = "N", required = true, description = "Number of articles to write.")
  int articles;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write (created; must be empty or absent).")
  Path out;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--seeds", paramLabel = "DIR", description = "Folder of seed articles (.txt), repeatable (default: corpus).")
  List<Path> seedFolders = new ArrayList<>();

  @Option(names = "--html", paramLabel = "SHARE", defaultValue = "0.30", description = "Share of HTML pages (default: ${DEFAULT-VALUE}).")
  double htmlShare;

  @Option(names = "--docx", paramLabel = "SHARE", defaultValue = "0.03", description = "Share of Word files (default: ${DEFAULT-VALUE}).")
  double docxShare;

  @Option(names = "--pdf", paramLabel = "SHARE", defaultValue = "0.02",
      description = "Share of PDFs, Latin-script languages only; others become Word files (default: ${DEFAULT-VALUE}).")
  double pdfShare;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (articles < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--articles must be at least 1");
    }
    if (htmlShare < 0 || docxShare < 0 || pdfShare < 0 || htmlShare + docxShare + pdfShare > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "format shares must be between 0 and 1 and add up to at most 1");
    }
    if (Files.isDirectory(out)) {
      try (var entries = Files.list(out)) {
        if (entries.findAny().isPresent()) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--out must be empty or absent: " + out);
        }
      }
    }
    List<Path> folders = seedFolders.isEmpty() ? List.of(Path.of("corpus")) : seedFolders;
    PrintWriter err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "generate: articles=%d out=%s seed=%d seeds=%s html=%.2f docx=%.2f pdf=%.2f%n",
        articles, out, seed, folders, htmlShare, docxShare, pdfShare);
    err.flush();
    long start = System.nanoTime();
    ArticleGenerator generator = new ArticleGenerator(SeedText.load(folders), seed, htmlShare, docxShare, pdfShare);
    ArticleWriter writer = new ArticleWriter();
    Files.createDirectories(out);
    // articles are independent (each has its own random stream), so they are written in parallel; the manifest
    // is assembled in article order afterwards, so the output does not depend on the thread count
    String[] rows = new String[articles];
    long bytes = IntStream.range(0, articles).parallel().mapToLong(k -> {
      GeneratedArticle a = generator.article(k);
      try {
        long size = writer.write(out, a);
        rows[k] = a.format().equals("txt") ? a.file() + "\t" + a.source() + "\t" + a.published() + "\n" : null;
        return size;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).sum();
    try (BufferedWriter manifest = Files.newBufferedWriter(out.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
      manifest.write("# Synthetic articles from crosscheck-indexer generate --seed " + seed + "\nfile\tsource\tpublished\n");
      for (String row : rows) {
        if (row != null) {
          manifest.write(row);
        }
      }
    }
    spec.commandLine().getOut().printf(Locale.ROOT, "%d articles, %.1f MB in %s (%.1f s)%n",
        articles, bytes / 1e6, out, (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
