package crosscheck.cli;

import crosscheck.clean.CleanDocument;
import crosscheck.clean.Cleaner;
import crosscheck.parse.DocumentParser;
import crosscheck.parse.ParseFailure;
import crosscheck.parse.ParsedDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck-indexer explain FILE...}: parses and cleans each file as the indexer would and prints what
 * was kept, what was dropped and why, the metadata found, and the share of the text dropped. Exit code 0 when
 * every file parsed, 1 when any failed.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Show what the cleaner keeps and drops from each file, and why.")
public final class ExplainCommand implements Callable<Integer> {

  /** The options, built directly by tests. */
  public static final class Options {
    @Option(names = "--max-chars", description = "Characters kept from one file (default: ${DEFAULT-VALUE}).")
    int maxChars = DocumentParser.DEFAULT_MAX_CHARS;

    @Option(names = "--timeout", description = "Seconds one file may take to parse (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = DocumentParser.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--width", description = "Characters of each kept or dropped block shown; 0 = all"
        + " (default: ${DEFAULT-VALUE}).")
    int width = 0;
  }

  @Mixin
  Options options = new Options();

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to explain.")
  List<Path> files;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    DocumentParser parser = new DocumentParser(options.maxChars, Duration.ofSeconds(options.timeoutSeconds));
    Cleaner cleaner = new Cleaner();
    out.printf(Locale.ROOT, "explain: max-chars=%d timeout=%ds%n", options.maxChars, options.timeoutSeconds);
    int failures = 0;
    for (Path file : files) {
      out.println();
      out.println("== " + file);
      try {
        ParsedDocument parsed = parser.parse(file);
        explain(out, parsed, cleaner.clean(parsed));
      } catch (ParseFailure e) {
        out.println("FAILED: " + e.getMessage());
        failures++;
      }
    }
    out.flush();
    return failures == 0 ? 0 : 1;
  }

  private void explain(PrintWriter out, ParsedDocument parsed, CleanDocument clean) {
    out.printf(Locale.ROOT, "type: %s, %d bytes%s%n", parsed.contentType(), parsed.bytes(),
        parsed.truncated() ? ", TRUNCATED at the character limit" : "");
    String charset = parsed.meta(DocumentParser.META_CHARSET);
    if (charset != null) {
      out.println("charset: " + charset + " (" + parsed.meta(DocumentParser.META_CHARSET_REASON) + ")");
    }
    out.println("title: " + clean.title());
    out.println("published: " + orDash(clean.published()));
    out.println("source: " + orDash(clean.source()));
    out.println("author: " + orDash(clean.author()));
    out.println("url: " + orDash(clean.url()));
    out.println("-- kept:");
    for (String paragraph : clean.body().split("\n\n")) {
      if (!paragraph.isEmpty()) {
        out.println("  + " + cut(paragraph));
      }
    }
    out.println("-- dropped:");
    for (CleanDocument.Dropped d : clean.dropped()) {
      out.println("  - [" + d.reason() + "] " + cut(d.text().replace("\n", " ⏎ ")));
    }
    out.printf(Locale.ROOT, "-- %s%n", share(clean));
  }

  /** "dropped 812 of 8,690 characters (9.3%)": characters dropped over characters in (kept + dropped). */
  public static String share(CleanDocument clean) {
    long kept = clean.body().replace("\n\n", "").length();
    long dropped = 0;
    for (CleanDocument.Dropped d : clean.dropped()) {
      dropped += d.text().replace("\n", "").length();
    }
    long in = kept + dropped;
    return String.format(Locale.ROOT, "dropped %d of %d characters (%.1f%%)", dropped, in,
        in == 0 ? 0.0 : 100.0 * dropped / in);
  }

  private String cut(String s) {
    int w = options.width;
    return w <= 0 || s.length() <= w ? s : s.substring(0, w) + "…";
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
