package io.github.orderly.query;

import io.github.orderly.InvalidValueException;

/**
 * Thrown when a query makes no sense: a reversed date range, a page size of 0 or above
 * {@link OrderQuery#MAX_PAGE_SIZE}, a blank search, a malformed cursor or one made for another sort.
 *
 * <p>The message names the field, the offending value and what is wrong with it, for example
 * {@code pageSize = '0': must be between 1 and 1000}. The same facts are available as {@link #field()},
 * {@link #value()} and {@link #problem()}. Read from JSON through
 * {@link io.github.orderly.json.OrderlyJson#read}, it becomes the cause of a
 * {@link io.github.orderly.json.JsonInputException} that carries the same message.
 *
 * <p>Immutable and thread-safe: its message and fields never change.
 */
public final class InvalidQueryException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field the name of the field, such as {@code pageSize}
   * @param value the offending value, or {@code null} when it was missing
   * @param problem what is wrong, such as {@code must be between 1 and 1000}
   */
  public InvalidQueryException(String field, Object value, String problem) {
    super(field, value, problem);
  }
}
