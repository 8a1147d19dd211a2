package crosscheck.parse;

import java.nio.file.Path;
import java.util.Map;

/**
 * What Tika made of one file: its plain text and the metadata it found, before any cleaning.
 *
 * @param path the file
 * @param text the extracted text, Unicode, as Tika gave it (not yet cleaned or normalised)
 * @param html the XHTML Tika produced, for structure-aware cleaning; empty for formats without structure
 * @param contentType the detected media type, e.g. {@code text/html}
 * @param metadata Tika's metadata, one value per key (first value wins)
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
