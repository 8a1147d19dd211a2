package crosscheck.compare;

import crosscheck.facts.Fact;
import crosscheck.lexicon.Entry;
import crosscheck.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Compares what the sources report: for a question ("how many users did Kakao lose?", "사용자 이탈"), the groups
 * of figures that answer it; for the whole corpus, the fact sheet of every measure at least two sources report.
 * Engine-neutral: the facts come from a {@link FactSource}; knows nothing of HTTP or the command line.
 *
 * <p>Grouping does not depend on the question, so the groups of a filter are computed once per version of the
 * source and kept: the last {@value #CACHED_FILTERS} filters asked of the current version (an older version's
 * groups are dropped when a new one is seen). Requests that arrive while a filter's groups are being computed
 * wait for that one computation. A group is kept in a compact form, without its facts but with their refs in
 * the source: an answer reads again the facts it shows (at 100,000 articles the groups with their facts took
 * ~0.7 GB of heap). Thread-safe.
 */
public final class FactComparison {

  /** How many filters' groups are kept for the current version of the source. */
  static final int CACHED_FILTERS = 2;

  /** Figures per group an answer shows (a page cannot show ten thousand rows); a download asks for all. */
  public static final int SHOWN = 50;

  /** How often an answer is tried again when the source changed while it was being read. */
  private static final int ATTEMPTS = 3;

  private final FactSource source;
  private final QuestionResolver resolver;
  private final FactGrouper grouper;
  private final Map<CacheKey, FutureTask<Grouped>> cache = new LinkedHashMap<>(16, 0.75f, true);

  private record CacheKey(long version, FactFilter filter) {}

  /**
   * A group as kept: its description without facts, and its facts' refs in their order.
   *
   * @param firsts the positions of each source's first fact (shown first when not all are)
   */
  private record Kept(FactGroup group, int[] refs, BitSet firsts) {}

  /**
   * All groups of a filter, and the overview's: those two sources report, conflicts first.
   *
   * @param shownOverview the overview's groups with the {@value #SHOWN} facts a page shows, once read (the same
   *     for every request); null until then
   */
  private record Grouped(long version, List<Kept> all, List<Kept> overview, AtomicReference<List<FactGroup>> shownOverview) {}

  public FactComparison(FactSource source, Lexicon lexicon) {
    this.source = source;
    this.resolver = new QuestionResolver(lexicon);
    this.grouper = new FactGrouper(lexicon);
  }

  /**
   * The groups that answer a question. All facts the filter lets through are grouped (so a group is the same
   * whichever question finds it, and the same as in the overview); the groups kept are those that measure the
   * most of the question's concepts (all of them when some group does), about its entities when it names any,
   * of the kind it asks for when it says. Counts of a thing the question names first, then the most widely reported.
   *
   * @param shown the most facts each group shows: each source's first, then the others in their order
   * @throws IllegalArgumentException when the question is blank
   */
  public Comparison compare(String text, FactFilter filter, int shown) {
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
    return result(q, answer(filter, grouped -> {
      List<Kept> candidates = new ArrayList<>();
      for (Kept k : grouped.all()) {
        if (!roots.isEmpty() && k.group().stories().stream().noneMatch(roots::contains)) {
          continue;
        }
        candidates.add(k);
      }
      if (q.kind() != null && candidates.stream().anyMatch(k -> k.group().kind() == q.kind())) {
        candidates.removeIf(k -> k.group().kind() != q.kind());
      }
      List<Kept> kept = new ArrayList<>();
      if (concepts.isEmpty()) {
        boolean shared = candidates.stream().anyMatch(k -> k.group().agreement().sources() > 1);
        candidates.stream().filter(k -> !shared || k.group().agreement().sources() > 1).forEach(kept::add);
      } else {
        int best = candidates.stream().mapToInt(k -> coverage(k.group(), concepts)).max().orElse(0);
        candidates.stream().filter(k -> best > 0 && coverage(k.group(), concepts) == best).forEach(kept::add);
      }
      // A count of the thing asked about ("servers", 사용자) answers it before the groups that only mention it.
      kept.sort(Comparator.comparing(Kept::group, Comparator.comparing((FactGroup g) -> !concepts.contains(g.unit()))
          .thenComparingInt((FactGroup g) -> -g.agreement().sources())
          .thenComparing(g -> !g.agreement().conflict())
          .thenComparingInt(g -> -g.factCount())
          .thenComparing(FactGroup::label)));
      return read(grouped, kept, shown);
    }));
  }

