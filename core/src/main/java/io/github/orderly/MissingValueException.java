package io.github.orderly;

import java.util.List;
import java.util.Objects;

/**
 * Thrown by a builder's {@code build()} when a required field was never set: {@code Order.builder()...build()}
 * without a delivery address is refused with
 * {@code deliveryAddress = null: must be set}.
 *
 * <p>Like every {@link InvalidValueException}, the message has the form {@code field = 'value': problem}; the
 * field is the first missing one, and the problem lists the others when several are missing:
 * {@code marketplace = null: must be set (also missing: purchasedAt, deliveryAddress)}. Every missing
 * field is available as {@link #missing()}. Immutable and thread-safe, like its message.
 */
public final class MissingValueException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** The names of the missing fields, in the builder's order. */
  private final List<String> missing;

  /**
   * Creates the exception. Orderly's builders call it; a host has no reason to.
   *
   * @param fields the names of the required fields that were not set, at least one
   * @throws NullPointerException if {@code fields} or one of them is {@code null}
   * @throws IllegalArgumentException if {@code fields} is empty
   */
  public MissingValueException(String... fields) {
    this(List.of(Objects.requireNonNull(fields, "fields")));
  }

  private MissingValueException(List<String> fields) {
    super(first(fields), null, problem(fields));
    this.missing = fields;
  }

  /** Returns the names of the missing fields, at least one, in the builder's order. */
  public List<String> missing() {
    return missing;
  }

  private static String first(List<String> fields) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("fields must name at least one missing field");
    }
    return fields.get(0);
  }

  private static String problem(List<String> fields) {
    return fields.size() == 1
        ? "must be set"
        : "must be set (also missing: " + String.join(", ", fields.subList(1, fields.size())) + ")";
  }
}
