package crosscheck.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * General rules that recognise a line of page furniture by what it says and how it is shaped, in the five
 * languages crosscheck reads (English, French, Indonesian, Korean, Chinese). They describe kinds of furniture
 * (copy-protection and copyright notices, share and subscribe prompts, tip-line and contact footers, reader
 * widgets, "most read"/"related" headings, comment prompts, cookie banners, menus, gambling spam), not the
 * strings of any one page. Most rules only fire on short lines that do not read as prose, so an article sentence
 * that mentions cookies, tips or casinos survives. Stateless and thread-safe.
 */
final class LineRules {

  /**
   * One rule.
   *
   * @param reason what the dropped line was, shown by {@code explain}
   * @param pattern what the line contains
   * @param maxWeight longest line (see {@link TextNorm#weight}) the rule applies to
   * @param prose whether the rule also applies to lines that read as sentences
   * @param needs literals one of which every match contains ({@link RequiredText}), or null
   */
  record Rule(String reason, Pattern pattern, int maxWeight, boolean prose, List<String> needs) {
    boolean matches(String line, int weight, boolean sentence) {
      return weight <= maxWeight && (prose || !sentence) && RequiredText.mayMatch(line, needs)
          && pattern.matcher(line).find();
    }
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Rule patterns are written in lower case and matched against the lower-cased line (much faster than (?iu)). */
  private static Rule rule(String reason, int maxWeight, boolean prose, String regex) {
    return new Rule(reason, Pattern.compile(regex), maxWeight, prose, RequiredText.of(regex));
  }

