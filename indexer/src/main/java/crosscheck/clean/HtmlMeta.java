package crosscheck.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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

  private HtmlMeta() {}

  static PageMeta read(Document doc, Element root, String html) {
    String ld = doc.select("script[type=application/ld+json]").html();
    String title = first(
        meta(doc, "property", "og:title"), meta(doc, "name", "twitter:title"),
        textOf(root.selectFirst("h1")), textOf(doc.selectFirst("h1")), stripSiteName(doc.title()));
    String published = DateFinder.fromMeta(first(
        meta(doc, "property", "article:published_time"), meta(doc, "itemprop", "datePublished"),
        meta(doc, "name", "pubdate"), meta(doc, "name", "publishdate"), meta(doc, "name", "date"),
        meta(doc, "name", "dc.date"), meta(doc, "name", "dcterms.created"), meta(doc, "name", "article.published"),
        group(LD_DATE, ld), attrOf(root.selectFirst("time[datetime]"), "datetime"),
        attrOf(doc.selectFirst("time[datetime]"), "datetime")));
    String source = first(meta(doc, "property", "og:site_name"), meta(doc, "name", "application-name"),
        group(LD_PUBLISHER, ld));
    String author = first(notUrl(meta(doc, "name", "author")), notUrl(meta(doc, "property", "article:author")),
        group(LD_AUTHOR, ld), textOf(root.selectFirst("[itemprop=author], [rel=author]")));
    String url = first(attrOf(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "property", "og:url"),
        group(SAVED_FROM, html.length() > 2000 ? html.substring(0, 2000) : html));
    return new PageMeta(title, published, source, author, url);
  }

  private static String meta(Document doc, String attr, String value) {
    Element e = doc.selectFirst("meta[" + attr + "=" + value + "]");
    return e == null ? null : e.attr("content");
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
