package crosscheck.bench;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.index.Article;
import crosscheck.index.CorpusIndexer;
import crosscheck.index.IndexSummary;
import crosscheck.index.Manifest;
import crosscheck.index.Progress;
import crosscheck.lexicon.Lexicon;
import crosscheck.parse.DocumentParser;
import crosscheck.parse.ParseFailure;
import crosscheck.schema.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Indexing throughput: crosscheck's whole pipeline ({@link CorpusIndexer} on the files) against bare Lucene
 * (an IndexWriter with the same per-language analyzers on the already-extracted text, body stored with offsets
 * as crosscheck does, no Tika, no cleaning, no detection, no lexicon), at each thread count, several runs each.
 * With SOLR_CLASSPATH, the same extracted articles are also indexed by Apache Solr in a JVM of its own
 * ({@link SolrPeer}: EmbeddedSolrServer, language identification by Solr's LangDetect update processor), each
 * Solr run right after the pipeline's and bare Lucene's at the same thread count.
 *
 * <p>{@code IndexingRun CORPUS WORKDIR THREADS(1,2) RUNS OUT.md [SOLR_CLASSPATH]}
 */
public final class IndexingRun {

  private static final FieldType BODY = new FieldType(TextField.TYPE_STORED);

  static {
    BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY.freeze();
  }

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path work = Path.of(args[1]);
    int[] threads = Stream.of(args[2].split(",")).mapToInt(Integer::parseInt).toArray();
    int runs = Integer.parseInt(args[3]);
    Path out = Path.of(args[4]);
    String solrClasspath = args.length > 5 ? args[5] : null;
    AnalyzerRegistry analyzers = new AnalyzerRegistry();
    Lexicon lexicon = Lexicon.builtIn(analyzers);
    CorpusIndexer indexer = CorpusIndexer.create(analyzers, lexicon);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(Manifest.FILE_NAME)).sorted().toList();
    }
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    log("corpus %s: %d files, %.1f MB", corpus, files.size(), bytes / 1e6);

    long t0 = System.nanoTime();
    List<Article> articles = extract(indexer, corpus, files);
    double extractSeconds = (System.nanoTime() - t0) / 1e9;
    log("extracted %d articles (Tika, clean, detect, lexicon; 1 thread) in %.1f s = %.2f MB/s", articles.size(), extractSeconds, bytes / 1e6 / extractSeconds);

    SolrPeer solr = null;
    if (solrClasspath != null) {
      Path input = SolrInput.write(work.resolve("solr"), articles.stream().map(SolrInput.Line::of).toList()).getParent();
      solr = SolrPeer.start(solrClasspath, input);
    }

    // warm-up: one run of each, not recorded
    pipeline(indexer, corpus, work.resolve("warm-p"), threads[threads.length - 1]);
    bare(analyzers, articles, work.resolve("warm-b"), threads[threads.length - 1]);
    if (solr != null) {
      solr.index(threads[threads.length - 1]);
    }

    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    for (int run = 0; run < runs; run++) {
      for (int t : threads) {
        double p = pipeline(indexer, corpus, work.resolve("p" + t), t);
        double b = bare(analyzers, articles, work.resolve("b" + t), t);
        seconds.computeIfAbsent("pipeline " + t, k -> new ArrayList<>()).add(p);
        seconds.computeIfAbsent("bare " + t, k -> new ArrayList<>()).add(b);
        log("run %d, %d thread(s): pipeline %.1f s (%.2f MB/s), bare Lucene %.1f s (%.2f MB/s)", run + 1, t, p, bytes / 1e6 / p, b, bytes / 1e6 / b);
        if (solr != null) {
          double s = solr.index(t);
          seconds.computeIfAbsent("solr " + t, k -> new ArrayList<>()).add(s);
          log("run %d, %d thread(s): Solr %.1f s (%.2f MB/s)", run + 1, t, s, bytes / 1e6 / s);
        }
      }
    }
    String languages = solr == null ? null : solr.languages();
    if (solr != null) {
      solr.close();
    }

    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "Corpus: %d files, %.1f MB (%s). Text extraction alone (Tika + clean + detect + lexicon, 1 thread): %.2f MB/s.%n%n",
        files.size(), bytes / 1e6, corpus.getFileName(), bytes / 1e6 / extractSeconds));
    if (solr == null) {
      md.append("| threads | full pipeline MB/s | bare Lucene MB/s | pipeline / bare | runs |\n|---|---|---|---|---|\n");
    } else {
      md.append("| threads | full pipeline MB/s | bare Lucene MB/s | Solr MB/s | pipeline / bare | pipeline / Solr | bare / Solr | runs |\n"
          + "|---|---|---|---|---|---|---|---|\n");
    }
    for (int t : threads) {
      Stats p = Stats.of(seconds.get("pipeline " + t)).rate(bytes / 1e6);
      Stats b = Stats.of(seconds.get("bare " + t)).rate(bytes / 1e6);
      Figures.put(out, "indexing.pipeline_bare." + t, p.median() / b.median());
      if (solr == null) {
        md.append(String.format(Locale.ROOT, "| %d | %s | %s | %.0f%% | %d |%n", t, p.format(2), b.format(2), 100 * p.median() / b.median(), runs));
      } else {
        Stats s = Stats.of(seconds.get("solr " + t)).rate(bytes / 1e6);
        Figures.put(out, "indexing.pipeline_solr." + t, p.median() / s.median());
        md.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %.0f%% | %.0f%% | %.0f%% | %d |%n", t, p.format(2), b.format(2), s.format(2),
            100 * p.median() / b.median(), 100 * p.median() / s.median(), 100 * b.median() / s.median(), runs));
      }
    }
    if (threads.length > 1) {
      Stats p1 = Stats.of(seconds.get("pipeline " + threads[0])).rate(1);
      Stats pn = Stats.of(seconds.get("pipeline " + threads[threads.length - 1])).rate(1);
      Stats b1 = Stats.of(seconds.get("bare " + threads[0])).rate(1);
      Stats bn = Stats.of(seconds.get("bare " + threads[threads.length - 1])).rate(1);
      md.append(String.format(Locale.ROOT, "%nScaling %d→%d threads: pipeline ×%.2f, bare Lucene ×%.2f",
          threads[0], threads[threads.length - 1], pn.median() / p1.median(), bn.median() / b1.median()));
      Figures.put(out, "indexing.scaling.pipeline", pn.median() / p1.median());
      Figures.put(out, "indexing.scaling.bare", bn.median() / b1.median());
      if (solr != null) {
        Stats s1 = Stats.of(seconds.get("solr " + threads[0])).rate(1);
        Stats sn = Stats.of(seconds.get("solr " + threads[threads.length - 1])).rate(1);
        md.append(String.format(Locale.ROOT, ", Solr ×%.2f", sn.median() / s1.median()));
      }
      md.append(".\n");
    }
    if (languages != null) {
      md.append(String.format(Locale.ROOT, "%nSolr's language identification against crosscheck's (language-script): %s.%n", languages));
    }
    Files.writeString(out, md.toString());
    System.out.print(md);
  }

  private static List<Article> extract(CorpusIndexer indexer, Path corpus, List<Path> files) throws IOException {
    Manifest manifest = Manifest.read(corpus);
    DocumentParser parser = new DocumentParser(DocumentParser.DEFAULT_MAX_CHARS);
    List<Article> articles = new ArrayList<>();
    for (Path f : files) {
      String id = corpus.relativize(f).toString().replace('\\', '/');
      try {
        articles.add(indexer.analyse(parser.parse(f), id, "", manifest.row(id)));
      } catch (ParseFailure e) {
        log("skipped %s: %s", id, e.getMessage());
      }
    }
    return articles;
  }

  static double pipeline(CorpusIndexer indexer, Path corpus, Path index, int threads) throws IOException {
    delete(index);
    CorpusIndexer.Options d = CorpusIndexer.Options.defaults(corpus, index);
    long t0 = System.nanoTime();
    IndexSummary summary = indexer.run(new CorpusIndexer.Options(corpus, index, d.maxChars(), d.timeout(), threads), Progress.NONE);
    double s = (System.nanoTime() - t0) / 1e9;
    if (!summary.failures().isEmpty()) {
      log("pipeline: %d failures, e.g. %s", summary.failures().size(), summary.failures().get(0));
    }
    delete(index);
    return s;
  }

  static double bare(AnalyzerRegistry analyzers, List<Article> articles, Path index, int threads) throws Exception {
    delete(index);
    long t0 = System.nanoTime();
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzers.perField()))) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (int i; (i = next.getAndIncrement()) < articles.size(); ) {
            Article a = articles.get(i);
            String key = AnalyzerRegistry.key(a.language().code());
            Document doc = new Document();
            doc.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
            doc.add(new TextField(Fields.title(key), a.doc().title(), Field.Store.YES));
            doc.add(new Field(Fields.body(key), a.doc().body(), BODY));
            try {
              writer.addDocument(doc);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          return null;
        }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
      pool.shutdown();
      writer.commit();
    }
    double s = (System.nanoTime() - t0) / 1e9;
    delete(index);
    return s;
  }

  static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, format + "%n", args);
    System.err.flush();
  }
}
