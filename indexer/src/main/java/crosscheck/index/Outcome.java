package crosscheck.index;

/**
 * What happened to one file in an indexing run. Every file ends in exactly one outcome, counted in the summary.
 *
 * @param path the file, relative to the corpus
 * @param status what happened
 * @param lang the language tag for indexed files ({@code zh-Hant}, {@code ko}, ...), else null
 * @param reason a one-line reason for failures and notes (truncated, ...), else null
 * @param bytes the file's size
 * @param dropped blocks of page furniture the cleaner dropped from an indexed file
 */
public record Outcome(String path, Status status, String lang, String reason, long bytes, int dropped) {

  public enum Status { INDEXED, UNCHANGED, FAILED, REMOVED }

  public static Outcome failed(String path, String reason, long bytes) {
    return new Outcome(path, Status.FAILED, null, reason, bytes, 0);
  }
}
