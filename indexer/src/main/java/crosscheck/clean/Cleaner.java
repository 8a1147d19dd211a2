package crosscheck.clean;

import crosscheck.parse.ParsedDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns parsed text into the article crosscheck indexes: normalised whitespace, paragraphs separated by one
 * blank line, and a title taken from the metadata or the first line.
 */
public final class Cleaner {

  public CleanDocument clean(ParsedDocument doc) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : doc.text().split("\\R")) {
      String p = line.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    String body = String.join("\n\n", paragraphs);
    String title = doc.meta("dc:title", "og:title", "title");
    if (title == null) {
      title = paragraphs.isEmpty() ? doc.path().getFileName().toString() : paragraphs.get(0);
    }
    String published = doc.meta("dcterms:created", "article:published_time");
    if (published != null && published.length() >= 10) {
      published = published.substring(0, 10);
    }
    return new CleanDocument(title, body, published, doc.meta("og:site_name"), doc.meta("dc:creator"), null, List.of(), doc.truncated());
  }
}
