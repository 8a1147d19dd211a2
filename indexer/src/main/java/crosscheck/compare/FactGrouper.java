package crosscheck.compare;

import crosscheck.facts.Fact;
import crosscheck.lexicon.Entry;
import crosscheck.lexicon.Lexicon;
import crosscheck.lexicon.Match;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
    // by identity: a record's hash reads all its fields, lists and sentence included (the facts are distinct)
    Map<ComparedFact, String> subjectOf = new IdentityHashMap<>();
    Map<ComparedFact, String> productOf = new IdentityHashMap<>();
    Map<ComparedFact, Set<String>> topics = new IdentityHashMap<>();
    for (ComparedFact f : facts) {
      String named = subjects.named(f, sentences);
      subjectOf.put(f, subjects.subject(named));
      productOf.put(f, subjects.product(named));
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
      // is the very day a group of dates already agrees on, it is that event's date too. The groups of two or
      // more dates are indexed by day first: only they take such dates, and they only grow.
      Map<BigDecimal, List<List<ComparedFact>>> withDay = new HashMap<>();
      for (List<ComparedFact> g : groups) {
        if (g.size() > 1) {
          g.stream().map(x -> x.value().stripTrailingZeros()).distinct()
              .forEach(day -> withDay.computeIfAbsent(day, d -> new ArrayList<>()).add(g));
        }
      }
      for (Iterator<List<ComparedFact>> it = groups.iterator(); it.hasNext(); ) {
        List<ComparedFact> g = it.next();
        ComparedFact f = g.get(0);
        if (g.size() == 1 && f.concepts().isEmpty()) {
          List<ComparedFact> home = largest(withDay.getOrDefault(f.value().stripTrailingZeros(), List.of()));
          if (home != null) {
            home.add(f);
            it.remove();
          }
        }
      }
    }
    // A loose duration joins the largest group of two or more about its subject (indexed by subject first: such
    // groups only grow, and the loose figures left alone never reach two).
    Map<String, List<List<ComparedFact>>> aboutSubject = new HashMap<>();
    if (kind == Fact.Kind.DURATION) {
      for (List<ComparedFact> g : groups) {
        if (g.size() > 1) {
          g.stream().map(subjectOf::get).filter(Objects::nonNull).distinct()
              .forEach(subject -> aboutSubject.computeIfAbsent(subject, x -> new ArrayList<>()).add(g));
        }
      }
    }
    for (ComparedFact f : loose) {
      String subject = subjectOf.get(f);
      List<ComparedFact> home = subject == null ? null : largest(aboutSubject.getOrDefault(subject, List.of()));
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

  /** The largest of some groups, the first of the largest on a tie; null when there are none. */
  private static List<ComparedFact> largest(List<List<ComparedFact>> groups) {
    List<ComparedFact> best = null;
    for (List<ComparedFact> g : groups) {
      if (best == null || g.size() > best.size()) {
        best = g;
      }
    }
    return best;
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

  /**
   * Story ids: articles that name a common organisation, product or person (by root) share one. An article that
   * names none is a story with the other such articles it is linked to by {@link #unnamedStory}, or alone.
   */
  private Map<String, String> stories(List<ComparedFact> facts) {
    Map<String, Set<String>> rootsOf = new LinkedHashMap<>();
    Map<String, ComparedFact> anyFactOf = new HashMap<>();
    for (ComparedFact f : facts) {
      anyFactOf.putIfAbsent(f.articleId(), f);
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
    List<Integer> unnamed = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Set<String> roots = rootsOf.get(articles.get(i));
      if (roots.isEmpty()) {
        unnamed.add(i);
      }
      for (String r : roots) {
        Integer j = firstWith.putIfAbsent(r, i);
        if (j != null) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    unnamedStories(unnamed, i -> anyFactOf.get(articles.get(i)), parent);
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      out.put(articles.get(i), articles.get(find(parent, i)));
    }
    return out;
  }

  /** How many days apart two articles that name nobody may be published and still tell one story. */
  static final int UNNAMED_STORY_DAYS = 3;

  /**
   * Links articles that name no organisation, product or person: two are one story when both are dated, were
   * published at most {@value #UNNAMED_STORY_DAYS} days apart (a month-only date counts as its whole month),
   * and share at least half of the concepts of the one that mentions fewer (the coverage of a bridge closure in
   * three languages). An undated one is a story of its own: a warehouse fire in Ohio and a factory fire in
   * Bandung are never compared. Sorted by date, each article is compared only with those of the days before it.
   */
  private static void unnamedStories(List<Integer> unnamed, Function<Integer, ComparedFact> factOf, int[] parent) {
    record Dated(int index, long from, long to, Set<String> concepts) {}
    List<Dated> dated = new ArrayList<>();
    for (int i : unnamed) {
      ComparedFact f = factOf.apply(i);
      long[] range = days(f.published());
      if (range != null && !f.articleConcepts().isEmpty()) {
        dated.add(new Dated(i, range[0], range[1], Set.copyOf(f.articleConcepts())));
      }
    }
    dated.sort(Comparator.comparingLong(Dated::from));
    for (int a = 0; a < dated.size(); a++) {
      Dated x = dated.get(a);
      for (int b = a - 1; b >= 0 && dated.get(b).from() >= x.from() - UNNAMED_STORY_DAYS - 31; b--) {
        Dated y = dated.get(b);
        if (x.from() - y.to() <= UNNAMED_STORY_DAYS && sharesHalf(x.concepts(), y.concepts())) {
          parent[find(parent, x.index())] = find(parent, y.index());
        }
      }
    }
  }

  private static boolean sharesHalf(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    for (String c : small) {
      if (large.contains(c)) {
        shared++;
      }
    }
    return 2 * shared >= small.size();
  }

  /** The first and last epoch day of an ISO day or month; null when absent or unreadable. */
  private static long[] days(String iso) {
    try {
      if (iso != null && iso.length() == 10) {
        long day = LocalDate.parse(iso).toEpochDay();
        return new long[] {day, day};
      }
      if (iso != null && iso.length() == 7) {
        YearMonth month = YearMonth.parse(iso);
        return new long[] {month.atDay(1).toEpochDay(), month.atEndOfMonth().toEpochDay()};
      }
    } catch (DateTimeParseException e) {
      // an unreadable date is no date
    }
    return null;
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
