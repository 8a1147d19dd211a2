package crosscheck.compare;

import crosscheck.lexicon.Entry;
import crosscheck.lexicon.Lexicon;
import crosscheck.lexicon.Match;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a figure is about, in terms of the lexicon's named entities.
 *
 * <p>The <b>subject</b> of a fact is the organisation or product named last before its number in its sentence,
 * or else first after it ("NAVER only took 4 hours" is about Naver; "could not be connected for 10 hours,
 * causing kakao ..." about Kakao). Subjects are compared through
 * their <b>root</b>: a product whose name begins with an organisation's name belongs to it (KakaoTalk,
 * 카카오톡 and Kakao Pay to Kakao), so a figure about KakaoTalk and one about Kakao may measure the same thing,
 * one about Naver and one about Kakao may not.
 *
 * <p>The <b>story</b> of an article is the set of roots of the organisations, products and people it names:
 * figures are compared only across articles that share one (or that both name none).
 */
final class Subjects {

  private static final Set<String> SUBJECT_TYPES = Set.of("org", "product");
  private static final Set<String> STORY_TYPES = Set.of("org", "product", "person");

  private final Lexicon lexicon;
  private final Map<String, String> roots = new HashMap<>();

  Subjects(Lexicon lexicon) {
    this.lexicon = lexicon;
    Map<String, String> parent = new HashMap<>();
    Map<String, List<String>> aliases = new HashMap<>();
    for (Entry e : lexicon.entries()) {
      if (isEntity(e, SUBJECT_TYPES)) {
        aliases.put(e.id(), e.terms().values().stream().flatMap(List::stream).map(a -> a.toLowerCase(Locale.ROOT)).toList());
      }
    }
    for (Entry child : lexicon.entries()) {
      if (!isEntity(child, SUBJECT_TYPES)) {
        continue;
      }
      int best = 0;
      for (Entry p : lexicon.entries()) {
        if (p == child || !isEntity(p, SUBJECT_TYPES)) {
          continue;
        }
        int len = longestPrefixAlias(aliases.get(child.id()), aliases.get(p.id()));
        if (len > best) {
          best = len;
          parent.put(child.id(), p.id());
        }
      }
    }
    for (String id : parent.keySet()) {
      String root = id;
      for (int hops = 0; parent.containsKey(root) && hops < 10; hops++) {
        root = parent.get(root);
      }
      roots.put(id, root);
    }
  }

  private static boolean isEntity(Entry e, Set<String> types) {
    return e.kind() == Entry.Kind.ENTITY && types.contains(e.type());
  }

  /**
   * Length of the longest alias of a parent that begins a longer alias of a child (aliases in lower case, lowered
   * once: this runs for every pair of entities); 0 if none.
   */
  private static int longestPrefixAlias(List<String> childAliases, List<String> parentAliases) {
    int best = 0;
    for (String cl : childAliases) {
      for (String pl : parentAliases) {
        if (pl.length() >= 2 && cl.length() > pl.length() && cl.startsWith(pl) && pl.length() > best) {
          best = pl.length();
        }
      }
    }
    return best;
  }

  /** The organisation an entity belongs to (itself when it belongs to none). */
  String root(String entityId) {
    return roots.getOrDefault(entityId, entityId);
  }

  /** True for the entity ids that define a story (organisations, products, people). */
  boolean storyEntity(String entityId) {
    Entry e = lexicon.get(entityId);
    return e != null && isEntity(e, STORY_TYPES);
  }

  /**
   * The lexicon matches of a fact's sentence (empty when it has none): those the index keeps with the fact, else
   * looked up once per sentence. (A kept id the lexicon no longer has is skipped.)
   */
  List<Match> matches(ComparedFact f, Map<String, List<Match>> cache) {
    if (f.mentions() != null) {
      List<Match> out = new ArrayList<>(f.mentions().size());
      for (ComparedFact.Mention m : f.mentions()) {
        Entry e = lexicon.get(m.id());
        if (e != null) {
          out.add(new Match(e, m.start(), m.end()));
        }
      }
      return out;
    }
    if (f.sentence() == null || f.sentence().isEmpty()) {
      return List.of();
    }
    return cache.computeIfAbsent(f.lang() + "\u0000" + f.sentence(), k -> lexicon.find(f.sentence(), f.lang()));
  }

  /** The root of a named subject ({@link #named}): the organisation the fact is about; null for none. */
  String subject(String named) {
    return named == null ? null : root(named);
  }

  /**
   * The product of an organisation a fact is about (Kakao Pay, not Kakao), for telling apart counts of one
   * product's users from another's; null when the subject ({@link #named}) is an organisation itself or none.
   */
  String product(String named) {
    return named == null || root(named).equals(named) ? null : named;
  }

  /**
   * The organisation or product named last before the fact's number in its sentence, or else first after it, as
   * named; null if none.
   *
   * @param cache lexicon matches per sentence, shared by the facts of one comparison (a sentence often holds several)
   */
  String named(ComparedFact f, Map<String, List<Match>> cache) {
    if (f.mentions() == null && (f.sentence() == null || f.sentence().isEmpty())) {
      return null;
    }
    List<Match> found = matches(f, cache);
    int from = f.at() >= 0 ? f.at() : Math.max(0, f.sentence().indexOf(f.text()));
    int to = from + f.text().length();
    // The organisation named last before the number (the subject comes first in all five languages), else the
    // one named first after it.
    Match before = null;
    Match after = null;
    for (Match m : found) {
      if (!isEntity(m.entry(), SUBJECT_TYPES)) {
        continue;
      }
      boolean longer;
      if (m.start() < to) {
        longer = before != null && m.start() == before.start() && m.end() > before.end();
        if (before == null || m.start() > before.start() || longer) {
          before = m;
        }
      } else {
        longer = after != null && m.start() == after.start() && m.end() > after.end();
        if (after == null || m.start() < after.start() || longer) {
          after = m;
        }
      }
    }
    return before != null ? before.entry().id() : after != null ? after.entry().id() : null;
  }
}
