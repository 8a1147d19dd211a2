package crosscheck.facts;

import crosscheck.facts.Fact.Kind;
import crosscheck.lang.Language;
import crosscheck.lexicon.Entry;
import crosscheck.lexicon.Lexicon;
import crosscheck.lexicon.Match;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extracts the quantities an article reports as {@link Fact}s: counts of a lexicon concept (users, people,
 * servers ...), percents, money, durations and dates, each with its qualifier, the concepts and entities of
 * its clause, its exact span and its sentence.
 *
 * <p>The numbers are found once over the whole body ({@link QuantityScanner}); what each one measures comes from
 * the lexicon matches of the body, which the indexer finds on the tokens it indexes anyway. A count needs a
 * counted thing: a unit concept right after the number (4750萬人, 32,000 servers), a more specific one later in
 * the clause (2백만 명의 사용자), or, for a number that ends its clause or carries a counter word, the nearest unit concept before it in the
 * clause (用戶總量已達 3600 萬, 메시지 수는 110억 개). A bare number with none of these is dropped, and so are
 * ordinals, years, ages, times, phone numbers and relative times. Thread-safe after construction.
 */
public final class FactExtractor {

  /** Concepts that are not of type {@code unit} but count people when they are what is counted. */
  private static final Map<String, String> UNIT_ALIASES = Map.of("population", "people");
  private static final Pattern LINK = Pattern.compile("\\s*(?:의|of|de|d'|du|des|的|dari|yang)?\\s*");
  /** 가입자 수는 1,200만 명: what may stand between the unit named before a number and the number. */
  private static final Pattern COUNT_OF = Pattern.compile("\\s*(?:수는|수가|수)?\\s*");
  private static final StartPattern CLAUSE_END = new StartPattern("\\s*(?:[,，、;；:：)）(（\\]」”\"。.!?！？]|$)");

  private final Lexicon lexicon;
  private final QuantityScanner scanner;
  private final Set<String> unitIds;
  /** The Korean terms of the unit concepts (two syllables or more), in the order they are added, by first char. */
  private final Map<Character, List<UnitTerm>> koreanUnitTerms = new HashMap<>();
  private final BitSet koreanUnitStarts = new BitSet(1 << 16);
  /** Their second chars (a coarse filter: most Hangul syllables start no term). */
  private final BitSet koreanUnitSeconds = new BitSet(1 << 16);

  /** A Korean term of a unit concept and its rank in the unit concepts' order. */
  private record UnitTerm(Entry entry, String term, int rank) {}

