package crosscheck.parse;

/** A file that could not be parsed, with a one-line reason a user can act on. */
public final class ParseFailure extends Exception {

  public ParseFailure(String reason) {
    super(reason);
  }

  public ParseFailure(String reason, Throwable cause) {
    super(reason, cause);
  }
}
