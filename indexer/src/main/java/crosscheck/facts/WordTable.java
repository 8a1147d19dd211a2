package crosscheck.facts;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The number words of one alphabetic language (en, fr, id), with how each one combines. */
final class WordTable {

  enum Type { UNIT, SMALL, BIG, TEEN, ARTICLE, HALF, ORDINAL, DENOMINATOR, POINT, MINUS, AND, DOZEN, ORDINAL_PREFIX, OVER,
    /** "pair": two, and the one number word that may follow the article ("a pair"). */
    PAIR,
    /** Marks a run of digits in the previous-token bookkeeping (never in the table). */
    DIGITS_MARK }

  record Word(Type type, BigDecimal value, boolean plural) {}

  final Map<String, Word> words = new HashMap<>();
  /** Abbreviated scale words (k, bn, jt) that only count right after digits. */
  final Set<String> abbreviations = new HashSet<>();
  /** The abbreviations that also follow a spelled-out number (three hundred cr, five bn). */
  final Set<String> spokenAbbreviations = new HashSet<>();
  /** The abbreviations that count only when glued to the digits (3M, 10G: "30 m" is thirty metres). */
  final Set<String> gluedAbbreviations = new HashSet<>();
  final Pattern digits;
  final StartPattern ordinalSuffix;
  final boolean decimalComma;

  private WordTable(Pattern digits, Pattern ordinalSuffix, boolean decimalComma) {
    this.digits = digits;
    this.ordinalSuffix = new StartPattern(ordinalSuffix.pattern());
    this.decimalComma = decimalComma;
  }

  /** The words as an open-addressing table keyed by String hash, so a word is looked up without cutting it out. */
  private String[] keys;
  private int[] hashes;
  private Word[] values;
  /** The length of the longest word. */
  private int longest;

