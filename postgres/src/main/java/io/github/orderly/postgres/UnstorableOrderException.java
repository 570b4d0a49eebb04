package io.github.orderly.postgres;

import io.github.orderly.InvalidValueException;

/**
 * Thrown when a valid order holds a value PostgreSQL cannot keep, before any statement runs and with
 * nothing written: text with a NUL character or an unpaired surrogate (PostgreSQL text and JSONB hold
 * neither), or an order date, first-reported instant or ship-by outside the years 1 to 9999.
 *
 * <p>The message names the field by its path in the order's JSON, the value and the problem, for example
 * {@code lines[0].title = 'Mug<U+0000>': contains a NUL character (U+0000), which PostgreSQL text cannot
 * hold}; the offending character is written as its code point in angle brackets.
 *
 * <p>Immutable and thread-safe: its message and fields never change.
 */
public final class UnstorableOrderException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field the path of the field in the order's JSON, such as {@code lines[0].title}
   * @param value the offending value, the offending character written as its code point in angle brackets
   * @param problem what PostgreSQL cannot keep
   */
  public UnstorableOrderException(String field, Object value, String problem) {
    super(field, value, problem);
  }
}
