package crosscheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.analysis.KoreanNewsAnalyzer;
import crosscheck.index.Article;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the Solr peer (module bench/solr, a JVM of its own) is fed: already-extracted articles, one JSON object a
 * line, in {@value #ARTICLES}, and crosscheck's nori user dictionary in {@value #USER_DICTIONARY}, both in one
 * folder. The language and script are crosscheck's, for comparison only: Solr detects its own.
 */
final class SolrInput {

  static final String ARTICLES = "articles.jsonl";
  static final String USER_DICTIONARY = "ko-userdict.txt";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One article as Solr's client sends it (title, body, metadata), plus crosscheck's language for comparison. */
  record Line(String id, String path, String title, String body, String source, String published, String lang, String script) {

    static Line of(Article a) {
      return new Line(a.id(), a.id(), a.doc().title(), a.doc().body(), a.doc().source(), a.doc().published(),
          a.language().code(), a.language().script());
    }
  }

  private SolrInput() {}

  /** Writes the articles and the user dictionary into {@code dir}; returns the article file. */
  static Path write(Path dir, List<Line> lines) throws IOException {
    Files.createDirectories(dir);
    Path articles = dir.resolve(ARTICLES);
    try (BufferedWriter out = Files.newBufferedWriter(articles, StandardCharsets.UTF_8)) {
      for (Line line : lines) {
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
      }
    }
    Files.writeString(dir.resolve(USER_DICTIONARY), KoreanNewsAnalyzer.userDictionaryRules() + "\n", StandardCharsets.UTF_8);
    return articles;
  }
}
