package crosscheck.cli;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.facts.Fact;
import crosscheck.index.Article;
import crosscheck.index.CorpusIndexer;
import crosscheck.parse.DocumentParser;
import crosscheck.parse.ParseFailure;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosscheck-indexer facts FILE...}: the quantities the pipeline extracts from each file, as a table. */
@Command(name = "facts", mixinStandardHelpOptions = true,
    description = {"Prints the facts (every quantity, normalised) the indexer extracts from each file,",
        "with the exact words, kind, value, unit, qualifier and what it measures. Exit 1 if a file fails."})
public final class FactsCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Articles to read (txt, html, pdf, docx, ...).")
  List<Path> files;

  @Mixin IndexerCli.PipelineOptions pipeline = new IndexerCli.PipelineOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    AnalyzerRegistry analyzers = new AnalyzerRegistry();
    CorpusIndexer pipeline = CorpusIndexer.create(analyzers, this.pipeline.lexicon(analyzers));
    DocumentParser parser = new DocumentParser(DocumentParser.DEFAULT_MAX_CHARS);
    int exit = 0;
    for (Path file : files) {
      Article article;
      try {
        article = pipeline.analyse(parser.parse(file), file.toString(), "", Map.of());
      } catch (ParseFailure e) {
        out.printf(Locale.ROOT, "%s: FAILED: %s%n%n", file, e.getMessage());
        exit = 1;
        continue;
      }
      out.printf(Locale.ROOT, "%s (%s, published %s): %d facts%n", file, article.language().tag(),
          article.doc().published() == null ? "unknown" : article.doc().published(), article.facts().size());
      out.printf(Locale.ROOT, "  %-28s %-9s %18s %-10s %-10s %s%n", "words", "kind", "value", "unit", "qualifier", "concepts");
      for (Fact f : article.facts()) {
        out.printf(Locale.ROOT, "  %-28s %-9s %18s %-10s %-10s %s%n", clip(f.text()), f.kind().id(),
            f.date() != null ? f.date() : f.value().toPlainString(), f.unit() == null ? "-" : f.unit(),
            f.qualifier().id(), String.join(",", f.concepts()));
      }
      out.println();
    }
    out.flush();
    return exit;
  }

  private static String clip(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= 28 ? one : one.substring(0, 27) + "…";
  }
}
