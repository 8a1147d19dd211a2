package crosscheck.compare;

import crosscheck.facts.Fact;
import java.util.List;

/**
 * Which facts to compare; an empty list means no restriction.
 *
 * @param langs language codes ({@code ko}, {@code zh}, ...)
 * @param sources source names as stored
 * @param kinds kinds of quantity
 */
public record FactFilter(List<String> langs, List<String> sources, List<Fact.Kind> kinds) {

  public static final FactFilter ALL = new FactFilter(List.of(), List.of(), List.of());

  public FactFilter {
    langs = List.copyOf(langs);
    sources = List.copyOf(sources);
    kinds = List.copyOf(kinds);
  }
}
