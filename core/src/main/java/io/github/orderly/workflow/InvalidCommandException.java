package io.github.orderly.workflow;

import io.github.orderly.InvalidValueException;
import java.util.List;
import java.util.Optional;

/**
 * Thrown when a command or context cannot even be built: a missing reason (R4, R13), an empty list of
 * lines, a carrier progress status that is not one. The message names the field, the value and what is
 * wrong, such as {@code cancel.reason = null: a cancellation needs a reason (R4)}.
 *
 * <p>A well-formed command that the rules refuse is not an exception: {@link OrderWorkflow#decide} returns
 * a {@link Rejection} for it.
 *
 * <p>Immutable and thread-safe: its message and fields never change.
 */
public final class InvalidCommandException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field the path of the field, such as {@code cancel.reason}
   * @param value the offending value, or {@code null} when it was missing
   * @param problem what is wrong
   */
  public InvalidCommandException(String field, Object value, String problem) {
    super(field, value, problem);
  }

  /**
   * A null argument is a {@link NullPointerException} whose message names the parameter (the last part of
   * {@code field}), followed by the problem when it says more than that the value is null.
   */
  static <T> T required(String field, T value, String problem) {
    if (value == null) {
      throw missing(field, problem);
    }
    return value;
  }

  static <T> List<T> list(String field, List<T> value) {
    if (value == null) {
      throw missing(field, "must not be null (use an empty list)");
    }
    for (T element : value) {
      if (element == null) {
        throw missing(field, "must not contain null");
      }
    }
    return List.copyOf(value);
  }

  private static NullPointerException missing(String field, String problem) {
    String parameter = field.substring(field.lastIndexOf('.') + 1);
    return new NullPointerException(
        "must not be null".equals(problem) ? parameter : parameter + ": " + problem);
  }

  static <T> List<T> listOrEmpty(String field, List<T> value) {
    return value == null ? List.of() : list(field, value);
  }

  static <T> Optional<T> optional(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }
}
