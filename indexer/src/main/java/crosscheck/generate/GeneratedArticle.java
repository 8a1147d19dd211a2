package crosscheck.generate;

import java.util.List;

/**
 * One synthetic article.
 *
 * @param file path relative to the output folder, with the format's extension
 * @param lang one of {@link SeedText#LANGUAGES}
 * @param format {@code txt}, {@code html}, {@code docx} or {@code pdf}
 * @param published ISO day
 */
public record GeneratedArticle(String file, String lang, String format, String title, List<String> paragraphs,
    String source, String published) {}
