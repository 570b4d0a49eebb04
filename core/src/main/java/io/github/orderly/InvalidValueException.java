package io.github.orderly;

/**
 * The root of Orderly's refusals of invalid values: an impossible order, policy, query or command.
 *
 * <p>The message names the field, the offending value and what is wrong with it, always in one form:
 * {@code lines[1].quantityShipped = '3': must not exceed quantityOrdered '2'}. The same facts are
 * available as {@link #field()}, {@link #value()} and {@link #problem()}. Business refusals of the
 * workflow are not exceptions: they are rejections that name a rule.
 */
public abstract class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param field the path of the field, such as {@code lines[1].quantityOrdered}
   * @param value the offending value, or {@code null} when it was missing
   * @param problem what is wrong, such as {@code must be positive}
   */
  protected InvalidValueException(String field, Object value, String problem) {
    super(field + " = " + (value == null ? "null" : "'" + value + "'") + ": " + problem);
    this.field = field;
    this.value = value == null ? null : String.valueOf(value);
    this.problem = problem;
  }

  /** Returns the path of the offending field, such as {@code lines[1].quantityOrdered}. */
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
