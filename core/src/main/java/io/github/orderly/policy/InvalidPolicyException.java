package io.github.orderly.policy;

/**
 * Thrown when a {@link DeadlinePolicy} would be invalid: a negative window, a warning lead longer
 * than its window, a disbursement cycle of zero days, a blank name.
 *
 * <p>The message names the field, the offending value and what is wrong with it, for example
 * {@code confirmWarningDays = '8': must not be longer than confirmWithinDays '7'}. The same facts are
 * available as {@link #field()}, {@link #value()} and {@link #problem()}.
 */
public final class InvalidPolicyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param field the name of the policy field, such as {@code pendingDays}
   * @param value the offending value, or {@code null} when it was missing
   * @param problem what is wrong, such as {@code must not be negative}
   */
  public InvalidPolicyException(String field, Object value, String problem) {
    super(field + " = " + (value == null ? "null" : "'" + value + "'") + ": " + problem);
    this.field = field;
    this.value = value == null ? null : String.valueOf(value);
    this.problem = problem;
  }

  /** Returns the name of the offending field, such as {@code pendingDays}. */
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
