package crosscheck.index;

import crosscheck.analysis.AnalyzerRegistry;
import crosscheck.analysis.Tokens;
import crosscheck.clean.CleanDocument;
import crosscheck.clean.Cleaner;
import crosscheck.facts.Fact;
import crosscheck.facts.FactExtractor;
import crosscheck.lang.Language;
import crosscheck.lang.LanguageDetector;
import crosscheck.lexicon.Entry;
import crosscheck.lexicon.Lexicon;
import crosscheck.lexicon.Match;
import crosscheck.parse.DocumentParser;
import crosscheck.parse.ParseFailure;
import crosscheck.parse.ParsedDocument;
import crosscheck.parse.SafeFiles;
import crosscheck.schema.Fields;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The batch indexing pipeline: walks a corpus folder and, for every new or changed file,
 * {@code Path → ParsedDocument → CleanDocument → Language → (Lucene Document + facts)}, replacing the file's
 * previous documents. Files that disappeared are removed; unchanged files are skipped. Everything is committed
 * once at the end, so a run killed half way leaves the previous index as it was.
 */
public final class CorpusIndexer {

  /** Bump when parsing, cleaning, analysis or extraction change what is indexed: every file is then re-indexed. */
  public static final String PIPELINE_VERSION = "11";

  /** Settings of one run. */
  public record Options(Path corpus, Path index, int maxChars, Duration timeout, int threads) {
    public static Options defaults(Path corpus, Path index) {
      return new Options(corpus, index, DocumentParser.DEFAULT_MAX_CHARS, DocumentParser.DEFAULT_TIMEOUT,
          Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
  }

  private final AnalyzerRegistry analyzers;
  private final Lexicon lexicon;
  private final BiFunction<Article, List<Match>, List<Fact>> facts;
  private final LanguageDetector detector = new LanguageDetector();
  private final Cleaner cleaner = new Cleaner();
  private final DocumentBuilder builder = new DocumentBuilder();

  /**
   * @param facts extracts an article's facts (from its cleaned body, language and date, and the lexicon matches
   *     of its body)
   */
  public CorpusIndexer(AnalyzerRegistry analyzers, Lexicon lexicon, BiFunction<Article, List<Match>, List<Fact>> facts) {
    this.analyzers = analyzers;
    this.lexicon = lexicon;
    this.facts = facts;
  }

  /** The pipeline with every step crosscheck has: the one the CLI and the web server use. */
  public static CorpusIndexer create(AnalyzerRegistry analyzers, Lexicon lexicon) {
    FactExtractor extractor = new FactExtractor(lexicon);
    return new CorpusIndexer(analyzers, lexicon,
        (a, matches) -> extractor.extract(a.doc().body(), a.language(), a.reference(), matches));
  }

  public IndexSummary run(Options options, Progress progress) throws IOException {
    long startNanos = System.nanoTime();
    Manifest manifest = Manifest.read(options.corpus());
    List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    List<Path> files = walk(options.corpus(), outcomes);
    Files.createDirectories(options.index());
    try (Directory dir = FSDirectory.open(options.index());
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzers.perField())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setCommitOnClose(false))) { // only the explicit commit at the end publishes a run
      Map<String, String> previous = storedHashes(writer);
      Set<String> seen = Collections.synchronizedSet(new LinkedHashSet<>());
      long totalBytes = files.stream().mapToLong(CorpusIndexer::sizeOrZero).sum();
      progress.start(files.size(), totalBytes);
      DocumentParser parser = new DocumentParser(options.maxChars(), options.timeout());
      ExecutorService pool = Executors.newFixedThreadPool(options.threads());
      Semaphore slots = new Semaphore(options.threads() * 2);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      try {
        for (Path file : files) {
          slots.acquire();
          if (failure.get() != null) {
            break;
          }
          pool.execute(() -> {
            try {
              String id = relative(options.corpus(), file);
              seen.add(id);
              Outcome outcome = indexOne(file, id, manifest, previous.get(id), parser, writer);
              outcomes.add(outcome);
              progress.advance(outcome.bytes());
            } catch (Throwable t) {
              failure.compareAndSet(null, t);
            } finally {
              slots.release();
            }
          });
        }
        pool.shutdown();
        while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
          // still indexing
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("indexing interrupted; the previous index is unchanged", e);
      } finally {
        pool.shutdownNow();
        progress.close();
      }
      if (failure.get() != null) {
        throw new IOException("indexing failed; the previous index is unchanged: " + failure.get(), failure.get());
      }
      for (String id : previous.keySet()) {
        if (!seen.contains(id)) {
          writer.deleteDocuments(new Term(Fields.ARTICLE, id));
          outcomes.add(new Outcome(id, Outcome.Status.REMOVED, null, null, 0, 0));
        }
      }
      writer.setLiveCommitData(Map.of("pipeline", PIPELINE_VERSION).entrySet());
      writer.commit();
    }
    long processed = outcomes.stream().filter(o -> o.status() == Outcome.Status.INDEXED).mapToLong(Outcome::bytes).sum();
    List<Outcome> sorted = new ArrayList<>(outcomes);
    sorted.sort((a, b) -> a.path().compareTo(b.path()));
    return new IndexSummary(sorted, Duration.ofNanos(System.nanoTime() - startNanos), processed);
  }

