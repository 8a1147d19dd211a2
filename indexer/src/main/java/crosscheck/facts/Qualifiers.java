package crosscheck.facts;

import crosscheck.facts.Fact.Qualifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of each language that state a number as approximate or as a bound: "about", 约, 약, sekitar,
 * environ (before the number) and 多, 左右, 가량, 이상 (after it).
 */
final class Qualifiers {

  /** A qualifier found next to a quantity; {@code start}/{@code end} delimit the words. */
  record Found(Qualifier qualifier, int start, int end) {}

  private final Literals before;
  private final Literals after;
  private final boolean latin;
  private final Map<String, Qualifier> words;

  private Qualifiers(Map<String, Qualifier> beforeWords, Map<String, Qualifier> afterWords, boolean latin) {
    this.words = new LinkedHashMap<>(beforeWords);
    this.words.putAll(afterWords);
    this.latin = latin;
    this.before = new Literals(longestFirst(beforeWords, false));
    this.after = new Literals(longestFirst(afterWords, latin));
  }

  private static List<Literals.Word> longestFirst(Map<String, Qualifier> words, boolean noLetterAfter) {
    return words.keySet().stream().sorted((x, y) -> y.length() - x.length()).map(w -> new Literals.Word(w, noLetterAfter, "")).toList();
  }

  /** The qualifier ending right before {@code start} in the folded text (and up to two spaces), or null. */
  Found before(String folded, int start) {
    Literals.Found m = before.endingBefore(folded, Math.max(0, start - 30), start, 2, latin);
    if (m != null) {
      int s = m.start();
      String w = m.word().text();
      // 最近, 附近: "recently", "near", not "nearly".
      if (w.equals("近") && s > 0 && "最附接".indexOf(folded.charAt(s - 1)) >= 0) {
        return null;
      }
      return new Found(words.get(w), s, m.end());
    }
    return null;
  }

  /** The qualifier starting right at {@code end} (after one space at most) in the folded text, or null. */
  Found after(String folded, int end) {
    int limit = Math.min(folded.length(), end + 12);
    boolean space = end < limit && Literals.isRegexSpace(folded.charAt(end));
    for (int from : space ? new int[] {end + 1, end} : new int[] {end}) {
      Literals.Word w = after.at(folded, from, limit);
      if (w != null) {
        return new Found(words.get(w.text()), from, from + w.text().length());
      }
    }
    return null;
  }

  static Qualifiers of(String lang) {
    Map<String, Qualifier> b = new LinkedHashMap<>();
    Map<String, Qualifier> a = new LinkedHashMap<>();
    switch (lang) {
      case "zh" -> {
        put(b, Qualifier.ABOUT, "大約", "大约", "約", "约", "大概", "約為", "约为", "估計", "估计", "約有", "约有", "大約有", "大约有");
        put(b, Qualifier.NEARLY, "近", "將近", "将近", "接近", "幾乎", "几乎", "逼近", "近有");
        put(b, Qualifier.MORE_THAN, "超過", "超过", "逾", "多於", "多于", "高於", "高于", "超過了", "超过了");
        put(b, Qualifier.LESS_THAN, "不到", "不足", "少於", "少于", "低於", "低于", "未滿", "未满");
        put(b, Qualifier.UP_TO, "最多", "至多", "多達", "多达", "高達", "高达");
        put(b, Qualifier.AT_LEAST, "至少", "最少", "起碼", "起码");
        put(a, Qualifier.MORE_THAN, "多", "餘", "余", "以上", "有餘", "有余");
        put(a, Qualifier.ABOUT, "左右", "上下");
        put(a, Qualifier.UP_TO, "以下", "以內", "以内");
        return new Qualifiers(b, a, false);
      }
      case "ko" -> {
        put(b, Qualifier.ABOUT, "약", "대략", "얼추");
        put(b, Qualifier.NEARLY, "거의", "근");
        put(b, Qualifier.UP_TO, "최대", "최고");
        put(b, Qualifier.AT_LEAST, "최소", "적어도");
        put(a, Qualifier.ABOUT, "가량", "쯤", "정도", "여", "안팎", "내외", "남짓");
        put(a, Qualifier.NEARLY, "가까이", "가까운");
        put(a, Qualifier.AT_LEAST, "이상");
        put(a, Qualifier.MORE_THAN, "넘게", "넘는", "넘어", "초과", "넘");
        put(a, Qualifier.LESS_THAN, "미만", "미달", "안 되는");
        put(a, Qualifier.UP_TO, "이하", "이내");
        return new Qualifiers(b, a, false);
      }
      case "id" -> {
        put(b, Qualifier.ABOUT, "sekitar", "kira-kira", "kurang lebih", "lebih kurang", "kurang-lebih");
        put(b, Qualifier.NEARLY, "hampir", "nyaris", "mendekati");
        put(b, Qualifier.MORE_THAN, "lebih dari", "lebih daripada", "di atas", "melebihi");
        put(b, Qualifier.LESS_THAN, "kurang dari", "di bawah");
        put(b, Qualifier.UP_TO, "hingga", "sampai", "maksimal", "paling banyak");
        put(b, Qualifier.AT_LEAST, "setidaknya", "sedikitnya", "paling sedikit", "minimal", "sekurang-kurangnya");
        put(a, Qualifier.MORE_THAN, "lebih");
        return new Qualifiers(b, a, true);
      }
      case "fr" -> {
        put(b, Qualifier.ABOUT, "environ", "quelque", "quelques", "autour de", "aux alentours de", "approximativement", "à peu près",
            "grosso modo");
        put(b, Qualifier.NEARLY, "près de", "presque", "quasiment", "pratiquement", "presque de");
        put(b, Qualifier.MORE_THAN, "plus de", "au-delà de", "au delà de", "davantage que", "plus d'");
        put(b, Qualifier.LESS_THAN, "moins de", "moins d'");
        put(b, Qualifier.UP_TO, "jusqu'à", "au plus", "au maximum", "jusqu'a");
        put(b, Qualifier.AT_LEAST, "au moins", "au minimum", "pas moins de");
        put(a, Qualifier.ABOUT, "environ");
        return new Qualifiers(b, a, true);
      }
      default -> {
        put(b, Qualifier.ABOUT, "about", "around", "approximately", "approx.", "roughly", "some", "circa", "an estimated",
            "estimated", "an average of");
        put(b, Qualifier.NEARLY, "nearly", "almost", "close to", "just under", "nearing");
        put(b, Qualifier.MORE_THAN, "more than", "over", "above", "upwards of", "in excess of", "exceeding", "just over");
        put(b, Qualifier.LESS_THAN, "less than", "fewer than", "under", "below");
        put(b, Qualifier.UP_TO, "up to", "as many as", "as much as", "at most", "no more than", "a maximum of");
        put(b, Qualifier.AT_LEAST, "at least", "no fewer than", "no less than", "a minimum of");
        put(a, Qualifier.MORE_THAN, "or more", "plus", "and above", "-plus");
        put(a, Qualifier.ABOUT, "or so");
        return new Qualifiers(b, a, true);
      }
    }
  }

  private static void put(Map<String, Qualifier> m, Qualifier q, String... ws) {
    for (String w : ws) {
      m.put(w, q);
    }
  }
}
