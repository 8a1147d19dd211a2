package crosscheck.search;

/** The user's request cannot be answered as asked; the message says why (shown to the user as a 400). */
public final class InvalidQueryException extends RuntimeException {

  public InvalidQueryException(String message) {
    super(message);
  }

  public InvalidQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
