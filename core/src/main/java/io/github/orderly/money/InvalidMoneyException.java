package io.github.orderly.money;

import io.github.orderly.InvalidValueException;

/**
 * Thrown when a value cannot be money: an amount that is not plain decimal text, has more decimals than
 * its currency, or exceeds the magnitude and scale of {@link io.github.orderly.Limits}; a currency code
 * that is not ISO 4217.
 *
 * <p>The message names the field, the offending value and what is wrong with it, for example
 * {@code amount = '1.005': has 3 decimals but USD allows at most 2}. The same facts are available as
 * {@link #field()}, {@link #value()} and {@link #problem()}.
 *
 * <p>Immutable and thread-safe: its message and fields never change.
 */
public final class InvalidMoneyException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field the field, such as {@code amount} or {@code currency}
   * @param value the offending value
   * @param problem what is wrong
   */
  public InvalidMoneyException(String field, Object value, String problem) {
    super(field, value, problem);
  }
}
