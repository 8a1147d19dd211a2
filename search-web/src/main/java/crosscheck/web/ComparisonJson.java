package crosscheck.web;

import crosscheck.compare.Agreement;
import crosscheck.compare.ComparedFact;
import crosscheck.compare.Comparison;
import crosscheck.compare.Display;
import crosscheck.compare.FactComparison;
import crosscheck.compare.FactGroup;
import java.math.BigDecimal;
import java.util.List;

/** The JSON shape of a comparison (what {@code /api/facts/compare} and {@code /api/facts/overview} answer). */
record ComparisonJson(String query, List<Comparison.Term> concepts, List<Comparison.Term> entities, String kind,
    List<Group> groups) {

  /**
   * @param facts the figures shown: all of them, or on the page's answer at most {@link FactComparison#SHOWN} with
   *     every source represented before any source's second figure
   * @param factCount how many figures the group has (the agreement is over all of them)
   */
  record Group(String label, String kind, String unit, List<String> concepts, List<Fact> facts, int factCount,
      Agreement agreement) {}

  /**
   * @param value the number, or the ISO date for dates
   * @param display the value in the common display format
   * @param span start and end of the number's words in the article body
   * @param mark start and end of the number's words in {@code sentence}, or null when they cannot be located
   */
  record Fact(Object value, String display, String qualifier, String unit, String lang, String source, String docId,
      String path, String title, String text, String sentence, int[] span, int[] mark) {}

  static ComparisonJson of(Comparison c) {
    return new ComparisonJson(c.query(), c.concepts(), c.entities(), c.kind() == null ? null : c.kind().id(),
        c.groups().stream().map(ComparisonJson::group).toList());
  }

  private static Group group(FactGroup g) {
    return new Group(g.label(), g.kind().id(), g.unit(), g.concepts(), g.facts().stream().map(ComparisonJson::fact).toList(),
        g.factCount(), g.agreement());
  }

  private static Fact fact(ComparedFact f) {
    Object value = f.date() != null ? f.date() : plain(f.value());
    int[] mark = f.at() >= 0 ? new int[] {f.at(), f.at() + f.text().length()} : null;
    return new Fact(value, Display.value(f.kind(), f.value(), f.date(), f.unit()), f.qualifier().id(), f.unit(), f.lang(),
        f.sourceName(), f.articleId(), f.articleId(), f.title(), f.text(), f.sentence(), new int[] {f.start(), f.end()}, mark);
  }

  private static BigDecimal plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
