package crosscheck.parse;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the files a hostile or broken corpus folder may hold, each with the outcome crosscheck must give, for
 * parser tests and end-to-end indexer tests alike. Large files are generated, not committed: the 200 MB text file
 * and the zip bombs are written as streams and take a few seconds and about 210 MB of disk. Parse them with a
 * timeout of {@link #TEST_TIMEOUT} (or any timeout well under a minute) for {@code slow.pdf} to time out quickly.
 */
public final class HostileFiles {

  /** What parsing a hostile file must give. */
  public enum Outcome {
    /** A {@link ParseFailure} whose message contains {@link HostileFile#reason()}, ignoring case. */
    FAILURE,
    /** A document flagged truncated, its text no longer than the parser's character limit. */
    TRUNCATED
  }

  /**
   * One hostile file.
   *
   * @param path where it was written
   * @param outcome what parsing it must give
   * @param reason for a failure, a fragment of the one-line reason (lower case)
   */
  public record HostileFile(Path path, Outcome outcome, String reason) {}

  /**
   * A parser timeout under which {@code slow.pdf} reliably times out (its parse needs minutes of CPU) while every
   * other file finishes, even a cold first .docx on a machine busy with other builds (5 s was not enough there);
   * use it in tests so that they do not wait for the 30 s default.
   */
  public static final Duration TEST_TIMEOUT = Duration.ofSeconds(12);

  /** Size of the huge text file. */
  public static final long HUGE_TEXT_BYTES = 200L * 1024 * 1024;

  private HostileFiles() {}

  /** Writes every hostile file into {@code dir} (which must exist) and returns them with their outcomes. */
  public static List<HostileFile> writeAll(Path dir) throws IOException {
    List<HostileFile> files = new ArrayList<>();
    files.add(new HostileFile(Files.write(dir.resolve("empty.txt"), new byte[0]), Outcome.FAILURE, "empty file"));
    files.add(new HostileFile(randomBytes(dir.resolve("random-bytes.pdf")), Outcome.FAILURE, "pdf"));
    files.add(new HostileFile(truncatedDocx(dir.resolve("truncated.docx")), Outcome.FAILURE, "truncated"));
    files.add(new HostileFile(encryptedPdf(dir.resolve("encrypted.pdf")), Outcome.FAILURE, "encrypted"));
    files.add(new HostileFile(zipBombDocx(dir.resolve("zip-bomb.docx")), Outcome.FAILURE, "zip bomb"));
    files.add(new HostileFile(zipBomb(dir.resolve("zip-bomb.zip")), Outcome.FAILURE, "zip bomb"));
    files.add(new HostileFile(nestedHtml(dir.resolve("nested.html")), Outcome.FAILURE, "nested too deeply"));
    files.add(new HostileFile(hugeText(dir.resolve("huge.txt")), Outcome.TRUNCATED, null));
    files.add(new HostileFile(slowPdf(dir.resolve("slow.pdf")), Outcome.FAILURE, "timed out"));
    Path a = dir.resolve("loop-a.txt");
    Path b = dir.resolve("loop-b.txt");
    Files.createSymbolicLink(a, b.getFileName());
    Files.createSymbolicLink(b, a.getFileName());
    files.add(new HostileFile(a, Outcome.FAILURE, "symbolic link loop"));
    return files;
  }

  static Path randomBytes(Path path) throws IOException {
    byte[] bytes = new byte[64 * 1024];
    new Random(42).nextBytes(bytes);
    return Files.write(path, bytes);
  }

  static Path truncatedDocx(Path path) throws IOException {
    Path whole = Files.createTempFile(path.getParent(), "whole", ".docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(whole)) {
      for (int i = 0; i < 200; i++) {
        doc.createParagraph().createRun().setText("Paragraph " + i + " of a report that was cut off in transfer.");
      }
      doc.write(out);
    }
    byte[] bytes = Files.readAllBytes(whole);
    Files.delete(whole);
    return Files.write(path, Arrays.copyOf(bytes, bytes.length / 2));
  }

  static Path encryptedPdf(Path path) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("A confidential memo nobody may read without the password.");
        cs.endText();
      }
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
          new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(path.toFile());
    }
    return path;
  }

  /** A .docx whose document.xml inflates from under 1 MB to 200 MB of identical paragraphs. */
  static Path zipBombDocx(Path path) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(path)))) {
      put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
          + ".wordprocessingml.document.main+xml\"/></Types>");
      put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
          + "wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
      byte[] para = "<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>".repeat(16 * 1024)
          .getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 200L * 1024 * 1024; written += para.length) {
        zip.write(para);
      }
      zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return path;
  }

  /** A plain zip holding 1 GB of zeros in one entry (about 1 MB on disk). */
  static Path zipBomb(Path path) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(path)))) {
      zip.setLevel(9);
      zip.putNextEntry(new ZipEntry("zeros.txt"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 1024; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return path;
  }

  /**
   * A 30 KB PDF whose parse takes minutes: 60 pages sharing one content stream of a million drawing operators
   * (14 MB once inflated) and no text. Nothing is wrong enough for a parser to refuse it, so only a timeout ends it.
   */
  static Path slowPdf(Path path) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDStream content = new PDStream(doc);
      try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
        byte[] op = "0 0 m 1 1 l S\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 1_000_000; i++) {
          out.write(op);
        }
      }
      for (int i = 0; i < 60; i++) {
        PDPage page = new PDPage();
        page.setContents(content);
        doc.addPage(page);
      }
      doc.save(path.toFile());
    }
    return path;
  }

  /** 5 MB of {@code <div>} opened and never closed: a million levels deep. */
  static Path nestedHtml(Path path) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
      out.write("<!DOCTYPE html><html><head><title>deep</title></head><body>".getBytes(StandardCharsets.UTF_8));
      byte[] open = "<div>".getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 1_000_000; i++) {
        out.write(open);
      }
      out.write("text</body></html>".getBytes(StandardCharsets.UTF_8));
    }
    return path;
  }

  /** {@link #HUGE_TEXT_BYTES} of UTF-8 text: the same two original sentences over and over. */
  static Path hugeText(Path path) throws IOException {
    byte[] block = ("A log of the same two sentences, written by a program that did not stop. "
        + "한 줄의 한국어 문장도 함께 반복됩니다.\n").repeat(8192).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(path)) {
      for (long written = 0; written < HUGE_TEXT_BYTES; written += block.length) {
        out.write(block);
      }
    }
    return path;
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** Writes the files into the folder given as the only argument (for trying them by hand). */
  public static void main(String[] args) {
    try {
      for (HostileFile f : writeAll(Path.of(args[0]))) {
        System.out.println(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
