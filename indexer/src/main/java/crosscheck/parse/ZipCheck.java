package crosscheck.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks at the central directory of a zip-based file (.docx, .xlsx, .odt, .epub, .zip) before any parser inflates
 * it. A file without a readable directory is damaged or truncated; an entry that claims to inflate more than
 * {@value #MAX_RATIO} times to more than {@value #MIN_BOMB_MB} MB, or entries summing to more than
 * {@value #MAX_TOTAL_MB} MB, make a zip bomb. The same ratio Tika's {@code SecureContentHandler} and POI's
 * {@code ZipSecureFile} use, checked up front so the failure has a clear name even when the character limit would
 * otherwise stop the parse first. (An entry that lies about its size is still bounded by that limit.)
 */
final class ZipCheck {

  static final int MAX_RATIO = 100;
  static final long MIN_BOMB_MB = 50;
  static final long MAX_TOTAL_MB = 2048;
  private static final long MB = 1024 * 1024;

  private ZipCheck() {}

  static boolean isZip(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }
  }

  /** Throws a {@link ParseFailure} naming the problem if the zip is damaged or a bomb. */
  static void check(Path path, String kind) throws ParseFailure {
    long total = 0;
    try (ZipFile zip = new ZipFile(path.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        long size = e.getSize();
        long compressed = Math.max(1, e.getCompressedSize());
        if (size < 0) {
          continue;
        }
        total += size;
        if (size > MIN_BOMB_MB * MB && size / compressed > MAX_RATIO) {
          throw new ParseFailure(String.format(Locale.ROOT,
              "suspected zip bomb: %s entry %s inflates %d× to %d MB", kind, e.getName(), size / compressed,
              size / MB));
        }
        if (total > MAX_TOTAL_MB * MB) {
          throw new ParseFailure("suspected zip bomb: " + kind + " entries inflate to more than " + MAX_TOTAL_MB
              + " MB");
        }
      }
    } catch (ZipException e) {
      throw new ParseFailure("damaged or truncated " + kind + " (" + DocumentParser.oneLine(e) + ")", e);
    } catch (IOException e) {
      throw new ParseFailure("cannot read " + kind + ": " + DocumentParser.oneLine(e), e);
    }
  }
}
