package crosscheck.schema;

/** Every field name of the article index, read by the indexer and the searcher alike. */
public final class Fields {
  private Fields() {}

  /** Stable article id: the file's path relative to the corpus root, '/'-separated (keyword, stored). */
  public static final String ID = "id";
  /** Path relative to the corpus root, as shown to users (stored). */
  public static final String PATH = "path";
  /** ISO 639-1 language code, or "und" (keyword, stored, facet). */
  public static final String LANG = "lang";
  /** Chinese script, "Hant" or "Hans"; absent otherwise (keyword, stored, facet). */
  public static final String SCRIPT = "script";
  /** Chinese articles' title and body again as CJK bigrams: out-of-dictionary names still match (not stored). */
  public static final String CHINESE_BIGRAMS = "body_zh_bigram";
  /** Headline (stored; also analysed into the language's title field). */
  public static final String TITLE = "title";
  /** Publication or site name (keyword, stored, facet). */
  public static final String SOURCE = "source";
  /** Byline (stored). */
  public static final String AUTHOR = "author";
  /** Original address (stored). */
  public static final String URL = "url";
  /** Publication date as written in ISO form, day or month precision (stored). */
  public static final String PUBLISHED = "published";
  /** Publication date as epoch day (point for range filters, doc values for sorting). */
  public static final String PUBLISHED_DAY = "published_day";
  /** Publication month, "2022-10" (keyword, facet). */
  public static final String PUBLISHED_MONTH = "published_month";
  /** Prefix of the per-language body fields; the cleaned text is stored in the article's own language field. */
  public static final String BODY = "body";
  /** SHA-256 of the file's bytes plus its manifest row: unchanged files are skipped on re-index (stored). */
  public static final String CONTENT_HASH = "content_hash";
  /** Blocks of page furniture the cleaner dropped (stored count). */
  public static final String DROPPED = "dropped";
  /** "true" when the text was cut at the character limit (stored). */
  public static final String TRUNCATED = "truncated";
  /** Language-neutral ids of the lexicon concepts the article mentions (keyword, stored): related coverage. */
  public static final String CONCEPT = "concept";
  /** Language-neutral ids of the named entities the article mentions (keyword, stored, facet). */
  public static final String ENTITY = "entity";

  /** Document type: {@link #TYPE_ARTICLE} or {@link #TYPE_FACT} (keyword). */
  public static final String TYPE = "type";
  public static final String TYPE_ARTICLE = "article";
  public static final String TYPE_FACT = "fact";

  // Fact documents: one per extracted quantity, beside their article, replaced and deleted with it.
  /** The id of the article a document belongs to: the article itself and each of its facts (keyword, stored). */
  public static final String ARTICLE = "article";
  /** count, percent, duration, money, date (keyword, stored). */
  public static final String FACT_KIND = "fact_kind";
  /** Normalised value as a double (point, for range queries; doc values for sorting). */
  public static final String FACT_VALUE = "fact_value";
  /** Normalised value as an exact decimal or ISO date (stored). */
  public static final String FACT_EXACT = "fact_exact";
  /** Counted concept, %, s or currency code (keyword, stored). */
  public static final String FACT_UNIT = "fact_unit";
  /** exact, about, more than, ... (keyword, stored). */
  public static final String FACT_QUALIFIER = "fact_qualifier";
  /** Concept ids of the fact's clause (keyword, stored, multi-valued). */
  public static final String FACT_CONCEPT = "fact_concept";
  /** Entity ids of the fact's clause (keyword, stored, multi-valued). */
  public static final String FACT_ENTITY = "fact_entity";
  /** The exact words stating the quantity (stored). */
  public static final String FACT_TEXT = "fact_text";
  /** Start and end offsets of the words in the article body (stored). */
  public static final String FACT_START = "fact_start";
  public static final String FACT_END = "fact_end";
  /** The sentence the quantity is in (stored). */
  public static final String FACT_SENTENCE = "fact_sentence";
  /** Offset of the exact words in their sentence, -1 when they cannot be located (stored). */
  public static final String FACT_AT = "fact_at";
  /**
   * The lexicon's concepts and entities in the fact's sentence, one per line as {@code id<TAB>start<TAB>end}
   * (offsets in the sentence; ids come from tab-separated files and hold no tab), as the body's analysis found
   * them (stored; absent when the sentence was not located).
   */
  public static final String FACT_MENTIONS = "fact_mentions";
  /** What grouping reads of a fact, in one binary doc value (see {@code crosscheck.index.FactColumns}). */
  public static final String FACT_GROUPING = "fact_grouping";
  // What comparison needs of the fact's article, copied onto each fact so that reading facts reads no article.
  /** The article's headline (stored). */
  public static final String FACT_TITLE = "fact_title";
  /** The article's publication date as written, ISO day or month (stored). */
  public static final String FACT_PUBLISHED = "fact_published";
  /** Ids of the named entities the whole article mentions (stored, multi-valued): its story. */
  public static final String FACT_STORY_ENTITY = "fact_story_entity";
  /** Ids of the concepts the whole article mentions (stored, multi-valued): tells unnamed stories apart. */
  public static final String FACT_STORY_CONCEPT = "fact_story_concept";

  /** The body field of one language, analysed with offsets and stored: body_zh, body_ko, ..., body_xx. */
  public static String body(String lang) {
    return BODY + "_" + lang;
  }

  /** The analysed title field of one language. */
  public static String title(String lang) {
    return TITLE + "_" + lang;
  }
}
