package crosscheck.clean;

/**
 * What a document's markup or file metadata says about it; any component may be null.
 *
 * @param title headline
 * @param published ISO date
 * @param source publication or site name
 * @param author byline
 * @param url original address
 */
record PageMeta(String title, String published, String source, String author, String url) {

  static final PageMeta NONE = new PageMeta(null, null, null, null, null);
}
