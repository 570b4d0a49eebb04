package io.github.orderly.amazon;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The checks the records of this package make when they are built; each failure names the field. */
final class Check {
  private Check() {}

  /** Returns the value, or fails naming the field when it is missing. */
  static <T> T required(String field, T value) {
    if (value == null) {
      throw AmazonPayloadException.atField(field, null, "is required");
    }
    return value;
  }

  /** Returns the text, or fails naming the field when it is missing or blank. */
  static String text(String field, String value) {
    required(field, value);
    if (value.isBlank()) {
      throw AmazonPayloadException.atField(field, value, "must not be blank");
    }
    return value;
  }

  /** Returns an unmodifiable copy of the list, empty when absent; fails on a null element. */
  static <T> List<T> list(String field, List<T> values) {
    if (values == null) {
      return List.of();
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw AmazonPayloadException.atField(field + "[" + i + "]", null, "must not be null");
      }
    }
    return List.copyOf(values);
  }

  /** Returns the optional, empty when absent. */
  static <T> Optional<T> optional(Optional<T> value) {
    return Objects.requireNonNullElse(value, Optional.empty());
  }

  /** Returns the count, or fails when it is negative. */
  static int notNegative(String field, int value) {
    if (value < 0) {
      throw AmazonPayloadException.atField(field, value, "must not be negative");
    }
    return value;
  }

  /** Reads the API's text booleans ({@code "true"} / {@code "false"}); fails on anything else. */
  static Optional<Boolean> textBoolean(String field, Optional<String> value) {
    Optional<String> v = optional(value);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    return switch (v.get()) {
      case "true" -> Optional.of(Boolean.TRUE);
      case "false" -> Optional.of(Boolean.FALSE);
      default -> throw AmazonPayloadException.atField(field, v.get(), "must be \"true\" or \"false\"");
    };
  }
}
