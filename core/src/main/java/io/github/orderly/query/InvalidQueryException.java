package io.github.orderly.query;

/**
 * Thrown when a query makes no sense: a reversed date range, a page size of 0 or above
 * {@link OrderQuery#MAX_PAGE_SIZE}, a blank search, a malformed cursor or one made for another sort.
 *
 * <p>The message names the field, the offending value and what is wrong with it, for example
 * {@code pageSize = '0': must be between 1 and 1000}. The same facts are available as {@link #field()},
 * {@link #value()} and {@link #problem()}. Read from JSON through
 * {@link io.github.orderly.json.OrderlyJson#read}, it becomes the cause of a
 * {@link io.github.orderly.json.JsonInputException} that carries the same message.
 */
public final class InvalidQueryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param field the name of the field, such as {@code pageSize}
   * @param value the offending value, or {@code null} when it was missing
   * @param problem what is wrong, such as {@code must be between 1 and 1000}
   */
  public InvalidQueryException(String field, Object value, String problem) {
    super(field + " = " + (value == null ? "null" : "'" + value + "'") + ": " + problem);
    this.field = field;
    this.value = value == null ? null : String.valueOf(value);
    this.problem = problem;
  }

  /** Returns the name of the offending field, such as {@code pageSize}. */
  public String field() {
    return field;
  }

  /** Returns the offending value as text, or {@code null} when it was missing. */
  public String value() {
    return value;
  }

  /** Returns what is wrong with the value. */
  public String problem() {
    return problem;
  }
}
