package crosscheck.compare;

import crosscheck.facts.Fact;
import crosscheck.lexicon.Entry;
import crosscheck.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares what the sources report: for a question ("how many users did Kakao lose?", "사용자 이탈"), the groups
 * of figures that answer it; for the whole corpus, the fact sheet of every measure at least two sources report.
 * Engine-neutral: the facts come from a {@link FactSource}; knows nothing of HTTP or the command line.
 */
public final class FactComparison {

  private final FactSource source;
  private final QuestionResolver resolver;
  private final FactGrouper grouper;

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
    for (FactGroup g : grouper.group(source.facts(filter))) {
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
    List<FactGroup> groups = new ArrayList<>();
    for (FactGroup g : grouper.group(source.facts(filter))) {
      if (g.agreement().sources() >= 2) {
        groups.add(g);
      }
    }
    groups.sort(Comparator.comparing((FactGroup g) -> !g.agreement().conflict())
        .thenComparingInt(g -> -g.agreement().sources())
        .thenComparingInt(g -> -g.facts().size())
        .thenComparing(FactGroup::label));
    return new Comparison("", List.of(), List.of(), null, groups);
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
