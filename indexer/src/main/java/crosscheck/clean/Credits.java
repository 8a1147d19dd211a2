package crosscheck.clean;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a line that is only a credit, a byline ({@code By Jane Doe}, {@code Oleh: Budi}, {@code 홍길동 기자},
 * {@code 記者 王小明}) or a source line ({@code Source: BFM TV}, {@code Sumber:}, {@code 출처:}, {@code 來源：}), and
 * moves it from the body to the metadata. A byline whose name is a handle (digits, underscores, a lower-case single
 * token, or a spam word) is the uploader's, not the author's, and is dropped without becoming the author.
 */
final class Credits {

  /**
   * What a credit line said.
   *
   * @param reason why the line leaves the body
   * @param author the author it names, or null
   * @param source the source it names, or null
   */
  record Credit(String reason, String author, String source) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern BYLINE = Pattern.compile(
      "^[^\\p{L}\\p{N}]*(?:by|oleh|par|posted by|uploaded by|written by|reported by|penulis|pewarta|reporter|작성자|글쓴이"
          + "|記者|记者|撰文|作者|文)(?:\\s*[:：/／|]\\s*|\\s+)([^:：]{2,40}?)\\s*$", FLAGS);
  private static final Pattern KO_BYLINE = Pattern.compile(
      "^[^\\p{L}\\p{N}]*([가-힣]{2,4})\\s*(?:기자|특파원|앵커)(?:\\s+[\\w.+-]+@[\\w.-]+)?\\s*$");
  private static final Pattern SOURCE = Pattern.compile(
      "^[^\\p{L}\\p{N}]*(?:source|sources|sumber|출처|來源|来源|資料來源|资料来源)\\s*[:：]\\s*(.{2,60}?)[^\\p{L}\\p{N}]*$", FLAGS);
  private static final Pattern HANDLE = Pattern.compile(
      "\\d|_|^[a-z0-9.]+$|gacor|slot|judi|sbobet|togel|casino|admin", FLAGS);

  private Credits() {}

  /** The credit a line is, or null when it is not only a credit. */
  static Credit of(String line) {
    if (!TextNorm.weightAtMost(line, 60)) {
      return null;
    }
    Matcher m = SOURCE.matcher(line);
    if (m.matches()) {
      return new Credit("source credit (kept as source)", null, m.group(1).strip());
    }
    m = KO_BYLINE.matcher(line);
    if (m.matches()) {
      return new Credit("byline (kept as author)", m.group(1), null);
    }
    m = BYLINE.matcher(line);
    if (m.matches() && looksLikeName(m.group(1))) {
      String name = m.group(1).strip();
      if (HANDLE.matcher(name).find()) {
        return new Credit("uploader byline (handle \"" + name + "\")", null, null);
      }
      return new Credit("byline (kept as author)", name, null);
    }
    return null;
  }

  /** At most four words, no sentence punctuation: a name or a handle, not a phrase like "by the way". */
  private static boolean looksLikeName(String s) {
    String t = s.strip();
    if (t.isEmpty() || t.split("\\s+").length > 4 || t.matches(".*[.!?。！？,，].*")) {
      return false;
    }
    String first = t.split("\\s+")[0].toLowerCase(Locale.ROOT);
    return !first.equals("the") && !first.equals("a") && !first.equals("le") && !first.equals("la");
  }
}
