package crosscheck.index;

import crosscheck.analysis.Tokens;
import crosscheck.clean.CleanDocument;
import crosscheck.facts.Fact;
import crosscheck.lang.Language;
import crosscheck.lexicon.Match;
import java.util.List;

/**
 * Everything the pipeline learned of one file, ready to be written to the index.
 *
 * @param id stable id: the path relative to the corpus
 * @param hash content hash (file bytes + manifest row + pipeline version)
 * @param doc the cleaned article with its metadata (manifest applied)
 * @param language the detected language
 * @param concepts ids of the lexicon concepts the article mentions
 * @param entities ids of the named entities the article mentions
 * @param reference the day partial dates in the text are completed with ("October 15th"): the publication date,
 *     else the corpus's (see {@link Manifest#referenceDay()}); null when neither is known
 * @param facts the quantities it reports
 * @param tokens the title and body as their language's chain analysed them, replayed into the index (so the
 *     lexicon and the index share one analysis); null to let the IndexWriter analyse them
 * @param matches the lexicon's concepts and entities found in the body, in text order (each fact keeps those of
 *     its sentence, so that comparison analyses no sentence again)
 */
public record Article(
    String id, String hash, CleanDocument doc, Language language, List<String> concepts, List<String> entities,
    java.time.LocalDate reference, List<Fact> facts, Analysed tokens, List<Match> matches) {

  /** The analysed title and body. */
  public record Analysed(Tokens title, Tokens body) {}

  public Article {
    concepts = List.copyOf(concepts);
    entities = List.copyOf(entities);
    facts = List.copyOf(facts);
    matches = List.copyOf(matches);
  }
}
