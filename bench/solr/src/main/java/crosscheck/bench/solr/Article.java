package crosscheck.bench.solr;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;

/**
 * One already-extracted article, as the bench module writes it (one JSON object per line): the text crosscheck
 * indexed, and crosscheck's own language and script, which are kept for comparison and never sent to Solr.
 */
record Article(String id, String path, String title, String body, String source, String published, String lang, String script) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static List<Article> read(Path jsonLines) throws IOException {
    List<Article> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonLines, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isBlank()) {
          out.add(JSON.readValue(line, Article.class));
        }
      }
    }
    return out;
  }

  /** The document a Solr client sends: text and metadata, no language (Solr's update processor detects it). */
  SolrInputDocument toSolr() {
    SolrInputDocument d = new SolrInputDocument();
    d.addField("id", id);
    d.addField("path", path);
    d.addField("title", title);
    d.addField("body", body);
    if (source != null && !source.isEmpty()) {
      d.addField("source", source);
    }
    if (published != null && !published.isEmpty()) {
      d.addField("published", published);
      if (published.length() >= 7) {
        d.addField("published_month", published.substring(0, 7));
      }
    }
    return d;
  }

  /** Bytes of title and body in UTF-8. */
  long textBytes() {
    return title.getBytes(StandardCharsets.UTF_8).length + body.getBytes(StandardCharsets.UTF_8).length;
  }
}
