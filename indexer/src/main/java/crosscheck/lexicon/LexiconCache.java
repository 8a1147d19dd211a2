package crosscheck.lexicon;

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
 * <p>The file maps (analysis key, term) to the tokens the chain produced. It is valid only for the analysis that
 * wrote it: its header holds a {@linkplain #fingerprint fingerprint} of everything that decides a term's tokens
 * (the analysis classes and their resources, the built-in lexicon files the Korean user dictionary is generated
 * from, the Lucene version and this file's format); a file with another fingerprint is {@link Outcome#STALE}
 * and rebuilt. Terms the file lacks (a user lexicon file was added or edited) are analysed and the file
 * rewritten. A file that cannot be read or fails its checksum is {@link Outcome#CORRUPT}: ignored and rewritten,
 * never an error. Whoever builds the lexicon first writes the file, through a temporary file and an atomic
 * rename, so concurrent writers and readers never see half a file.
 */
public final class LexiconCache {

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
  private static final int FORMAT = 1;

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
      "/crosscheck/lexicon/Lexicon.class");

  private LexiconCache() {}

  static Loaded load(AnalyzerRegistry analyzers, Collection<Path> userFiles, Path file) {
    byte[] fingerprint = fingerprint();
    Outcome outcome;
    Map<String, List<Lexicon.Token>> known;
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
    Map<String, List<Lexicon.Token>> remembered = known == null ? Map.of() : known;
    Map<String, List<Lexicon.Token>> used = new LinkedHashMap<>();
    int[] analysed = {0};
    Lexicon lexicon = Lexicon.load(analyzers, userFiles, (key, term) -> used.computeIfAbsent(key(key, term), k -> {
      List<Lexicon.Token> tokens = remembered.get(k);
      if (tokens == null) {
        analysed[0]++;
        tokens = Lexicon.analysed(analyzers.forLanguage(key), term);
      }
      return tokens;
    }));
    if (outcome == Outcome.HIT && analysed[0] > 0) {
      outcome = Outcome.UPDATED;
    }
    String writeError = null;
    if (outcome != Outcome.HIT) {
      try {
        write(file, fingerprint, used);
      } catch (IOException | UncheckedIOException e) {
        writeError = e.toString();
      }
    }
    return new Loaded(lexicon, outcome, analysed[0], writeError);
  }

  private static String key(String analysisKey, String term) {
    return analysisKey + '\t' + term;
  }

  /** The terms in the file, or null when it was written by another analysis; throws when it is damaged. */
  static Map<String, List<Lexicon.Token>> read(byte[] bytes, byte[] fingerprint) throws IOException {
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
    if (in.available() != 0) {
      throw new IOException("trailing bytes");
    }
    return out;
  }

  static void write(Path file, byte[] fingerprint, Map<String, List<Lexicon.Token>> terms) throws IOException {
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
    sha.update((FORMAT + "/" + Version.LATEST).getBytes(StandardCharsets.UTF_8));
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
