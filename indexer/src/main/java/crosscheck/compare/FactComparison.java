package crosscheck.compare;

import crosscheck.facts.Fact;
import crosscheck.lexicon.Entry;
import crosscheck.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Compares what the sources report: for a question ("how many users did Kakao lose?", "사용자 이탈"), the groups
 * of figures that answer it; for the whole corpus, the fact sheet of every measure at least two sources report.
 * Engine-neutral: the facts come from a {@link FactSource}; knows nothing of HTTP or the command line.
 *
 * <p>Grouping does not depend on the question, so the groups of a filter are computed once per version of the
 * source and kept: the last {@value #CACHED_FILTERS} filters asked of the current version (an older version's
 * groups are dropped when a new one is seen). Requests that arrive while a filter's groups are being computed
 * wait for that one computation. Thread-safe.
 */
public final class FactComparison {

  /** How many filters' groups are kept for the current version of the source. */
  static final int CACHED_FILTERS = 2;

  private final FactSource source;
  private final QuestionResolver resolver;
  private final FactGrouper grouper;
  private final Map<CacheKey, FutureTask<Grouped>> cache = new LinkedHashMap<>(16, 0.75f, true);

  private record CacheKey(long version, FactFilter filter) {}

  /** All groups of a filter, and the overview's: those two sources report, conflicts first. */
  private record Grouped(List<FactGroup> all, List<FactGroup> overview) {}

  public FactComparison(FactSource source, Lexicon lexicon) {
    this.source = source;
    this.resolver = new QuestionResolver(lexicon);
    this.grouper = new FactGrouper(lexicon);
  }

  /**
   * The groups that answer a question. All facts the filter lets through are grouped (so a group is the same
   * whichever question finds it, and the same as in the overview); the groups kept are those that measure the
   * most of the question's concepts (all of them when some group does), about its entities when it names any,
   * of the kind it asks for when it says. Most widely reported first.
   *
   * @throws IllegalArgumentException when the question is blank
   */
  public Comparison compare(String text, FactFilter filter) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("the question is empty: ask e.g. \"users lost\" or \"사용자 이탈\"");
    }
    Question q = resolver.resolve(text.strip());
    if (q.isEmpty()) {
      return result(q, List.of());
    }
    Set<String> concepts = new HashSet<>();
    q.concepts().forEach(e -> concepts.add(e.id()));
    Set<String> roots = new HashSet<>();
    q.entities().forEach(e -> roots.add(grouper.subjects().root(e.id())));
    List<FactGroup> candidates = new ArrayList<>();
    for (FactGroup g : grouped(filter).all()) {
      if (!roots.isEmpty() && g.stories().stream().noneMatch(roots::contains)) {
        continue;
      }
      candidates.add(g);
    }
    if (q.kind() != null && candidates.stream().anyMatch(g -> g.kind() == q.kind())) {
      candidates.removeIf(g -> g.kind() != q.kind());
    }
    List<FactGroup> kept = new ArrayList<>();
    if (concepts.isEmpty()) {
      boolean shared = candidates.stream().anyMatch(g -> g.agreement().sources() > 1);
      candidates.stream().filter(g -> !shared || g.agreement().sources() > 1).forEach(kept::add);
    } else {
      int best = candidates.stream().mapToInt(g -> coverage(g, concepts)).max().orElse(0);
      candidates.stream().filter(g -> best > 0 && coverage(g, concepts) == best).forEach(kept::add);
    }
    kept.sort(Comparator.comparingInt((FactGroup g) -> -g.agreement().sources())
        .thenComparing(g -> !g.agreement().conflict())
        .thenComparingInt(g -> -g.facts().size())
        .thenComparing(FactGroup::label));
    return result(q, kept);
  }

  /** Every group at least two sources report: conflicts first, then the most widely reported. */
  public Comparison overview(FactFilter filter) {
    return new Comparison("", List.of(), List.of(), null, grouped(filter).overview());
  }

  /** The groups of a filter for the source's current version: from the cache, or computed once. */
  private Grouped grouped(FactFilter filter) {
    long version = source.version();
    CacheKey key = new CacheKey(version, filter);
    FutureTask<Grouped> task;
    boolean mine = false;
    synchronized (cache) {
      cache.keySet().removeIf(k -> k.version() != version);
      task = cache.get(key);
      if (task == null) {
        task = new FutureTask<>(() -> group(filter));
        cache.put(key, task);
        mine = true;
        for (Iterator<CacheKey> it = cache.keySet().iterator(); cache.size() > CACHED_FILTERS; ) {
          it.next();
          it.remove();
        }
      }
    }
    if (mine) {
      task.run();
    }
    try {
      return task.get();
    } catch (ExecutionException e) {
      synchronized (cache) {
        cache.remove(key, task);
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the facts were being grouped", e);
    }
  }

  private Grouped group(FactFilter filter) {
    List<FactGroup> all = List.copyOf(grouper.group(source.facts(filter)));
    List<FactGroup> overview = new ArrayList<>();
    for (FactGroup g : all) {
      if (g.agreement().sources() >= 2) {
        overview.add(g);
      }
    }
    overview.sort(Comparator.comparing((FactGroup g) -> !g.agreement().conflict())
        .thenComparingInt(g -> -g.agreement().sources())
        .thenComparingInt(g -> -g.facts().size())
        .thenComparing(FactGroup::label));
    return new Grouped(all, List.copyOf(overview));
  }

  private static int coverage(FactGroup g, Set<String> concepts) {
    int n = 0;
    for (String c : concepts) {
      if (g.measured().contains(c)) {
        n++;
      }
    }
    return n;
  }

  private Comparison result(Question q, List<FactGroup> groups) {
    return new Comparison(q.text(), terms(q.concepts()), terms(q.entities()), q.kind(), groups);
  }

  private static List<Comparison.Term> terms(List<Entry> entries) {
    List<Comparison.Term> out = new ArrayList<>();
    for (Entry e : entries) {
      Map<String, List<String>> terms = new LinkedHashMap<>();
      for (String lang : QuestionResolver.LANGUAGES) {
        if (!e.terms(lang).isEmpty()) {
          terms.put(lang, e.terms(lang));
        }
      }
      out.add(new Comparison.Term(e.id(), terms));
    }
    return out;
  }

  /** The kinds, by id ({@code count}, {@code duration} ...), for parsing user input. */
  public static Fact.Kind kind(String id) {
    for (Fact.Kind k : Fact.Kind.values()) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown kind '" + id + "': use count, percent, duration, money or date");
  }
}
