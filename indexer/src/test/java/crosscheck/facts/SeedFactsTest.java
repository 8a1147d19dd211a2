package crosscheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.lang.Language;
import crosscheck.lexicon.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every fact a reader finds in the five seed articles ({@code shared/corpus/seed-facts.tsv}) is extracted from
 * the raw seed text with the right kind, value, unit and qualifier, and nothing else is reported but the
 * reviewed true quantities listed in {@link #OTHER_QUANTITIES}.
 */
class SeedFactsTest {

  /**
   * Units of seed-facts.tsv that are not lexicon ids, mapped to the concept the lexicon has: a netizen (網民)
   * is an internet user ({@code internet-users}, not the {@code users} of one service).
   */
  private static final Map<String, String> UNIT_IDS = Map.of("netizens", "internet-users");

  /**
   * Seeds without a published date in the manifest: the corpus README dates the whole first corpus (the
   * October 2022 Kakao fire); the articles only say "October 15th".
   */
  private static final LocalDate CORPUS_MONTH = LocalDate.of(2022, 10, 1);

  /** True quantities in the seeds beyond the reader's list (a fact's kind id and its exact text). */
  private static final Map<String, List<String>> OTHER_QUANTITIES = Map.of(
      "000_37fd6eb6aa0dc24b.txt", List.of(
          "duration 4 天", "duration 4天", // the outage lasted 4 days, said five times
          "count 五個", // 五個電池架: five battery racks
          "percent 每 10 個韓國人就有7個", // 7 in 10 Koreans use Kakao Pay
          "count 8 款", // 8 national apps (the noun is not in the lexicon, so the unit is null)
          "date 17 日"), // Kakao Games announced compensation on the 17th (of October 2022)
      "002_a92495ff3ce4d6c9.txt", List.of("date October 17", // the share price fall and Yoon's statement
          "count 11 services"), // "network 11 services including shopping": Kakao's services, counted
      "003_75e68d6c7ec4c882.txt", List.of("count one billion users"), // WeChat's one billion users
      "004_4430d1c8d3e6d666.txt", List.of(
          "date 2022.10.18", "date 2022-10-18", // 입력/수정 dates, repeated by the saved page
          "count 200만 사용자", // the headline: '200만 사용자 이탈'
          "date 24일", // the founder testifies on the 24th
          "duration 사흘")); // payment dates pushed back three days

  private static FactExtractor extractor;

  @BeforeAll
  static void build() {
    extractor = new FactExtractor(Lexicon.builtIn(new AnalyzerRegistry()));
  }

  private record Seed(String file, Language lang, LocalDate reference) {}

  private static Map<String, Seed> seeds() throws IOException {
    Map<String, Seed> out = new HashMap<>();
    for (String line : Files.readAllLines(TestFiles.repoRoot().resolve("corpus/manifest.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.startsWith("file\t")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      String file = c[0];
      String code = file.substring(0, file.indexOf('_'));
      Language lang = code.startsWith("zh") ? new Language("zh", code.endsWith("hant") ? "Hant" : "Hans") : Language.of(code);
      String published = c[2];
      LocalDate ref = published.isEmpty() ? CORPUS_MONTH
          : published.length() == 7 ? LocalDate.parse(published + "-01") : LocalDate.parse(published);
      out.put(c[5], new Seed(file, lang, ref));
    }
    return out;
  }

  @Test
  void everySeedFactIsExtractedAndNothingElse() throws IOException {
    Map<String, Seed> seeds = seeds();
    List<String> rows = Files.readAllLines(TestFiles.shared().resolve("corpus/seed-facts.tsv"), StandardCharsets.UTF_8);
    Map<String, List<Fact>> factsBySeed = new HashMap<>();
    Map<String, String> bodies = new HashMap<>();
    List<String> problems = new ArrayList<>();
    Map<String, List<Fact>> matched = new HashMap<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] c = row.split("\t", -1);
      Seed seed = seeds.get(c[0]);
      String body = bodies.computeIfAbsent(c[0], s -> read(seed));
      List<Fact> facts = factsBySeed.computeIfAbsent(c[0], s -> extractor.extract(body, seed.lang(), seed.reference()));
      Fact.Kind kind = Fact.Kind.valueOf(c[2].toUpperCase(Locale.ROOT));
      String unit = c[4].equals("-") ? null : UNIT_IDS.getOrDefault(c[4], c[4]);
      Fact.Qualifier qualifier = c[5].equals("-") ? Fact.Qualifier.EXACT : Fact.Qualifier.valueOf(c[5].toUpperCase(Locale.ROOT).replace(' ', '_'));
      String substring = c[7];
      Fact found = null;
      for (int at = body.indexOf(substring); at >= 0 && found == null; at = body.indexOf(substring, at + 1)) {
        for (Fact f : facts) {
          if (f.start() >= at && f.end() <= at + substring.length() && f.kind() == kind) {
            found = f;
            break;
          }
        }
      }
      if (found == null) {
        problems.add(c[0] + " no " + kind + " fact in [" + substring + "]");
        continue;
      }
      matched.computeIfAbsent(c[0], s -> new ArrayList<>()).add(found);
      BigDecimal value = kind == Fact.Kind.DATE ? BigDecimal.valueOf(LocalDate.parse(c[3]).toEpochDay()) : new BigDecimal(c[3]);
      boolean ok = found.value().compareTo(value) == 0 && Objects.equals(found.unit(), unit) && found.qualifier() == qualifier
          && (kind != Fact.Kind.DATE || c[3].equals(found.date()));
      if (!ok) {
        problems.add(c[0] + " [" + substring + "] expected " + c[3] + " " + unit + " " + qualifier + " got " + describe(found));
      }
    }
    for (Map.Entry<String, List<Fact>> e : factsBySeed.entrySet()) {
      List<String> allowed = OTHER_QUANTITIES.getOrDefault(e.getKey(), List.of());
      for (Fact f : e.getValue()) {
        // The Korean page repeats its body: a repeat of a seed fact is the same fact.
        boolean seedFact = matched.getOrDefault(e.getKey(), List.of()).stream().anyMatch(m -> m.kind() == f.kind()
            && m.value().compareTo(f.value()) == 0 && m.text().equals(f.text()) && Objects.equals(m.unit(), f.unit()));
        if (!seedFact) {
          System.out.println("other: " + e.getKey() + " " + describe(f));
        }
        if (!seedFact && !allowed.contains(f.kind().id() + " " + f.text())) {
          problems.add(e.getKey() + " unexpected " + describe(f));
        }
      }
    }
    problems.forEach(System.out::println);
    assertThat(problems).isEmpty();
  }

  static String describe(Fact f) {
    return f.kind().id() + " " + f.value().toPlainString() + (f.date() == null ? "" : " " + f.date()) + " " + f.unit() + " "
        + f.qualifier().id() + " [" + f.text() + "] concepts=" + f.concepts() + " entities=" + f.entities();
  }

  private static String read(Seed seed) {
    try {
      return Files.readString(TestFiles.repoRoot().resolve("corpus").resolve(seed.file()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
