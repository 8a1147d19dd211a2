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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
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
  /**
   * Language + tab + lexicon term → its analysed tokens, analysed once: expansion terms come only from the
   * lexicon, so this holds at most every term of it.
   */
  private final Map<String, List<Lexicon.Position>> analysedTerms = new ConcurrentHashMap<>();

  QueryBuilder(AnalyzerRegistry analyzers, Lexicon lexicon) {
    this.analyzers = analyzers;
    this.lexicon = lexicon;
  }

  /**
   * The query, the expansions it used, and per analysis key the part of the query that can match an article of
   * that language: the clauses on that language's own fields (an article has no others). For such an article it
   * has the same matches as the whole query with a fraction of its clauses, which is what highlighting needs.
   * {@code matching} matches the same documents as {@code query} without its scoring clauses (each expansion
   * once, not twice), for counting.
   */
  record Built(Query query, List<Expansion> expansions, Map<String, Query> byLanguage, Query matching) {}

  /**
   * The query for the text. Expansion clauses on a field that lacks one of their terms ({@code indexed} says
   * no) are left out: they match nothing, so scores and matches are the same, and an entity's aliases in every
   * script, searched in every language's fields, are mostly such clauses (two thirds of them on the test corpus).
   * Repeated clauses of one expansion (aliases that analyse alike) are left out of the query too, as it scores
   * its best term; they stay in {@link Built#byLanguage}, where the highlighter counts each clause's matches
   * when it picks the passages.
   */
  Built build(String text, boolean crossLanguage, Predicate<Term> indexed) {
    List<Query> original = new ArrayList<>();
    Map<String, List<Query>> originalByKey = new LinkedHashMap<>();
    for (String key : AnalyzerRegistry.keys()) {
      Query q = parse(text, key);
      if (q != null) {
        original.add(q);
        originalByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
      }
    }
    if (CHINESE_BIGRAMS > 0) {
      Query bigrams = parse(text, new String[] {Fields.CHINESE_BIGRAMS}, analyzers.chineseBigrams(), Map.of());
      if (bigrams != null) {
        Query boosted = new BoostQuery(bigrams, CHINESE_BIGRAMS);
        original.add(boosted);
        originalByKey.computeIfAbsent("zh", k -> new ArrayList<>()).add(boosted);
      }
    }
    List<Expansion> expansions = crossLanguage ? expansions(text) : List.of();
    // per expansion: language → the queries of its terms
    List<Map<String, List<Query>>> expanded = new ArrayList<>();
    for (Expansion e : expansions) {
      Map<String, List<Query>> byLang = new LinkedHashMap<>();
      e.terms().forEach((lang, terms) -> {
        List<Query> queries = new ArrayList<>();
        for (String term : terms) {
          List<Lexicon.Position> tokens = analysedTerms.computeIfAbsent(lang + '\t' + term, k -> lexicon.analysePhrase(lang, term));
          termQuery(lang, tokens, indexed).ifPresent(queries::add);
        }
        if (!queries.isEmpty()) {
          byLang.put(lang, queries);
        }
      });
      expanded.add(byLang);
    }
    try {
      List<List<Query>> allTerms =
          expanded.stream().map(m -> m.values().stream().flatMap(List::stream).distinct().toList()).toList();
      Query all = assemble(original, allTerms);
      Map<String, Query> byLanguage = new LinkedHashMap<>();
      for (String key : AnalyzerRegistry.keys()) {
        byLanguage.put(key, assemble(originalByKey.getOrDefault(key, List.of()),
            expanded.stream().map(m -> m.getOrDefault(key, List.of())).toList()));
      }
      BooleanQuery.Builder matching = new BooleanQuery.Builder();
      original.forEach(q -> matching.add(q, BooleanClause.Occur.SHOULD));
      allTerms.stream().filter(t -> !t.isEmpty())
          .forEach(t -> matching.add(new DisjunctionMaxQuery(t, 0f), BooleanClause.Occur.SHOULD));
      return new Built(all, expansions, byLanguage, new ConstantScoreQuery(matching.build()));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException("query too complex: use fewer words or wildcards", e);
    }
  }

  /**
   * The user's words times {@link #ORIGINAL}, then per expansion (its term queries) the coverage and the best
   * expanded term (see {@link #COVERAGE}).
   */
  private static Query assemble(List<Query> original, List<List<Query>> expansions) {
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    original.forEach(q -> words.add(q, BooleanClause.Occur.SHOULD));
    BooleanQuery.Builder all = new BooleanQuery.Builder()
        .add(new BoostQuery(words.build(), ORIGINAL), BooleanClause.Occur.SHOULD);
    for (List<Query> terms : expansions) {
      if (!terms.isEmpty()) {
        Query any = new DisjunctionMaxQuery(terms, 0f);
        all.add(new BoostQuery(new ConstantScoreQuery(any), COVERAGE), BooleanClause.Occur.SHOULD);
        all.add(new BoostQuery(any, EXPANDED), BooleanClause.Occur.SHOULD);
      }
    }
    return all.build();
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
      List<Match> found = lexicon.find(text, key);
      for (Match m : found) {
        if (name.isPresent() && m.entry().kind() == Entry.Kind.ENTITY || insideLonger(m, found)) {
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

  /**
   * True when another entry's match covers more of the query around this one: 데이터센터 names the data centre,
   * not also "data", and "Kakao Pay" the payment service, not also Kakao.
   */
  private static boolean insideLonger(Match m, List<Match> found) {
    for (Match o : found) {
      if (!o.entry().id().equals(m.entry().id()) && o.start() <= m.start() && o.end() >= m.end()
          && o.end() - o.start() > m.end() - m.start()) {
        return true;
      }
    }
    return false;
  }

  /**
   * One lexicon term's tokens as a phrase (or single term) on a language's body and title fields, leaving out a
   * field that lacks one of the tokens; empty when no field is left.
   */
  private static Optional<Query> termQuery(String lang, List<Lexicon.Position> tokens, Predicate<Term> indexed) {
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    for (String field : List.of(Fields.body(lang), Fields.title(lang))) {
      if (!tokens.stream().allMatch(t -> indexed.test(new Term(field, t.term())))) {
        continue;
      }
      Query q;
      if (tokens.size() == 1) {
        q = new TermQuery(new Term(field, tokens.get(0).term()));
      } else {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        tokens.forEach(t -> phrase.add(new Term(field, t.term()), t.position()));
        q = phrase.build();
      }
      b.add(q, BooleanClause.Occur.SHOULD);
      any = true;
    }
    return any ? Optional.of(b.build()) : Optional.empty();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).replace("Cannot parse '", "'").strip();
  }
}
