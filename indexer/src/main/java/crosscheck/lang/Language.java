package crosscheck.lang;

import java.util.Locale;

/**
 * A detected language: an ISO 639-1 code and, for Chinese, the script.
 *
 * @param code {@code zh}, {@code ko}, {@code id}, {@code en}, {@code fr}, or another ISO code / {@code und}
 * @param script {@code Hant} or {@code Hans} for Chinese, null otherwise
 */
public record Language(String code, String script) {

  public static final Language UNDETERMINED = new Language("und", null);

  public Language {
    code = code.toLowerCase(Locale.ROOT);
  }

  public static Language of(String code) {
    return new Language(code, null);
  }

  /** The tag shown to users: {@code zh-Hant}, {@code ko}, ... */
  public String tag() {
    return script == null ? code : code + "-" + script;
  }
}
