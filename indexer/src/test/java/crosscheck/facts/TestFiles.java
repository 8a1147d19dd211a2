package crosscheck.facts;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared folder beside the repository (shared/ is a sibling of the clone). */
final class TestFiles {

  private TestFiles() {}

  /** Walks up from the working directory until a directory with a {@code shared/} sibling or child is found. */
  static Path shared() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path sibling = d.resolveSibling("shared");
      if (d.getParent() != null && Files.isDirectory(sibling.resolve("benchmarks"))) {
        return sibling;
      }
      if (Files.isDirectory(d.resolve("shared").resolve("benchmarks"))) {
        return d.resolve("shared");
      }
    }
    throw new IllegalStateException("no shared/ folder found above " + dir);
  }

  /** The repository root: the directory holding the {@code corpus/} folder. */
  static Path repoRoot() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("corpus")) && Files.exists(d.resolve("pom.xml"))) {
        return d;
      }
    }
    throw new IllegalStateException("no repository root with corpus/ above " + Path.of("").toAbsolutePath());
  }
}
