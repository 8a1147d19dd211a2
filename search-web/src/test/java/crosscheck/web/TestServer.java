package crosscheck.web;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.index.CorpusIndexer;
import crosscheck.index.IndexSummary;
import crosscheck.index.Progress;
import crosscheck.lexicon.Lexicon;
import crosscheck.search.lucene.LuceneIndex;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The shipped corpus plus the test fixtures (a French article: no seed is French; a bridge closure reported
 * alike in English, French and Indonesian, for fact comparison without conflict), indexed into a temporary
 * folder and served on a free port, once for all web tests of the JVM.
 */
final class TestServer {

  private static TestServer instance;

  final Javalin app;
  final String base;
  final IndexSummary summary;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  private TestServer() throws IOException {
    Path work = Files.createTempDirectory("crosscheck-web-test");
    Path corpus = work.resolve("corpus");
    copyTree(repoRoot().resolve("corpus"), corpus);
    Path fixtures = Path.of("src/test/resources/fixtures").toAbsolutePath();
    copyTree(fixtures, corpus.resolve("fixtures"));
    AnalyzerRegistry analyzers = new AnalyzerRegistry();
    Lexicon lexicon = Lexicon.builtIn(analyzers);
    summary = CorpusIndexer.create(analyzers, lexicon)
        .run(CorpusIndexer.Options.defaults(corpus, work.resolve("index")), Progress.NONE);
    LuceneIndex index = LuceneIndex.open(work.resolve("index"));
    app = WebApp.create(WebMain.services(index, analyzers, lexicon)).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  static synchronized TestServer get() {
    if (instance == null) {
      try {
        instance = new TestServer();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  static Path repoRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("corpus")) && Files.exists(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("repository root (with corpus/) not found");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          try (InputStream in = Files.newInputStream(f)) {
            Files.copy(in, target);
          }
        }
      }
    }
  }

  /** The paths of a search answer's hits, in rank order. */
  static java.util.List<String> paths(JsonNode searchResult) {
    java.util.List<String> out = new java.util.ArrayList<>();
    searchResult.get("hits").forEach(h -> out.add(h.get("path").asText()));
    return out;
  }

  /** GET a path with query parameters (name, value, name, value, ...), URL-encoded. */
  Response get(String path, String... params) {
    StringBuilder url = new StringBuilder(base).append(path);
    for (int i = 0; i < params.length; i += 2) {
      url.append(i == 0 ? '?' : '&').append(params[i]).append('=')
          .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
    }
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url.toString())).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.headers().firstValue("content-type").orElse(""), r.body(), json,
          r.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Response(int status, String contentType, String body, ObjectMapper mapper, Map<String, List<String>> headers) {
    /** The first value of a header (names are case-insensitive), or "". */
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream()).findFirst().orElse("");
    }

    JsonNode json() {
      try {
        return mapper.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }
}