  private Outcome indexOne(Path file, String id, Manifest manifest, String previousHash, DocumentParser parser,
      IndexWriter writer) throws IOException {
    long bytes = sizeOrZero(file);
    java.util.Optional<String> problem = SafeFiles.problem(file);
    if (problem.isPresent()) {
      return Outcome.failed(id, problem.get(), bytes);
    }
    String hash;
    try {
      hash = hash(file, manifest.row(id));
    } catch (IOException e) {
      return Outcome.failed(id, "cannot read: " + describe(e), bytes);
    }
    if (hash.equals(previousHash)) {
      return new Outcome(id, Outcome.Status.UNCHANGED, null, null, bytes, 0);
    }
    Article article;
    try {
      article = analyse(parser.parse(file), id, hash, manifest.row(id), manifest.referenceDay());
    } catch (ParseFailure e) {
      if (previousHash != null) {
        writer.deleteDocuments(new Term(Fields.ARTICLE, id));
      }
      return Outcome.failed(id, e.getMessage(), bytes);
    }
    List<Document> docs = builder.build(article);
    if (previousHash == null) {
      writer.addDocuments(docs); // a new file: no earlier documents to find and delete
    } else {
      writer.updateDocuments(new Term(Fields.ARTICLE, id), docs);
    }
    String note = article.doc().truncated() ? "truncated at the character limit" : null;
    return new Outcome(id, Outcome.Status.INDEXED, article.language().tag(), note, bytes, article.doc().dropped().size());
  }

  /** The steps after parsing, for one document: clean, apply the manifest, detect, find vocabulary and facts. */
  public Article analyse(ParsedDocument parsed, String id, String hash, Map<String, String> manifestRow)
      throws ParseFailure {
    return analyse(parsed, id, hash, manifestRow, null);
  }

  /**
   * @param corpusReference the day that completes partial dates in an article without a publication date of its
   *     own (a corpus is the coverage of one event: {@link Manifest#referenceDay()}), or null
   */
  public Article analyse(ParsedDocument parsed, String id, String hash, Map<String, String> manifestRow,
      LocalDate corpusReference) throws ParseFailure {
    CleanDocument doc = withManifest(cleaner.clean(parsed), manifestRow);
    if (doc.body().isBlank()) {
      throw new ParseFailure("no article text left after cleaning");
    }
    Language lang = manifestRow.containsKey("lang")
        ? Language.of(manifestRow.get("lang"))
        : detector.detect(doc.body());
    String key = AnalyzerRegistry.key(lang.code());
    Article.Analysed tokens = new Article.Analysed(
        Tokens.of(analyzers.forLanguage(key), Fields.title(key), doc.title()),
        Tokens.of(analyzers.forLanguage(key), Fields.body(key), doc.body()));
    List<Match> bodyMatches = lexicon.find(tokens.body(), lang.code());
    Set<String> concepts = new LinkedHashSet<>();
    Set<String> entities = new LinkedHashSet<>();
    for (List<Match> matches : List.of(lexicon.find(tokens.title(), lang.code()), bodyMatches)) {
      for (Match m : matches) {
        (m.entry().kind() == Entry.Kind.ENTITY ? entities : concepts).add(m.entry().id());
      }
    }
    LocalDate published = DocumentBuilder.firstDay(doc.published());
    Article article = new Article(id, hash, doc, lang, List.copyOf(concepts), List.copyOf(entities),
        published != null ? published : corpusReference, List.of(), tokens, bodyMatches);
    return new Article(id, hash, doc, lang, article.concepts(), article.entities(), article.reference(),
        facts.apply(article, bodyMatches), tokens, bodyMatches);
  }

  private static CleanDocument withManifest(CleanDocument d, Map<String, String> row) {
    if (row.isEmpty()) {
      return d;
    }
    return new CleanDocument(
        row.getOrDefault("title", d.title()), d.body(), row.getOrDefault("published", d.published()),
        row.getOrDefault("source", d.source()), row.getOrDefault("author", d.author()), row.getOrDefault("url", d.url()),
        d.dropped(), d.truncated());
  }

  /** Article id → content hash of what the index holds now. */
  private static Map<String, String> storedHashes(IndexWriter writer) throws IOException {
    Map<String, String> hashes = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs top = searcher.search(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ARTICLE)), Math.max(1, reader.maxDoc()));
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc, Set.of(Fields.ID, Fields.CONTENT_HASH));
        hashes.put(d.get(Fields.ID), d.get(Fields.CONTENT_HASH));
      }
    }
    return hashes;
  }

  /** Regular files below the corpus (not the manifest, not hidden ones), sorted; walk errors become failures. */
  static List<Path> walk(Path corpus, List<Outcome> outcomes) throws IOException {
    if (!Files.isDirectory(corpus)) {
      throw new IOException("corpus folder not found: " + corpus);
    }
    Map<String, Path> files = new TreeMap<>();
    Files.walkFileTree(corpus, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return !dir.equals(corpus) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (hidden(file) || file.equals(corpus.resolve(Manifest.FILE_NAME))) {
          return FileVisitResult.CONTINUE;
        }
        if (attrs.isRegularFile()) {
          files.put(relative(corpus, file), file);
        } else {
          outcomes.add(Outcome.failed(relative(corpus, file), "not a regular file (device, FIFO or socket)", 0));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        outcomes.add(Outcome.failed(relative(corpus, file), SafeFiles.problem(file).orElse(describe(e)), 0));
        return FileVisitResult.CONTINUE;
      }
    });
    return new ArrayList<>(files.values());
  }

  private static boolean hidden(Path p) {
    return p.getFileName() != null && p.getFileName().toString().startsWith(".");
  }

  static String describe(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  static String relative(Path corpus, Path file) {
    return corpus.relativize(file).toString().replace('\\', '/');
  }

  private static long sizeOrZero(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** SHA-256 of the file's bytes, its manifest row and the pipeline version. */
  static String hash(Path file, Map<String, String> manifestRow) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) != -1; ) {
        sha.update(buf, 0, n);
      }
    }
    sha.update(new TreeMap<>(manifestRow).toString().getBytes(StandardCharsets.UTF_8));
    sha.update(PIPELINE_VERSION.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest());
  }
}
