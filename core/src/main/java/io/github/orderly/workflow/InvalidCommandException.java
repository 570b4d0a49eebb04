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

  static <T> T required(String field, T value, String problem) {
    if (value == null) {
      throw new InvalidCommandException(field, null, problem);
    }
    return value;
  }

  static <T> List<T> list(String field, List<T> value) {
    if (value == null) {
      throw new InvalidCommandException(field, null, "must not be null (use an empty list)");
    }
    try {
      return List.copyOf(value);
    } catch (NullPointerException e) {
      throw new InvalidCommandException(field, value, "must not contain null");
    }
  }

  static <T> List<T> listOrEmpty(String field, List<T> value) {
    return value == null ? List.of() : list(field, value);
  }

  static <T> Optional<T> optional(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }
}
