package crosscheck.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.analysis.AnalyzerRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the built-in data files against the analyzers: every term survives its language's analysis, and no two
 * concepts (or two entities) share an analysed term unless the overlap is listed below as intended. The
 * collisions found are printed as a report either way.
 */
class LexiconDataTest {

  /** Concept pairs that share a term on purpose, "a b" with a < b. */
  private static final Set<String> INTENDED_CONCEPT_OVERLAPS =
      Set.of(
          // 人口/인구/penduduk/population: a count of people is also the population; fact extraction wants both.
          "people population",
          // population-share (existing id) is the share of a population: it reuses the population words.
          "population population-share",
          "people population-share");

  /**
   * Entity pairs whose aliases analyse alike in one language on purpose, "language a b": French drops the
   * letter t as an elided pronoun, so "Kakao T" is "Kakao" to the French chain.
   */
  private static final Set<String> INTENDED_ENTITY_OVERLAPS = Set.of("fr kakao kakao-t");

  private static AnalyzerRegistry analyzers;
  private static Lexicon lexicon;

  @BeforeAll
  static void load() {
    analyzers = new AnalyzerRegistry();
    lexicon = Lexicon.builtIn(analyzers);
  }

  @Test
  void hasTheVocabularyOtherCodeReliesOn() {
    long concepts = lexicon.entries().stream().filter(e -> e.kind() == Entry.Kind.CONCEPT).count();
    long entities = lexicon.entries().stream().filter(e -> e.kind() == Entry.Kind.ENTITY).count();
    System.out.println("lexicon: " + concepts + " concepts, " + entities + " entities");
    assertThat(concepts).isGreaterThanOrEqualTo(400);
    assertThat(entities).isGreaterThanOrEqualTo(150);
    for (String id : List.of("users", "people", "population", "servers", "employees", "messages", "subsidiaries",
        "members", "data-center", "fire", "outage", "restoration", "compensation", "loss", "stock-price",
        "monopoly", "investment", "revenue", "fine", "taxi", "payment", "messenger", "government", "president",
        "population-share", "market-share", "backup")) {
      assertThat(lexicon.get(id)).as(id).isNotNull();
      assertThat(lexicon.get(id).kind()).as(id).isEqualTo(Entry.Kind.CONCEPT);
    }
    for (String id : List.of("users", "people", "servers", "employees", "messages", "subsidiaries", "members",
        "vehicles", "companies", "stores", "cases", "deaths", "injuries", "households", "customers", "passengers")) {
      assertThat(lexicon.get(id).type()).as(id).isEqualTo("unit");
    }
    for (String id : List.of("kakao", "kakaotalk", "kakao-pay", "kakao-t", "kakao-bank", "kakao-games",
        "kakao-entertainment", "melon", "daum", "naver", "naver-line", "telegram", "wechat", "tencent", "sk-cc",
        "sk-group", "pangyo", "ansan", "siheung", "seoul", "south-korea", "yoon-suk-yeol", "namkoong-whon",
        "hong-eun-taek", "kim-beom-su", "han-duck-soo", "park-hong-geun", "kang-min-kuk", "fair-trade-commission",
        "kbs", "bfm-tv", "straits-times", "democratic-party-korea", "people-power-party", "google", "apple",
        "qualcomm", "samsung")) {
      assertThat(lexicon.get(id)).as(id).isNotNull();
      assertThat(lexicon.get(id).kind()).as(id).isEqualTo(Entry.Kind.ENTITY);
    }
  }

