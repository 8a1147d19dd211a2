package crosscheck.web;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.compare.FactComparison;
import crosscheck.compare.FactFilter;
import crosscheck.compare.lucene.LuceneFactSource;
import crosscheck.index.CorpusIndexer;
import crosscheck.index.IndexSummary;
import crosscheck.index.Progress;
import crosscheck.lexicon.Lexicon;
import crosscheck.lexicon.LexiconCache;
import crosscheck.search.lucene.LuceneAnalyzeService;
import crosscheck.search.lucene.LuceneDocumentService;
import crosscheck.search.lucene.LuceneIndex;
import crosscheck.search.lucene.LuceneSearchService;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosscheck-web --index DIR [--corpus DIR] [--port N]}: serves the search page and the JSON API. */
@Command(
    name = "crosscheck-web",
    mixinStandardHelpOptions = true,
    version = "crosscheck-web 0.1",
    sortOptions = false,
    description = {
        "Serves crosscheck's search page and JSON API over an index.",
        "With --corpus, first brings the index up to date with the folder (indexing it when missing)."})
public final class WebMain implements Callable<Integer> {

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "data/index",
      description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Corpus folder: index it first when the index is missing or stale.")
  Path corpus;

  @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "Extra concepts or entities file merged over the built-in lexicon. Repeatable.")
  List<Path> lexicons = new ArrayList<>();

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
    }
    AnalyzerRegistry analyzers = new AnalyzerRegistry();
    AnalyzerWarmUp.start(analyzers);
    LexiconCache.Loaded loaded = Lexicon.load(analyzers, lexicons, index.resolve(LexiconCache.FILE_NAME));
    Lexicon lexicon = loaded.lexicon();
    err.printf(Locale.ROOT, "crosscheck-web: %s%n", loaded.line());
    if (corpus != null) {
      err.printf(Locale.ROOT, "crosscheck-web: bringing %s up to date with %s%n", index, corpus);
      err.flush();
      IndexSummary summary = CorpusIndexer.create(analyzers, lexicon)
          .run(CorpusIndexer.Options.defaults(corpus, index), Progress.forConsole(System.err));
      summary.failures().forEach(f -> err.printf(Locale.ROOT, "FAILED  %s: %s%n", f.path(), f.reason()));
      err.println(summary.line());
    }
    LuceneIndex open = LuceneIndex.open(index);
    Services services = services(open, analyzers, lexicon);
    // the fact sheet's groups, computed in the background at start and after each re-index: the first
    // comparison request does not pay for reading and grouping every fact
    Runnable groupFacts = () -> services.facts().prepare(FactFilter.ALL);
    open.afterNewSearcher(groupFacts);
    Thread warmUp = new Thread(groupFacts, "facts-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
    Javalin app = WebApp.create(services);
    app.events(e -> e.serverStopped(() -> closeQuietly(open)));
    app.start(host, port);
    err.printf(Locale.ROOT, "crosscheck-web: serving %s on http://%s:%d/ (listening %.1f s after the JVM started)%n", index, host,
        app.port(), ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
    err.flush();
    return 0;
  }

  /** The services over an open index. */
  public static Services services(LuceneIndex index, AnalyzerRegistry analyzers, Lexicon lexicon) {
    return new Services(
        new LuceneSearchService(index, analyzers, lexicon),
        new LuceneDocumentService(index),
        new LuceneAnalyzeService(analyzers),
        new FactComparison(new LuceneFactSource(index.searchers()), lexicon));
  }

  private static void closeQuietly(LuceneIndex index) {
    try {
      index.close();
    } catch (IOException e) {
      // shutting down
    }
  }

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new WebMain());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return 1;
    });
    int code = cli.execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }
}
