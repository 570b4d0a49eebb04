package io.github.orderly.money;

import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when two amounts of different currencies meet in one calculation or one order.
 *
 * <p>Carries both currencies so that a caller can report or recover without parsing the message.
 *
 * <p>Immutable and thread-safe: its message and fields never change.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Currency first;
  private final transient Currency second;

  /**
   * Creates the exception for two currencies that met.
   *
   * @param first the currency already in use
   * @param second the currency that does not match it
   */
  public CurrencyMismatchException(Currency first, Currency second) {
    super("Currencies differ: " + Objects.requireNonNull(first, "first").getCurrencyCode()
        + " and " + Objects.requireNonNull(second, "second").getCurrencyCode()
        + "; amounts of different currencies are never mixed");
    this.first = first;
    this.second = second;
  }

  /** Returns the currency that was already in use. */
  public Currency first() {
    return first;
  }

  /** Returns the currency that did not match the first. */
  public Currency second() {
    return second;
  }
}
