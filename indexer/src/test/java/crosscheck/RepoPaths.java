package crosscheck;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the repository's folders, from the module folder (Maven) or the repository root (IDE). */
public final class RepoPaths {

  private RepoPaths() {}

  /** The repository root: the nearest folder above the working directory that has corpus/ and a pom.xml. */
  public static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("corpus")) && Files.exists(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("repository root (with corpus/) not found above " + Path.of("").toAbsolutePath());
  }

  /** The shipped corpus. */
  public static Path corpus() {
    return root().resolve("corpus");
  }
}
