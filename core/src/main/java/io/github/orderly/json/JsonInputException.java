package io.github.orderly.json;

/**
 * Thrown when JSON cannot become an Orderly value: malformed text, an unknown property or enum value, a
 * missing required field, or a value that an Orderly type refuses.
 *
 * <p>The message starts with the JSON path of the offending place, such as
 * {@code $.lines[1].quantityOrdered}, and says what was wrong there. {@link #path()} returns that path
 * alone. The path and the message are fixed when the exception is made.
 *
 * <p>Immutable and thread-safe: its message and fields never change.
 */
public final class JsonInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending place, such as {@code $.lines[1].quantityOrdered}. */
  private final String path;

  JsonInputException(String path, String problem, Throwable cause) {
    super("Invalid JSON at " + path + ": " + problem, cause);
    this.path = path;
  }

  /**
   * Returns the JSON path of the offending place.
   *
   * @return the path, {@code $} for the document itself
   */
  public String path() {
    return path;
  }
}
