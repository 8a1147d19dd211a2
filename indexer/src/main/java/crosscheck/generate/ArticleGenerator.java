package crosscheck.generate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes synthetic news articles by recombining and perturbing seed sentences: a language by the mix below, a
 * length from a log-normal distribution (median about 2.2 KB of UTF-8, long tail to 40 KB, like news pages),
 * paragraphs of one to five random sentences, numbers and dates re-drawn, company names swapped, a source and a
 * publication day. Article {@code k} depends only on the seed and {@code k}, so any slice can be regenerated.
 */
public final class ArticleGenerator {

  /** Share of each language, in {@link SeedText#LANGUAGES} order. */
  private static final double[] LANGUAGE_MIX = {0.15, 0.20, 0.20, 0.15, 0.20, 0.10};
  private static final double MEDIAN_BYTES = 2200;
  private static final double SIGMA = 0.7;
  private static final int MIN_BYTES = 300;
  private static final int MAX_BYTES = 40_000;
  private static final LocalDate FIRST_DAY = LocalDate.of(2022, 10, 1);
  private static final int DAYS = 182;
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private static final Map<String, List<String>> SOURCES = Map.of(
      "zh-Hant", List.of("聯合新聞網", "中央社", "自由時報", "明報", "香港01"),
      "zh-Hans", List.of("新华网", "澎湃新闻", "财新网", "界面新闻", "36氪"),
      "ko", List.of("KBS 뉴스", "연합뉴스", "한겨레", "조선일보", "전자신문"),
      "id", List.of("Kompas", "Tempo", "Detik", "CNN Indonesia", "Antara"),
      "en", List.of("The Korea Herald", "Reuters", "The Straits Times", "BBC News", "TechCrunch"),
      "fr", List.of("Le Monde", "BFM TV", "Les Echos", "France 24", "Le Figaro"));

  /** Company names that appear in the seeds, swapped among each other. */
  private static final Map<String, List<String>> NAMES = Map.of(
      "ko", List.of("카카오", "네이버", "쿠팡", "토스", "라인"),
      "latin", List.of("Kakao", "Naver", "Coupang", "Toss", "Samsung"));

  private final SeedText seeds;
  private final long seed;
  private final double pdfShare;
  private final double docxShare;
  private final double htmlShare;

  /** The format shares are fractions of all articles; the rest is plain text. PDF is written for Latin text only. */
  public ArticleGenerator(SeedText seeds, long seed, double htmlShare, double docxShare, double pdfShare) {
    this.seeds = seeds;
    this.seed = seed;
    this.htmlShare = htmlShare;
    this.docxShare = docxShare;
    this.pdfShare = pdfShare;
  }

  public GeneratedArticle article(int k) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + k);
    String lang = SeedText.LANGUAGES.get(pick(random, LANGUAGE_MIX));
    List<String> sentences = seeds.sentences().get(lang);
    long target = Math.round(Math.min(MAX_BYTES, Math.max(MIN_BYTES,
        MEDIAN_BYTES * Math.exp(SIGMA * gaussian(random)))));
    List<String> paragraphs = new ArrayList<>();
    long bytes = 0;
    while (bytes < target) {
      StringBuilder p = new StringBuilder();
      int n = 1 + random.nextInt(5);
      for (int i = 0; i < n; i++) {
        if (p.length() > 0 && !lang.startsWith("zh")) {
          p.append(' ');
        }
        p.append(perturb(sentences.get(random.nextInt(sentences.size())), lang, random));
      }
      paragraphs.add(p.toString());
      bytes += p.toString().getBytes(StandardCharsets.UTF_8).length + 2;
    }
    String title = title(perturb(sentences.get(random.nextInt(sentences.size())), lang, random));
    double f = random.nextDouble();
    boolean latin = !lang.startsWith("zh") && !lang.equals("ko");
    String format = f < pdfShare ? (latin ? "pdf" : "docx")
        : f < pdfShare + docxShare ? "docx"
        : f < pdfShare + docxShare + htmlShare ? "html" : "txt";
    List<String> sources = SOURCES.get(lang);
    String source = sources.get(random.nextInt(sources.size()));
    String published = FIRST_DAY.plusDays(random.nextInt(DAYS)).toString();
    String file = String.format(Locale.ROOT, "%s/%03d/%s-%07d.%s", lang.toLowerCase(Locale.ROOT), k / 1000, lang.toLowerCase(Locale.ROOT), k, format);
    return new GeneratedArticle(file, lang, format, title, List.copyOf(paragraphs), source, published);
  }

  /** Numbers re-drawn (years kept plausible), company names swapped. */
  static String perturb(String sentence, String lang, SplittableRandom random) {
    Matcher m = DIGITS.matcher(sentence);
    StringBuilder out = new StringBuilder(sentence.length());
    while (m.find()) {
      String digits = m.group();
      String replacement;
      if (random.nextInt(3) == 0) {
        replacement = digits;
      } else if (digits.length() == 4 && digits.startsWith("20")) {
        replacement = Integer.toString(2019 + random.nextInt(7));
      } else {
        long bound = (long) Math.pow(10, Math.min(digits.length(), 12));
        long low = digits.length() == 1 ? 0 : bound / 10;
        replacement = Long.toString(low + random.nextLong(bound - low));
      }
      m.appendReplacement(out, replacement);
    }
    m.appendTail(out);
    String text = out.toString();
    List<String> names = NAMES.get(lang.equals("ko") ? "ko" : "latin");
    if (random.nextInt(4) == 0) {
      String from = names.get(0);
      String to = names.get(random.nextInt(names.size()));
      text = text.replace(from, to);
    }
    return text;
  }

  /** A title from a sentence: at most about 90 characters, cut at a word or character boundary. */
  private static String title(String sentence) {
    String s = sentence.replaceAll("[.。!！?？]+$", "");
    if (s.length() <= 90) {
      return s;
    }
    int cut = s.lastIndexOf(' ', 90);
    return s.substring(0, cut > 40 ? cut : 60);
  }

  private static int pick(SplittableRandom random, double[] weights) {
    double r = random.nextDouble();
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** A standard normal draw (Box–Muller), from the article's own random stream. */
  private static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
