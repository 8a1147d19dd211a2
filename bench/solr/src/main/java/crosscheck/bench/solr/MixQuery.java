package crosscheck.bench.solr;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * One query of crosscheck's search mix (crosscheck.bench.QueryMix), as the bench JVM wrote it, with the lexicon
 * expansions crosscheck's own query builder made for it (one map per concept or entity: language → terms), and
 * its translation into a Solr request that does what crosscheck's search does.
 *
 * <p>The translation: the text through edismax over every language's body and title fields (title ×2, Chinese
 * bigrams ×0.5, fields summed with tie=1 as crosscheck's per-language parsers do, whitespace not split); each
 * expansion as one clause of field-qualified phrases on the language's body and title fields, constant 2 plus
 * 0.1 × its score, the original text ×0.5 (crosscheck's COVERAGE, EXPANDED and ORIGINAL weights); filters as
 * tagged filter queries; facet counts on lang, script, source and month (top 50, each filtered facet counted
 * without its own filter); ten rows; unified highlighter on the six body fields, two passages, from offsets.
 */
record MixQuery(String category, String text, boolean crossLanguage, String filter, String value, List<Map<String, List<String>>> expansions) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> KEYS = List.of("zh", "ko", "id", "en", "fr", "xx");
  private static final Map<String, String> FACETS = Map.of("lang", "lang", "script", "script", "source", "source", "month", "published_month");
  private static final String QF = KEYS.stream().map(k -> "body_" + k + " title_" + k + "^2").collect(Collectors.joining(" ")) + " body_zh_bigram^0.5";
  private static final String HL_FIELDS = KEYS.stream().map(k -> "body_" + k).collect(Collectors.joining(","));

  static List<MixQuery> read(Path json) throws IOException {
    return JSON.readValue(json.toFile(), new TypeReference<List<MixQuery>>() {});
  }

  ModifiableSolrParams params() {
    ModifiableSolrParams p = new ModifiableSolrParams();
    StringBuilder q = new StringBuilder("_query_:\"{!edismax qf=$qf tie=1.0 sow=false q.op=OR v=$qq}\"^0.5");
    for (Map<String, List<String>> expansion : expansions) {
      String any = expansion.entrySet().stream()
          .flatMap(e -> e.getValue().stream().map(term -> "body_" + e.getKey() + ":" + quote(term) + " title_" + e.getKey() + ":" + quote(term)))
          .collect(Collectors.joining(" "));
      q.append(" (").append(any).append(")^=2 (").append(any).append(")^0.1");
    }
    p.set("q", q.toString());
    p.set("qq", text);
    p.set("qf", QF);
    p.set("q.op", "OR");
    p.set("rows", 10);
    p.set("fl", "id,path,lang,script,title,source,published,score");
    p.set("facet", true);
    p.set("facet.limit", 50);
    p.set("facet.mincount", 1);
    for (Map.Entry<String, String> f : FACETS.entrySet()) {
      p.add("facet.field", f.getKey().equals(filter) ? "{!ex=f}" + f.getValue() : f.getValue());
    }
    if (filter != null) {
      p.set("fq", "{!tag=f}" + FACETS.get(filter) + ":" + quote(value));
    }
    p.set("hl", true);
    p.set("hl.method", "unified");
    p.set("hl.fl", HL_FIELDS);
    p.set("hl.snippets", 2);
    p.set("hl.tag.pre", "<mark>");
    p.set("hl.tag.post", "</mark>");
    p.set("hl.maxAnalyzedChars", 100_000);
    return p;
  }

  private static String quote(String term) {
    return "\"" + term.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
