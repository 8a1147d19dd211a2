package crosscheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharFilter;
import org.junit.jupiter.api.Test;

/** The table-driven folding gives exactly ICU4J's Traditional-Simplified output, with correct offsets. */
class TraditionalToSimplifiedTest {

  private static final Transliterator ICU = Transliterator.getInstance("Traditional-Simplified");

  @Test
  void committedDataIsWhatTheGeneratorMakesFromTheIcuOnTheClasspath() throws IOException {
    try (InputStream in = TraditionalToSimplified.class.getResourceAsStream(TraditionalToSimplified.RESOURCE)) {
      String committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(committed.split("\n")).containsExactlyElementsOf(TraditionalToSimplifiedData.lines());
    }
  }

  @Test
  void sameAsIcuOnTheShippedCorpus() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("..", "corpus"))) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertSameAsIcu(text);
    }
  }

  @Test
  void sameAsIcuOnEveryCommonHanCharacter() {
    int[][] ranges = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0x20000, 0x2A6DF}, {0x2F800, 0x2FA1F}};
    StringBuilder all = new StringBuilder();
    for (int[] range : ranges) {
      for (int cp = range[0]; cp <= range[1]; cp++) {
        String one = new String(Character.toChars(cp));
        assertThat(TraditionalToSimplifiedCharFilter.fold(one)).as("U+%04X", cp).isEqualTo(ICU.transliterate(one));
        all.appendCodePoint(cp);
      }
    }
    assertSameAsIcu(all.toString());
  }

  @Test
  void sameAsIcuOnRandomTextMadeOfTheContextRulesCharacters() {
    List<String> keys = new ArrayList<>();
    TreeSet<Character> alphabet = new TreeSet<>();
    for (String line : TraditionalToSimplifiedData.lines()) {
      if (!line.startsWith("#")) {
        String key = line.substring(0, line.indexOf('\t'));
        if (key.codePointCount(0, key.length()) > 1) {
          keys.add(key);
          key.chars().forEach(c -> alphabet.add((char) c));
        }
      }
    }
    assertThat(keys).hasSizeGreaterThan(100);
    Character[] chars = alphabet.toArray(Character[]::new);
    Random random = new Random(20221015);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder s = new StringBuilder();
      int pieces = 1 + random.nextInt(30);
      for (int p = 0; p < pieces; p++) {
        switch (random.nextInt(4)) {
          case 0 -> s.append(keys.get(random.nextInt(keys.size())));
          case 1 -> {
            String key = keys.get(random.nextInt(keys.size()));
            s.append(key, 0, 1 + random.nextInt(key.length()));  // a prefix: partial matches
          }
          case 2 -> s.append(chars[random.nextInt(chars.length)]);
          default -> s.append(random.nextBoolean() ? "，" : "a 1");
        }
      }
      assertSameAsIcu(s.toString());
    }
  }

  @Test
  void contextRulesDecideTheCharacter() {
    assertThat(TraditionalToSimplifiedCharFilter.fold("計畫")).isEqualTo("计划");
    assertThat(TraditionalToSimplifiedCharFilter.fold("著作")).isEqualTo("著作");
    assertThat(TraditionalToSimplifiedCharFilter.fold("數據中心")).isEqualTo("数据中心");
  }

  @Test
  void offsetsPointIntoTheOriginal() throws IOException {
    String text = "據韓國警方消息，計畫著作\uD840\uDC00數據中心著火";
    CharFilter filter = new TraditionalToSimplifiedCharFilter(new StringReader(text));
    String out = readAll(filter);
    assertThat(out).isEqualTo(ICU.transliterate(text));
    for (int i = 0; i <= out.length(); i++) {
      assertThat(filter.correctOffset(i)).isEqualTo(i);
    }
  }

  @Test
  void offsetsAreCorrectedWhereARuleChangesTheLength() throws IOException {
    // ICU 74's rules all keep the length; should a future one not, every output char must still map into the input
    for (String line : TraditionalToSimplifiedData.lines()) {
      String[] kv = line.split("\t");
      if (line.startsWith("#") || kv[0].length() == kv[1].length()) {
        continue;
      }
      String text = "數據" + kv[0] + "中心";
      CharFilter filter = new TraditionalToSimplifiedCharFilter(new StringReader(text));
      String out = readAll(filter);
      assertThat(out).isEqualTo(ICU.transliterate(text));
      assertThat(filter.correctOffset(out.length())).isEqualTo(text.length());
      assertThat(filter.correctOffset(out.length() - 2)).isEqualTo(text.length() - 2);
      assertThat(filter.correctOffset(2)).isEqualTo(2);
    }
  }

  private static void assertSameAsIcu(String text) {
    String expected = ICU.transliterate(text);
    assertThat(TraditionalToSimplifiedCharFilter.fold(text)).isEqualTo(expected);
    try {
      assertThat(readAll(new TraditionalToSimplifiedCharFilter(new StringReader(text)))).isEqualTo(expected);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String readAll(CharFilter filter) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[1000];
    for (int n; (n = filter.read(buf, 0, buf.length)) != -1; ) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }
}
