package crosscheck.bench.solr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * A Solr home with one core, "articles" (schema.xml and solrconfig.xml beside this class, plus crosscheck's nori
 * user dictionary from the work folder), opened in this JVM as an {@link EmbeddedSolrServer}.
 */
final class ArticleCore implements AutoCloseable {

  static final String CORE = "articles";
  /** Written by the bench module beside the article file: crosscheck's nori user dictionary. */
  static final String USER_DICTIONARY = "ko-userdict.txt";
  /** Documents per update request from one client thread. */
  static final int BATCH = 50;

  private final EmbeddedSolrServer server;

  private ArticleCore(EmbeddedSolrServer server) {
    this.server = server;
  }

  /** Creates (or reuses) the Solr home under {@code work} and opens the core. */
  static ArticleCore open(Path work) throws IOException {
    Path home = work.resolve("solr-home");
    Path conf = home.resolve(CORE).resolve("conf");
    Files.createDirectories(conf);
    Files.writeString(home.resolve("solr.xml"), "<solr/>\n", StandardCharsets.UTF_8);
    Files.writeString(home.resolve(CORE).resolve("core.properties"), "name=" + CORE + "\n", StandardCharsets.UTF_8);
    for (String file : List.of("schema.xml", "solrconfig.xml")) {
      try (InputStream in = ArticleCore.class.getResourceAsStream("conf/" + file)) {
        if (in == null) {
          throw new IllegalStateException("missing resource conf/" + file + " beside " + ArticleCore.class.getName());
        }
        Files.copy(in, conf.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path dictionary = work.resolve(USER_DICTIONARY);
    if (!Files.isRegularFile(dictionary)) {
      throw new IllegalStateException("missing " + dictionary + ": the bench module writes it beside the articles");
    }
    Files.copy(dictionary, conf.resolve(USER_DICTIONARY), StandardCopyOption.REPLACE_EXISTING);
    return new ArticleCore(new EmbeddedSolrServer(home, CORE));
  }

  EmbeddedSolrServer server() {
    return server;
  }

  /** Empties the index (not timed by callers). */
  void clear() throws IOException, SolrServerException {
    server.deleteByQuery("*:*");
    server.commit();
  }

  /**
   * Feeds every article from {@code threads} client threads, batches of {@value #BATCH}, then one hard commit;
   * returns the seconds taken.
   */
  double index(List<Article> articles, int threads) throws Exception {
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    try {
      List<Future<?>> clients = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        clients.add(pool.submit(() -> {
          for (int from; (from = next.getAndAdd(BATCH)) < articles.size(); ) {
            List<SolrInputDocument> batch = new ArrayList<>(BATCH);
            for (Article a : articles.subList(from, Math.min(from + BATCH, articles.size()))) {
              batch.add(a.toSolr());
            }
            server.add(batch);
          }
          return null;
        }));
      }
      for (Future<?> c : clients) {
        c.get();
      }
    } finally {
      pool.shutdown();
    }
    server.commit();
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Number of documents in the index. */
  long count() throws IOException, SolrServerException {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("rows", 0);
    return server.query(p).getResults().getNumFound();
  }

  /** Language of each document as Solr detected it: id → "lang" or "lang-script". */
  Map<String, String> languages() throws IOException, SolrServerException {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("fl", "id,lang,script");
    p.set("rows", Integer.MAX_VALUE);
    QueryResponse r = server.query(p);
    Map<String, String> out = new LinkedHashMap<>();
    r.getResults().forEach(d -> {
      Object script = d.getFirstValue("script");
      out.put((String) d.getFirstValue("id"), d.getFirstValue("lang") + (script == null ? "" : "-" + script));
    });
    return out;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
