package crosscheck.cli;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.generate.GenerateCommand;
import crosscheck.index.CorpusIndexer;
import crosscheck.index.IndexSummary;
import crosscheck.index.Outcome;
import crosscheck.index.Progress;
import crosscheck.lexicon.Lexicon;
import crosscheck.lexicon.LexiconCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck-indexer --corpus DIR --index DIR}: indexes a folder of articles. Exit 0 when every file was
 * indexed, 1 when some failed (every good file is still indexed), 2 on bad usage.
 */
@Command(
    name = "crosscheck-indexer",
    mixinStandardHelpOptions = true,
    version = "crosscheck-indexer 0.1",
    sortOptions = false,
    description = {
        "Indexes every article below a corpus folder (txt, html, pdf, docx) for crosscheck's search.",
        "Re-running is incremental: unchanged files are skipped, changed ones replaced, deleted ones removed.",
        "Exit status: 0 all files indexed, 1 some files failed (the rest is indexed), 2 bad usage.",
        "Subcommands: explain FILE... (what the cleaner keeps and drops, and why), facts FILE... (the quantities",
        "extracted from each file), conformance (number-normalisation accuracy on the shared case file),",
        "compare QUESTION (the figures the sources report, side by side: crosscheck-indexer compare --help)."})
public final class IndexerCli implements Callable<Integer> {

  /** Options shared by the commands that build the pipeline. */
  public static final class PipelineOptions {
    @Option(names = "--lexicon", paramLabel = "FILE",
        description = "Extra concepts or entities file (TSV, see docs) merged over the built-in lexicon. Repeatable.")
    public List<Path> lexicons = new ArrayList<>();

    public Lexicon lexicon(AnalyzerRegistry analyzers) {
      return Lexicon.load(analyzers, lexicons);
    }

    /** The lexicon, its analysed terms cached in the index folder (see {@link LexiconCache}). */
    public Lexicon lexicon(AnalyzerRegistry analyzers, Path index) {
      return Lexicon.load(analyzers, lexicons, index.resolve(LexiconCache.FILE_NAME)).lexicon();
    }
  }

  @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of articles to index (recursive). Required.")
  Path corpus;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "data/index",
      description = "Index folder to create or update (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
  Integer threads;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "2000000",
      description = "Characters kept from one file; longer files are truncated and flagged (default: ${DEFAULT-VALUE}).")
  int maxChars;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Per-file parse timeout in seconds (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Mixin PipelineOptions pipeline = new PipelineOptions();

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // checked here rather than by picocli, so that subcommands (explain, facts, ...) parse without it
    if (corpus == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--corpus=DIR'");
    }
    if (maxChars < 1000) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-chars must be at least 1000");
    }
    if (threads != null && threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    CorpusIndexer.Options defaults = CorpusIndexer.Options.defaults(corpus, index);
    CorpusIndexer.Options options = new CorpusIndexer.Options(corpus, index, maxChars,
        Duration.ofSeconds(timeoutSeconds), threads != null ? threads : defaults.threads());
    err.printf(Locale.ROOT, "crosscheck-indexer: corpus=%s index=%s threads=%d max-chars=%d timeout=%ds lexicons=%s%n",
        corpus, index, options.threads(), maxChars, timeoutSeconds, pipeline.lexicons);
    err.flush();
    AnalyzerRegistry analyzers = new AnalyzerRegistry();
    Files.createDirectories(index);
    CorpusIndexer indexer = CorpusIndexer.create(analyzers, pipeline.lexicon(analyzers, index));
    IndexSummary summary = indexer.run(options, Progress.forConsole(System.err));
    for (Outcome o : summary.outcomes()) {
      if (o.status() == Outcome.Status.FAILED) {
        out.printf(Locale.ROOT, "FAILED  %s: %s%n", o.path(), o.reason());
      } else if (o.reason() != null) {
        out.printf(Locale.ROOT, "NOTE    %s: %s%n", o.path(), o.reason());
      }
    }
    out.println(summary.line());
    return summary.exitCode();
  }

  /** The command line with every subcommand registered and crosscheck's error handling. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new IndexerCli());
    cli.addSubcommand(new ExplainCommand());
    cli.addSubcommand(new FactsCommand());
    cli.addSubcommand(new ConformanceCommand());
    cli.addSubcommand(new CompareCommand());
    cli.addSubcommand(new GenerateCommand());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return e instanceof IllegalArgumentException ? 2 : 1;
    });
    return cli;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
