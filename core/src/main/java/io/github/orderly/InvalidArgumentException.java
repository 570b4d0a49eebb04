package io.github.orderly;

/**
 * Thrown when an argument that is not a field of a model value is refused: a batch size that is not
 * positive, a negative count of business days, a negative stock level.
 *
 * <p>Like every {@link InvalidValueException}, the message reads {@code field = 'value': problem}, where the
 * field is the parameter's name: {@code days = '-1': must not be negative}. Immutable and thread-safe.
 */
public final class InvalidArgumentException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field the parameter's name, such as {@code days}
   * @param value the refused value
   * @param problem what is wrong, such as {@code must not be negative}
   */
  public InvalidArgumentException(String field, Object value, String problem) {
    super(field, value, problem);
  }
}
