package crosscheck.clean;

import java.util.List;

/**
 * An article as crosscheck indexes it: its readable body without page furniture, and what is known of it.
 *
 * @param title the headline (never null; falls back to the first line of the body)
 * @param body the article text, paragraphs separated by a blank line
 * @param published ISO date ({@code 2022-10-18}) or month ({@code 2022-10}) of publication, or null
 * @param source the publication or site name, or null
 * @param author the byline, or null
 * @param url the original address, or null
 * @param dropped what the cleaner removed and why, in document order
 * @param truncated true when the parser cut the text at its character limit
 */
public record CleanDocument(
    String title,
    String body,
    String published,
    String source,
    String author,
    String url,
    List<Dropped> dropped,
    boolean truncated) {

  public CleanDocument {
    dropped = List.copyOf(dropped);
  }

  /** One block the cleaner removed: its text and the rule that removed it. */
  public record Dropped(String text, String reason) {}
}
