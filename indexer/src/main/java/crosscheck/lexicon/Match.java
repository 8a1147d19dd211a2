package crosscheck.lexicon;

/**
 * A lexicon entry found in a text.
 *
 * @param entry what was found
 * @param start start offset in the text
 * @param end end offset (exclusive) in the text
 */
public record Match(Entry entry, int start, int end) {}
