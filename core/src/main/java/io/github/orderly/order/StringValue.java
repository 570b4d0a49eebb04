package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Base of Orderly's single-string value types: identifiers such as {@link OrderId} and codes such as
 * {@link CancellationReason}.
 *
 * <p>The text is never blank and never has leading or trailing white space or control characters.
 * Two values are equal when they are of the same type and have the same text. In JSON a value is its
 * text. Only this package can extend it.
 */
public abstract class StringValue implements Comparable<StringValue> {
  private static final int MAX_LENGTH = 200;

  private final String value;

  StringValue(String field, String value) {
    this.value = check(field, value);
  }

  static String check(String field, String value) {
    if (value == null) {
      throw new InvalidOrderException(field, null, "must not be null");
    }
    if (value.isBlank()) {
      throw new InvalidOrderException(field, value, "must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidOrderException(field, value, "must be at most " + MAX_LENGTH + " characters");
    }
    if (!value.strip().equals(value)) {
      throw new InvalidOrderException(field, value, "must not start or end with white space");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new InvalidOrderException(field, value, "must not contain control characters");
      }
    }
    return value;
  }

  /** Returns the text of this value. */
  @JsonValue
  public final String value() {
    return value;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && value.equals(((StringValue) o).value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /** Orders values by their text. */
  @Override
  public final int compareTo(StringValue other) {
    return value.compareTo(Objects.requireNonNull(other, "other").value);
  }

  /** Returns the text of this value. */
  @Override
  public final String toString() {
    return value;
  }
}
