package crosscheck.lexicon;

import com.ibm.icu.util.VersionInfo;
import crosscheck.analysis.AnalyzerRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import org.apache.lucene.util.Version;

/**
 * The lexicon's analysed terms remembered in a file, so that a server starts without analysing every term with
 * every language's chain (seconds of CPU, and the dictionaries of smartcn and nori loaded before anything else).
 *
 * <p>The file maps (analysis key, term) to the tokens the chain produced, and each entity alias to its
 * {@link NameKey} (ICU transliteration, as slow to start). It is valid only for the code that wrote it: its
 * header holds a {@linkplain #fingerprint fingerprint} of everything that decides those answers (the analysis
 * and name-key classes and their resources, the built-in lexicon files the Korean user dictionary is generated
 * from, the Lucene and ICU versions, this file's format); a file with another fingerprint is
 * {@link Outcome#STALE} and rebuilt. Terms the file lacks (a user lexicon file was added or edited) are analysed
 * and the file rewritten. A file that cannot be read or fails its checksum is {@link Outcome#CORRUPT}: ignored
 * and rewritten, never an error. Whoever builds the lexicon first writes the file, through a temporary file and
 * an atomic rename, so concurrent writers and readers never see half a file.
 */
public final class LexiconCache {

  /** The cache's name in an index folder (Lucene leaves files of other names alone). */
  public static final String FILE_NAME = "crosscheck-lexicon.cache";

  /** What became of the cache file while loading. */
  public enum Outcome {
    /** Every term was in the file. */
    HIT,
    /** The file lacked some terms (user lexicon files changed): those were analysed and the file rewritten. */
    UPDATED,
    /** There was no file: every term was analysed and the file written. */
    MISSING,
    /** The file was written by another analysis: every term was analysed and the file rewritten. */
    STALE,
    /** The file could not be read: every term was analysed and the file rewritten. */
    CORRUPT
  }

  /**
   * A loaded lexicon and how the cache served it.
   *
   * @param writeError null, or why the file could not be (re)written; the lexicon is complete either way
   */
  public record Loaded(Lexicon lexicon, Outcome outcome, int analysedTerms, String writeError) {
    /** One line for a start-up log. */
    public String line() {
      return "lexicon cache " + outcome.name().toLowerCase(Locale.ROOT) + " (" + analysedTerms + " terms analysed)"
          + (writeError == null ? "" : "; not written: " + writeError);
    }
  }

  private static final int MAGIC = 0x43434c58; // "CCLX"
  private static final int FORMAT = 2;

  /** Resources and classes that decide how a term is analysed, beside the analysis classes. */
  private static final List<String> ANALYSIS_INPUTS = List.of(
      "/crosscheck/lexicon/concepts.tsv",
      "/crosscheck/lexicon/entities.tsv",
      "/crosscheck/analysis/ko-userdict.txt",
      "/crosscheck/analysis/t2s.tsv",
      "/crosscheck/analysis/AnalyzerRegistry.class",
      "/crosscheck/analysis/ChineseAnalyzer.class",
      "/crosscheck/analysis/ChineseBigramAnalyzer.class",
      "/crosscheck/analysis/GenericAnalyzer.class",
      "/crosscheck/analysis/KoreanNewsAnalyzer.class",
      "/crosscheck/analysis/KoreanUserDictionary.class",
      "/crosscheck/analysis/TraditionalToSimplified.class",
      "/crosscheck/analysis/TraditionalToSimplifiedCharFilter.class",
      "/crosscheck/lexicon/LexiconFiles.class",
      "/crosscheck/lexicon/NameKey.class",
      "/crosscheck/lexicon/Lexicon.class");

  private LexiconCache() {}

  static Loaded load(AnalyzerRegistry analyzers, Collection<Path> userFiles, Path file) {
    byte[] fingerprint = fingerprint();
    Outcome outcome;
    Contents known;
    try {
      known = read(Files.readAllBytes(file), fingerprint);
      outcome = known == null ? Outcome.STALE : Outcome.HIT;
    } catch (NoSuchFileException e) {
      known = null;
      outcome = Outcome.MISSING;
    } catch (IOException | RuntimeException e) {
      known = null;
      outcome = Outcome.CORRUPT;
    }
    Remembering analysis = new Remembering(Lexicon.direct(analyzers), known == null ? new Contents(Map.of(), Map.of()) : known);
    Lexicon lexicon = Lexicon.load(analyzers, userFiles, analysis);
    if (outcome == Outcome.HIT && analysis.computed > 0) {
      outcome = Outcome.UPDATED;
    }
    String writeError = null;
    if (outcome != Outcome.HIT) {
      try {
        write(file, fingerprint, analysis.used);
      } catch (IOException | UncheckedIOException e) {
        writeError = e.toString();
      }
    }
    return new Loaded(lexicon, outcome, analysis.computed, writeError);
  }

