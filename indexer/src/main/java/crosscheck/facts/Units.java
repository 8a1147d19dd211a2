package crosscheck.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The unit words of one language that turn a number into a percent, a duration or a count, as patterns
 * anchored right after the number (currencies are in {@link CurrencyTable}). Built once per language.
 */
final class Units {

  static final BigDecimal MINUTE = BigDecimal.valueOf(60);
  static final BigDecimal HOUR = BigDecimal.valueOf(3600);
  static final BigDecimal DAY = BigDecimal.valueOf(86_400);
  static final BigDecimal WEEK = DAY.multiply(BigDecimal.valueOf(7));
  static final BigDecimal MONTH = DAY.multiply(BigDecimal.valueOf(30));
  static final BigDecimal YEAR = DAY.multiply(BigDecimal.valueOf(365));

  /** Percent words after the number. */
  final StartPattern percent;
  /** Duration units after the number; group 1 is the unit, group 2 an optional "half" after it. */
  final StartPattern duration;
  /** Counter words (classifiers) after the number; group 1 is the counter. */
  final StartPattern counter;
  /** Words after a number that make it a rank, a multiple, an age, a floor or a frequency, never a count. */
  final StartPattern notCount;
  /** Words after a duration that make it a point in time (3 years ago, 3年前). */
  final StartPattern relative;
  /** Words right before a number (and at most one space) that make it an age. */
  final Literals ageWords;
  /** A percent word before the number ("percent of 10", "pourcentage de vingt"), read only in normalizer mode. */
  final Pattern percentBefore;
  private Units(String percent, String duration, String counter, String notCount,
      String relative, List<String> ageBefore) {
    this(percent, duration, counter, notCount, relative, ageBefore, "(?!)");
  }

  private Units(String percent, String duration, String counter, String notCount,
      String relative, List<String> ageBefore, String percentBefore) {
    this.percentBefore = Pattern.compile(percentBefore);
    this.percent = new StartPattern(percent);
    this.duration = new StartPattern(duration);
    this.counter = new StartPattern(counter);
    this.notCount = new StartPattern(notCount);
    this.relative = new StartPattern(relative);
    this.ageWords = new Literals(ageBefore.stream().map(w -> new Literals.Word(w, false, "")).toList());
  }

  /** Whether an age word (and at most one space) ends right before {@code at}, within the 12 chars before it. */
  boolean ageBefore(String folded, int at) {
    return ageWords.endingBefore(folded, Math.max(0, at - 12), at, 1, false) != null;
  }

