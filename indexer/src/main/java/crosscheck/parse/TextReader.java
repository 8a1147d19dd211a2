package crosscheck.parse;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a plain-text file as a stream: the charset is chosen from the first {@value #SAMPLE} bytes, then text is
 * decoded chunk by chunk (invalid sequences become U+FFFD) and reading stops at the character limit, so a file of
 * any size costs at most {@code maxChars} characters of memory.
 */
final class TextReader {

  static final int SAMPLE = 64 * 1024;

  private TextReader() {}

  /** The decoded text (at most {@code maxChars}), whether more followed, and the charset choice. */
  record Result(String text, boolean truncated, CharsetChoice charset) {}

  static Result read(Path path, int maxChars) throws IOException {
    try (InputStream raw = Files.newInputStream(path);
        BufferedInputStream in = new BufferedInputStream(raw, SAMPLE)) {
      in.mark(SAMPLE);
      byte[] sample = in.readNBytes(SAMPLE);
      in.reset();
      CharsetChoice choice = CharsetSniffer.choose(sample, null);
      Reader reader = new InputStreamReader(in, choice.charset().newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE));
      StringBuilder text = new StringBuilder(Math.min(maxChars, sample.length + 16));
      char[] buf = new char[8192];
      boolean truncated = false;
      int n;
      while ((n = reader.read(buf)) != -1) {
        int room = maxChars - text.length();
        if (n > room) {
          text.append(buf, 0, room);
          truncated = true;
          break;
        }
        text.append(buf, 0, n);
      }
      if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
        text.deleteCharAt(0);
      }
      return new Result(text.toString(), truncated, choice);
    }
  }
}