  /** What the file holds: analysis key + tab + term → tokens; alias → name key. */
  record Contents(Map<String, List<Lexicon.Token>> tokens, Map<String, String> nameKeys) {}

  /** Answers from the file, or computed when it lacks them; remembers every answer given, for writing. */
  private static final class Remembering implements Lexicon.TermAnalysis {
    private final Lexicon.TermAnalysis direct;
    private final Contents remembered;
    private final Contents used = new Contents(new LinkedHashMap<>(), new LinkedHashMap<>());
    private int computed;

    Remembering(Lexicon.TermAnalysis direct, Contents remembered) {
      this.direct = direct;
      this.remembered = remembered;
    }

    @Override
    public List<Lexicon.Token> tokens(String key, String term) {
      return used.tokens().computeIfAbsent(key(key, term), k -> {
        List<Lexicon.Token> tokens = remembered.tokens().get(k);
        if (tokens == null) {
          computed++;
          tokens = direct.tokens(key, term);
        }
        return tokens;
      });
    }

    @Override
    public String nameKey(String alias) {
      return used.nameKeys().computeIfAbsent(alias, a -> {
        String nameKey = remembered.nameKeys().get(a);
        if (nameKey == null) {
          computed++;
          nameKey = direct.nameKey(a);
        }
        return nameKey;
      });
    }
  }

  private static String key(String analysisKey, String term) {
    return analysisKey + '\t' + term;
  }

  /** What the file holds, or null when it was written by another analysis; throws when it is damaged. */
  static Contents read(byte[] bytes, byte[] fingerprint) throws IOException {
    if (bytes.length < Long.BYTES) {
      throw new IOException("truncated");
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - Long.BYTES);
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    in.skipNBytes(bytes.length - Long.BYTES);
    if (in.readLong() != crc.getValue()) {
      throw new IOException("checksum mismatch");
    }
    in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - Long.BYTES));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a lexicon cache");
    }
    if (in.readInt() != FORMAT || !Arrays.equals(in.readNBytes(fingerprint.length), fingerprint)) {
      return null;
    }
    int n = in.readInt();
    Map<String, List<Lexicon.Token>> out = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String key = in.readUTF();
      String term = in.readUTF();
      int count = in.readInt();
      List<Lexicon.Token> tokens = new ArrayList<>(count);
      for (int t = 0; t < count; t++) {
        tokens.add(new Lexicon.Token(in.readUTF(), in.readInt(), in.readInt(), in.readInt(), in.readInt()));
      }
      out.put(key(key, term), List.copyOf(tokens));
    }
    int aliases = in.readInt();
    Map<String, String> nameKeys = new HashMap<>(aliases * 2);
    for (int i = 0; i < aliases; i++) {
      nameKeys.put(in.readUTF(), in.readUTF());
    }
    if (in.available() != 0) {
      throw new IOException("trailing bytes");
    }
    return new Contents(out, nameKeys);
  }

  static void write(Path file, byte[] fingerprint, Contents contents) throws IOException {
    Map<String, List<Lexicon.Token>> terms = contents.tokens();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
    DataOutputStream out = new DataOutputStream(buffer);
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    out.write(fingerprint);
    out.writeInt(terms.size());
    for (Map.Entry<String, List<Lexicon.Token>> e : terms.entrySet()) {
      int tab = e.getKey().indexOf('\t');
      out.writeUTF(e.getKey().substring(0, tab));
      out.writeUTF(e.getKey().substring(tab + 1));
      out.writeInt(e.getValue().size());
      for (Lexicon.Token t : e.getValue()) {
        out.writeUTF(t.term());
        out.writeInt(t.position());
        out.writeInt(t.length());
        out.writeInt(t.start());
        out.writeInt(t.end());
      }
    }
    out.writeInt(contents.nameKeys().size());
    for (Map.Entry<String, String> e : contents.nameKeys().entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
    out.flush();
    CRC32 crc = new CRC32();
    crc.update(buffer.toByteArray());
    out.writeLong(crc.getValue());
    out.flush();
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      Files.write(tmp, buffer.toByteArray());
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** SHA-256 of what decides a term's tokens: the analysis code and data, the Lucene version, this format. */
  static byte[] fingerprint() {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    sha.update((FORMAT + "/" + Version.LATEST + "/" + VersionInfo.ICU_VERSION).getBytes(StandardCharsets.UTF_8));
    for (String resource : ANALYSIS_INPUTS) {
      try (InputStream in = LexiconCache.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + resource + " for the lexicon cache's fingerprint");
        }
        sha.update(resource.getBytes(StandardCharsets.UTF_8));
        sha.update(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return sha.digest();
  }
}
