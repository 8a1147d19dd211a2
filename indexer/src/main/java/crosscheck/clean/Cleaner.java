package crosscheck.clean;

import crosscheck.clean.CleanDocument.Dropped;
import crosscheck.parse.ParsedDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a parsed file into the article crosscheck indexes. In order:
 *
 * <ol>
 *   <li>HTML: the main text is found from the page structure ({@link MainText}); other formats are cut into lines.
 *   <li>Each line that is only a byline or source credit moves to the metadata ({@link Credits}); each line a
 *       furniture rule recognises is dropped ({@link LineRules}).
 *   <li>Repeated paragraphs are kept once and short leftovers between dropped blocks go with them
 *       ({@link Repeats}).
 *   <li>Metadata: markup and file metadata first, then what the text says (title = first kept line, publication
 *       date = the first full date near the top, see {@link DateFinder}).
 * </ol>
 *
 * Every dropped line is recorded in {@link CleanDocument#dropped()} with its reason; consecutive lines dropped for
 * the same reason form one block. The body is the display text with the light normalisation of {@link TextNorm}
 * (full-width ASCII letters and digits folded, whitespace collapsed), one paragraph per kept line, paragraphs
 * separated by a blank line.
 *
 * <p>Stateless and thread-safe: one instance may be shared by all indexing threads.
 */
public final class Cleaner {

  /** How many kept lines from the top are searched for a dateline. */
  private static final int DATELINE_WINDOW = 15;
  /**
   * Words of a dateline, matched against {@link TextNorm#caseFold case-folded} text: the same matches as
   * {@code CASE_INSENSITIVE | UNICODE_CASE}, without folding every character at every position tried.
   */
  private static final Pattern DATELINE = Pattern.compile(TextNorm.caseFold(
      "입력|등록|발행|기사입력|published|posted|updated|diterbitkan|dipublikasikan|publié|mis à jour|发布|發佈|發布"
          + "|发表|發表|日期|时间|時間"));
  /** Where a headline may stop inside a long first sentence. */
  private static final Pattern CLAUSE_END = Pattern.compile("[;；:：]");
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？]|[.!?][”\"’」]?(\\s|$)");

  public CleanDocument clean(ParsedDocument doc) {
    List<Line> lines;
    PageMeta markup;
    if (!doc.html().isEmpty()) {
      Document html = Jsoup.parse(doc.html());
      MainText.Page page = MainText.extract(html);
      lines = page.lines();
      markup = HtmlMeta.read(html, page.root(), doc.html());
    } else {
      lines = Line.ofText(doc.text());
      markup = fileMeta(doc);
    }
    String author = null;
    String source = null;
    Map<String, String> verdicts = new HashMap<>(); // a line seen before gets the same verdict without the regexes
    for (Line line : lines) {
      if (!line.kept()) {
        continue;
      }
      Credits.Credit credit = Credits.of(line.text);
      if (credit != null) {
        line.drop(credit.reason());
        author = author == null ? credit.author() : author;
        source = source == null ? credit.source() : source;
        continue;
      }
      String reason = verdicts.computeIfAbsent(line.text, t -> Objects.requireNonNullElse(LineRules.reason(t), ""));
      if (!reason.isEmpty()) {
        line.drop(reason);
      }
    }
    Repeats.dropRepeats(lines);
    Repeats.dropOrphans(lines, markup.title());

    List<String> kept = new ArrayList<>();
    for (Line line : lines) {
      if (line.kept()) {
        kept.add(line.text);
      }
    }
    String title = HtmlMeta.first(markup.title(), kept.isEmpty() ? null : titleFrom(kept.get(0)),
        doc.path().getFileName().toString());
    String published = markup.published() != null ? markup.published() : datelineDate(kept, lines);
    return new CleanDocument(title, String.join("\n\n", kept), published,
        HtmlMeta.first(markup.source(), source), HtmlMeta.first(markup.author(), author), markup.url(),
        droppedBlocks(lines), doc.truncated());
  }

  /** Title, author and source from a PDF's or Word file's own metadata; file dates are not publication dates. */
  private static PageMeta fileMeta(ParsedDocument doc) {
    String title = doc.meta("dc:title", "title");
    if (title != null && (title.matches("(?i)untitled|microsoft word.*|document\\d*") || title.isBlank())) {
      title = null;
    }
    return new PageMeta(title, null, doc.meta("dc:publisher"), doc.meta("dc:creator", "meta:author"), null);
  }

  /**
   * A headline from a first line: the line itself, or when the line is a whole paragraph its first sentence, or
   * when that is long too its first clauses (up to a colon or semicolon), else its start with an ellipsis. Lengths
   * are display widths ({@link TextNorm#weight}: a Han or Hangul character counts two), so a Chinese paragraph
   * gives as short a headline as an English one.
   */
  static String titleFrom(String firstLine) {
    String t = firstLine.replaceFirst("^[\\p{Z}\\p{S}\\p{Pd}*•·▶▷■□]+", "").strip();
    if (TextNorm.weightAtMost(t, 200)) {
      return t;
    }
    var m = SENTENCE_END.matcher(t);
    if (m.find() && m.start() > 0 && TextNorm.weightAtMost(t.substring(0, m.start() + 1), 120)) {
      return t.substring(0, m.start() + 1).strip();
    }
    int clauses = -1;
    for (var c = CLAUSE_END.matcher(t); c.find() && TextNorm.weightAtMost(t.substring(0, c.start()), 80); ) {
      clauses = c.start();
    }
    if (clauses > 0) {
      return t.substring(0, clauses).strip();
    }
    return t.substring(0, Math.min(t.length(), 80)).strip() + "…";
  }

  /**
   * The first full date on a dateline near the top of the kept text: a short line, or one that says
   * "published"/"입력"/"发布".... Failing that, a dropped line near the top that says so (a page header set apart
   * from the main content often carries the date).
   */
  private static String datelineDate(List<String> kept, List<Line> all) {
    for (int i = 0; i < Math.min(kept.size(), DATELINE_WINDOW); i++) {
      String line = kept.get(i);
      if (DateFinder.hasYear(line) && (TextNorm.weightAtMost(line, 120) || isDateline(line))) {
        String date = DateFinder.find(line);
        if (date != null) {
          return date;
        }
      }
    }
    for (int i = 0; i < Math.min(all.size(), 3 * DATELINE_WINDOW); i++) {
      Line line = all.get(i);
      if (!line.kept() && DateFinder.hasYear(line.text) && TextNorm.weightAtMost(line.text, 120)
          && isDateline(line.text)) {
        String date = DateFinder.find(line.text);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /** Whether a line says "published", "입력", "发布"...: {@link #DATELINE} on the case-folded line. */
  private static boolean isDateline(String line) {
    return DATELINE.matcher(TextNorm.caseFold(line)).find();
  }

  private static List<Dropped> droppedBlocks(List<Line> lines) {
    List<Dropped> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    String reason = null;
    for (Line line : lines) {
      if (line.kept() || !line.reason().equals(reason)) {
        if (reason != null) {
          out.add(new Dropped(text.toString(), reason));
        }
        text.setLength(0);
        reason = line.kept() ? null : line.reason();
      }
      if (!line.kept()) {
        if (text.length() > 0) {
          text.append('\n');
        }
        text.append(line.text);
      }
    }
    if (reason != null) {
      out.add(new Dropped(text.toString(), reason));
    }
    return out;
  }
}
