package crosscheck.index;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Reports an indexing run's progress: a progress bar on a terminal, periodic log lines otherwise, or nothing. */
public interface Progress extends AutoCloseable {

  void start(int files, long bytes);

  void advance(long bytes);

  @Override
  void close();

  Progress NONE = new Progress() {
    @Override public void start(int files, long bytes) {}
    @Override public void advance(long bytes) {}
    @Override public void close() {}
  };

  /** A progress bar on stderr when it is a terminal, else a line every few seconds on {@code log}. */
  static Progress forConsole(PrintStream log) {
    return System.console() != null ? new Bar() : new Lines(log, 5_000);
  }

  /** A terminal progress bar (files done of total, MB/s, time left), drawn by the progressbar library on stderr. */
  final class Bar implements Progress {
    private ProgressBar bar;
    private int files;
    private int done;

    @Override
    public void start(int files, long bytes) {
      this.files = files;
      bar = new ProgressBarBuilder()
          .setTaskName("Indexing")
          .setInitialMax(Math.max(bytes, 1))
          .setUnit(" MB", 1_000_000)
          .showSpeed()
          .setStyle(ProgressBarStyle.ASCII)
          .build();
    }

    @Override
    public synchronized void advance(long bytes) {
      done++;
      bar.stepBy(bytes);
      bar.setExtraMessage(done + "/" + files + " files");
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }

  /** Plain periodic log lines, for logs and pipes. */
  final class Lines implements Progress {
    private final PrintStream out;
    private final long everyMillis;
    private int files;
    private long bytes;
    private int done;
    private long doneBytes;
    private long startMillis;
    private long lastMillis;

    public Lines(PrintStream out, long everyMillis) {
      this.out = out;
      this.everyMillis = everyMillis;
    }

    @Override
    public void start(int files, long bytes) {
      this.files = files;
      this.bytes = bytes;
      startMillis = lastMillis = System.currentTimeMillis();
    }

    @Override
    public synchronized void advance(long n) {
      done++;
      doneBytes += n;
      long now = System.currentTimeMillis();
      if (now - lastMillis >= everyMillis) {
        lastMillis = now;
        double seconds = Math.max(now - startMillis, 1) / 1000.0;
        double mbps = doneBytes / 1e6 / seconds;
        double left = mbps > 0 ? (bytes - doneBytes) / 1e6 / mbps : 0;
        out.printf(Locale.ROOT, "indexing: %d/%d files, %.1f/%.1f MB, %.2f MB/s, about %.0f s left%n",
            done, files, doneBytes / 1e6, bytes / 1e6, mbps, left);
      }
    }

    @Override
    public void close() {}
  }
}
