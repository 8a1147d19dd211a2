package crosscheck.lexicon;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.analysis.Tokens;
import crosscheck.analysis.TraditionalToSimplifiedCharFilter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;

/**
 * The one vocabulary of the product: concepts and named entities with their terms in the five languages, read
 * from data files ({@code concepts.tsv}, {@code entities.tsv} beside this class, plus any user files merged
 * over them). Terms are matched <em>after</em> each language's analysis, so "servers" matches "server" and
 * 데이터센터 matches 데이터 센터: the lexicon and the analyzers always agree.
 *
 * <p>File format (UTF-8, tab-separated, {@code #} comments): a header line {@code id type zh ko id en fr},
 * then one entry a line; a cell holds that language's terms separated by {@code |}. Concepts match only the
 * terms of the text's language; an entity's aliases match in a text of any language (names cross scripts).
 * A user file's entry with an existing id adds its terms to that entry. The files are parsed by
 * {@link LexiconFiles}, which the Korean analyzer also reads to build its user dictionary.
 *
 * <p>Matching: a term matches the same token sequence in the text, with the same gaps a stop filter left
 * ("centre de données" matches "centre des données"); Chinese terms match on their characters (see
 * {@link #MATCHED_ON_CHARACTERS}); aliases written in Han are not matched in Korean text (see
 * {@link #termsMatchedIn}). {@link #resolveName} finds the entity a name refers to in any script or spelling.
 */
public final class Lexicon {

  private final AnalyzerRegistry analyzers;
  private final Map<String, Entry> entries;
  /** Per analysis key: first analysed token → the token sequences that start with it. */
  private final Map<String, Map<String, List<Pattern>>> patterns = new HashMap<>();

  /** Entity ids by normalised alias ({@link #normaliseAlias}) and by {@link NameKey}, for {@link #resolveName}. */
  private final Map<String, Set<String>> byAlias = new HashMap<>();
  private final Map<String, Set<String>> byNameKey = new HashMap<>();

  /**
   * The analysis key whose terms are matched on characters: smartcn segments a word differently alone and in
   * context (着火 alone is 着 + 火, in 數據中心著火 it is one word), so a Chinese term matches a run of whole text
   * tokens whose characters spell the term's analysed characters.
   */
  private static final String MATCHED_ON_CHARACTERS = "zh";

  /** Keys shorter than this are not indexed: "SK", "LG" would collide with every short name. */
  private static final int MIN_KEY_LENGTH = 4;

  /**
   * An entry's term as analysed: the main-path tokens and, before each token after the first, the number of
   * positions a filter left empty (a removed stop word: "centre de données" → centr, +1, don), which the text
   * must show too.
   */
  private record Pattern(Entry entry, List<String> tokens, List<Integer> gaps) {}

  /**
   * How the constructor analyses a term under an analysis key and computes an alias's {@link NameKey}: directly,
   * or through {@link LexiconCache}.
   */
  interface TermAnalysis {
    List<Token> tokens(String key, String term);

    String nameKey(String alias);
  }

  /** Analysis with the analyzers themselves. */
  static TermAnalysis direct(AnalyzerRegistry analyzers) {
    return new TermAnalysis() {
      @Override
      public List<Token> tokens(String key, String term) {
        return analysed(analyzers.forLanguage(key), term);
      }

      @Override
      public String nameKey(String alias) {
        return NameKey.key(alias);
      }
    };
  }

