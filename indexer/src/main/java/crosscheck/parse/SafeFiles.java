package crosscheck.parse;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks that a path is something crosscheck may open and read to the end: an existing, readable, regular file.
 * A FIFO or device would block or never end, a directory is not a document, and a symbolic-link loop cannot be
 * resolved; each gets a one-line reason instead of an exception or a hang.
 */
public final class SafeFiles {

  private SafeFiles() {}

  /** Why the path cannot be read as a document, or empty when it can. */
  public static Optional<String> problem(Path path) {
    try {
      path.toRealPath();
    } catch (NoSuchFileException e) {
      return Optional.of(Files.isSymbolicLink(path) ? "broken symbolic link" : "no such file");
    } catch (FileSystemException e) {
      String why = e.getReason() == null ? "" : e.getReason();
      return Optional.of(why.toLowerCase(Locale.ROOT).contains("symbolic")
          ? "symbolic link loop" : "cannot resolve path: " + (why.isEmpty() ? e.getClass().getSimpleName() : why));
    } catch (IOException e) {
      return Optional.of("cannot resolve path: " + DocumentParser.oneLine(e));
    }
    if (Files.isDirectory(path)) {
      return Optional.of("is a directory");
    }
    if (!Files.isRegularFile(path)) {
      return Optional.of(Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
          ? "not a regular file" : "not a regular file (device, FIFO or socket)");
    }
    if (!Files.isReadable(path)) {
      return Optional.of("not readable (permission denied)");
    }
    return Optional.empty();
  }
}
