package io.github.orderly.policy;

import io.github.orderly.InvalidValueException;

/**
 * Thrown when a {@link DeadlinePolicy} would be invalid: a negative window, a warning lead longer
 * than its window, a disbursement cycle of zero days, a blank name.
 *
 * <p>The message names the field, the offending value and what is wrong with it, for example
 * {@code confirmWarningDays = '8': must not be longer than confirmWithinDays '7'}. The same facts are
 * available as {@link #field()}, {@link #value()} and {@link #problem()}.
 *
 * <p>Immutable and thread-safe: its message and fields never change.
 */
public final class InvalidPolicyException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field the name of the policy field, such as {@code pendingDays}
   * @param value the offending value, or {@code null} when it was missing
   * @param problem what is wrong, such as {@code must not be negative}
   */
  public InvalidPolicyException(String field, Object value, String problem) {
    super(field, value, problem);
  }
}
