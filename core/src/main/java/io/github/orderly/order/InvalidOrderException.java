package io.github.orderly.order;

import io.github.orderly.InvalidValueException;

/**
 * Thrown when a value would describe an impossible order: a blank id, a non-positive quantity, more
 * shipped than ordered, a refund above what a line was charged, and the other checks listed on
 * {@link Order}.
 *
 * <p>The message names the field, the offending value and what is wrong with it, for example
 * {@code lines[1].quantityShipped = '3': must not exceed quantityOrdered '2'}. The same facts are
 * available as {@link #field()}, {@link #value()} and {@link #problem()}.
 *
 * <p>Immutable and thread-safe: its message and fields never change.
 */
public final class InvalidOrderException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field the path of the field, such as {@code lines[1].quantityOrdered}
   * @param value the offending value, or {@code null} when it was missing
   * @param problem what is wrong, such as {@code must be positive}
   */
  public InvalidOrderException(String field, Object value, String problem) {
    super(field, value, problem);
  }
}
