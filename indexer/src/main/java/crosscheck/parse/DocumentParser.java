package crosscheck.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.Parser;

/**
 * Turns one file into a {@link ParsedDocument} or a {@link ParseFailure} with a one-line reason. The file type is
 * detected by Tika (magic bytes, then name) unless the name and the first bytes leave no doubt
 * ({@link #obviousType}), once: Tika's parser is told the type instead of detecting it again; then
 *
 * <ul>
 *   <li>plain text (any {@code text/*} type but HTML and XML) is streamed by {@link TextReader} up to the character limit (a 200 MB file costs no more memory
 *       than the limit) with the charset chosen by {@link CharsetSniffer};
 *   <li>HTML is read by {@link HtmlReader} (bounded, charset sniffed, shape-checked, parsed by jsoup) and its source
 *       kept in {@link ParsedDocument#html()} for the cleaner's main-text extraction;
 *   <li>everything else (PDF, .docx, .doc, ...) goes through Tika's {@code AutoDetectParser} ({@link TikaReader}).
 * </ul>
 *
 * <p>Each parse runs on its own daemon thread and is abandoned after the timeout; a parser stuck in native I/O or a
 * loop that ignores interrupts keeps its thread, but never the caller, and never keeps the JVM alive.
 *
 * <p>Thread-safe: one instance may be shared by all indexing threads.
 */
public final class DocumentParser {

  /** Default limit on the characters kept from one file. */
  public static final int DEFAULT_MAX_CHARS = 2_000_000;
  /** Default time one file may take to parse. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  /** Metadata key: the charset a text or HTML file was decoded with. */
  public static final String META_CHARSET = "crosscheck:charset";
  /** Metadata key: why that charset was chosen. */
  public static final String META_CHARSET_REASON = "crosscheck:charset-reason";

  /** Bytes read to confirm a file's name. */
  private static final int OBVIOUS_HEAD = 2048;
  /** Starts of files that are not text, whatever their name says (lower-cased Latin-1), by file extension. */
  private static final Map<String, String> SIGNATURES = Map.of("pdf", "%pdf-", "docx", "pk\u0003\u0004",
      "doc", "\u00f0\u00ef\u0011\u00e0", "rtf", "{\\rtf");
  /** The types a name and its signature decide together: .doc is left to Tika (OLE2 also holds .xls, .msg ...). */
  private static final Map<String, MediaType> SIGNED = Map.of("pdf", MediaType.application("pdf"),
      "docx", MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
      "rtf", MediaType.application("rtf"));

  private final int maxChars;
  private final Duration timeout;
  private final Detector detector = new DefaultDetector();
  private final TikaReader tika;

  public DocumentParser(int maxChars) {
    this(maxChars, DEFAULT_TIMEOUT);
  }

  public DocumentParser(int maxChars, Duration timeout) {
    this(maxChars, timeout, TikaReader.defaultParser());
  }

  /** With another Tika parser for the formats that are neither text nor HTML (tests use a parser that hangs). */
  DocumentParser(int maxChars, Duration timeout, Parser tikaParser) {
    if (maxChars <= 0) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    this.maxChars = maxChars;
    this.timeout = timeout;
    this.tika = new TikaReader(tikaParser);
  }

