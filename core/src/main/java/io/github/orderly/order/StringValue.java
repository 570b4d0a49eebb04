package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.orderly.Limits;
import java.util.Objects;

/**
 * Base of Orderly's single-string value types: identifiers such as {@link OrderId} and codes such as
 * {@link CancellationReason}.
 *
 * <p>The text is never blank, at most {@link Limits#MAX_ID_LENGTH} characters long, and has no leading or
 * trailing white space, no control character, no line break and no lone surrogate.
 * Two values are equal when they are of the same type and have the same text. In JSON a value is its
 * text. Only this package can extend it.
 *
 * <p>Each type compares only with itself ({@code OrderId} is {@code Comparable<OrderId>}), so an order id
 * never compares with a SKU. Immutable and thread-safe, like every subtype.
 *
 * @param <T> the subtype itself
 */
public abstract class StringValue<T extends StringValue<T>> implements Comparable<T> {
  private final String value;

  StringValue(String field, String value) {
    this.value = check(field, value);
  }

  static String check(String field, String value) {
    if (value == null) {
      throw new NullPointerException("value");
    }
    return Checks.singleLine(field, value, Limits.MAX_ID_LENGTH);
  }

  /** Returns the text of this value. */
  @JsonValue
  public final String value() {
    return value;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && value.equals(((StringValue<?>) o).value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /** Orders values by their text. */
  @Override
  public final int compareTo(T other) {
    return value.compareTo(((StringValue<?>) Objects.requireNonNull(other, "other")).value);
  }

  /** Returns the text of this value. */
  @Override
  public final String toString() {
    return value;
  }
}
