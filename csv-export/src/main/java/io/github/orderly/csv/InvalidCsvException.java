package io.github.orderly.csv;

import io.github.orderly.InvalidValueException;

/**
 * Thrown when a writer, layout, column or export is built with a value it cannot use: a buffer too
 * small, a blank header, two columns with one header, a quote strategy the tab-delimited format cannot
 * follow, a missing zone. The message has Orderly's one form, {@code field = 'value': problem}, such as
 * {@code bufferSize = '10': must be at least 64}. Immutable.
 *
 * <p>Immutable and thread-safe: its message and fields never change.
 */
public final class InvalidCsvException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  InvalidCsvException(String field, Object value, String problem) {
    super(field, value, problem);
  }
}
