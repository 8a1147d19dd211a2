package crosscheck.clean;

import crosscheck.parse.HtmlBlocks;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds an HTML page's article text with a small, explainable heuristic on the jsoup tree (a trimmed-down
 * Readability):
 *
 * <ol>
 *   <li>Furniture subtrees are set aside whole: {@code nav}, {@code aside}, {@code footer}, {@code form}, a
 *       {@code header} outside the article, ARIA landmarks for navigation, banners and sidebars, hidden elements,
 *       and elements whose class or id names furniture (share, related, comment, cookie, subscribe, ...), unless
 *       they hold most of the page's text.
 *   <li>Every remaining text block scores its parent by its length less its link text (half to the grandparent);
 *       the best-scoring element, widened to its enclosing {@code article}/{@code main}/{@code articleBody} if
 *       any, is the main content.
 *   <li>Blocks outside it, and blocks inside it that are mostly link text, are dropped.
 * </ol>
 *
 * Every dropped block keeps its reason. Stateless and thread-safe.
 */
final class MainText {

  /** What the page yields: its blocks in document order (some already dropped) and the main-content element. */
  record Page(List<Line> lines, Element root) {}

  private static final Set<String> TEXT_BLOCKS = Set.of(
      "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "th", "dd", "dt", "figcaption");
  private static final Set<String> NEGATIVE = Set.of(
      "nav", "navbar", "navigation", "menu", "gnb", "lnb", "share", "sharing", "social", "sns", "related", "relate",
      "recommend", "recommended", "comment", "comments", "reply", "replies", "sidebar", "aside", "widget", "banner",
      "ad", "ads", "advert", "advertisement", "adsense", "promo", "sponsor", "sponsored", "cookie", "cookies",
      "consent", "gdpr", "subscribe", "subscription", "newsletter", "popular", "trending", "ranking", "rank", "hot",
      "most", "tags", "tag", "breadcrumb", "breadcrumbs", "pagination", "pager", "footer", "copyright", "toolbar",
      "print", "fontsize", "tts", "listen", "player", "modal", "popup", "login", "signin", "search", "outbrain",
      "taboola", "masthead", "topbar");
  private static final Set<String> LANDMARKS = Set.of(
      "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s_\\-]+|(?<=[a-z])(?=[A-Z])");
  private static final double MAX_LINK_DENSITY = 0.5;

  private MainText() {}

  static Page extract(Document doc) {
    Element body = doc.body();
    int pageText = body.text().length();
    Map<Element, String> furniture = new IdentityHashMap<>();
    Element root = chooseRoot(body, pageText, furniture);
    List<Line> lines = new ArrayList<>();
    HtmlBlocks.walk(body, e -> e == root ? null : furnitureReason(e, pageText, furniture, true),
        new HtmlBlocks.Sink() {
          @Override
          public void block(String text, int linkChars, Element container) {
            String t = TextNorm.line(text);
            if (t.isEmpty()) {
              return;
            }
            if (!inside(container, root)) {
              lines.add(Line.dropped(t, "outside the main content"));
            } else if (linkChars > 0 && linkChars >= MAX_LINK_DENSITY * text.length()) {
              lines.add(Line.dropped(t, "mostly links (" + (100 * linkChars / text.length()) + "% link text)"));
            } else {
              lines.add(new Line(t));
            }
          }

          @Override
          public void skipped(Element element, String reason) {
            String t = TextNorm.line(element.text());
            if (!t.isEmpty()) {
              lines.add(Line.dropped(t, reason));
            }
          }
        });
    return new Page(lines, root);
  }

  private static Element chooseRoot(Element body, int pageText, Map<Element, String> furniture) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    HtmlBlocks.walk(body, e -> furnitureReason(e, pageText, furniture, false), new HtmlBlocks.Sink() {
      @Override
      public void block(String text, int linkChars, Element container) {
        int weight = TextNorm.weight(text);
        if (weight < 25) {
          return;
        }
        double score = weight * (1.0 - (double) linkChars / text.length());
        Element target = TEXT_BLOCKS.contains(container.normalName()) ? container.parent() : container;
        if (target == null) {
          return;
        }
        scores.merge(target, score, Double::sum);
        if (target.parent() != null) {
          scores.merge(target.parent(), score / 2, Double::sum);
        }
      }

      @Override
      public void skipped(Element element, String reason) {}
    });
    Element best = body;
    double bestScore = 50;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    for (Element e = best; e != null && e != body; e = e.parent()) {
      if (isArticleContainer(e)) {
        return e;
      }
    }
    return best;
  }

  private static boolean isArticleContainer(Element e) {
    String name = e.normalName();
    return name.equals("article") || name.equals("main") || e.attr("role").equalsIgnoreCase("main")
        || e.attr("itemprop").equalsIgnoreCase("articleBody");
  }

  private static boolean inside(Element e, Element root) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == root) {
        return true;
      }
    }
    return false;
  }

  /** Why an element's subtree is page furniture, or null. Results are cached per element. */
  private static String furnitureReason(Element e, int pageText, Map<Element, String> cache, boolean useCache) {
    if (useCache && cache.containsKey(e)) {
      return cache.get(e);
    }
    String reason = computeReason(e, pageText);
    cache.put(e, reason);
    return reason;
  }

  private static String computeReason(Element e, int pageText) {
    String name = e.normalName();
    if (name.equals("body") || name.equals("html")) {
      return null;
    }
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")
        || HIDDEN_STYLE.matcher(e.attr("style").toLowerCase(Locale.ROOT)).find()) {
      return "hidden element";
    }
    switch (name) {
      case "nav":
        return "<nav> navigation";
      case "aside":
        return "<aside> sidebar";
      case "footer":
        return "<footer>";
      case "form":
        return "<form>";
      case "header":
        if (e.closest("article, main, [itemprop=articleBody]") == null) {
          return "<header> page header";
        }
        break;
      default:
        break;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (LANDMARKS.contains(role)) {
      return "role=" + role;
    }
    if (isArticleContainer(e)) {
      return null;
    }
    String names = (e.className() + " " + e.id()).strip();
    if (names.isEmpty()) {
      return null;
    }
    for (String token : TOKEN_SPLIT.split(names)) {
      String t = token.toLowerCase(Locale.ROOT);
      if (NEGATIVE.contains(t) && e.text().length() * 2 < pageText) {
        return "class/id \"" + names + "\" (" + t + ")";
      }
    }
    return null;
  }
}
