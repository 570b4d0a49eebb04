package io.github.orderly.workflow;

import io.github.orderly.InvalidValueException;
import java.util.ArrayList;
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

  /** The classes of {@code List.of(a)} and {@code List.of(a, b)}, and of {@code List.of()} and longer lists. */
  private static final Class<?> LIST_OF_ONE = List.of(1).getClass();
  private static final Class<?> LIST_OF_MANY = List.of(1, 2, 3).getClass();

  static <T> List<T> list(String field, List<T> value) {
    if (value == null) {
      throw missing(field, "must not be null (use an empty list)");
    }
    // An index loop for the lists the workflow makes itself: every event and decision checks its lists, and an
    // iterator per check is an allocation the JIT does not always remove. The test is on the exact class: an
    // instanceof test against an interface (RandomAccess) scans the class's interfaces, and costs more than the
    // iterator. A list made by List.of is then returned as it is by List.copyOf.
    Class<?> type = value.getClass();
    if (type == LIST_OF_ONE || type == LIST_OF_MANY || type == ArrayList.class) {
      for (int i = 0, n = value.size(); i < n; i++) {
        if (value.get(i) == null) {
          throw missing(field, "must not contain null");
        }
      }
    } else {
      for (T element : value) {
        if (element == null) {
          throw missing(field, "must not contain null");
        }
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