  private Lexicon(AnalyzerRegistry analyzers, Map<String, Entry> entries, TermAnalysis analysis) {
    this.analyzers = analyzers;
    this.entries = Map.copyOf(entries);
    for (String key : AnalyzerRegistry.keys()) {
      Map<String, List<Pattern>> byFirst = new HashMap<>();
      for (Entry entry : entries.values()) {
        for (String term : termsMatchedIn(entry, key)) {
          List<Token> path = mainPath(analysis.tokens(key, term));
          if (!path.isEmpty()) {
            List<String> tokens = path.stream().map(Token::term).toList();
            List<Integer> gaps = new ArrayList<>();
            for (int i = 0; i < path.size(); i++) {
              gaps.add(i == 0 ? 0 : path.get(i).position - path.get(i - 1).position - path.get(i - 1).length);
            }
            if (key.equals(MATCHED_ON_CHARACTERS)) {
              String joined = String.join("", tokens);
              byFirst.computeIfAbsent(firstCodePoint(joined), t -> new ArrayList<>()).add(new Pattern(entry, List.of(joined), List.of(0)));
            } else {
              byFirst.computeIfAbsent(tokens.get(0), t -> new ArrayList<>()).add(new Pattern(entry, tokens, List.copyOf(gaps)));
            }
          }
        }
      }
      patterns.put(key, byFirst);
    }
    for (Entry entry : entries.values()) {
      if (entry.kind() != Entry.Kind.ENTITY) {
        continue;
      }
      Set<String> aliases = new LinkedHashSet<>();
      aliases.add(entry.id().replace('-', ' '));
      entry.terms().values().forEach(aliases::addAll);
      for (String alias : aliases) {
        byAlias.computeIfAbsent(normaliseAlias(alias), a -> new TreeSet<>()).add(entry.id());
        String nameKey = analysis.nameKey(alias);
        if (nameKey.length() >= MIN_KEY_LENGTH) {
          byNameKey.computeIfAbsent(nameKey, k -> new TreeSet<>()).add(entry.id());
        }
      }
    }
  }

  /** The built-in concepts and entities. */
  public static Lexicon builtIn(AnalyzerRegistry analyzers) {
    return load(analyzers, List.of());
  }

  /** The built-in vocabulary with the user's files merged over it (see the class comment for the format). */
  public static Lexicon load(AnalyzerRegistry analyzers, Collection<Path> userFiles) {
    return load(analyzers, userFiles, direct(analyzers));
  }

  /**
   * As {@link #load(AnalyzerRegistry, Collection)}, with the analysed terms remembered in {@code cacheFile}
   * (see {@link LexiconCache}): analysing every term with every chain is most of a server's start-up.
   */
  public static LexiconCache.Loaded load(AnalyzerRegistry analyzers, Collection<Path> userFiles, Path cacheFile) {
    return LexiconCache.load(analyzers, userFiles, cacheFile);
  }