  static final List<Rule> RULES = List.of(
      rule("copy-protection notice", 160, true,
          "content is protected|(copying|copy|right[- ]?click|selection) (is )?(disabled|not allowed|prohibited)"
              + "|disable (your )?ad-?block|복사(가|를)? (금지|할 수 없)|禁止(复制|複製)|dilarang (menyalin|mengcopy)"
              + "|copie interdite"),
      rule("copyright notice", 240, true,
          "©|\\(c\\)\\s*(19|20)\\d\\d|copyright|all rights reserved|tous droits réservés|hak cipta|dilarang mengutip"
              + "|무단\\s*(전재|복제|배포)|재배포\\s*금지|저작권자|版權所有|版权所有|未經授權|未经授权|不得轉載|不得转载"
              + "|禁止轉載|禁止转载|reproduction interdite"),
      rule("gambling or link-farm spam", 200, false,
          "\\b(sbobet|judi|togel|gacor|maxwin|slot ?(online|88|gacor)|casino|kasino|poker ?online|baccarat|bandar"
              + "|taruhan|situs (judi|slot)|rtp live|bet88|pragmatic play)\\b|카지노|바카라|토토사이트|博彩|賭場|赌场"
              + "|娛樂城|娱乐城|百家樂|百家乐"),
      rule("share/follow bar", 80, false,
          "^[^\\p{L}\\p{N}]*(share|partager|partagez|bagikan|공유하기|分享到?|轉發|转发)(\\s*(this|on|via|cet|sur|ke|ini|到"
              + "|article|story|post|artikel|berita|기사|文章))*\\s*[:：]?\\s*$"
              + "|^[^\\p{L}\\p{N}]*(follow us|suivez-nous|ikuti kami)\\b"),
      rule("subscribe prompt", 120, true,
          "^[^\\p{L}\\p{N}]*(subscribe|sign up|abonnez-vous|inscrivez-vous|berlangganan|daftar sekarang)\\b"
              + "|(sign up|subscribe)[^.]{0,30}newsletter|newsletter[^.]{0,30}(sign up|subscribe|inscri|abonne)"
              + "|구독(해|하기|하세요|신청|을 눌러|과 좋아요)|订阅(我们|本)|訂閱(我們|本)|关注我们|關注我們"),
      rule("tip-line or contact footer", 80, false,
          "제보|tip ?line|(send|got|have) (us )?(a |your )?(news )?tips?\\b|報料|爆料|新聞線索|新闻线索|投稿"
              + "|kirim(kan)? (berita|tulisan)|contactez(-nous| la rédaction)|contact (us|the newsroom)"
              + "|^[^\\p{L}]*(e-?mail|이메일|메일|전화|tel|phone|telp|téléphone|電話|电话|fax|팩스)\\s*[:：]"),
      rule("contact details", 80, false,
          "[\\w.+-]+@[\\w-]+\\.[\\w.]+|(\\+?\\d{1,3}[ .-]?)?\\(?\\d{2,4}\\)?[ .-]\\d{3,4}[ .-]\\d{4}"),
      rule("reader widget text", 100, true,
          "읽어주기|음성으로 듣기|기사 듣기|글자\\s*크기|본문 듣기|listen to (this )?(article|story)|audio (version|player)"
              + "|text size|font size|reading mode|朗讀|朗读|语音播报|語音播報|字體大小|字体大小|dengarkan (artikel|berita)"
              + "|ukuran (teks|huruf)|écouter (cet|l')article|taille du texte"),
      rule("browser requirement notice", 100, true,
          "(브라우저|browser|navigateur|peramban|浏览器|瀏覽器)[^.。!]{0,30}(에서만|only|uniquement|hanya|仅|僅|지원됩니다"
              + "|지원하지|not supported|is required|non pris en charge|tidak didukung|不支持|不支援)"
              + "|(update|upgrade|enable javascript in) your browser"),
      rule("related or popular list heading", 80, false,
          "좋으셨다면|if you (liked|enjoyed)|did you (like|enjoy)|如果(你|您)喜(欢|歡)|jika (anda )?suka|si vous avez aimé"
              + "|핫\\s*클릭|hot click|most (read|popular|viewed|shared)|많이 본|인기\\s*(기사|뉴스)|관련\\s*(기사|뉴스)"
              + "|추천\\s*(기사|뉴스)|trending|热门|熱門|排行|terpopuler|paling banyak dibaca|berita (terkait|lainnya)"
              + "|les plus lus|à lire aussi|lire aussi|related (articles|stories|news|content)|相關(新聞|文章|報導)"
              + "|相关(新闻|文章|报道)|推荐阅读|推薦閱讀|baca juga|read (more|also|next)|recommended|더\\s*보기|you may also like"),
      rule("comment prompt", 80, false,
          "의견을 남겨|댓글|leave a (comment|reply)|\\d+ comments?|comments? \\(\\d+\\)|post a comment|發表評論|发表评论"
              + "|留言|tulis komentar|komentar|commentaires?|réagir|réagissez"),
      rule("cookie or consent banner", 300, true,
          "(cookies?|쿠키|kuki).*(accept|consent|settings|privacy|agree|continu|동의|수락|同意|setuju|accepter|paramètres)"
              + "|(accept|consent|agree|동의|accepter|setuju).*(cookies?|쿠키)"),
      rule("site terms or privacy links", 80, false,
          "^(privacy policy|terms of (use|service)|개인정보\\s*처리방침|이용약관|隐私政策|隱私權政策|kebijakan privasi"
              + "|politique de confidentialité|mentions légales)"));

  private static final Pattern SPLIT = Pattern.compile("[\\s|/·•,:：、，()\\[\\]]+");
  private static final Set<String> SHARE_WORDS = Set.of(
      "share", "shares", "tweet", "email", "e-mail", "mail", "print", "facebook", "twitter", "x", "whatsapp", "line",
      "telegram", "linkedin", "pinterest", "reddit", "messenger", "kakaotalk", "kakaostory", "band", "naver", "weibo",
      "wechat", "qq", "copy", "link", "url", "copy-link", "like", "save", "bookmark", "카카오톡", "카카오스토리", "페이스북",
      "트위터", "네이버", "밴드", "공유", "공유하기", "퍼가기", "스크랩", "인쇄", "링크", "복사", "링크복사", "url복사", "좋아요",
      "微博", "微信", "分享", "分享到", "转发", "轉發", "打印", "列印", "複製連結", "复制链接", "bagikan", "salin", "tautan",
      "cetak", "partager", "imprimer", "copier", "lien", "envoyer", "on", "via", "sur", "ke", "this", "article",
      "story", "to");
  private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*(\\||›|»|·|•|/|>|‧)\\s*");
  private static final Pattern BARE_URL = Pattern.compile("^((https?://|www\\.)\\S+\\s*)+$", FLAGS);