  @Test
  void conceptRowsEndAboveTheMarkerForUnitsAddedInParallel() throws IOException {
    try (InputStream in = LexiconFiles.class.getResourceAsStream(LexiconFiles.CONCEPTS)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text.lines()).contains("# units added for fact extraction");
    }
  }

  @Test
  void everyTermAnalysesToAtLeastOneTokenInItsLanguage() {
    List<String> empty = new ArrayList<>();
    for (Entry entry : lexicon.entries()) {
      entry.terms().forEach((lang, terms) -> {
        for (String term : terms) {
          if (lexicon.analyse(lang, term).isEmpty()) {
            empty.add(entry.id() + " " + lang + ":" + term);
          }
        }
      });
    }
    assertThat(empty).as("terms that analyse to nothing").isEmpty();
  }

  @Test
  void koreanConceptTermsAreReadAsNounsByNori() {
    // Out of context nori may read a short noun as a verb form (보고서 → 보 + endings, 가게 → 가 + 게): such a
    // term would match the wrong thing. Each Hangul word of a term must analyse to itself or to itself less a
    // one-syllable suffix that the stop filter drops in the text too (점유율 → 점유), keeping two syllables.
    List<String> misread = new ArrayList<>();
    for (Entry entry : lexicon.entries()) {
      if (entry.kind() != Entry.Kind.CONCEPT) {
        continue;
      }
      for (String term : entry.terms("ko")) {
        for (String word : term.split(" ")) {
          if (!word.chars().allMatch(c -> c >= 0xAC00 && c <= 0xD7A3)) {
            continue;
          }
          String read = String.join("", lexicon.analyse("ko", word));
          boolean ok = read.equals(word)
              || (word.startsWith(read) && read.length() >= 2 && word.length() - read.length() <= 1);
          if (!ok) {
            misread.add(entry.id() + ": " + word + " → " + lexicon.analyse("ko", word));
          }
        }
      }
    }
    assertThat(misread).as("Korean terms nori misreads").isEmpty();
  }

  @Test
  void noTwoConceptsShareAnAnalysedTermUnlessIntended() {
    List<String> unintended = new ArrayList<>();
    StringBuilder report = new StringBuilder("concept collisions (language, analysed term: ids):\n");
    for (String lang : LexiconFiles.LANGUAGES) {
      Map<List<String>, Set<String>> byTokens = index(lang, Entry.Kind.CONCEPT);
      byTokens.forEach((tokens, ids) -> {
        if (ids.size() > 1) {
          report.append("  ").append(lang).append(' ').append(tokens).append(": ").append(ids).append('\n');
          List<String> list = new ArrayList<>(ids);
          for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
              String pair = list.get(i) + " " + list.get(j);
              if (!INTENDED_CONCEPT_OVERLAPS.contains(pair)) {
                unintended.add(lang + " " + tokens + ": " + pair);
              }
            }
          }
        }
      });
    }
    System.out.print(report);
    assertThat(unintended).as("unintended concept collisions").isEmpty();
  }

  @Test
  void noTwoEntitiesShareAnAnalysedAlias() {
    List<String> collisions = new ArrayList<>();
    StringBuilder report = new StringBuilder("entity aliases that are also concept terms (language, term: ids):\n");
    for (String lang : LexiconFiles.LANGUAGES) {
      Map<List<String>, Set<String>> entities = index(lang, Entry.Kind.ENTITY);
      Map<List<String>, Set<String>> concepts = index(lang, Entry.Kind.CONCEPT);
      entities.forEach((tokens, ids) -> {
        if (ids.size() > 1 && !INTENDED_ENTITY_OVERLAPS.contains(lang + " " + String.join(" ", ids))) {
          collisions.add(lang + " " + tokens + ": " + ids);
        }
        if (concepts.containsKey(tokens)) {
          report.append("  ").append(lang).append(' ').append(tokens).append(": ").append(ids)
              .append(" / ").append(concepts.get(tokens)).append('\n');
        }
      });
    }
    System.out.print(report);
    assertThat(collisions).as("aliases shared by two entities").isEmpty();
  }

  /** Analysed term → ids of the given kind, for the terms of one language (entities: all their aliases). */
  private static Map<List<String>, Set<String>> index(String lang, Entry.Kind kind) {
    Map<List<String>, Set<String>> byTokens = new TreeMap<>((a, b) -> String.join(" ", a).compareTo(String.join(" ", b)));
    for (Entry entry : lexicon.entries()) {
      if (entry.kind() != kind) {
        continue;
      }
      List<String> terms = Lexicon.termsMatchedIn(entry, lang);
      for (String term : terms) {
        List<String> tokens = lexicon.analyse(lang, term);
        if (lang.equals("zh")) {
          tokens = List.of(String.join("", tokens)); // Chinese terms are matched on their characters
        }
        if (!tokens.isEmpty() && !tokens.get(0).isEmpty()) {
          byTokens.computeIfAbsent(tokens, t -> new TreeSet<>()).add(entry.id());
        }
      }
    }
    return byTokens;
  }
}
