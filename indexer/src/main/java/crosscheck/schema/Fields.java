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
  /** The cleaned article text (stored, with offsets for highlighting in the language field). */
  public static final String BODY = "body";
  /** SHA-256 of the file's bytes plus its manifest row: unchanged files are skipped on re-index (stored). */
  public static final String CONTENT_HASH = "content_hash";
  /** Blocks of page furniture the cleaner dropped (stored count). */
  public static final String DROPPED = "dropped";
  /** "true" when the text was cut at the character limit (stored). */
  public static final String TRUNCATED = "truncated";
  /** The facts, as JSON (stored, for display). */
  public static final String FACTS_JSON = "facts_json";

  /** The analysed body field of one language: body_zh, body_ko, body_id, body_en, body_fr, body_xx. */
  public static String body(String lang) {
    return BODY + "_" + lang;
  }

  /** The analysed title field of one language. */
  public static String title(String lang) {
    return TITLE + "_" + lang;
  }
}
