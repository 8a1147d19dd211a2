package crosscheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * Each language's chain, tested the Lucene way: a sentence in, the exact terms, offsets and position
 * increments out; then random and very long input through every chain without exceptions and with sane offsets.
 */
class AnalyzerChainsTest {

  private static final AnalyzerRegistry REGISTRY = new AnalyzerRegistry();

  /** One analysed token as Lucene reports it. */
  private record Tok(String term, int start, int end, int posInc) {}

  private record Analysis(List<Tok> tokens, int finalOffset) {}

  private static Analysis analyse(Analyzer analyzer, String text) throws IOException {
    List<Tok> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Tok(term.toString(), offset.startOffset(), offset.endOffset(), inc.getPositionIncrement()));
      }
      ts.end();
      return new Analysis(out, offset.endOffset());
    }
  }

  /** Lucene's assertAnalyzesTo, small: exact terms, start and end offsets and position increments. */
  private static void assertAnalyzesTo(
      String lang, String input, String[] terms, int[] starts, int[] ends, int[] posIncs) throws IOException {
    Analysis analysis = analyse(REGISTRY.forLanguage(lang), input);
    List<Tok> tokens = analysis.tokens();
    assertThat(tokens).extracting(Tok::term).as("terms").containsExactly(terms);
    assertThat(tokens).extracting(Tok::start).as("start offsets").containsExactly(box(starts));
    assertThat(tokens).extracting(Tok::end).as("end offsets").containsExactly(box(ends));
    assertThat(tokens).extracting(Tok::posInc).as("position increments").containsExactly(box(posIncs));
    assertThat(analysis.finalOffset()).as("final offset").isEqualTo(input.length());
  }

  private static Integer[] box(int[] values) {
    Integer[] out = new Integer[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }

  @Test
  void chineseTraditionalIsFoldedToSimplifiedWithOffsetsOnTheOriginal() throws IOException {
    String traditional = "韓國數據中心著火，服務器癱瘓。";
    String simplified = "韩国数据中心着火，服务器瘫痪。";
    String[] terms = {"韩国", "数据", "中心", "着火", "服务器", "瘫痪"};
    int[] starts = {0, 2, 4, 6, 9, 12};
    int[] ends = {2, 4, 6, 8, 12, 14};
    int[] incs = {1, 1, 1, 1, 2, 1};
    assertAnalyzesTo("zh", traditional, terms, starts, ends, incs);
    assertAnalyzesTo("zh", simplified, terms, starts, ends, incs);
    assertThat(traditional.substring(2, 6)).isEqualTo("數據中心");
    assertAnalyzesTo("zh", "數據中心", new String[] {"数据", "中心"}, new int[] {0, 2}, new int[] {2, 4}, new int[] {1, 1});
    assertAnalyzesTo("zh", "数据中心", new String[] {"数据", "中心"}, new int[] {0, 2}, new int[] {2, 4}, new int[] {1, 1});
  }

  @Test
  void chineseNumbersAndFullWidthLatin() throws IOException {
    assertAnalyzesTo("zh", "用戶流失800萬",
        new String[] {"用户", "流失", "800", "万"}, new int[] {0, 2, 4, 7}, new int[] {2, 4, 7, 8}, new int[] {1, 1, 1, 1});
    assertAnalyzesTo("zh", "Ｋａｋａｏ服務",
        new String[] {"kakao", "服务"}, new int[] {0, 5}, new int[] {5, 7}, new int[] {1, 1});
  }

  @Test
  void koreanCompoundsWithTheirPartsParticlesDropped() throws IOException {
    assertAnalyzesTo("ko", "카카오페이와 카톡 사용자 200만 명",
        // 사용자 is whole, as in any sentence (the user dictionary keeps it from becoming 사용 + the suffix 자)
        new String[] {"카카오페이", "카카오", "페이", "카톡", "사용자", "200", "만", "명"},
        new int[] {0, 0, 3, 7, 10, 14, 17, 19},
        new int[] {5, 3, 5, 9, 13, 17, 18, 20},
        new int[] {1, 0, 1, 2, 1, 1, 1, 1});
    assertAnalyzesTo("ko", "카카오톡 먹통 사태의 원인은 데이터센터 화재",
        new String[] {"카카오톡", "카카오", "톡", "먹통", "사태", "원인", "데이터센터", "데이터", "센터", "화재"},
        new int[] {0, 0, 3, 5, 8, 12, 16, 16, 19, 22},
        new int[] {4, 3, 4, 7, 10, 14, 21, 19, 21, 24},
        new int[] {1, 0, 1, 1, 1, 2, 2, 0, 1, 1});
  }

  @Test
  void indonesianStemsAffixedForms() throws IOException {
    assertAnalyzesTo("id", "Kakao memulihkan layanan setelah kebakaran pusat data.",
        new String[] {"kakao", "ulih", "layan", "bakar", "pusat", "data"},
        new int[] {0, 6, 17, 33, 43, 49},
        new int[] {5, 16, 24, 42, 48, 53},
        new int[] {1, 1, 1, 2, 1, 1});
  }

  @Test
  void englishStemsAndDropsStopWordsAndPossessives() throws IOException {
    assertAnalyzesTo("en", "Kakao's servers went down after the data centre fire.",
        new String[] {"kakao", "server", "went", "down", "after", "data", "centr", "fire"},
        new int[] {0, 8, 16, 21, 26, 36, 41, 48},
        new int[] {7, 15, 20, 25, 31, 40, 47, 52},
        new int[] {1, 1, 1, 1, 1, 2, 1, 1});
  }

  @Test
  void frenchRemovesElisionsAndStopWords() throws IOException {
    assertAnalyzesTo("fr", "L'incendie du centre de données a privé les utilisateurs de KakaoTalk.",
        new String[] {"incend", "centr", "done", "a", "priv", "utilis", "kakaotalk"},
        new int[] {0, 14, 24, 32, 34, 44, 60},
        new int[] {10, 20, 31, 33, 39, 56, 69},
        new int[] {1, 2, 2, 1, 1, 2, 2});
  }

  @Test
  void otherLanguagesAreSegmentedAndFolded() throws IOException {
    assertAnalyzesTo("es", "Kakao restauró los servicios.",
        new String[] {"kakao", "restauro", "los", "servicios"},
        new int[] {0, 6, 15, 19}, new int[] {5, 14, 18, 28}, new int[] {1, 1, 1, 1});
  }

  @Test
  void randomInputNeverThrowsAndKeepsOffsetsSane() throws IOException {
    Random random = new Random(20221015L);
    for (String lang : AnalyzerRegistry.keys()) {
      Analyzer analyzer = REGISTRY.forLanguage(lang);
      for (int i = 0; i < 300; i++) {
        String text = randomText(random, random.nextInt(120));
        checkOffsets(lang, text, analyse(analyzer, text));
      }
    }
  }

  @Test
  void veryLongInputIsAnalysedWhole() throws IOException {
    String[] sentences = {
      "在韓國，數據中心著火導致服務器癱瘓，4750萬用戶受影響。",
      "카카오톡이 데이터센터 화재로 먹통이 됐고 사용자 200만 명이 이탈했다. ",
      "Layanan Kakao dipulihkan setelah kebakaran di pusat data. ",
      "Thousands of Kakao servers went down after the fire. ",
      "L'incendie du centre de données a privé des millions d'utilisateurs. "
    };
    for (int s = 0; s < sentences.length; s++) {
      String lang = AnalyzerRegistry.LANGUAGES.get(s);
      StringBuilder text = new StringBuilder();
      while (text.length() < 100_000) {
        text.append(sentences[s]);
      }
      Analysis analysis = analyse(REGISTRY.forLanguage(lang), text.toString());
      assertThat(analysis.tokens()).as(lang).hasSizeGreaterThan(5_000);
      checkOffsets(lang, text.toString(), analysis);
      assertThat(analysis.tokens().get(analysis.tokens().size() - 1).end()).as(lang).isGreaterThan(99_000);
    }
  }

  private static void checkOffsets(String lang, String text, Analysis analysis) {
    int lastStart = 0;
    for (Tok t : analysis.tokens()) {
      assertThat(t.start()).as("%s start of %s in %s", lang, t, text).isBetween(lastStart, t.end());
      assertThat(t.end()).as("%s end of %s in %s", lang, t, text).isLessThanOrEqualTo(text.length());
      assertThat(t.posInc()).as("%s position increment of %s", lang, t).isNotNegative();
      assertThat(t.term()).as("%s term in %s", lang, text).isNotEmpty();
      lastStart = t.start();
    }
    assertThat(analysis.finalOffset()).as("%s final offset of %s", lang, text).isEqualTo(text.length());
  }

  /** Random text mixing the scripts of the corpus with punctuation, combining marks, emoji and odd spaces. */
  private static String randomText(Random random, int length) {
    int[][] ranges = {
      {'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {' ', '/'}, {0xAC00, 0xD7A3}, {0x1100, 0x11FF}, {0x3130, 0x318F},
      {0x4E00, 0x9FFF}, {0x3000, 0x303F}, {0xFF01, 0xFF5E}, {0x00C0, 0x024F}, {0x0300, 0x036F},
      {0x0370, 0x03FF}, {0x0400, 0x04FF}, {0x1F600, 0x1F64F}, {0x2000, 0x206F}, {0x20000, 0x2A6DF}
    };
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      int[] range = ranges[random.nextInt(ranges.length)];
      int run = 1 + random.nextInt(6);
      for (int i = 0; i < run; i++) {
        sb.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
      }
      if (random.nextInt(4) == 0) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }
}
