package crosscheck.lexicon;

import java.util.List;
import java.util.Map;

/**
 * One concept ("users", "outage", "compensation") or named entity ("kakao", "yoon-suk-yeol") with its terms
 * in each language.
 *
 * @param id language-neutral id, lower case, e.g. {@code users}
 * @param kind concept or entity
 * @param type the concept's domain ({@code outage}, {@code business}, ...) or the entity's type
 *     ({@code org}, {@code product}, {@code person}, {@code place}, {@code agency})
 * @param terms the surface terms per language code ({@code zh}, {@code ko}, {@code id}, {@code en}, {@code fr})
 */
public record Entry(String id, Kind kind, String type, Map<String, List<String>> terms) {

  public Entry {
    terms = Map.copyOf(terms);
  }

  public enum Kind { CONCEPT, ENTITY }

  /** The terms of one language (empty when the entry has none). */
  public List<String> terms(String lang) {
    return terms.getOrDefault(lang, List.of());
  }
}
