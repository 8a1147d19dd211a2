package crosscheck.facts;

import java.util.List;

/** Finds the written numbers of one language in folded text (see {@link TextForms#fold}). */
interface NumeralGrammar {

  /** Every number in the text, in text order, without overlaps. */
  List<NumberMatch> find(String folded);
}