  /** The vocabulary of the built-in and user files, with terms analysed by {@code analysis}. */
  static Lexicon load(AnalyzerRegistry analyzers, Collection<Path> userFiles, TermAnalysis analysis) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    merge(LexiconFiles.builtInConcepts(), Entry.Kind.CONCEPT, entries);
    merge(LexiconFiles.builtInEntities(), Entry.Kind.ENTITY, entries);
    for (Path file : userFiles) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        Entry.Kind kind = file.getFileName().toString().contains("entit") ? Entry.Kind.ENTITY : Entry.Kind.CONCEPT;
        read(reader, file.toString(), kind, entries);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read lexicon file " + file, e);
      }
    }
    return new Lexicon(analyzers, entries, analysis);
  }

  private static void merge(List<LexiconFiles.Row> rows, Entry.Kind kind, Map<String, Entry> into) {
    for (LexiconFiles.Row row : rows) {
      Map<String, List<String>> terms = new HashMap<>();
      Entry old = into.get(row.id());
      if (old != null) {
        old.terms().forEach((lang, list) -> terms.put(lang, new ArrayList<>(list)));
      }
      row.terms().forEach((lang, list) -> {
        List<String> merged = terms.computeIfAbsent(lang, l -> new ArrayList<>());
        for (String t : list) {
          if (!merged.contains(t)) {
            merged.add(t);
          }
        }
      });
      terms.replaceAll((lang, list) -> List.copyOf(list));
      String type = row.type().isEmpty() && old != null ? old.type() : row.type();
      into.put(row.id(), new Entry(row.id(), old != null ? old.kind() : kind, type, terms));
    }
  }

  /** Reads one file in the format of the class comment and merges its entries into {@code into}. */
  static void read(Reader reader, String name, Entry.Kind kind, Map<String, Entry> into) throws IOException {
    merge(LexiconFiles.read(reader, name), kind, into);
  }

  /** Terms of an entry that may appear in a text analysed with {@code key}'s chain (see {@link #hasHan}). */
  static List<String> termsMatchedIn(Entry entry, String key) {
    if (entry.kind() == Entry.Kind.ENTITY || key.equals(AnalyzerRegistry.GENERIC)) {
      return entry.terms().values().stream()
          .flatMap(List::stream)
          .distinct()
          .filter(term -> !(key.equals("ko") && hasHan(term)))
          .toList();
    }
    return entry.terms(key);
  }

  /**
   * Whether a term has Han characters. Such an alias is not matched in Korean text: nori reads Hanja with Korean
   * readings one character at a time (高通 becomes 통), which would match anything; a Hanja name in Korean text
   * is read as its Hangul alias anyway (尹錫悅 → 윤석열).
   */
  private static boolean hasHan(String term) {
    return term.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  public Collection<Entry> entries() {
    return entries.values();
  }

  public Entry get(String id) {
    return entries.get(id);
  }

  /**
   * The entity a name refers to, in whatever script or spelling it is written: first a listed alias (compared
   * case-, width-, hyphen- and Traditional/Simplified-insensitively), then the {@link NameKey} of the name
   * against the keys of all aliases, then (for a name of several words) the key with the last word moved to the
   * front ("Whon Namkoong"). A name whose alias or key belongs to two different entities is ambiguous and not
   * resolved.
   */
  public Optional<Entry> resolveName(String name) {
    Optional<Entry> byListedAlias = unique(byAlias.get(normaliseAlias(name)));
    if (byListedAlias.isPresent()) {
      return byListedAlias;
    }
    String nameKey = NameKey.key(name);
    if (nameKey.length() >= MIN_KEY_LENGTH) {
      Set<String> ids = byNameKey.get(nameKey);
      if (ids != null) {
        return unique(ids);
      }
    }
    String[] words = name.strip().split("[\\s\\p{Z}]+");
    if (words.length > 1) {
      String rotated = words[words.length - 1] + " " + String.join(" ", Arrays.asList(words).subList(0, words.length - 1));
      String rotatedKey = NameKey.key(rotated);
      if (rotatedKey.length() >= MIN_KEY_LENGTH) {
        return unique(byNameKey.get(rotatedKey));
      }
    }
    return Optional.empty();
  }

  private Optional<Entry> unique(Set<String> ids) {
    return ids != null && ids.size() == 1 ? Optional.of(entries.get(ids.iterator().next())) : Optional.empty();
  }

  /** An alias for exact comparison: NFKC, Simplified Chinese, lower case, hyphens and runs of spaces as one space. */
  static String normaliseAlias(String alias) {
    String s = Normalizer.normalize(alias, Normalizer.Form.NFKC);
    s = TraditionalToSimplifiedCharFilter.fold(s).toLowerCase(Locale.ROOT);
    return s.replaceAll("[\\s\\p{Z}\\-‐‑–·・.]+", " ").strip();
  }

  /** The analysed token sequence of a text under a language's chain (for matching and for query expansion). */
  public List<String> analyse(String lang, String text) {
    return tokens(analyzers.forLanguage(lang), text);
  }

  /** One analysed token of a phrase and its position relative to the phrase's first token. */
  public record Position(String term, int position) {}

  /** The analysed tokens of a phrase with their relative positions (stop words leave gaps), for phrase queries. */
  public List<Position> analysePhrase(String lang, String text) {
    List<Token> tokens = mainPath(analysed(analyzers.forLanguage(lang), text));
    return tokens.stream().map(t -> new Position(t.term, t.position - tokens.get(0).position)).toList();
  }


  /**
   * Every concept and entity in a text of the given language, longest match first at each position,
   * in text order. Overlapping matches of different entries are all reported.
   */
  public List<Match> find(String text, String lang) {
    return find(Tokens.of(analyzers.forLanguage(lang), "lexicon", text), lang);
  }

  /**
   * {@link #find(String, String)} on a text already analysed with its language's chain (the tokens the index
   * receives), so matching costs no second analysis.
   */
  public List<Match> find(Tokens analysed, String lang) {
    String key = AnalyzerRegistry.key(lang);
    boolean onCharacters = key.equals(MATCHED_ON_CHARACTERS);
    Map<String, List<Pattern>> byFirst = patterns.get(key);
    List<Token> tokens = tokens(analysed);
    Map<Integer, List<Token>> byPosition = new HashMap<>();
    for (Token t : tokens) {
      byPosition.computeIfAbsent(t.position, p -> new ArrayList<>()).add(t);
    }
    List<Match> matches = new ArrayList<>();
    for (Token first : tokens) {
      List<Pattern> candidates = byFirst.get(onCharacters ? firstCodePoint(first.term) : first.term);
      if (candidates == null) {
        continue;
      }
      for (Pattern p : candidates) {
        Token last = onCharacters ? spell(first, p.tokens.get(0), byPosition) : follow(first, p, 1, byPosition);
        if (last != null) {
          matches.add(new Match(p.entry, first.start, Math.max(first.end, last.end)));
        }
      }
    }
    matches.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    // In this order an earlier match of the same entry starts no later: it covers m when it ends no earlier.
    List<Match> unique = new ArrayList<>();
    Map<String, Integer> furthestEnd = new HashMap<>();
    for (Match m : matches) {
      Integer end = furthestEnd.get(m.entry().id());
      if (end == null || end < m.end()) {
        unique.add(m);
        furthestEnd.put(m.entry().id(), m.end());
      }
    }
    return unique;
  }

  private static Token follow(Token at, Pattern p, int i, Map<Integer, List<Token>> byPosition) {
    if (i == p.tokens.size()) {
      return at;
    }
    for (Token next : byPosition.getOrDefault(at.position + at.length + p.gaps.get(i), List.of())) {
      if (next.term.equals(p.tokens.get(i))) {
        Token last = follow(next, p, i + 1, byPosition);
        if (last != null) {
          return last;
        }
      }
    }
    return null;
  }

  /** The last of the adjacent whole tokens from {@code first} on that together spell {@code target}, or null. */
  private static Token spell(Token first, String target, Map<Integer, List<Token>> byPosition) {
    if (!target.startsWith(first.term)) {
      return null;
    }
    Token at = first;
    int spelled = first.term.length();
    while (spelled < target.length()) {
      Token next = null;
      for (Token t : byPosition.getOrDefault(at.position + at.length, List.of())) {
        if (!t.term.isEmpty() && target.startsWith(t.term, spelled)) {
          next = t;
          break;
        }
      }
      if (next == null) {
        return null;
      }
      spelled += next.term.length();
      at = next;
    }
    return at;
  }

  private static String firstCodePoint(String s) {
    return s.isEmpty() ? s : s.substring(0, Character.charCount(s.codePointAt(0)));
  }

  record Token(String term, int position, int length, int start, int end) {}

  static List<Token> analysed(Analyzer analyzer, String text) {
    return tokens(Tokens.of(analyzer, "lexicon", text));
  }

  private static List<Token> tokens(Tokens analysed) {
    List<Token> out = new ArrayList<>(analysed.size());
    int pos = -1;
    for (int i = 0; i < analysed.size(); i++) {
      pos += analysed.increment(i);
      out.add(new Token(analysed.term(i), pos, Math.max(1, analysed.positionLength(i)), analysed.start(i), analysed.end(i)));
    }
    return out;
  }

  /** The main path of a text's analysis: at each position the first token (a compound, not its parts). */
  private static List<String> tokens(Analyzer analyzer, String text) {
    return mainPath(analysed(analyzer, text)).stream().map(Token::term).toList();
  }

  private static List<Token> mainPath(List<Token> all) {
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
