package crosscheck.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.SAXException;

/**
 * Parses PDF, Word and the other formats Tika's parser modules on the classpath know, through
 * {@link AutoDetectParser} with its defences on (it wraps the handler in a {@code SecureContentHandler} against
 * zip bombs; POI checks inflate ratios of OOXML parts; zero-byte files are refused). The configuration is set
 * here in code: no OCR, streaming (SAX) .docx extraction so a large document is never held as a DOM, and
 * {@link BlockTextHandler} as the write limit. Thread-safe: the parser is shared, each call has its own context.
 */
final class TikaReader {

  private final Parser parser;

  TikaReader(Parser parser) {
    this.parser = parser;
  }

  /**
   * The formats crosscheck reads through Tika, listed here rather than discovered from the classpath: PDF, Word
   * (.docx and the other OOXML formats, .doc and the other OLE2 formats) and RTF. Any other type (zip, images,
   * ...) finds no parser and is reported as unsupported. Embedded documents are not parsed (no parser is put in
   * the {@link ParseContext}), so an attachment cannot smuggle in a format not listed here.
   */
  static AutoDetectParser defaultParser() {
    return new AutoDetectParser(TikaReader::detected, new PDFParser(), new OOXMLParser(), new OfficeParser(),
        new RTFParser());
  }

  /**
   * The type {@link DocumentParser} detected, which {@link #read} puts in the metadata: AutoDetectParser would
   * otherwise detect it a second time (magic patterns, and opening a zip's parts), for a third of a .docx's parse.
   */
  private static MediaType detected(InputStream in, Metadata metadata) {
    MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
    return type != null ? type : MediaType.OCTET_STREAM;
  }

  /** What Tika gave: text (at most the limit), whether it was cut, the metadata. */
  record Result(String text, boolean truncated, MediaType type, Map<String, String> metadata) {}

  Result read(Path path, MediaType type, int maxChars) throws ParseFailure {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, path.getFileName().toString());
    metadata.set(Metadata.CONTENT_TYPE, type.toString());
    BlockTextHandler handler = new BlockTextHandler(maxChars);
    boolean truncated = false;
    try (TikaInputStream in = TikaInputStream.get(path)) {
      parser.parse(in, handler, metadata, context());
    } catch (ZeroByteFileException e) {
      throw new ParseFailure("empty file (0 bytes)", e);
    } catch (EncryptedDocumentException e) {
      throw new ParseFailure("encrypted " + kind(type) + " (password protected)", e);
    } catch (SAXException e) {
      if (!handler.limitReached() && !WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new ParseFailure("malformed " + kind(type) + ": " + DocumentParser.oneLine(e), e);
      }
      truncated = true;
    } catch (TikaException e) {
      throw new ParseFailure(describe(e, type), e);
    } catch (IOException e) {
      throw new ParseFailure(describe(e, type), e);
    }
    Map<String, String> meta = new LinkedHashMap<>();
    for (String name : metadata.names()) {
      String value = metadata.get(name);
      if (value != null) {
        meta.put(name, value);
      }
    }
    return new Result(handler.toString(), truncated, type, meta);
  }

  private static ParseContext context() {
    ParseContext context = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    pdf.setExtractAnnotationText(false);
    context.set(PDFParserConfig.class, pdf);
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true);
    office.setIncludeDeletedContent(false);
    context.set(OfficeParserConfig.class, office);
    return context;
  }

  /** A one-line reason for a parse that failed, naming zip bombs and damaged files as such. */
  private static String describe(Exception e, MediaType type) {
    String root = DocumentParser.oneLine(e);
    String all = chain(e);
    if (all.contains("zip bomb")) {
      return "suspected zip bomb (" + kind(type) + " expands far beyond its size): " + root;
    }
    if (all.contains("encrypt") || all.contains("password")) {
      return "encrypted " + kind(type) + " (password protected)";
    }
    if (all.contains("eof") || all.contains("truncated") || all.contains("end of") || all.contains("zip")) {
      return "damaged or truncated " + kind(type) + ": " + root;
    }
    return "not a valid " + kind(type) + ": " + root;
  }

  private static String chain(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null && sb.length() < 4000; t = t.getCause() == t ? null : t.getCause()) {
      sb.append(t.getClass().getSimpleName()).append(' ').append(t.getMessage()).append('\n');
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** A user's name for a media type: "PDF", "Word document", ... */
  static String kind(MediaType type) {
    String t = type.getBaseType().toString();
    if (t.equals("application/pdf")) {
      return "PDF";
    }
    if (t.contains("wordprocessingml") || t.equals("application/msword") || t.contains("x-tika-ooxml")) {
      return "Word document";
    }
    if (t.contains("zip")) {
      return "zip archive";
    }
    return t;
  }
}
