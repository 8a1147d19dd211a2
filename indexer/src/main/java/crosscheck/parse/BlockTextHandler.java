package crosscheck.parse;

import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML events as paragraphs: each block element ({@code p}, headings, list items,
 * table cells, PDF pages) ends a paragraph and paragraphs are separated by a blank line; line breaks inside a
 * paragraph (PDF layout lines) become spaces. The {@code <head>} is skipped. Stops Tika with a
 * {@link WriteLimitReachedException}, which every Tika parser passes on, once {@code maxChars} are collected, and
 * stops it at the next event once its thread has been interrupted by a timeout.
 */
final class BlockTextHandler extends DefaultHandler {

  private static final Set<String> BLOCK = Set.of(
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "tr", "td", "th", "blockquote", "pre",
      "table", "ul", "ol", "dl", "section", "article", "body", "title");

  private final int maxChars;
  private final StringBuilder text = new StringBuilder();
  private int headDepth;
  private boolean limitReached;
  private boolean pendingBreak;

  BlockTextHandler(int maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    stopIfCancelled();
    String name = localName.isEmpty() ? qName : localName;
    if (name.equals("head")) {
      headDepth++;
    } else if (BLOCK.contains(name)) {
      pendingBreak = true;
    } else if (name.equals("br")) {
      append(' ');
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    stopIfCancelled();
    String name = localName.isEmpty() ? qName : localName;
    if (name.equals("head")) {
      headDepth--;
    } else if (BLOCK.contains(name)) {
      pendingBreak = true;
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    stopIfCancelled();
    if (headDepth > 0 || limitReached) {
      return;
    }
    for (int i = start; i < start + length; i++) {
      char c = ch[i];
      if (Character.isWhitespace(c) || c == '\u00A0') {
        append(' ');
      } else {
        if (pendingBreak) {
          trimTrailingSpace();
          if (text.length() > 0) {
            text.append("\n\n");
          }
          pendingBreak = false;
        }
        text.append(c);
      }
      if (text.length() >= maxChars) {
        text.setLength(maxChars);
        limitReached = true;
        throw new WriteLimitReachedException(maxChars);
      }
    }
  }

  /**
   * Ends an abandoned parse: after a timeout the parsing thread is interrupted, and parsers that never look at the
   * interrupt still send events (a PDF page start, a paragraph), so the next one stops them.
   */
  private static void stopIfCancelled() throws SAXException {
    if (Thread.currentThread().isInterrupted()) {
      throw new SAXException("parse cancelled after its timeout");
    }
  }

  private void append(char space) {
    if (!pendingBreak && text.length() > 0 && text.charAt(text.length() - 1) != ' '
        && text.charAt(text.length() - 1) != '\n') {
      text.append(space);
    }
  }

  private void trimTrailingSpace() {
    while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 1);
    }
  }

  /** True once the character limit stopped the parse. */
  boolean limitReached() {
    return limitReached;
  }

  @Override
  public String toString() {
    return text.toString().strip();
  }
}
