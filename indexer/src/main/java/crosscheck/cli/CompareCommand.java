package crosscheck.cli;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.compare.Comparison;
import crosscheck.compare.ComparisonCsv;
import crosscheck.compare.ComparisonTable;
import crosscheck.compare.FactComparison;
import crosscheck.compare.FactFilter;
import crosscheck.compare.lucene.LuceneFactSource;
import crosscheck.facts.Fact;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck-indexer compare --index DIR "users lost"}: every source's figure for a question, grouped by
 * what it measures, with conflicts marked; without a question, the corpus's fact sheet. Exit 0 on success
 * (also when nothing is found), 1 when the index cannot be read, 2 on bad usage.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Compares the figures the sources report: for a question in any of the five languages (\"users lost\",",
        "\"사용자 이탈\", \"用户流失\"), every source's figure grouped by what it measures, with conflicts marked;",
        "without a question, every measure at least two sources report, conflicts first."})
public final class CompareCommand implements Callable<Integer> {

  /** The command's settings; tests build them directly. */
  public static final class Options {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "data/index",
        description = "Index folder built by crosscheck-indexer (default: ${DEFAULT-VALUE}).")
    public Path index = Path.of("data/index");

    @Option(names = "--lang", paramLabel = "CODE", split = ",",
        description = "Only facts of these languages (zh, ko, id, en, fr). Repeatable or comma-separated.")
    public List<String> langs = new ArrayList<>();

    @Option(names = "--source", paramLabel = "NAME",
        description = "Only facts of this source, as the manifest names it. Repeatable.")
    public List<String> sources = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
        description = "Only these kinds: count, percent, duration, money, date. Repeatable or comma-separated.")
    public List<String> kinds = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
        description = "table (default) or csv (RFC 4180, one row per fact).")
    public String format = "table";

    @Parameters(paramLabel = "QUESTION", arity = "0..*",
        description = "The question, e.g. \"users lost\"; several words are joined. None: the overview.")
    public List<String> question = new ArrayList<>();
  }

  @Mixin Options options = new Options();

  @Mixin IndexerCli.PipelineOptions pipeline = new IndexerCli.PipelineOptions();

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!options.format.equals("table") && !options.format.equals("csv")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format must be table or csv, got '" + options.format + "'");
    }
    List<Fact.Kind> kinds = new ArrayList<>();
    for (String k : options.kinds) {
      try {
        kinds.add(FactComparison.kind(k.strip().toLowerCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    String question = String.join(" ", options.question).strip();
    err.printf(Locale.ROOT, "crosscheck-indexer compare: index=%s lang=%s source=%s kind=%s format=%s lexicons=%s%n",
        options.index, options.langs, options.sources, options.kinds, options.format, pipeline.lexicons);
    err.flush();
    FactFilter filter = new FactFilter(options.langs, options.sources, kinds);
    try (Directory dir = FSDirectory.open(options.index)) {
      if (!DirectoryReader.indexExists(dir)) {
        throw new IOException("no index at " + options.index + " (build one with crosscheck-indexer --corpus DIR --index DIR)");
      }
      try (SearcherManager searchers = new SearcherManager(DirectoryReader.open(dir), null)) {
        FactComparison comparison = new FactComparison(new LuceneFactSource(searchers),
            pipeline.lexicon(new AnalyzerRegistry(), options.index));
        Comparison result = question.isEmpty() ? comparison.overview(filter, Integer.MAX_VALUE)
            : comparison.compare(question, filter, Integer.MAX_VALUE);
        out.print(options.format.equals("csv") ? ComparisonCsv.write(result) : ComparisonTable.write(result));
        out.flush();
      }
    }
    return 0;
  }
}
