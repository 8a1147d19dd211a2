package crosscheck.lexicon;

import crosscheck.analysis.AnalyzerRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * The one vocabulary of the product: concepts and named entities with their terms in the five languages, read
 * from data files ({@code concepts.tsv}, {@code entities.tsv} beside this class, plus any user files merged
 * over them). Terms are matched <em>after</em> each language's analysis, so "servers" matches "server" and
 * 데이터센터 matches 데이터 센터: the lexicon and the analyzers always agree.
 *
 * <p>File format (UTF-8, tab-separated, {@code #} comments): a header line {@code id type zh ko id en fr},
 * then one entry a line; a cell holds that language's terms separated by {@code |}. Concepts match only the
 * terms of the text's language; an entity's aliases match in a text of any language (names cross scripts).
 * A user file's entry with an existing id adds its terms to that entry.
 */
public final class Lexicon {

  static final String CONCEPTS = "concepts.tsv";
  static final String ENTITIES = "entities.tsv";
  private static final List<String> COLUMNS = List.of("zh", "ko", "id", "en", "fr");

  private final AnalyzerRegistry analyzers;
  private final Map<String, Entry> entries;
  /** Per analysis key: first analysed token → the token sequences that start with it. */
  private final Map<String, Map<String, List<Pattern>>> patterns = new HashMap<>();

  /** A term's analysed tokens with the position step before each (stop words leave gaps: centre de données). */
  private record Pattern(Entry entry, List<String> tokens, int[] steps) {}

  /** One analysed token of a phrase and its position relative to the phrase's first token. */
  public record Position(String term, int position) {}

  private Lexicon(AnalyzerRegistry analyzers, Map<String, Entry> entries) {
    this.analyzers = analyzers;
    this.entries = Map.copyOf(entries);
    for (String key : AnalyzerRegistry.keys()) {
      Map<String, List<Pattern>> byFirst = new HashMap<>();
      for (Entry entry : entries.values()) {
        for (String term : termsMatchedIn(entry, key)) {
          List<Token> tokens = mainPath(analyzers.forLanguage(key), term);
          if (!tokens.isEmpty()) {
            int[] steps = new int[tokens.size()];
            for (int i = 1; i < steps.length; i++) {
              steps[i] = tokens.get(i).position - tokens.get(i - 1).position;
            }
            byFirst.computeIfAbsent(tokens.get(0).term, t -> new ArrayList<>())
                .add(new Pattern(entry, tokens.stream().map(Token::term).toList(), steps));
          }
        }
      }
      patterns.put(key, byFirst);
    }
  }

  /** The built-in concepts and entities. */
  public static Lexicon builtIn(AnalyzerRegistry analyzers) {
    return load(analyzers, List.of());
  }

  /** The built-in vocabulary with the user's files merged over it (see the class comment for the format). */
  public static Lexicon load(AnalyzerRegistry analyzers, Collection<Path> userFiles) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    readResource(CONCEPTS, Entry.Kind.CONCEPT, entries);
    readResource(ENTITIES, Entry.Kind.ENTITY, entries);
    for (Path file : userFiles) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        Entry.Kind kind = file.getFileName().toString().contains("entit") ? Entry.Kind.ENTITY : Entry.Kind.CONCEPT;
        read(reader, file.toString(), kind, entries);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read lexicon file " + file, e);
      }
    }
    return new Lexicon(analyzers, entries);
  }

  private static void readResource(String name, Entry.Kind kind, Map<String, Entry> into) {
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + Lexicon.class.getName());
      }
      read(new InputStreamReader(in, StandardCharsets.UTF_8), name, kind, into);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon resource " + name, e);
    }
  }

  static void read(Reader reader, String name, Entry.Kind kind, Map<String, Entry> into) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    List<String> header = null;
    int lineNo = 0;
    for (String line; (line = lines.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (header == null) {
        header = Arrays.asList(cells);
        if (header.size() < 3 || !header.get(0).equals("id") || !header.get(1).equals("type")) {
          throw new IllegalArgumentException(name + ":" + lineNo + ": header must be 'id<TAB>type<TAB>zh<TAB>ko...'");
        }
        continue;
      }
      if (cells.length > header.size()) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": more cells than header columns");
      }
      String id = cells[0].strip().toLowerCase(Locale.ROOT);
      if (id.isEmpty()) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": empty id");
      }
      Map<String, List<String>> terms = new HashMap<>();
      Entry old = into.get(id);
      if (old != null) {
        old.terms().forEach((lang, list) -> terms.put(lang, new ArrayList<>(list)));
      }
      for (int i = 2; i < cells.length; i++) {
        String lang = header.get(i).strip();
        for (String term : cells[i].split("\\|")) {
          String t = term.strip();
          if (!t.isEmpty() && COLUMNS.contains(lang)) {
            List<String> list = terms.computeIfAbsent(lang, l -> new ArrayList<>());
            if (!list.contains(t)) {
              list.add(t);
            }
          }
        }
      }
      terms.replaceAll((lang, list) -> List.copyOf(list));
      String type = cells[1].strip().isEmpty() && old != null ? old.type() : cells[1].strip();
      into.put(id, new Entry(id, old != null ? old.kind() : kind, type, terms));
    }
  }

  /** Terms of an entry that may appear in a text analysed with {@code key}'s chain. */
  private static List<String> termsMatchedIn(Entry entry, String key) {
    if (entry.kind() == Entry.Kind.ENTITY || key.equals(AnalyzerRegistry.GENERIC)) {
      return entry.terms().values().stream().flatMap(List::stream).distinct().toList();
    }
    return entry.terms(key);
  }

  public Collection<Entry> entries() {
    return entries.values();
  }

  public Entry get(String id) {
    return entries.get(id);
  }

  /** The analysed token sequence of a text under a language's chain (for matching and for query expansion). */
  public List<String> analyse(String lang, String text) {
    return mainPath(analyzers.forLanguage(lang), text).stream().map(Token::term).toList();
  }

  /** The analysed tokens of a phrase with their relative positions, for building a phrase query. */
  public List<Position> analysePhrase(String lang, String text) {
    List<Token> tokens = mainPath(analyzers.forLanguage(lang), text);
    return tokens.stream().map(t -> new Position(t.term, t.position - tokens.get(0).position)).toList();
  }

  /**
   * Every concept and entity in a text of the given language, longest match first at each position,
   * in text order. Overlapping matches of different entries are all reported.
   */
  public List<Match> find(String text, String lang) {
    Map<String, List<Pattern>> byFirst = patterns.get(AnalyzerRegistry.key(lang));
    List<Token> tokens = analysed(analyzers.forLanguage(lang), text);
    Map<Integer, List<Token>> byPosition = new HashMap<>();
    for (Token t : tokens) {
      byPosition.computeIfAbsent(t.position, p -> new ArrayList<>()).add(t);
    }
    List<Match> matches = new ArrayList<>();
    for (Token first : tokens) {
      List<Pattern> candidates = byFirst.get(first.term);
      if (candidates == null) {
        continue;
      }
      for (Pattern p : candidates) {
        Token last = follow(first, p, 1, byPosition);
        if (last != null) {
          matches.add(new Match(p.entry, first.start, Math.max(first.end, last.end)));
        }
      }
    }
    matches.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    List<Match> unique = new ArrayList<>();
    for (Match m : matches) {
      boolean dup = unique.stream().anyMatch(u -> u.entry().id().equals(m.entry().id()) && u.start() <= m.start() && u.end() >= m.end());
      if (!dup) {
        unique.add(m);
      }
    }
    return unique;
  }

  private static Token follow(Token at, Pattern p, int i, Map<Integer, List<Token>> byPosition) {
    if (i == p.tokens.size()) {
      return at;
    }
    for (Token next : byPosition.getOrDefault(at.position + p.steps[i], List.of())) {
      if (next.term.equals(p.tokens.get(i))) {
        Token last = follow(next, p, i + 1, byPosition);
        if (last != null) {
          return last;
        }
      }
    }
    return null;
  }

  private record Token(String term, int position, int length, int start, int end) {}

  private static List<Token> analysed(Analyzer analyzer, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("lexicon", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(new Token(term.toString(), pos, Math.max(1, len.getPositionLength()), offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The main path of a text's analysis: at each position the first token (a compound, not its parts). */
  private static List<Token> mainPath(Analyzer analyzer, String text) {
    List<Token> all = analysed(analyzer, text);
    List<Token> out = new ArrayList<>();
    int nextPos = 0;
    for (Token t : all) {
      if (t.position >= nextPos) {
        out.add(t);
        nextPos = t.position + t.length;
      }
    }
    return out;
  }
}