  static Units of(String lang) {
    return switch (lang) {
      case "zh" -> new Units(
          "\\s?(?:%|個百分點|个百分点|百分點|百分点)",
          "\\s?(?:個|个)?\\s?(半)?\\s?(秒鐘|秒钟|秒|分鐘|分钟|分(?=半|[0-9一二三四五六七八九十两兩零]+秒)|小時|小时|鐘頭|钟头|個鐘|个钟|(?<=[個个])鐘|(?<=[個个])钟|天|星期|禮拜|礼拜|週|周|個月|个月|(?<=[個个]半)月|(?<=[個个]半)[鐘钟]|年)(半)?(?:鐘|钟)?",
          "\\s?(名|位|人|個|个|家|款|台|部|架|件|條|条|間|间|座|所|輛|辆|隻|只|艘|枚|張|张|項|项|種|种|筆|笔|封|篇|支|根|棟|栋|頁|页|份|批)",
          "\\s?(?:次|倍|遍|回|層|层|樓|楼|歲|岁|號|号|年級|年级|屆|届|分(?![鐘钟之])|點|点|强|強|大|代|世紀|世纪|季|期|線|线|月)",
          "\\s?(?:前|以前|之前)",
          List.of("年齡", "年龄", "享年"));
      case "ko" -> new Units(
          "\\s?(?:%|퍼센트|퍼센티지|프로)",
          "\\s?(반)?(초(?![콜등반기과점래대청안석])|분(?!의|야|석|기|류|리|배|노|명|할|양|쟁|위|열|산|당)|시간|일간|일 동안|일동안|일째|일(?=\\s?만에)|주일|주간|주 동안|주(?![년가-힣])|개월|달|년간|년 동안|년(?!생|도|대|째|\\s?\\d|\\s?[일이삼사오육칠팔구십]+월))(?:\\s?(반))?",
          "\\s?(명|개|곳|건|대|채|척|마리|권|장|편|가지|개사|종|표|통|벌)(?![가-힣]{2})",
          "\\s?(?:번(?!호)|배|회(?![사원의])|차(?![량])|층|살|세(?![대계])|위(?![원])|호(?![가-힣])|년생|월|주년|등|점|승|패|골|차례|분기|기(?![업관])|학년|박)",
          "\\s?(?:전)(?![가-힣])",
          List.of("나이"));
      case "id" -> new Units(
          "\\s?(?:%|persen|per sen)",
          "[\\s-]?(setengah )?(detik|menit|jam|hari|minggu|pekan|bulan|tahun|dekade)(?![a-z])( setengah)?",
          "\\s?(orang|buah|unit|ekor|jiwa)(?![a-z])",
          "\\s?(?:kali|lantai|persen)(?![a-z])",
          "\\s?(?:lalu|yang lalu|silam)(?![a-z])",
          List.of("berusia", "usia", "umur"));
      case "fr" -> new Units(
          "\\s?(?:%|pour cent|pourcent|pour-cent)",
          "[\\s-]?(secondes?|secs?|minutes?|mins?|heures?|hrs?|h(?![a-z])|jours?|journées?|semaines?|mois|années?|ans?(?![a-z])|trimestres?)(?![a-z])(?: (et demie?))?",
          "\\s?(personnes)(?![a-z])",
          "\\s?(?:fois|étages?|ème|e(?![a-z]))(?![a-z])",
          "\\s?(?:plus tôt|auparavant)(?![a-z])",
          List.of("âgé de", "âgée de", "âgés de", "âgées de", "à l'âge de"),
          "(?<![\\p{L}])(?:pourcentage|pourcent|pour cent) (?:de |des |d')$");
      default -> new Units(
          "\\s?(?:%|percent|per cent|pct|percentage points?|percentages?|percents?)(?![a-z])",
          "[\\s-]?(?:(?:more|additional|extra|less|fewer|other|straight|consecutive) |of (?:an? )?)?(seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|nights?|weeks?|months?|years?|yrs?|decades?|fortnights?|quarters?)(?![a-z]|-old| old)(?: (and a half|and half|and a quarter))?",
          "\\s?(people|persons)(?![a-z])",
          "\\s?(?:times|fold|-fold|-year-old|years? old|year-old|th|st|nd|rd|floors?|storeys?|stories)(?![a-z])",
          "\\s?(?:ago|earlier)(?![a-z])",
          List.of("aged", "age", "ages"),
          "(?<![a-z])(?:percents?|per cent) of $");
    };
  }

  private static final Map<String, BigDecimal> DURATIONS = Map.ofEntries(
      Map.entry("s", BigDecimal.ONE), Map.entry("min", MINUTE), Map.entry("h", HOUR), Map.entry("d", DAY),
      Map.entry("w", WEEK), Map.entry("mo", MONTH), Map.entry("y", YEAR), Map.entry("dec", YEAR.multiply(BigDecimal.TEN)),
      Map.entry("fn", WEEK.add(WEEK)));

  /** Seconds in one of a duration unit word. */
  static BigDecimal seconds(String unit) {
    String u = unit.strip();
    String key;
    if (u.startsWith("sec") || u.startsWith("秒") || u.equals("초") || u.equals("detik")) {
      key = "s";
    } else if (u.startsWith("min") || u.startsWith("分") || u.equals("분") || u.equals("menit")) {
      key = "min";
    } else if (u.startsWith("hour") || u.startsWith("hr") || u.startsWith("heure") || u.equals("h") || u.contains("時")
        || u.contains("时") || u.contains("鐘") || u.contains("钟") || u.equals("시간") || u.equals("jam")) {
      key = "h";
    } else if (u.startsWith("trimestre") || u.startsWith("quarter")) {
      return DAY.multiply(BigDecimal.valueOf(90));
    } else if (u.equals("日") || u.startsWith("night") || u.startsWith("day") || u.startsWith("jour") || u.equals("天") || u.startsWith("일") || u.equals("hari")) {
      key = "d";
    } else if (u.startsWith("fortnight")) {
      key = "fn";
    } else if (u.startsWith("week") || u.startsWith("semaine") || u.equals("星期") || u.contains("拜") || u.equals("週")
        || u.equals("周") || u.startsWith("주") || u.equals("minggu") || u.equals("pekan")) {
      key = "w";
    } else if (u.startsWith("month") || u.equals("mois") || u.contains("月") || u.equals("개월") || u.equals("달") || u.equals("bulan")) {
      key = "mo";
    } else if (u.startsWith("decade") || u.equals("dekade")) {
      key = "dec";
    } else {
      key = "y";
    }
    return DURATIONS.get(key);
  }
}