  private LineRules() {}

  /** The longest line any rule applies to: a line's weight is counted no further. */
  private static final int MAX_RULE_WEIGHT = RULES.stream().mapToInt(Rule::maxWeight).max().orElse(0);

  /** Why a line is furniture, or null if no rule recognises it. */
  static String reason(String line) {
    int weight = TextNorm.weight(line, MAX_RULE_WEIGHT);
    boolean sentence = TextNorm.isSentence(line);
    if (weight <= MAX_RULE_WEIGHT) {
      String lower = line.toLowerCase(Locale.ROOT);
      for (Rule r : RULES) {
        if (r.matches(lower, weight, sentence)) {
          return r.reason();
        }
      }
    }
    if (isShareBar(line)) {
      return "share/follow bar";
    }
    if (line.length() <= 500 && BARE_URL.matcher(line).matches()) {
      return "bare URL";
    }
    if (!sentence && isMenu(line)) {
      return "menu or breadcrumb";
    }
    if (isRepeatedLabel(line)) {
      return "repeated widget label";
    }
    return null;
  }

  /** Three or more short items joined by menu separators: {@code Home › World › Asia}. */
  private static boolean isMenu(String line) {
    if (count(line, "|›»·•/>‧", 2) < 2) { // each separator holds one of these: fewer than three parts
      return false;
    }
    String[] parts = MENU_SEPARATOR.split(line);
    if (parts.length < 3) {
      return false;
    }
    for (String p : parts) {
      if (!TextNorm.weightAtMost(p, 24)) {
        return false;
      }
    }
    return true;
  }

  /** Nothing but names of share targets and share actions: {@code Facebook Twitter WhatsApp Copy link}. */
  private static boolean isShareBar(String line) {
    if (line.length() > 300) { // 16 share words at most
      return false;
    }
    String lower = line.toLowerCase(Locale.ROOT).strip();
    Matcher first = SPLIT.matcher(lower); // the first word decides most lines: no need to split them
    int from = 0;
    boolean found = first.find();
    if (found && first.start() == 0) {
      from = first.end();
      found = first.find();
    }
    String firstWord = lower.substring(from, found ? first.start() : lower.length());
    if (!firstWord.isEmpty() && !SHARE_WORDS.contains(firstWord)) {
      return false;
    }
    String[] words = SPLIT.split(lower);
    if (words.length < 2 || words.length > 16) {
      return false;
    }
    for (String w : words) {
      if (!w.isEmpty() && !SHARE_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** The same word two or more times and nothing else: {@code Share Share}, screen-reader text doubled. */
  private static boolean isRepeatedLabel(String line) {
    if (line.length() > 200 || spaceRuns(line, 7) > 6) { // six words at most (a word follows each run but one)
      return false;
    }
    String[] words = line.toLowerCase(Locale.ROOT).split("\\s+");
    if (words.length < 2 || words.length > 6) {
      return false;
    }
    for (String w : words) {
      if (!w.equals(words[0])) {
        return false;
      }
    }
    return true;
  }

  /** How many runs of {@code \s} (ASCII whitespace) {@code s} has, counted up to {@code cap}. */
  private static int spaceRuns(String s, int cap) {
    int n = 0;
    boolean inRun = false;
    for (int i = 0; i < s.length() && n < cap; i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c >= '\t' && c <= '\r';
      if (space && !inRun) {
        n++;
      }
      inRun = space;
    }
    return n;
  }

  /** How many characters of {@code s} are among {@code chars}, counted up to {@code cap}. */
  private static int count(String s, String chars, int cap) {
    int n = 0;
    for (int i = 0; i < s.length() && n < cap; i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        n++;
      }
    }
    return n;
  }
}
