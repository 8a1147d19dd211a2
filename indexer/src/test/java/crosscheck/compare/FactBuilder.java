package crosscheck.compare;

import crosscheck.facts.Fact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Hand-made facts for tests: {@code fact("KBS", COUNT, "2000000").unit("users").concepts("loss").build()}. */
final class FactBuilder {

  private final String source;
  private final Fact.Kind kind;
  private final String value;
  private String article;
  private String lang = "en";
  private String unit;
  private Fact.Qualifier qualifier = Fact.Qualifier.EXACT;
  private List<String> concepts = List.of();
  private List<String> articleEntities = List.of("kakao");
  private List<String> articleConcepts = List.of();
  private String published;
  private String text;
  private String sentence;
  private int start;

  private FactBuilder(String source, Fact.Kind kind, String value) {
    this.source = source;
    this.kind = kind;
    this.value = value;
    this.article = source + ".txt";
  }

  static FactBuilder fact(String source, Fact.Kind kind, String value) {
    return new FactBuilder(source, kind, value);
  }

  FactBuilder article(String id) { this.article = id; return this; }
  FactBuilder lang(String l) { this.lang = l; return this; }
  FactBuilder unit(String u) { this.unit = u; return this; }
  FactBuilder qualifier(Fact.Qualifier q) { this.qualifier = q; return this; }
  FactBuilder concepts(String... c) { this.concepts = List.of(c); return this; }
  FactBuilder story(String... entities) { this.articleEntities = List.of(entities); return this; }
  FactBuilder about(String... concepts) { this.articleConcepts = List.of(concepts); return this; }
  FactBuilder published(String iso) { this.published = iso; return this; }
  FactBuilder at(int offset) { this.start = offset; return this; }

  /** The sentence, and the words stating the number in it. */
  FactBuilder said(String sentence, String words) {
    this.sentence = sentence;
    this.text = words;
    return this;
  }

  ComparedFact build() {
    boolean date = kind == Fact.Kind.DATE;
    BigDecimal v = date ? BigDecimal.valueOf(LocalDate.parse(value).toEpochDay()) : new BigDecimal(value);
    String words = text != null ? text : value;
    String s = sentence != null ? sentence : words;
    return new ComparedFact(article, "title of " + article, lang, source, articleEntities, articleConcepts, published, kind, v, date ? value : null, unit,
        qualifier, concepts, List.of(), words, start, start + words.length(), s, s.indexOf(words), null);
  }
}
