package io.github.orderly.order;

import io.github.orderly.Limits;
import io.github.orderly.Limits.TextKind;
import java.time.Instant;

/** Shared field checks of this package's value types; each refuses with an {@link InvalidOrderException}. */
final class Checks {
  static final Limits.Refusal REFUSE = InvalidOrderException::new;

  private Checks() {}

  /** Single-line free text (see {@link Limits#checkText}). */
  static String singleLine(String field, String value, int maxLength) {
    return Limits.checkText(field, value, maxLength, TextKind.SINGLE_LINE, REFUSE);
  }

  /** Multi-line free text: line breaks and tabs allowed (see {@link Limits#checkText}). */
  static String multiLine(String field, String value, int maxLength) {
    return Limits.checkText(field, value, maxLength, TextKind.MULTI_LINE, REFUSE);
  }

  /** An instant in the range of {@link Limits}. */
  static Instant instant(String field, Instant value) {
    return Limits.checkInstant(field, value, REFUSE);
  }

  /** A count of entries at most {@code max}. */
  static void count(String field, Object value, int size, int max) {
    Limits.checkCount(field, value, size, max, REFUSE);
  }

  static void positive(String field, long value) {
    if (value <= 0) {
      throw new InvalidOrderException(field, value, "must be positive");
    }
  }

  /** A number of units: positive and at most {@link Limits#MAX_QUANTITY}. */
  static void quantity(String field, int value) {
    positive(field, value);
    if (value > Limits.MAX_QUANTITY) {
      throw new InvalidOrderException(field, value, "must be at most " + Limits.MAX_QUANTITY + " units");
    }
  }
}
