package crosscheck.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes a {@link GeneratedArticle} in its format: plain text (title line, blank-line paragraphs), an HTML page
 * with the page furniture of a news site around the article and its metadata in meta tags, a Word document, or
 * a PDF (Latin text in a standard font; characters it cannot show become '?').
 */
public final class ArticleWriter {

  private static final float FONT_SIZE = 10;
  private static final int LINE_CHARS = 95;
  private static final int PAGE_LINES = 60;

  /** Writes the article below {@code root}; returns its size in bytes. */
  public long write(Path root, GeneratedArticle a) throws IOException {
    Path file = root.resolve(a.file());
    Files.createDirectories(file.getParent());
    byte[] bytes = switch (a.format()) {
      case "txt" -> txt(a);
      case "html" -> html(a);
      case "docx" -> docx(a);
      case "pdf" -> pdf(a);
      default -> throw new IllegalArgumentException("unknown format " + a.format());
    };
    Files.write(file, bytes);
    return bytes.length;
  }

  static byte[] txt(GeneratedArticle a) {
    return (a.title() + "\n\n" + String.join("\n\n", a.paragraphs()) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  static byte[] html(GeneratedArticle a) {
    StringBuilder h = new StringBuilder(4096);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(a.lang()).append("\"><head><meta charset=\"utf-8\">\n")
        .append("<title>").append(escape(a.title())).append("</title>\n")
        .append("<meta property=\"og:site_name\" content=\"").append(escape(a.source())).append("\">\n")
        .append("<meta property=\"article:published_time\" content=\"").append(a.published()).append("T09:00:00+09:00\">\n")
        .append("<style>body{font-family:sans-serif}</style><script>window.dataLayer=[];</script></head>\n<body>\n")
        .append("<nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a> | <a href=\"/tech\">Tech</a></nav>\n")
        .append("<article><h1>").append(escape(a.title())).append("</h1>\n");
    for (String p : a.paragraphs()) {
      h.append("<p>").append(escape(p)).append("</p>\n");
    }
    h.append("</article>\n<footer>© ").append(escape(a.source())).append(" — all rights reserved</footer>\n</body></html>\n");
    return h.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] docx(GeneratedArticle a) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getProperties().getCoreProperties().setTitle(a.title());
      doc.getProperties().getCoreProperties().setCreated(a.published() + "T09:00:00Z");
      doc.createParagraph().createRun().setText(a.title());
      for (String p : a.paragraphs()) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (InvalidFormatException e) {
      throw new IOException("cannot write a Word file: " + e.getMessage(), e);
    }
  }

  static byte[] pdf(GeneratedArticle a) throws IOException {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    List<String> lines = new ArrayList<>();
    lines.add(winAnsi(a.title()));
    for (String p : a.paragraphs()) {
      lines.add("");
      lines.addAll(wrap(winAnsi(p)));
    }
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getDocumentInformation().setTitle(a.title());
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
      created.clear();
      created.set(Integer.parseInt(a.published().substring(0, 4)), Integer.parseInt(a.published().substring(5, 7)) - 1,
          Integer.parseInt(a.published().substring(8, 10)));
      doc.getDocumentInformation().setCreationDate(created);
      for (int start = 0; start < lines.size(); start += PAGE_LINES) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, FONT_SIZE);
          cs.setLeading(FONT_SIZE * 1.2f);
          cs.newLineAtOffset(50, 740);
          for (String line : lines.subList(start, Math.min(lines.size(), start + PAGE_LINES))) {
            cs.showText(line);
            cs.newLine();
          }
          cs.endText();
        }
      }
      doc.save((OutputStream) out);
      return out.toByteArray();
    }
  }

  private static List<String> wrap(String paragraph) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      if (line.length() + word.length() + 1 > LINE_CHARS && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  /** Characters the standard PDF fonts can show (Latin-1 letters); others become '?'. */
  private static String winAnsi(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> out.append(cp >= 0x20 && cp < 0x7F || cp >= 0xA0 && cp <= 0xFF ? (char) cp : '?'));
    return out.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
