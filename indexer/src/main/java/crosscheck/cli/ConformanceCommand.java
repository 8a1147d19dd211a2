package crosscheck.cli;

import crosscheck.facts.ConformanceReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosscheck-indexer conformance}: number-normalisation accuracy per language and kind on a case file. */
@Command(name = "conformance", mixinStandardHelpOptions = true,
    description = {"Runs the number/percent/money/duration conformance cases (shared/benchmarks/numbers/cases.tsv)",
        "through crosscheck's number grammar and prints the accuracy per language × kind, then every miss."})
public final class ConformanceCommand implements Callable<Integer> {

  @Option(names = "--cases", paramLabel = "FILE", defaultValue = "../shared/benchmarks/numbers/cases.tsv",
      description = "The cases file (default: ${DEFAULT-VALUE}).")
  Path cases;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(cases)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no cases file at " + cases);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ConformanceReport.run(cases).print(out);
    return 0;
  }
}
