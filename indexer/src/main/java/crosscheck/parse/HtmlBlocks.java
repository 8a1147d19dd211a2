package crosscheck.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks an HTML tree in document order and cuts its text into blocks the way a reader sees them: every block
 * element ({@code p}, {@code div}, {@code li}, headings, ...) and every {@code <br>} ends a block. Scripts, styles
 * and other non-text elements are skipped silently; a caller may name further subtrees to skip, and is told of each
 * with its reason. Iterative (jsoup's traversor), so deep trees cannot overflow the stack.
 */
public final class HtmlBlocks {

  /** Elements whose content is never page text. */
  private static final Set<String> SILENT = Set.of(
      "head", "script", "style", "noscript", "template", "svg", "math", "canvas", "object", "embed", "iframe",
      "select", "option", "textarea", "input", "button", "audio", "video", "map", "picture", "img");

  private static final Set<String> BLOCK = Set.of(
      "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
      "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
      "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
      "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

  /** Receives blocks and skipped subtrees in document order. */
  public interface Sink {
    /**
     * One block of text.
     *
     * @param text whitespace-collapsed, stripped, never blank
     * @param linkChars how many of its characters are inside links
     * @param container the nearest block element enclosing it
     */
    void block(String text, int linkChars, Element container);

    /** A subtree skipped because {@code skip} named a reason for it. */
    void skipped(Element element, String reason);
  }

  private HtmlBlocks() {}

  /** The blocks of {@code root}, without skipping anything but non-text elements. */
  public static List<String> texts(Element root) {
    List<String> out = new ArrayList<>();
    walk(root, e -> null, new Sink() {
      @Override
      public void block(String text, int linkChars, Element container) {
        out.add(text);
      }

      @Override
      public void skipped(Element element, String reason) {}
    });
    return out;
  }

  /**
   * Walks {@code root}.
   *
   * @param skip gives a reason to skip an element's whole subtree, or null to enter it
   */
  public static void walk(Element root, Function<Element, String> skip, Sink sink) {
    NodeTraversor.filter(new Collector(skip, sink, root), root);
  }

  /** Whether an element ends a block. */
  public static boolean isBlock(Element e) {
    return BLOCK.contains(e.normalName());
  }

  private static final class Collector implements NodeFilter {
    private final Function<Element, String> skip;
    private final Sink sink;
    private final StringBuilder line = new StringBuilder();
    private final List<Element> containers = new ArrayList<>();
    private int linkChars;
    private int anchors;

    Collector(Function<Element, String> skip, Sink sink, Element root) {
      this.skip = skip;
      this.sink = sink;
      containers.add(root);
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (SILENT.contains(e.normalName())) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String reason = skip.apply(e);
      if (reason != null) {
        flush();
        sink.skipped(e, reason);
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.normalName().equals("br")) {
        flush();
      } else if (isBlock(e)) {
        flush();
        containers.add(e);
      } else if (e.normalName().equals("a")) {
        anchors++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (isBlock(e)) {
          flush();
          if (containers.size() > 1) {
            containers.remove(containers.size() - 1);
          }
        } else if (e.normalName().equals("a")) {
          anchors--;
        }
      }
      if (depth == 0) {
        flush();
      }
      return FilterResult.CONTINUE;
    }

    private void append(String text) {
      int before = line.length();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean space = Character.isWhitespace(c) || c == '\u00A0';
        if (space) {
          if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
            line.append(' ');
          }
        } else {
          line.append(c);
        }
      }
      if (anchors > 0) {
        linkChars += line.length() - before;
      }
    }

    private void flush() {
      String text = line.toString().strip();
      if (!text.isEmpty()) {
        sink.block(text, Math.min(linkChars, text.length()), containers.get(containers.size() - 1));
      }
      line.setLength(0);
      linkChars = 0;
    }
  }
}
