package crosscheck.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an HTML page: at most {@link #MAX_BYTES} bytes, decoded with {@link CharsetSniffer} (the page's declared
 * charset is a hint the bytes must confirm), checked with {@link HtmlShape} before jsoup builds a tree, and cut into
 * text blocks with {@link HtmlBlocks}. The decoded source is kept for the cleaner's main-text extraction.
 */
final class HtmlReader {

  /** Largest page read; news pages are 50 KB – 2 MB. Beyond this the page is read in part and flagged truncated. */
  static final int MAX_BYTES = 8 * 1024 * 1024;

  private static final Pattern DECLARED = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)",
      Pattern.CASE_INSENSITIVE);

  private HtmlReader() {}

  /** The page source and text, or a reason it cannot be read. */
  record Result(String html, String text, boolean truncated, CharsetChoice charset, String declared) {}

  static Result read(Path path, int maxChars) throws IOException, ParseFailure {
    byte[] bytes;
    boolean truncated;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(MAX_BYTES);
      truncated = in.read() != -1;
    }
    String declared = declaredCharset(bytes);
    CharsetChoice choice = CharsetSniffer.choose(bytes, declared);
    String html = new String(bytes, choice.charset());
    if (!html.isEmpty() && html.charAt(0) == '\uFEFF') {
      html = html.substring(1);
    }
    String shape = HtmlShape.problem(html);
    if (shape != null) {
      throw new ParseFailure(shape);
    }
    Document doc = Jsoup.parse(html);
    String text = String.join("\n\n", HtmlBlocks.texts(doc.body()));
    if (text.length() > maxChars) {
      // Too long to keep whole: keep the text up to the limit and let the cleaner work on text alone.
      return new Result("", text.substring(0, maxChars), true, choice, declared);
    }
    return new Result(html, text, truncated, choice, declared);
  }

  /** The charset named in a meta tag or XML declaration within the first 4 KB, or null. */
  static String declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return null;
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }
}
