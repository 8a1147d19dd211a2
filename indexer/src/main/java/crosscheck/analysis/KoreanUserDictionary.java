package crosscheck.analysis;

import crosscheck.lexicon.LexiconFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The nori user dictionary of {@link KoreanNewsAnalyzer}, generated at load time from the Korean terms of the
 * lexicon files (so compounds are kept in one place) plus the handwritten {@value #OVERRIDES} for what the
 * generation cannot know.
 *
 * <p>Generation, per Korean term of {@code concepts.tsv} and {@code entities.tsv}:
 *
 * <ul>
 *   <li>only terms of two or more Hangul syllables and nothing else (no spaces, Latin or digits) are considered;
 *   <li>the term is segmented by nori's own dictionary ({@link KoreanTokenizer} without user dictionary,
 *       decompound mode NONE); a term nori reads as one word is left alone (a compound of nori's dictionary,
 *       such as 카카오톡, is already split by MIXED mode), unless it is a noun that nori splits once it stands
 *       in a sentence ({@link #FRAMES}: 사용자들이 → 사용 + 자/XSN + 들 + 이, 이용자의 → 이용 + 자의): then it
 *       is read as nori reads it there (a compound of nouns with its parts: 삼성전자 삼성 전자; a noun and suffix
 *       as one word), or the term would never match the text it names; only for terms of three syllables or
 *       more, as a two-syllable word in the user dictionary captures syllables of other words (물의 "stir" in
 *       뇌물의 → 뇌 + 물의);
 *   <li>a concept term that nori splits into nouns only (NNG, NNP, NNB, NR, SL, SN, SH) becomes
 *       {@code term part1 part2 ...}, so MIXED mode emits the compound and its parts (데이터센터 데이터 센터),
 *       unless every part is a single syllable (반등 = 반 + 등), then it becomes one word; an entity's name
 *       split into nouns of two or more syllables each also gets its parts (카카오페이 카카오 페이);
 *   <li>any other entity name that nori splits becomes one word without parts: a person's name (a surname
 *       alone is no useful token), a name split into syllables (구글 = 구 + 글) or into more than nouns
 *       (국민의힘 = 국민 + 의/particle + 힘);
 *   <li>a concept term read with a prefix becomes one word: the stop filter would drop the prefix and invert
 *       the meaning (불평등 = 불/XPN + 평등 "equality", 무정전 = 무/XPN + 정전 "power cut");
 *   <li>other concept terms whose segmentation holds a suffix (가입자 = 가입 + 자/XSN, which the stop filter drops anyway), a
 *       verb, adjective, ending or particle (inflected forms) are skipped: nori analyses them the same way in
 *       the lexicon and in the text.
 * </ul>
 *
 * An override line for the same compound wins over the generated one.
 */
final class KoreanUserDictionary {

  /** Handwritten entries beside this class, in nori's format: a compound, optionally followed by its parts. */
  static final String OVERRIDES = "ko-userdict.txt";

  private static final Set<POS.Tag> NOUN_TAGS =
      Set.of(POS.Tag.NNG, POS.Tag.NNP, POS.Tag.NNB, POS.Tag.NR, POS.Tag.SL, POS.Tag.SN, POS.Tag.SH);

  /** Sentences a noun is tried in: before a plural and subject particle, between words, before a genitive. */
  private static final List<String> FRAMES = List.of("%s들이", "그 %s 문제");

  private KoreanUserDictionary() {}

  /** The dictionary of overrides and generated entries; fails fast with the resource name on bad data. */
  static UserDictionary load() {
    try {
      return UserDictionary.open(new StringReader(rules()));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot build the Korean user dictionary from " + OVERRIDES + " and the lexicon files", e);
    }
  }

  /** The dictionary in nori's text format, one entry a line: the overrides, then the generated entries. */
  static String rules() {
    List<String> lines = new ArrayList<>(readOverrides());
    lines.addAll(generated().values());
    return String.join("\n", lines);
  }

  /** The generated entries (override file not applied), compound → dictionary line, in lexicon order. */
  static Map<String, String> generated() {
    Map<String, String> out = new LinkedHashMap<>();
    try (KoreanTokenizer tokenizer =
        new KoreanTokenizer(
            TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null, KoreanTokenizer.DecompoundMode.NONE, false)) {
      for (LexiconFiles.Row row : LexiconFiles.builtInEntities()) {
        for (String term : row.terms("ko")) {
          Source source = row.type().equals("person") ? Source.PERSON : Source.ENTITY;
          entry(tokenizer, term, source).ifPresent(line -> out.putIfAbsent(term, line));
        }
      }
      for (LexiconFiles.Row row : LexiconFiles.builtInConcepts()) {
        for (String term : row.terms("ko")) {
          entry(tokenizer, term, Source.CONCEPT).ifPresent(line -> out.putIfAbsent(term, line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot segment the lexicon's Korean terms", e);
    }
    return out;
  }

  /** The dictionary line for one term, or empty when nori needs no help with it (see the class comment). */
  /** Where a term comes from, which decides how a split is handled. */
  private enum Source { CONCEPT, ENTITY, PERSON }

  private static Optional<String> entry(KoreanTokenizer tokenizer, String term, Source source)
      throws IOException {
    if (term.length() < 2 || !term.chars().allMatch(KoreanUserDictionary::isHangulSyllable)) {
      return Optional.empty();
    }
    Segments alone = segment(tokenizer, term, 0, term.length());
    Segments split = alone;
    boolean inSentence = false;
    if (alone.parts().size() == 1 && alone.nounsOnly() && term.length() >= 3) {
      split = inSentence(tokenizer, term).orElse(null);
      if (split == null) {
        return Optional.empty();
      }
      inSentence = true;
    }
    List<String> parts = split.parts();
    if (parts.size() < 2 || !String.join("", parts).equals(term)) {
      // a piece reaches past the term (이용자의 → 이용 + 자의): only the term as one word keeps it whole
      return inSentence ? Optional.of(term) : Optional.empty();
    }
    String withParts = term + " " + String.join(" ", parts);
    boolean nounsOnly = split.nounsOnly();
    return switch (source) {
      case PERSON -> Optional.of(term);
      case ENTITY -> Optional.of(nounsOnly && parts.stream().allMatch(p -> p.length() >= 2) ? withParts : term);
      case CONCEPT -> split.prefixed() || !nounsOnly && inSentence
          ? Optional.of(term)
          : !nounsOnly
              ? Optional.empty()
              : Optional.of(parts.stream().anyMatch(p -> p.length() >= 2) ? withParts : term);
    };
  }

  /** Nori's tokens of {@code text} from offset {@code start} to {@code end}, and what kinds of word they are. */
  private record Segments(List<String> parts, boolean nounsOnly, boolean prefixed) {}

  private static Segments segment(KoreanTokenizer tokenizer, String text, int start, int end) throws IOException {
    List<String> parts = new ArrayList<>();
    boolean nounsOnly = true;
    boolean prefixed = false;
    tokenizer.setReader(new StringReader(text));
    CharTermAttribute termAtt = tokenizer.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
    tokenizer.reset();
    while (tokenizer.incrementToken()) {
      if (offset.endOffset() > start && offset.startOffset() < end) {
        parts.add(termAtt.toString());
        nounsOnly &= NOUN_TAGS.contains(pos.getLeftPOS()) && NOUN_TAGS.contains(pos.getRightPOS());
        prefixed |= pos.getLeftPOS() == POS.Tag.XPN;
      }
    }
    tokenizer.end();
    tokenizer.close();
    return new Segments(parts, nounsOnly, prefixed);
  }

  /** How nori splits a noun it reads alone as one word in the first of the {@link #FRAMES} where it does. */
  private static Optional<Segments> inSentence(KoreanTokenizer tokenizer, String noun) throws IOException {
    for (String frame : FRAMES) {
      int at = frame.indexOf("%s");
      Segments s = segment(tokenizer, frame.replace("%s", noun), at, at + noun.length());
      if (!s.parts().equals(List.of(noun))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static boolean isHangulSyllable(int c) {
    return c >= 0xAC00 && c <= 0xD7A3;
  }

  private static List<String> readOverrides() {
    try (InputStream in = KoreanUserDictionary.class.getResourceAsStream(OVERRIDES)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + OVERRIDES + " beside " + KoreanUserDictionary.class.getName());
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Korean user dictionary " + OVERRIDES, e);
    }
  }
}
