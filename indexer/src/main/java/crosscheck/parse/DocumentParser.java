package crosscheck.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses one file with Tika's {@link AutoDetectParser} (its zip-bomb and zero-byte defences on) into text and
 * metadata, stopping at a character limit so that a huge file is never held whole in memory.
 */
public final class DocumentParser {

  /** Default limit on the characters kept from one file. */
  public static final int DEFAULT_MAX_CHARS = 2_000_000;

  private final AutoDetectParser parser = new AutoDetectParser();
  private final int maxChars;

  public DocumentParser(int maxChars) {
    this.maxChars = maxChars;
  }

  public ParsedDocument parse(Path path) throws ParseFailure {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, path.getFileName().toString());
    BodyContentHandler handler = new BodyContentHandler(maxChars);
    boolean truncated = false;
    long bytes;
    try {
      bytes = Files.size(path);
      if (bytes == 0) {
        throw new ParseFailure("empty file (0 bytes)");
      }
      try (InputStream in = TikaInputStream.get(path)) {
        parser.parse(in, handler, metadata, new ParseContext());
      }
    } catch (ZeroByteFileException e) {
      throw new ParseFailure("empty file (0 bytes)", e);
    } catch (EncryptedDocumentException e) {
      throw new ParseFailure("encrypted document", e);
    } catch (SAXException e) {
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new ParseFailure("malformed content: " + oneLine(e), e);
      }
      truncated = true;
      bytes = sizeOrZero(path);
    } catch (TikaException e) {
      throw new ParseFailure("cannot parse: " + oneLine(e), e);
    } catch (IOException e) {
      throw new ParseFailure("cannot read: " + oneLine(e), e);
    }
    Map<String, String> meta = new LinkedHashMap<>();
    for (String name : metadata.names()) {
      meta.put(name, metadata.get(name));
    }
    String text = handler.toString();
    if (text.isBlank()) {
      throw new ParseFailure("no text found (" + meta.getOrDefault("Content-Type", "unknown type") + ")");
    }
    return new ParsedDocument(path, text, "", meta.getOrDefault("Content-Type", "application/octet-stream"), meta, bytes, truncated);
  }

  private static long sizeOrZero(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return 0;
    }
  }

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
