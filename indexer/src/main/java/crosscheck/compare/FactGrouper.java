package crosscheck.compare;

import crosscheck.facts.Fact;
import crosscheck.lexicon.Entry;
import crosscheck.lexicon.Lexicon;
import crosscheck.lexicon.Match;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Groups facts by what they measure. The rule, step by step:
 *
 * <ol>
 *   <li><b>One figure per article and value</b>: a page that repeats its text reports its figure once.
 *   <li><b>Same story</b>: articles that name a common organisation, product or person (through its root,
 *       see {@link Subjects}) belong to one story; figures of different stories are never compared.
 *   <li><b>Same dimension</b>: same kind, and for counts units of one dimension (users, people: persons), for
 *       money one currency ({@link Measures}).
 *   <li><b>Overlapping measured concepts</b>: the concepts of the fact's clause, without the words that describe
 *       the figure itself ({@code figure-words.tsv}: duration, total, percentage ...) and the counted units for
 *       counts ("users lost" measures <i>loss</i> of users), link facts that share one; linked facts form a
 *       group. Counts whose clause names nothing but their unit form the group of that unit ("43 million
 *       users").
 *   <li><b>Compatible units and subjects</b>: a group is split where its facts count different specific units
 *       (employees, users) or count for a product other than the one the coverage is about (Kakao Pay's users
 *       beside KakaoTalk's), and a duration group where its facts are about different organisations (Naver's
 *       4 hours, Kakao's 4 days); a fact with a generic unit (people) or no subject stays with the largest part
 *       (alone when there is none). A date whose clause names nothing takes its sentence's concepts, and joins a
 *       group that already agrees on its day.
 *   <li><b>A duration with no measured concept but a subject</b> ("Kakao was down for 4 days" where nothing
 *       but the number says what lasted), or with concepts no other figure shares, joins the largest duration
 *       group of the same story about that subject.
 *       Other figures that say nothing of what they measure stay alone: they are never compared.
 * </ol>
 *
 * A group's label is built from the concepts most of its sources share. Thread-safe.
 */
public final class FactGrouper {

  /** Concepts that describe a figure, not what it measures ({@code figure-words.tsv}). */
  private static final Set<String> FIGURE_WORDS = figureWords();

  private final Subjects subjects;
  private final Set<String> unitConcepts;

  public FactGrouper(Lexicon lexicon) {
    this.subjects = new Subjects(lexicon);
    Set<String> units = new LinkedHashSet<>();
    for (Entry e : lexicon.entries()) {
      if (e.kind() == Entry.Kind.CONCEPT && e.type().equals("unit")) {
        units.add(e.id());
      }
    }
    this.unitConcepts = Set.copyOf(units);
  }

  Subjects subjects() {
    return subjects;
  }

  /** Every group, singletons included, in no particular order. */
  public List<FactGroup> group(List<ComparedFact> input) {
    List<ComparedFact> facts = onePerArticleAndValue(input);
    Map<String, List<Match>> sentences = new HashMap<>();
    Map<ComparedFact, String> subjectOf = new HashMap<>();
    Map<ComparedFact, String> productOf = new HashMap<>();
    Map<ComparedFact, Set<String>> topics = new HashMap<>();
    for (ComparedFact f : facts) {
      subjectOf.put(f, subjects.subject(f, sentences));
      productOf.put(f, subjects.product(f, sentences));
      topics.put(f, topic(f, sentences));
    }
    Map<String, String> storyOf = stories(facts);
    Map<String, List<ComparedFact>> buckets = new LinkedHashMap<>();
    for (ComparedFact f : facts) {
      buckets.computeIfAbsent(storyOf.get(f.articleId()) + "|" + Measures.dimension(f.kind(), f.unit()), k -> new ArrayList<>()).add(f);
    }
    List<FactGroup> out = new ArrayList<>();
    for (List<ComparedFact> bucket : buckets.values()) {
      out.addAll(groupBucket(bucket, subjectOf, productOf, topics));
    }
    return out;
  }

  private List<FactGroup> groupBucket(List<ComparedFact> bucket, Map<ComparedFact, String> subjectOf,
      Map<ComparedFact, String> productOf, Map<ComparedFact, Set<String>> topics) {
    Fact.Kind kind = bucket.get(0).kind();
    List<ComparedFact> specified = new ArrayList<>();
    List<ComparedFact> loose = new ArrayList<>();
    for (ComparedFact f : bucket) {
      (topics.get(f).isEmpty() && kind != Fact.Kind.COUNT ? loose : specified).add(f);
    }
    List<List<ComparedFact>> groups = new ArrayList<>();
    for (List<ComparedFact> component : components(specified, topics)) {
      for (List<ComparedFact> byUnit : partition(component, f -> kind == Fact.Kind.COUNT ? Measures.specificUnit(f.unit()) : null)) {
        // Durations are split by subject (how long Naver took is not how long Kakao took), counts by product
        // (Kakao Pay's users are not KakaoTalk's; a count about Kakao itself fits either); for other kinds the
        // organisation named near a number is too often not what it is about.
        groups.addAll(switch (kind) {
          case DURATION -> partition(byUnit, subjectOf::get);
          case COUNT -> partition(byUnit, byProduct(byUnit, productOf));
          default -> List.of(byUnit);
        });
      }
    }
    if (kind == Fact.Kind.DURATION) {
      // A duration whose measured concepts no other figure shares ("could not be connected for more than 10
      // hours") is as unspecific as one that names none: it may join its subject's group too.
      for (Iterator<List<ComparedFact>> it = groups.iterator(); it.hasNext(); ) {
        List<ComparedFact> g = it.next();
        if (g.size() == 1 && subjectOf.get(g.get(0)) != null) {
          loose.add(g.get(0));
          it.remove();
        }
      }
    }
    if (kind == Fact.Kind.DATE) {
      // A date whose own clause names nothing ("10 月 15 號, 四千萬網民 ...") dates what its sentence tells; when it
      // is the very day a group of dates already agrees on, it is that event's date too.
      for (Iterator<List<ComparedFact>> it = groups.iterator(); it.hasNext(); ) {
        List<ComparedFact> g = it.next();
        ComparedFact f = g.get(0);
        if (g.size() == 1 && f.concepts().isEmpty()) {
          List<ComparedFact> home = groups.stream()
              .filter(other -> other != g && other.size() > 1 && other.stream().anyMatch(x -> x.value().compareTo(f.value()) == 0))
              .max(Comparator.comparingInt(List::size)).orElse(null);
          if (home != null) {
            home.add(f);
            it.remove();
          }
        }
      }
    }
    for (ComparedFact f : loose) {
      String subject = subjectOf.get(f);
      List<ComparedFact> home = null;
      if (kind == Fact.Kind.DURATION && subject != null) {
        for (List<ComparedFact> g : groups) {
          boolean sameSubject = g.stream().anyMatch(x -> subject.equals(subjectOf.get(x)));
          if (sameSubject && g.size() > 1 && (home == null || g.size() > home.size())) {
            home = g;
          }
        }
      }
      if (home != null) {
        home.add(f);
      } else {
        groups.add(new ArrayList<>(List.of(f)));
      }
    }
    List<FactGroup> out = new ArrayList<>();
    for (List<ComparedFact> g : groups) {
      out.add(build(kind, g, topics));
    }
    return out;
  }

  /**
   * Counts about the product their articles name most often (KakaoTalk in coverage of Kakao; an article whose
   * figure is about a product names it), or about no
   * product in particular, share one key; a count about another product (Kakao Pay's 36 million users) gets that
   * product's key.
   */
  private Function<ComparedFact, String> byProduct(List<ComparedFact> facts, Map<ComparedFact, String> productOf) {
    Map<String, Set<String>> articlesNaming = new HashMap<>();
    for (ComparedFact f : facts) {
      for (String e : f.articleEntities()) {
        if (!subjects.root(e).equals(e)) {
          articlesNaming.computeIfAbsent(e, x -> new TreeSet<>()).add(f.articleId());
        }
      }
      if (productOf.get(f) != null) {
        articlesNaming.computeIfAbsent(productOf.get(f), x -> new TreeSet<>()).add(f.articleId());
      }
    }
    String main = articlesNaming.entrySet().stream()
        .max(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> e.getValue().size()).thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey).orElse(null);
    return f -> {
      String product = productOf.get(f);
      return product == null || product.equals(main) ? "" : product;
    };
  }

  /**
   * What a fact measures besides its unit: its clause's concepts, minus the counted units for counts. A date
   * whose clause names nothing ("On 15 October, a fire broke out") dates its whole sentence: it takes the
   * sentence's concepts.
   */
  Set<String> topic(ComparedFact f, Map<String, List<Match>> sentences) {
    Set<String> t = new TreeSet<>(f.concepts());
    if (t.isEmpty() && f.kind() == Fact.Kind.DATE) {
      for (Match m : subjects.matches(f, sentences)) {
        if (m.entry().kind() == Entry.Kind.CONCEPT) {
          t.add(m.entry().id());
        }
      }
      t.removeAll(FIGURE_WORDS);
    }
    t.removeAll(FIGURE_WORDS);
    if (f.kind() == Fact.Kind.COUNT || f.kind() == Fact.Kind.PERCENT) {
      // a counted thing is a count's unit, and for a share the population it is taken of ("90% of users",
      // "80% of services"): too broad to say two figures measure the same thing
      t.removeAll(unitConcepts);
      if (f.unit() != null) {
        t.remove(f.unit());
      }
    }
    return t;
  }

  private static Set<String> figureWords() {
    Set<String> out = new TreeSet<>();
    Resources.rows("figure-words.tsv").forEach(row -> out.add(row[0].strip()));
    return Set.copyOf(out);
  }

  /** Facts linked by a shared measured concept; counts measuring only their unit form one component. */
  private static List<List<ComparedFact>> components(List<ComparedFact> facts, Map<ComparedFact, Set<String>> topics) {
    int n = facts.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstWith = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Set<String> t = topics.get(facts.get(i));
      for (String c : t.isEmpty() ? Set.of("\u0000unit") : t) {
        Integer j = firstWith.putIfAbsent(c, i);
        if (j != null) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<Integer, List<ComparedFact>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(facts.get(i));
    }
    return new ArrayList<>(byRoot.values());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * Splits by a key; items with a null key (generic unit, no subject) join the largest part, or form their own
   * part when no part is larger than all others.
   */
  static <T> List<List<T>> partition(List<T> items, Function<T, String> key) {
    Map<String, List<T>> parts = new LinkedHashMap<>();
    List<T> any = new ArrayList<>();
    for (T item : items) {
      String k = key.apply(item);
      if (k == null) {
        any.add(item);
      } else {
        parts.computeIfAbsent(k, x -> new ArrayList<>()).add(item);
      }
    }
    if (parts.isEmpty()) {
      return any.isEmpty() ? List.of() : List.of(any);
    }
    int most = parts.values().stream().mapToInt(List::size).max().orElseThrow();
    List<List<T>> largest = parts.values().stream().filter(p -> p.size() == most).toList();
    List<List<T>> out = new ArrayList<>(parts.values());
    if (largest.size() == 1) {
      largest.get(0).addAll(any);
    } else if (!any.isEmpty()) {
      out.add(any); // no largest part: which one they belong to is unknown
    }
    return out;
  }

  /** Articles that name a common organisation, product or person (by root) share a story id. */
  private Map<String, String> stories(List<ComparedFact> facts) {
    Map<String, Set<String>> rootsOf = new LinkedHashMap<>();
    for (ComparedFact f : facts) {
      rootsOf.computeIfAbsent(f.articleId(), a -> {
        Set<String> roots = new TreeSet<>();
        for (String e : f.articleEntities()) {
          if (subjects.storyEntity(e)) {
            roots.add(subjects.root(e));
          }
        }
        return roots;
      });
    }
    List<String> articles = new ArrayList<>(rootsOf.keySet());
    int[] parent = new int[articles.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstWith = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      Set<String> roots = rootsOf.get(articles.get(i));
      for (String r : roots.isEmpty() ? Set.of("\u0000none") : roots) {
        Integer j = firstWith.putIfAbsent(r, i);
        if (j != null) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      out.put(articles.get(i), articles.get(find(parent, i)));
    }
    return out;
  }

  private static List<ComparedFact> onePerArticleAndValue(List<ComparedFact> facts) {
    Map<String, ComparedFact> first = new LinkedHashMap<>();
    List<ComparedFact> sorted = new ArrayList<>(facts);
    sorted.sort(Comparator.comparing(ComparedFact::articleId).thenComparingInt(ComparedFact::start));
    for (ComparedFact f : sorted) {
      String key = String.join("\u0000", f.articleId(), f.kind().id(), Objects.toString(f.unit()),
          f.value().stripTrailingZeros().toPlainString(), f.qualifier().id(), String.join(",", new TreeSet<>(f.concepts())));
      first.putIfAbsent(key, f);
    }
    return new ArrayList<>(first.values());
  }

  private FactGroup build(Fact.Kind kind, List<ComparedFact> facts, Map<ComparedFact, Set<String>> topics) {
    Map<String, ComparedFact> onePerValue = new LinkedHashMap<>();
    for (ComparedFact f : facts) {
      onePerValue.putIfAbsent(f.articleId() + "\u0000" + f.value().stripTrailingZeros().toPlainString() + "\u0000" + f.qualifier(), f);
    }
    List<ComparedFact> sorted = new ArrayList<>(onePerValue.values());
    sorted.sort(Comparator.comparing(ComparedFact::lang).thenComparing(ComparedFact::sourceName)
        .thenComparing(ComparedFact::articleId).thenComparingInt(ComparedFact::start));
    Map<String, Set<String>> sourcesOf = new LinkedHashMap<>();
    Set<String> measured = new TreeSet<>();
    Set<String> stories = new TreeSet<>();
    Map<String, Integer> units = new LinkedHashMap<>();
    for (ComparedFact f : sorted) {
      for (String c : topics.get(f)) {
        sourcesOf.computeIfAbsent(c, x -> new TreeSet<>()).add(f.sourceName());
      }
      measured.addAll(topics.get(f));
      if (f.unit() != null) {
        measured.add(f.unit());
        units.merge(f.unit(), Measures.specificUnit(f.unit()) == null ? 0 : 1, Integer::sum);
      }
      for (String e : f.articleEntities()) {
        stories.add(subjects.root(e));
      }
    }
    String unit = units.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    List<String> concepts = labelConcepts(sourcesOf);
    return new FactGroup(label(kind, unit, concepts), kind, unit, concepts, measured, stories, sorted,
        ConflictRule.agreement(kind, sorted));
  }

  /** The concepts most sources share (all of those, plus others at least two share; three at most). */
  private static List<String> labelConcepts(Map<String, Set<String>> sourcesOf) {
    List<Map.Entry<String, Set<String>>> ranked = new ArrayList<>(sourcesOf.entrySet());
    ranked.sort(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> -e.getValue().size()));
    List<String> out = new ArrayList<>();
    int top = ranked.isEmpty() ? 0 : ranked.get(0).getValue().size();
    for (Map.Entry<String, Set<String>> e : ranked) {
      int n = e.getValue().size();
      if (out.size() < 3 && (n == top || n >= 2)) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  private static String label(Fact.Kind kind, String unit, List<String> concepts) {
    String what = String.join(", ", concepts.stream().map(c -> c.replace('-', ' ')).toList());
    String measure = switch (kind) {
      case COUNT -> unit == null ? "count" : unit.replace('-', ' ');
      case PERCENT -> "percent";
      case DURATION -> "duration";
      case MONEY -> unit == null ? "money" : unit;
      case DATE -> "date";
    };
    return what.isEmpty() ? measure : measure + ": " + what;
  }
}
