package crosscheck.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads what a page's markup says about the article: Open Graph and other meta tags, JSON-LD, {@code <time>},
 * {@code <h1>}, {@code <title>}, the canonical link, and the "saved from url" comment browsers write into saved
 * pages. Stateless and thread-safe.
 */
final class HtmlMeta {

  private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(\\S+?)\\s*-->");
  private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern LD_AUTHOR = Pattern.compile(
      "\"author\"\\s*:\\s*(?:\\[\\s*)?(?:\"([^\"]+)\"|\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\")");
  private static final Pattern LD_PUBLISHER = Pattern.compile(
      "\"publisher\"\\s*:\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·]\\s+|\\s*[|｜]\\s*");

  /** Selectors compiled once: jsoup parses a query string anew on every call that is given one. */
  private static final Evaluator LD_JSON = QueryParser.parse("script[type=application/ld+json]");
  private static final Evaluator H1 = QueryParser.parse("h1");
  private static final Evaluator TIME = QueryParser.parse("time[datetime]");
  private static final Evaluator AUTHOR = QueryParser.parse("[itemprop=author], [rel=author]");
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");

  private HtmlMeta() {}

  static PageMeta read(Document doc, Element root, String html) {
    Elements metas = doc.getElementsByTag("meta");
    String ld = doc.select(LD_JSON).html();
    String title = first(
        meta(metas, "property", "og:title"), meta(metas, "name", "twitter:title"),
        textOf(root.selectFirst(H1)), textOf(doc.selectFirst(H1)), stripSiteName(doc.title()));
    String published = DateFinder.fromMeta(first(
        meta(metas, "property", "article:published_time"), meta(metas, "itemprop", "datePublished"),
        meta(metas, "name", "pubdate"), meta(metas, "name", "publishdate"), meta(metas, "name", "date"),
        meta(metas, "name", "dc.date"), meta(metas, "name", "dcterms.created"), meta(metas, "name", "article.published"),
        group(LD_DATE, ld), attrOf(root.selectFirst(TIME), "datetime"),
        attrOf(doc.selectFirst(TIME), "datetime")));
    String source = first(meta(metas, "property", "og:site_name"), meta(metas, "name", "application-name"),
        group(LD_PUBLISHER, ld));
    String author = first(notUrl(meta(metas, "name", "author")), notUrl(meta(metas, "property", "article:author")),
        group(LD_AUTHOR, ld), textOf(root.selectFirst(AUTHOR)));
    String url = first(attrOf(doc.selectFirst(CANONICAL), "href"), meta(metas, "property", "og:url"),
        group(SAVED_FROM, html.length() > 2000 ? html.substring(0, 2000) : html));
    return new PageMeta(title, published, source, author, url);
  }

  /**
   * The content of the first of a page's {@code <meta>} tags with {@code attr=value}: what
   * {@code doc.selectFirst("meta[attr=value]")} finds, without a walk of the whole tree per property.
   */
  private static String meta(Elements metas, String attr, String value) {
    Evaluator query = new Evaluator.AttributeWithValue(attr, value); // what QueryParser makes of [attr=value]
    for (Element e : metas) {
      if (query.matches(e.ownerDocument(), e)) {
        return e.attr("content");
      }
    }
    return null;
  }

  private static String textOf(Element e) {
    return e == null ? null : TextNorm.line(e.text());
  }

  private static String attrOf(Element e, String attr) {
    return e == null ? null : e.attr(attr);
  }

  private static String group(Pattern p, String s) {
    Matcher m = p.matcher(s);
    if (!m.find()) {
      return null;
    }
    for (int i = 1; i <= m.groupCount(); i++) {
      if (m.group(i) != null) {
        return m.group(i);
      }
    }
    return null;
  }

  private static String notUrl(String s) {
    return s == null || s.startsWith("http") ? null : s;
  }

  /** "Kakao outage: what we know | Example News" → "Kakao outage: what we know" (the longest part). */
  static String stripSiteName(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String best = "";
    for (String part : TITLE_SEPARATOR.split(title)) {
      if (part.strip().length() > best.length()) {
        best = part.strip();
      }
    }
    return TextNorm.line(best);
  }

  static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return TextNorm.line(v);
      }
    }
    return null;
  }
}
