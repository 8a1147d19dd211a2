package crosscheck.analysis;

import crosscheck.schema.Fields;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The one table that chooses the analysis chain per language, used by the indexer and the searcher alike.
 * Languages without a chain of their own fall back to {@link #GENERIC}. Analyzers are thread-safe and built once.
 */
public final class AnalyzerRegistry {

  /** The languages crosscheck analyses with a dedicated chain, in display order. */
  public static final List<String> LANGUAGES = List.of("zh", "ko", "id", "en", "fr");

  /** The pseudo-language of every other language's field ({@code body_xx}). */
  public static final String GENERIC = "xx";

  private final Map<String, Analyzer> byLanguage;
  private final Analyzer chineseBigrams = new ChineseBigramAnalyzer();
  private final PerFieldAnalyzerWrapper perField;

  public AnalyzerRegistry() {
    Map<String, Analyzer> map = new LinkedHashMap<>();
    map.put("zh", new ChineseAnalyzer());
    map.put("ko", new KoreanNewsAnalyzer());
    map.put("id", new IndonesianAnalyzer());
    map.put("en", new EnglishAnalyzer());
    map.put("fr", new FrenchAnalyzer());
    map.put(GENERIC, new GenericAnalyzer());
    this.byLanguage = Map.copyOf(map);
    Map<String, Analyzer> fields = new HashMap<>();
    map.forEach((lang, analyzer) -> {
      fields.put(Fields.body(lang), analyzer);
      fields.put(Fields.title(lang), analyzer);
    });
    fields.put(Fields.CHINESE_BIGRAMS, chineseBigrams);
    this.perField = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
  }

  /** The language key whose chain analyses {@code langCode}: the code itself, or {@link #GENERIC}. */
  public static String key(String langCode) {
    return LANGUAGES.contains(langCode) ? langCode : GENERIC;
  }

  /** Every analysis key, dedicated languages first, then {@link #GENERIC}. */
  public static List<String> keys() {
    return List.of("zh", "ko", "id", "en", "fr", GENERIC);
  }

  /** The analyzer for a language code (unknown codes get the generic chain). */
  public Analyzer forLanguage(String langCode) {
    return byLanguage.get(key(langCode));
  }

  /** The bigram chain of the second Chinese field. */
  public Analyzer chineseBigrams() {
    return chineseBigrams;
  }

  /** One analyzer for the IndexWriter: each language field with its own chain. */
  public Analyzer perField() {
    return perField;
  }
}