  /** The word {@code s[from, to)} whose {@link String#hashCode()} is {@code h}, or null. */
  Word get(String s, int from, int to, int h) {
    if (to - from > longest) {
      return null;
    }
    int mask = keys.length - 1;
    for (int slot = mix(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      // the hashes sit in an array of their own, so that a miss reads no key
      if (hashes[slot] == h && keys[slot].length() == to - from && s.startsWith(keys[slot], from)) {
        return values[slot];
      }
    }
    return null;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }

  /** Builds the look-up table once every word is in (the tables are not changed afterwards). */
  private WordTable sealed() {
    longest = words.keySet().stream().mapToInt(String::length).max().orElse(0);
    int size = Integer.highestOneBit(Math.max(4, words.size() * 4));
    keys = new String[size];
    hashes = new int[size];
    values = new Word[size];
    words.forEach((k, v) -> {
      int slot = mix(k.hashCode()) & (size - 1);
      while (keys[slot] != null) {
        slot = (slot + 1) & (size - 1);
      }
      keys[slot] = k;
      hashes[slot] = k.hashCode();
      values[slot] = v;
    });
    return this;
  }

  private WordTable put(Type type, long value, String... forms) {
    for (String f : forms) {
      words.put(f, new Word(type, BigDecimal.valueOf(value), false));
    }
    return this;
  }

  private WordTable plural(Type type, long value, String... forms) {
    for (String f : forms) {
      words.put(f, new Word(type, BigDecimal.valueOf(value), true));
    }
    return this;
  }

  private WordTable abbrev(long value, String... forms) {
    put(Type.BIG, value, forms);
    abbreviations.addAll(Set.of(forms));
    return this;
  }

  private WordTable spokenAbbrev(long value, String... forms) {
    abbrev(value, forms);
    spokenAbbreviations.addAll(Set.of(forms));
    return this;
  }

  private WordTable gluedAbbrev(long value, String... forms) {
    abbrev(value, forms);
    gluedAbbreviations.addAll(Set.of(forms));
    return this;
  }

  static WordTable english() {
    WordTable t = new WordTable(
        Pattern.compile("\\d{1,3}(?:\\.\\d{3})+,\\d+(?![\\d.,])|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d{1,3}(?: \\d{3})+(?:\\.\\d+)?(?![\\d/])|\\d+(?:\\.\\d+)?|\\.\\d+"),
        Pattern.compile("(?:st|nd|rd|th)\\b"), false);
    String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i < units.length; i++) {
      t.put(Type.UNIT, i, units[i]);
    }
    t.put(Type.UNIT, 0, "nought", "naught", "nil").put(Type.UNIT, 1, "single").put(Type.PAIR, 2, "pair").put(Type.UNIT, 2, "couple");
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      t.put(Type.UNIT, (i + 2) * 10L, tens[i]);
    }
    t.put(Type.SMALL, 100, "hundred").plural(Type.SMALL, 100, "hundreds");
    t.abbrev(1000, "k").put(Type.BIG, 1000, "thousand").plural(Type.BIG, 1000, "thousands");
    t.abbrev(1_000_000, "mm", "mil", "m").spokenAbbrev(1_000_000, "mn").put(Type.BIG, 1_000_000, "million")
        .plural(Type.BIG, 1_000_000, "millions");
    t.abbrev(1_000_000_000, "b", "g").spokenAbbrev(1_000_000_000, "bn", "bln").put(Type.BIG, 1_000_000_000, "billion")
        .plural(Type.BIG, 1_000_000_000, "billions");
    t.abbrev(1_000_000_000_000L, "t").spokenAbbrev(1_000_000_000_000L, "tn", "tln").put(Type.BIG, 1_000_000_000_000L, "trillion")
        .plural(Type.BIG, 1_000_000_000_000L, "trillions");
    // Indian scales: lakh (10^5) and crore (10^7), in words and abbreviated.
    t.put(Type.BIG, 100_000, "lakh", "lac").plural(Type.BIG, 100_000, "lakhs", "lacs").abbrev(100_000, "l")
        .spokenAbbrev(100_000, "lkh", "lkhs");
    t.put(Type.BIG, 10_000_000, "crore", "koti").plural(Type.BIG, 10_000_000, "crores", "krores").spokenAbbrev(10_000_000, "cr", "kr");
    t.put(Type.ARTICLE, 1, "a", "an").put(Type.HALF, 2, "half").plural(Type.HALF, 2, "halves");
    t.put(Type.DOZEN, 12, "dozen", "dz", "doz").plural(Type.DOZEN, 12, "dozens", "dzs", "dozs");
    t.put(Type.POINT, 0, "point").put(Type.MINUS, 0, "minus", "negative").put(Type.AND, 0, "and").put(Type.OVER, 0, "over", "out");
    String[] ord = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    for (int i = 1; i < ord.length; i++) {
      t.put(Type.ORDINAL, i, ord[i]).plural(Type.ORDINAL, i, ord[i] + "s");
    }
    t.put(Type.DENOMINATOR, 4, "quarter").plural(Type.DENOMINATOR, 4, "quarters");
    String[] tenOrd = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"};
    for (int i = 0; i < tenOrd.length; i++) {
      t.put(Type.ORDINAL, (i + 2) * 10L, tenOrd[i]).plural(Type.ORDINAL, (i + 2) * 10L, tenOrd[i] + "s");
    }
    for (int i = 0; i < tens.length; i++) {
      for (int u = 1; u < 10; u++) {
        t.put(Type.ORDINAL, (i + 2) * 10L + u, tens[i] + ord[u]);
      }
    }
    t.put(Type.ORDINAL, 9, "nineth");
    t.put(Type.ORDINAL, 100, "hundredth").plural(Type.ORDINAL, 100, "hundredths");
    t.put(Type.ORDINAL, 1000, "thousandth").plural(Type.ORDINAL, 1000, "thousandths");
    t.put(Type.ORDINAL, 1_000_000, "millionth").plural(Type.ORDINAL, 1_000_000, "millionths");
    t.put(Type.ORDINAL, 1_000_000_000, "billionth").plural(Type.ORDINAL, 1_000_000_000, "billionths");
    t.put(Type.ORDINAL, 1_000_000_000_000L, "trillionth").plural(Type.ORDINAL, 1_000_000_000_000L, "trillionths");
    return t.sealed();
  }

  static WordTable french() {
    WordTable t = new WordTable(
        Pattern.compile("\\d{1,3}(?:[ .]\\d{3})+(?:,\\d+)?(?![\\d])|\\d+\\.\\d{1,2}(?![\\d.])|\\d+(?:,\\d+)?|,\\d+"),
        Pattern.compile("(?:er|re|ère|ere|e|ème|eme|è|nd|nde|de)\\b"), true);
    String[] units = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize"};
    for (int i = 0; i < units.length; i++) {
      t.put(Type.UNIT, i, units[i]);
    }
    t.put(Type.UNIT, 0, "zero").put(Type.UNIT, 1, "une").put(Type.UNIT, 2, "couple").put(Type.PAIR, 2, "paire");
    String[] tens = {"vingt", "trente", "quarante", "cinquante", "soixante"};
    for (int i = 0; i < tens.length; i++) {
      t.put(Type.UNIT, (i + 2) * 10L, tens[i]);
    }
    t.put(Type.UNIT, 20, "vingts").put(Type.UNIT, 70, "septante").put(Type.UNIT, 80, "huitante", "octante").put(Type.UNIT, 90, "nonante");
    t.put(Type.SMALL, 100, "cent", "cents").put(Type.BIG, 1000, "mille", "mil", "milles", "k");
    // "des millions d'utilisateurs": a plural scale word cannot start a number.
    t.put(Type.BIG, 1_000_000, "million").plural(Type.BIG, 1_000_000, "millions").put(Type.BIG, 1_000_000_000, "milliard")
        .plural(Type.BIG, 1_000_000_000, "milliards").abbrev(1_000_000_000, "md", "mds", "mrd");
    t.gluedAbbrev(1_000_000, "m").gluedAbbrev(1_000_000_000, "g");
    t.put(Type.BIG, 1_000_000_000_000L, "billion").plural(Type.BIG, 1_000_000_000_000L, "billions").put(Type.DOZEN, 12, "douzaine")
        .plural(Type.DOZEN, 12, "douzaines");
    t.put(Type.HALF, 2, "demi", "demie", "moitié").put(Type.POINT, 0, "virgule").put(Type.MINUS, 0, "moins").put(Type.AND, 0, "et")
        .put(Type.OVER, 0, "sur");
    t.put(Type.ORDINAL, 1, "premier", "première", "premiers", "premières", "unième").put(Type.ORDINAL, 2, "second", "seconde");
    t.put(Type.DENOMINATOR, 3, "tiers").put(Type.DENOMINATOR, 4, "quart", "quarts");
    String[][] ord = {{"deux", "2"}, {"trois", "3"}, {"quatr", "4"}, {"cinqu", "5"}, {"six", "6"}, {"sept", "7"}, {"huit", "8"},
        {"neuv", "9"}, {"dix", "10"}, {"diz", "10"}, {"onz", "11"}, {"douz", "12"}, {"treiz", "13"}, {"quatorz", "14"},
        {"quinz", "15"}, {"seiz", "16"}, {"vingt", "20"}, {"trent", "30"}, {"quarant", "40"}, {"cinquant", "50"},
        {"soixant", "60"}, {"septant", "70"}, {"octant", "80"}, {"huitant", "80"}, {"nonant", "90"}, {"cent", "100"},
        {"mill", "1000"}, {"million", "1000000"}, {"milliard", "1000000000"}, {"billion", "1000000000000"}, {"un", "1"}};
    for (String[] o : ord) {
      for (String suffix : List.of("ième", "ieme")) {
        t.put(Type.ORDINAL, Long.parseLong(o[1]), o[0] + suffix).plural(Type.ORDINAL, Long.parseLong(o[1]), o[0] + suffix + "s");
      }
    }
    t.put(Type.ORDINAL, 3, "tierce");
    return t.sealed();
  }

  static WordTable indonesian() {
    WordTable t = new WordTable(
        Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?(?!\\d)|\\d+(?:,\\d+)?|\\d+\\.\\d{1,2}(?!\\d)|,\\d+"),
        Pattern.compile("(?!)"), true);
    String[] units = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"};
    for (int i = 0; i < units.length; i++) {
      t.put(Type.UNIT, i, units[i]);
      if (i >= 2 && i <= 9) {
        t.put(Type.ORDINAL, i, "ke" + units[i]);
      }
    }
    t.put(Type.UNIT, 0, "kosong").put(Type.SMALL, 100, "seratus").put(Type.BIG, 1000, "seribu");
    t.put(Type.ORDINAL, 1, "pertama").put(Type.ORDINAL, 10, "kesepuluh").put(Type.ORDINAL, 11, "kesebelas");
    t.put(Type.TEEN, 10, "belas").put(Type.SMALL, 10, "puluh").put(Type.SMALL, 100, "ratus");
    t.put(Type.BIG, 1000, "ribu").abbrev(1000, "rb").put(Type.BIG, 1_000_000, "juta").abbrev(1_000_000, "jt")
        .put(Type.BIG, 1_000_000_000, "miliar", "milyar", "semiliar").abbrev(1_000_000_000, "m", "g").abbrev(1000, "k");
    t.put(Type.BIG, 1_000_000_000_000L, "triliun", "setriliun").abbrev(1_000_000_000_000L, "t").put(Type.BIG, 1_000_000, "sejuta").put(Type.HALF, 2, "setengah", "separuh");
    t.put(Type.POINT, 0, "koma").put(Type.MINUS, 0, "minus", "negatif").put(Type.ORDINAL_PREFIX, 0, "ke").put(Type.DOZEN, 12, "lusin");
    return t.sealed();
  }
}
