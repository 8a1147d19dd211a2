package crosscheck.generate;

import crosscheck.analysis.TraditionalToSimplifiedCharFilter;
import crosscheck.lang.Language;
import crosscheck.lang.LanguageDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sentences of the seed articles, per generated language ({@code zh-Hant}, {@code zh-Hans}, {@code ko},
 * {@code id}, {@code en}, {@code fr}). Each seed's language is detected; Chinese seeds feed both scripts (the
 * Simplified side through the Traditional→Simplified folding).
 */
public record SeedText(Map<String, List<String>> sentences) {

  /** The languages the generator writes. */
  public static final List<String> LANGUAGES = List.of("zh-Hant", "zh-Hans", "ko", "id", "en", "fr");

  /** After a sentence end (Latin, CJK or Korean), keeping the punctuation with its sentence. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。！？])\\s*");

  /** Reads every {@code .txt} seed below the folders (not the manifest); fails when a language has no seed. */
  public static SeedText load(List<Path> folders) throws IOException {
    LanguageDetector detector = new LanguageDetector();
    Map<String, List<String>> byLang = new TreeMap<>();
    for (Path folder : folders) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(folder)) {
        files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      }
      for (Path file : files) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Language lang = detector.detect(text);
        List<String> sentences = split(text);
        if (lang.code().equals("zh")) {
          add(byLang, "zh-Hant", sentences);
          add(byLang, "zh-Hans", sentences.stream().map(TraditionalToSimplifiedCharFilter::fold).toList());
        } else if (LANGUAGES.contains(lang.code())) {
          add(byLang, lang.code(), sentences);
        }
      }
    }
    for (String lang : LANGUAGES) {
      if (!byLang.containsKey(lang)) {
        throw new IllegalArgumentException("no seed text in " + lang + " below " + folders);
      }
    }
    return new SeedText(byLang);
  }

  private static void add(Map<String, List<String>> byLang, String lang, List<String> sentences) {
    byLang.computeIfAbsent(lang, k -> new ArrayList<>()).addAll(sentences);
  }

  /** Sentences of at least a few characters, whitespace normalised. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      for (String s : SENTENCE_END.split(line.strip())) {
        String sentence = s.replaceAll("\\s+", " ").strip();
        if (sentence.codePointCount(0, sentence.length()) >= 8) {
          out.add(sentence);
        }
      }
    }
    return out;
  }
}
