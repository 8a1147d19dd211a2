package crosscheck.search.lucene;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.lexicon.Entry;
import crosscheck.lexicon.Lexicon;
import crosscheck.lexicon.Match;
import crosscheck.schema.Fields;
import crosscheck.search.InvalidQueryException;
import crosscheck.search.SearchResult.Expansion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns the user's text into a Lucene query over every language's fields: the text is parsed (classic syntax)
 * once per language with that language's analyzer against its own body and title fields, so 数据中心 finds the
 * Traditional article and "servers" the English ones. With cross-language expansion, every concept or entity the
 * text names (in any language) also searches its terms in the other languages, scored below the user's own words.
 */
final class QueryBuilder {

  /** Title matches count more than body matches. */
  private static final Map<String, Float> TITLE_BOOST = Map.of("title", 2f);
  /**
   * Scoring with expansion: each concept or entity of the query that an article covers (in any language) adds
   * {@link #COVERAGE} — so an article that covers every idea of the query outranks one that covers a single word
   * many times — then the user's own words add their BM25 score times {@link #ORIGINAL}, and the best expanded
   * term's BM25 times {@link #EXPANDED} breaks ties. Original words therefore always score above expansions.
   */
  static final float COVERAGE = 2f;
  static final float ORIGINAL = 0.5f;
  static final float EXPANDED = 0.1f;
  /** Weight of the Chinese bigram field beside smartcn's words (0 turns it off; measured in RelevanceTest). */
  static final float CHINESE_BIGRAMS = Float.parseFloat(System.getProperty("crosscheck.zhBigrams", "0.5"));

  private final AnalyzerRegistry analyzers;
  private final Lexicon lexicon;

  QueryBuilder(AnalyzerRegistry analyzers, Lexicon lexicon) {
    this.analyzers = analyzers;
    this.lexicon = lexicon;
  }

  record Built(Query query, List<Expansion> expansions) {}

  Built build(String text, boolean crossLanguage) {
    BooleanQuery.Builder original = new BooleanQuery.Builder();
    for (String key : AnalyzerRegistry.keys()) {
      Query q = parse(text, key);
      if (q != null) {
        original.add(q, BooleanClause.Occur.SHOULD);
      }
    }
    if (CHINESE_BIGRAMS > 0) {
      Query bigrams = parse(text, new String[] {Fields.CHINESE_BIGRAMS}, analyzers.chineseBigrams(), Map.of());
      if (bigrams != null) {
        original.add(new BoostQuery(bigrams, CHINESE_BIGRAMS), BooleanClause.Occur.SHOULD);
      }
    }
    List<Expansion> expansions = crossLanguage ? expansions(text) : List.of();
    BooleanQuery.Builder all = new BooleanQuery.Builder()
        .add(new BoostQuery(original.build(), ORIGINAL), BooleanClause.Occur.SHOULD);
    for (Expansion e : expansions) {
      List<Query> terms = new ArrayList<>();
      for (Map.Entry<String, List<String>> byLang : e.terms().entrySet()) {
        for (String term : byLang.getValue()) {
          Query q = termQuery(byLang.getKey(), term);
          if (q != null) {
            terms.add(q);
          }
        }
      }
      if (!terms.isEmpty()) {
        Query any = new DisjunctionMaxQuery(terms, 0f);
        all.add(new BoostQuery(new ConstantScoreQuery(any), COVERAGE), BooleanClause.Occur.SHOULD);
        all.add(new BoostQuery(any, EXPANDED), BooleanClause.Occur.SHOULD);
      }
    }
    try {
      return new Built(all.build(), expansions);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException("query too complex: use fewer words or wildcards", e);
    }
  }

  /** The text parsed for one language's fields; null when the text has no words in that analysis. */
  private Query parse(String text, String key) {
    return parse(text, new String[] {Fields.body(key), Fields.title(key)}, analyzers.forLanguage(key),
        Map.of(Fields.title(key), TITLE_BOOST.get("title")));
  }

  private static Query parse(String text, String[] fields, org.apache.lucene.analysis.Analyzer analyzer, Map<String, Float> boosts) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer, boosts);
    parser.setDefaultOperator(QueryParser.Operator.OR);
    parser.setSplitOnWhitespace(false);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new InvalidQueryException("cannot parse the query: " + firstLine(e.getMessage())
          + " (put quotes around phrases; escape special characters + - ! ( ) { } [ ] ^ \" ~ * ? : \\ / with \\)", e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException("query too complex: use fewer words or wildcards", e);
    }
  }

  /** The concepts and entities the text names in any language, with their terms in every language. */
  List<Expansion> expansions(String text) {
    Map<String, String> from = new LinkedHashMap<>();
    Map<String, Entry> entries = new LinkedHashMap<>();
    // a query that is one name, in a spelling the lexicon may not list ("Yun Seok-yol"): resolved by its
    // transliteration key; then only concepts are looked for in it, not parts of the name
    Optional<Entry> name = lexicon.resolveName(text.replaceAll("[\"+()]", " ").strip());
    name.ifPresent(e -> {
      entries.put(e.id(), e);
      from.put(e.id(), text);
    });
    for (String key : AnalyzerRegistry.LANGUAGES) {
      for (Match m : lexicon.find(text, key)) {
        if (name.isPresent() && m.entry().kind() == Entry.Kind.ENTITY) {
          continue;
        }
        entries.putIfAbsent(m.entry().id(), m.entry());
        from.putIfAbsent(m.entry().id(), text.substring(m.start(), m.end()));
      }
    }
    List<Expansion> out = new ArrayList<>();
    for (Entry e : entries.values()) {
      Map<String, List<String>> terms = new LinkedHashMap<>();
      for (String lang : AnalyzerRegistry.LANGUAGES) {
        List<String> t = e.kind() == Entry.Kind.ENTITY
            ? e.terms().values().stream().flatMap(List::stream).distinct().toList()
            : e.terms(lang);
        if (!t.isEmpty()) {
          terms.put(lang, t);
        }
      }
      out.add(new Expansion(from.get(e.id()), e.id(), terms));
    }
    return out;
  }

  /** One lexicon term as a phrase (or single term) on a language's body and title fields. */
  private Query termQuery(String lang, String term) {
    List<Lexicon.Position> tokens = lexicon.analysePhrase(lang, term);
    if (tokens.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String field : List.of(Fields.body(lang), Fields.title(lang))) {
      Query q;
      if (tokens.size() == 1) {
        q = new TermQuery(new Term(field, tokens.get(0).term()));
      } else {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        tokens.forEach(t -> phrase.add(new Term(field, t.term()), t.position()));
        q = phrase.build();
      }
      b.add(q, BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).replace("Cannot parse '", "'").strip();
  }
}
