package crosscheck.parse;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the parser made of one file: its plain text and the metadata it found, before any cleaning.
 *
 * @param path the file
 * @param text the extracted text, Unicode, not yet cleaned or normalised: for plain text the decoded file; for
 *     HTML, PDF and Word one paragraph (block) per line, paragraphs separated by a blank line
 * @param html for HTML pages, the decoded page source (at most 8 MB), which the cleaner parses again to find the
 *     main text by the page structure; empty for other formats, and for pages whose text exceeded the character
 *     limit (those are cleaned from {@code text} alone)
 * @param contentType the detected media type, e.g. {@code text/html}
 * @param metadata Tika's metadata for PDF/Word (one value per key, first value wins); for text and HTML the
 *     charset decision under {@code crosscheck:charset} and {@code crosscheck:charset-reason}
 * @param bytes the file's size in bytes
 * @param truncated true when the text was cut at the configured character limit
 */
public record ParsedDocument(
    Path path,
    String text,
    String html,
    String contentType,
    Map<String, String> metadata,
    long bytes,
    boolean truncated) {

  public ParsedDocument {
    metadata = Map.copyOf(metadata);
  }

  /** The first metadata value under any of the given keys, or null. */
  public String meta(String... keys) {
    for (String key : keys) {
      String value = metadata.get(key);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