  public ParsedDocument parse(Path path) throws ParseFailure {
    String problem = SafeFiles.problem(path).orElse(null);
    if (problem != null) {
      throw new ParseFailure(problem);
    }
    FutureTask<ParsedDocument> task = new FutureTask<>(() -> parseNow(path));
    Thread worker = new Thread(task, "crosscheck-parse " + path.getFileName());
    worker.setDaemon(true);
    worker.start();
    try {
      return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new ParseFailure("parse timed out after " + describe(timeout), e);
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new ParseFailure("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ParseFailure failure) {
        throw failure;
      }
      if (cause instanceof StackOverflowError) {
        throw new ParseFailure("parser ran out of stack (content nested too deeply)", cause);
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new ParseFailure("parser failed: " + oneLine(cause), cause);
    }
  }

  private ParsedDocument parseNow(Path path) throws ParseFailure, IOException {
    long bytes = Files.size(path);
    if (bytes == 0) {
      throw new ParseFailure("empty file (0 bytes)");
    }
    MediaType type = detect(path);
    Map<String, String> meta = new LinkedHashMap<>();
    String base = type.getBaseType().toString();
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      HtmlReader.Result r = HtmlReader.read(path, maxChars);
      charsetMeta(meta, r.charset());
      if (r.declared() != null) {
        meta.put("crosscheck:declared-charset", r.declared());
      }
      requireText(r.text(), type);
      return new ParsedDocument(path, r.text(), r.html(), "text/html", meta, bytes, r.truncated());
    }
    if (base.startsWith("text/") && !base.contains("xml")) {
      TextReader.Result r = TextReader.read(path, maxChars);
      charsetMeta(meta, r.charset());
      requireText(r.text(), type);
      return new ParsedDocument(path, r.text(), "", base, meta, bytes, r.truncated());
    }
    if (ZipCheck.isZip(path)) {
      ZipCheck.check(path, TikaReader.kind(type));
    }
    TikaReader.Result r = tika.read(path, type, maxChars);
    meta.putAll(r.metadata());
    if (r.text().isBlank() && meta.getOrDefault("X-TIKA:Parsed-By", "").endsWith("EmptyParser")) {
      throw new ParseFailure("unsupported file type: " + base);
    }
    requireText(r.text(), type);
    return new ParsedDocument(path, r.text(), "", base, meta, bytes, r.truncated());
  }

  private MediaType detect(Path path) throws IOException {
    MediaType obvious = obviousType(path);
    if (obvious != null) {
      return obvious;
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, path.getFileName().toString());
    try (TikaInputStream in = TikaInputStream.get(path)) {
      return detector.detect(in, metadata);
    }
  }

  /**
   * The type of a file whose name and first bytes agree, without Tika's detector: it tries hundreds of magic
   * patterns and opens every zip to look at its parts, which for a news page costs more than reading the page and
   * for a .docx a third of its parse. {@code .txt} and {@code .html} files must start with no binary signature and
   * no NUL; {@code .pdf}, {@code .docx} and {@code .rtf} must start with their format's signature. Null (ask Tika)
   * for any other name or any disagreement, and for XML.
   */
  static MediaType obviousType(Path path) throws IOException {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    String extension = name.substring(name.lastIndexOf('.') + 1);
    boolean htmlName = extension.equals("html") || extension.equals("htm") || extension.equals("xhtml");
    boolean textName = extension.equals("txt") || extension.equals("text");
    MediaType signed = SIGNED.get(extension);
    if (!htmlName && !textName && signed == null) {
      return null;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(OBVIOUS_HEAD);
    }
    String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
    if (signed != null) {
      return start.startsWith(SIGNATURES.get(extension)) ? signed : null;
    }
    for (byte b : head) {
      if (b == 0) {
        return null;
      }
    }
    for (String signature : SIGNATURES.values()) {
      if (start.startsWith(signature)) {
        return null;
      }
    }
    boolean htmlStart = start.contains("<html") || start.contains("<!doctype html") || start.contains("<head")
        || start.contains("<body");
    if (htmlName || htmlStart) {
      return MediaType.text("html");
    }
    return start.startsWith("<?xml") || start.startsWith("<") ? null : MediaType.TEXT_PLAIN;
  }

  private static void charsetMeta(Map<String, String> meta, CharsetChoice choice) {
    meta.put(META_CHARSET, choice.charset().name());
    meta.put(META_CHARSET_REASON, choice.reason());
  }

  private static void requireText(String text, MediaType type) throws ParseFailure {
    if (text.isBlank()) {
      String base = type.getBaseType().toString();
      throw new ParseFailure("no text found in " + TikaReader.kind(type)
          + (base.equals("application/pdf") ? " (scanned images? crosscheck does no OCR)" : ""));
    }
  }

  private static String describe(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  /** The innermost cause's message on one line, at most 160 characters. */
  static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    msg = msg.replaceAll("\\s+", " ").strip();
    return msg.length() > 160 ? msg.substring(0, 157) + "..." : msg;
  }
}
