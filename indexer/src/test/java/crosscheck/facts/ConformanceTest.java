package crosscheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The number and quantity conformance cases, in normalizer mode: each row's span is read on its own (the
 * README of the cases asks extractors of facts to do so; extraction mode would also need the unit-less and
 * ordinal numbers that the extractor deliberately drops). Asserts accuracy floors per language and kind and
 * prints every miss.
 */
class ConformanceTest {

  /** Floors per language and kind, set at what the normalizer reaches (see the report printed by the test). */
  private static final Map<String, Map<String, Double>> FLOORS = Map.of(
      "zh", Map.of("number", 0.995, "ordinal", 1.0, "percent", 1.0, "money", 0.955, "duration", 0.955),
      "ko", Map.of("number", 0.985, "ordinal", 0.96, "percent", 1.0, "money", 0.99, "duration", 1.0),
      "id", Map.of("number", 0.94, "ordinal", 1.0, "money", 1.0),
      "en", Map.of("number", 0.98, "ordinal", 1.0, "percent", 1.0, "money", 0.96, "duration", 0.93),
      "fr", Map.of("number", 0.99, "ordinal", 1.0, "percent", 0.94, "money", 1.0, "duration", 0.96));

  @Test
  void accuracyPerLanguageAndKind() {
    ConformanceReport.Report report = ConformanceReport.run(TestFiles.shared().resolve("benchmarks/numbers/cases.tsv"));
    report.print(System.out);
    FLOORS.forEach((lang, kinds) -> kinds.forEach((kind, floor) ->
        assertThat(report.accuracy(lang, kind)).as(lang + " " + kind).isGreaterThanOrEqualTo(floor)));
  }
}
