package io.github.orderly.order;

/** Shared field checks of this package's value types. */
final class Checks {
  private Checks() {}

  /** Free text: not blank, no surrounding white space, at most 1,000 characters. */
  static String text(String field, String value) {
    if (value.isBlank()) {
      throw new InvalidOrderException(field, value, "must not be blank");
    }
    if (!value.strip().equals(value)) {
      throw new InvalidOrderException(field, value, "must not start or end with white space");
    }
    if (value.length() > 1000) {
      throw new InvalidOrderException(field, value, "must be at most 1000 characters");
    }
    return value;
  }

  static void positive(String field, long value) {
    if (value <= 0) {
      throw new InvalidOrderException(field, value, "must be positive");
    }
  }
}