  /**
   * Every group at least two sources report: conflicts first, then the most widely reported.
   *
   * @param shown the most facts each group shows, as for {@link #compare}
   */
  public Comparison overview(FactFilter filter, int shown) {
    return new Comparison("", List.of(), List.of(), null, answer(filter, grouped -> {
      if (shown != SHOWN) {
        return read(grouped, grouped.overview(), shown);
      }
      List<FactGroup> known = grouped.shownOverview().get();
      if (known != null) {
        return Optional.of(known);
      }
      Optional<List<FactGroup>> groups = read(grouped, grouped.overview(), shown);
      groups.ifPresent(grouped.shownOverview()::set);
      return groups;
    }));
  }

  /**
   * Groups the facts of a filter and reads its overview's figures now if they are not yet (at start, after a
   * refresh), so that the next request is answered at once.
   */
  public void prepare(FactFilter filter) {
    overview(filter, SHOWN);
  }

  /**
   * The groups an answer has, from the groups of the source's current version; when the source changed since they
   * were grouped (the answer is empty), again from the new version's.
   */
  private List<FactGroup> answer(FactFilter filter, Function<Grouped, Optional<List<FactGroup>>> answer) {
    for (int attempt = 1; ; attempt++) {
      Optional<List<FactGroup>> groups = answer.apply(grouped(filter));
      if (groups.isPresent()) {
        return groups.get();
      }
      if (attempt == ATTEMPTS) {
        throw new IllegalStateException("the facts changed " + ATTEMPTS + " times while being read: ask again");
      }
    }
  }

  /**
   * Some groups with the facts they show read again from the source; empty when the source holds another version
   * than the one they were grouped from.
   */
  private Optional<List<FactGroup>> read(Grouped grouped, List<Kept> kept, int shown) {
    int[][] positions = new int[kept.size()][];
    int total = 0;
    for (int i = 0; i < kept.size(); i++) {
      positions[i] = shown(kept.get(i).firsts(), kept.get(i).refs().length, shown);
      total += positions[i].length;
    }
    int[] refs = new int[total];
    int at = 0;
    for (int i = 0; i < kept.size(); i++) {
      for (int p : positions[i]) {
        refs[at++] = kept.get(i).refs()[p];
      }
    }
    return source.load(grouped.version(), refs).map(facts -> {
      List<FactGroup> out = new ArrayList<>();
      int from = 0;
      for (int i = 0; i < kept.size(); i++) {
        out.add(kept.get(i).group().withFacts(facts.subList(from, from + positions[i].length)));
        from += positions[i].length;
      }
      return List.copyOf(out);
    });
  }

  /**
   * The positions of at most {@code limit} of a group's facts, in order: each source's first figure, then the
   * others.
   */
  static int[] shown(BitSet firsts, int count, int limit) {
    if (count <= limit) {
      return IntStream.range(0, count).toArray();
    }
    BitSet keep = new BitSet(count);
    int kept = 0;
    for (int i = firsts.nextSetBit(0); i >= 0 && kept < limit; i = firsts.nextSetBit(i + 1), kept++) {
      keep.set(i);
    }
    for (int i = keep.nextClearBit(0); i < count && kept < limit; i = keep.nextClearBit(i + 1), kept++) {
      keep.set(i);
    }
    return keep.stream().toArray();
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
    FactSource.Facts read = source.facts(filter);
    // by identity: a record's hash reads all its fields, lists and sentence included (the facts are distinct)
    Map<ComparedFact, Integer> refOf = new IdentityHashMap<>();
    for (int i = 0; i < read.refs().length; i++) {
      refOf.put(read.facts().get(i), read.refs()[i]);
    }
    List<Kept> all = new ArrayList<>();
    for (FactGroup g : grouper.group(read.facts())) {
      all.add(keep(g, refOf));
    }
    List<Kept> overview = new ArrayList<>();
    for (Kept k : all) {
      if (k.group().agreement().sources() >= 2) {
        overview.add(k);
      }
    }
    overview.sort(Comparator.comparing(Kept::group, Comparator.comparing((FactGroup g) -> !g.agreement().conflict())
        .thenComparingInt(g -> -g.agreement().sources())
        .thenComparingInt(g -> -g.factCount())
        .thenComparing(FactGroup::label)));
    return new Grouped(read.version(), List.copyOf(all), List.copyOf(overview), new AtomicReference<>());
  }

  private static Kept keep(FactGroup g, Map<ComparedFact, Integer> refOf) {
    int[] refs = new int[g.facts().size()];
    BitSet firsts = new BitSet();
    Set<String> sources = new HashSet<>();
    for (int i = 0; i < refs.length; i++) {
      ComparedFact f = g.facts().get(i);
      refs[i] = refOf.get(f);
      if (sources.add(f.sourceName())) {
        firsts.set(i);
      }
    }
    return new Kept(g.withFacts(List.of()), refs, firsts);
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