  public FactExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.scanner = new QuantityScanner(new NumberParser());
    Set<String> ids = new LinkedHashSet<>();
    for (Entry e : lexicon.entries()) {
      if (e.kind() == Entry.Kind.CONCEPT && e.type().equals("unit")) {
        ids.add(e.id());
      }
    }
    this.unitIds = Set.copyOf(ids);
    int rank = 0;
    for (String id : unitIds) {
      for (String term : lexicon.get(id).terms("ko")) {
        if (term.length() > 1) {
          koreanUnitTerms.computeIfAbsent(term.charAt(0), k -> new ArrayList<>()).add(new UnitTerm(lexicon.get(id), term, rank));
          koreanUnitStarts.set(term.charAt(0));
          koreanUnitSeconds.set(term.charAt(1));
        }
        rank++;
      }
    }
  }

  public List<Fact> extract(String body, Language lang, LocalDate referenceDate) {
    return extract(body, lang, referenceDate, lexicon.find(body, lang.code()));
  }

  /**
   * The facts of a body whose lexicon matches are already known ({@link Lexicon#find(crosscheck.analysis.Tokens,
   * String)} on the tokens the index receives): extraction then analyses nothing.
   */
  public List<Fact> extract(String body, Language lang, LocalDate referenceDate, List<Match> bodyMatches) {
    String code = lang.code();
    String folded = TextForms.fold(body);
    List<Quantity> quantities = new ArrayList<>();
    for (Quantity q : scanner.scan(body, folded, code, referenceDate, false)) {
      if (candidate(body, folded, code, q)) {
        quantities.add(q);
      }
    }
    // Where each quantity sits: its sentence and clause (one in the white space between sentences is dropped).
    List<Sentences.Span> sentenceOf = new ArrayList<>();
    List<Sentences.Span> clauseOf = new ArrayList<>();
    Sentences.Span current = null;
    for (Iterator<Quantity> it = quantities.iterator(); it.hasNext(); ) {
      Quantity q = it.next();
      int start = q.start();
      if (current == null || !current.contains(start)) {
        current = Sentences.at(body, start);
      }
      if (current == null) {
        it.remove();
      } else {
        sentenceOf.add(current);
        clauseOf.add(Sentences.clause(body, current, start, q.end()));
      }
    }
    Map<Sentences.Span, List<Match>> matchesOf = matches(body, new ArrayList<>(new LinkedHashSet<>(clauseOf)), code, bodyMatches);
    List<Fact> facts = new ArrayList<>();
    for (int k = 0; k < quantities.size(); k++) {
      Quantity q = quantities.get(k);
      Sentences.Span sentence = sentenceOf.get(k);
      boolean nextInSentence = k + 1 < quantities.size() && sentenceOf.get(k + 1).equals(sentence);
      boolean prevInSentence = k > 0 && sentenceOf.get(k - 1).equals(sentence);
      int nextStart = nextInSentence ? quantities.get(k + 1).start() : sentence.end();
      int prevEnd = prevInSentence ? quantities.get(k - 1).end() : sentence.start();
      Fact f = toFact(body, folded, sentence, clauseOf.get(k), q, matchesOf.get(clauseOf.get(k)), prevEnd, nextStart);
      if (f != null) {
        facts.add(f);
      }
    }
    return facts;
  }

  /** The lexicon matches inside each clause ({@code bodyMatches} are in text order). */
  private Map<Sentences.Span, List<Match>> matches(String body, List<Sentences.Span> clauses, String code,
      List<Match> bodyMatches) {
    Map<Sentences.Span, List<Match>> out = new HashMap<>();
    for (Sentences.Span c : clauses) {
      List<Match> inside = new ArrayList<>();
      for (int i = firstStartingAt(bodyMatches, c.start()); i < bodyMatches.size() && bodyMatches.get(i).start() < c.end(); i++) {
        if (bodyMatches.get(i).end() <= c.end()) {
          inside.add(bodyMatches.get(i));
        }
      }
      if (code.equals("ko")) {
        addKoreanUnitWords(body, c, inside);
      }
      out.put(c, inside);
    }
    return out;
  }

  /** Index of the first match starting at or after {@code offset}. */
  private static int firstStartingAt(List<Match> matches, int offset) {
    int lo = 0;
    int hi = matches.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (matches.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Nori splits some inflected unit nouns so that the lexicon misses them (사용자들이 is analysed as 사용 +
   * 들): the Korean terms of the unit concepts are also matched as words in the surface text.
   */
  private void addKoreanUnitWords(String body, Sentences.Span clause, List<Match> matches) {
    // Every term in the clause, found by its first char, then taken in the order of the unit concepts and terms.
    List<int[]> found = new ArrayList<>();
    List<UnitTerm> terms = new ArrayList<>();
    for (int at = clause.start(); at < clause.end(); at++) {
      if (koreanUnitStarts.get(body.charAt(at)) && at + 1 < clause.end() && koreanUnitSeconds.get(body.charAt(at + 1))) {
        for (UnitTerm t : koreanUnitTerms.get(body.charAt(at))) {
          if (at + t.term().length() <= clause.end() && body.startsWith(t.term(), at)) {
            found.add(new int[] {t.rank(), at, terms.size()});
            terms.add(t);
          }
        }
      }
    }
    found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    for (int[] f : found) {
      UnitTerm t = terms.get(f[2]);
      int s = f[1];
      int end = s + t.term().length();
      String id = t.entry().id();
      boolean wordStart = s == clause.start() || !TextForms.isHangul(body.charAt(s - 1));
      boolean known = matches.stream().anyMatch(m -> m.entry().id().equals(id) && m.start() <= s && m.end() >= end);
      if (wordStart && !known) {
        matches.add(new Match(t.entry(), s, end));
      }
    }
    matches.sort((a, b) -> Integer.compare(a.start(), b.start()));
  }

  /** Drops what is no fact whatever its context: ordinals, weak numerals without a unit, rates. */
  private static boolean candidate(String body, String folded, String lang, Quantity q) {
    if (q.kind() == Quantity.Kind.ORDINAL || q.end() > body.length()) {
      return false;
    }
    NumberMatch n = q.number();
    if (n != null && n.weak() && "万萬亿億兆".indexOf(folded.charAt(n.start())) >= 0) {
      return false;
    }
    if (n != null && n.weak()) {
      boolean singleHangul = n.end() - n.start() == 1 && TextForms.isHangul(folded.charAt(n.start()));
      if (singleHangul && q.kind() != Quantity.Kind.COUNT && q.kind() != Quantity.Kind.DURATION || n.value().compareTo(BigDecimal.ONE) <= 0
          || q.kind() == Quantity.Kind.NUMBER) {
        return false;
      }
      // 두 명, 세 시간: a native numeral before its counter; a lone Sino syllable (이, 일, 오) is another word.
      if (singleHangul && (!folded.startsWith(" ", n.end()) || "한두세네석넉열".indexOf(folded.charAt(n.start())) < 0)) {
        return false;
      }
    }
    // 1년에 2번, 하루에: "per year", "per day" are rates, not durations.
    if (lang.equals("ko") && q.kind() == Quantity.Kind.DURATION && folded.startsWith("에", q.end())) {
      return false;
    }
    if (n != null && n.form() == NumberMatch.Form.FRACTION && q.kind() == Quantity.Kind.NUMBER) {
      return false;
    }
    return true;
  }

  private Fact toFact(String body, String folded, Sentences.Span sentence, Sentences.Span clause, Quantity q, List<Match> matches,
      int prevEnd, int nextStart) {
    // Fact.text runs from the qualifier to the unit noun when the noun follows the number: "about 32,000 servers".
    Kind kind;
    String unit = q.unit();
    int end = q.end();
    switch (q.kind()) {
      case PERCENT -> kind = Kind.PERCENT;
      case MONEY -> kind = Kind.MONEY;
      case DURATION -> kind = Kind.DURATION;
      case DATE -> kind = Kind.DATE;
      case COUNT, NUMBER -> {
        kind = Kind.COUNT;
        Counted counted = countedUnit(folded, q, clause, matches, prevEnd, nextStart);
        unit = counted == null ? null : counted.unit();
        end = counted == null ? q.end() : Math.max(q.end(), counted.end());
        if (unit == null) {
          return null;
        }
        if ("".equals(unit)) {
          unit = null;
        }
      }
      default -> {
        return null;
      }
    }
    List<String> concepts = new ArrayList<>();
    List<String> entities = new ArrayList<>();
    for (Match m : matches) {
      if (m.start() >= clause.start() && m.end() <= clause.end()) {
        List<String> into = m.entry().kind() == Entry.Kind.CONCEPT ? concepts : entities;
        if (!into.contains(m.entry().id())) {
          into.add(m.entry().id());
        }
      }
    }
    return new Fact(kind, q.value().stripTrailingZeros().scale() < 0 ? q.value().setScale(0) : q.value().stripTrailingZeros(),
        q.date(), unit, q.qualifier(), concepts, entities, body.substring(q.start(), end), q.start(), end,
        body.substring(sentence.start(), sentence.end()));
  }

  /** What a count counts, and where the words stating it end (after a unit noun right after the number). */
  private record Counted(String unit, int end) {}

  /** The unit concept a count counts; "" for a count with a counter word and no concept; null for no count. */
  private Counted countedUnit(String folded, Quantity q, Sentences.Span clause, List<Match> matches, int prevEnd,
      int nextStart) {
    String unit = null;
    int adjacentEnd = q.end();
    int limit = Math.min(clause.end(), nextStart);
    boolean personCounter = "people".equals(q.unit());
    // A unit right after the number (or overlapping the counter: 人口).
    for (Match m : matches) {
      String id = unitId(m);
      if (id == null || m.end() <= q.number().end() || m.start() > limit) {
        continue;
      }
      int from = Math.min(Math.max(q.end(), q.number().end()), m.start());
      String gap = folded.substring(from, m.start());
      if (m.start() < q.end() || LINK.matcher(gap).matches()) {
        if (id.equals("people") && q.counter() && !personCounter) {
          continue;
        }
        unit = id;
        adjacentEnd = Math.max(q.end(), m.end());
        break;
      }
    }
    if (unit == null && personCounter) {
      unit = "people";
    }
    // A generic "people" gives way to a more specific unit later in the clause: 4750萬人都是它的用戶.
    if ("people".equals(unit)) {
      for (Match m : matches) {
        String id = unitId(m);
        if (id != null && !id.equals("people") && m.start() >= q.end() && m.end() <= limit && m.start() - q.end() <= 16) {
          boolean next = LINK.matcher(folded.substring(adjacentEnd, Math.max(adjacentEnd, m.start()))).matches();
          return new Counted(id, next ? m.end() : adjacentEnd);
        }
      }
      // 가입자 1,200만 명, pengguna 3 juta orang: the unit named right before the number and its counter
      // (only after a person counter: in "le pays compte quinze mille habitants" the noun after the number wins).
      for (Match m : personCounter ? matches : List.<Match>of()) {
        String id = unitId(m);
        if (id != null && !id.equals("people") && m.end() <= q.start() && m.start() >= prevEnd
            && COUNT_OF.matcher(folded).region(m.end(), q.start()).matches()) {
          return new Counted(id, adjacentEnd);
        }
      }
      return new Counted(unit, adjacentEnd);
    }
    if (unit != null) {
      return new Counted(unit, adjacentEnd);
    }
    // The thing counted named before the number: 用戶總量已達 3600 萬, users reached 43 million (...).
    boolean endsClause = CLAUSE_END.at(folded, q.end()) != null;
    if (q.counter() || endsClause) {
      Match best = null;
      for (Match m : matches) {
        if (unitId(m) != null && m.end() <= q.start() && m.start() >= clause.start() && m.start() >= prevEnd) {
          best = m;
        }
      }
      if (best != null) {
        return new Counted(unitId(best), q.end());
      }
    }
    return q.counter() ? new Counted("", q.end()) : null;
  }

  private String unitId(Match m) {
    if (m.entry().kind() != Entry.Kind.CONCEPT) {
      return null;
    }
    String id = m.entry().id();
    if (unitIds.contains(id)) {
      return id;
    }
    return UNIT_ALIASES.get(id);
  }
}
