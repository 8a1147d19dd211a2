package crosscheck.index;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The result of one indexing run: every file's outcome, counted. */
public record IndexSummary(List<Outcome> outcomes, Duration elapsed, long bytesProcessed) {

  public IndexSummary {
    outcomes = List.copyOf(outcomes);
  }

  public long count(Outcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  /** Files seen on disk in this run (everything but removals). */
  public long seen() {
    return outcomes.size() - count(Outcome.Status.REMOVED);
  }

  public Map<String, Long> indexedByLanguage() {
    Map<String, Long> byLang = new TreeMap<>();
    outcomes.stream()
        .filter(o -> o.status() == Outcome.Status.INDEXED)
        .forEach(o -> byLang.merge(o.lang(), 1L, Long::sum));
    return byLang;
  }

  public List<Outcome> failures() {
    return outcomes.stream().filter(o -> o.status() == Outcome.Status.FAILED).toList();
  }

  public double megabytesPerSecond() {
    double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
    return bytesProcessed / 1_000_000.0 / seconds;
  }

  /** The one-line summary, e.g. {@code 5 files: 5 indexed (en 2, id 1, ko 1, zh-Hant 1), 0 unchanged, ...}. */
  public String line() {
    StringBuilder langs = new StringBuilder();
    indexedByLanguage().forEach((lang, n) -> langs.append(langs.length() == 0 ? "" : ", ").append(lang).append(' ').append(n));
    return String.format(Locale.ROOT,
        "%d files: %d indexed%s, %d unchanged, %d removed, %d failed; %d blocks of page furniture dropped; in %.1f s (%.2f MB/s)",
        seen(), count(Outcome.Status.INDEXED), langs.length() == 0 ? "" : " (" + langs + ")",
        count(Outcome.Status.UNCHANGED), count(Outcome.Status.REMOVED), count(Outcome.Status.FAILED),
        outcomes.stream().mapToInt(Outcome::dropped).sum(),
        elapsed.toMillis() / 1000.0, megabytesPerSecond());
  }

  /** Exit code of the indexing command: 0 when nothing failed, 1 when some files failed. */
  public int exitCode() {
    return failures().isEmpty() ? 0 : 1;
  }
}
