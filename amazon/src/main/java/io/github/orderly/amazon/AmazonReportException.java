package io.github.orderly.amazon;

import io.github.orderly.InvalidValueException;

/**
 * Thrown when a flat-file report does not have the shape the marketplace documents: a missing or unknown
 * column, a field that is not a date, a number, an amount at its currency's scale or a known code.
 *
 * <p>The field is the line and column, such as {@code line 3, column 'purchase-date'}; line 1 is the
 * header. Immutable and thread-safe.
 */
public final class AmazonReportException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** The line of the report the value is on, counted from 1. */
  private final long line;
  /** The report's column the value is in. */
  private final String column;

  AmazonReportException(long line, String column, Object value, String problem) {
    super("line " + line + (column == null ? "" : ", column '" + column + "'"), value, problem);
    this.line = line;
    this.column = column;
  }

  /** Returns the line of the report, 1 for the header. */
  public long line() {
    return line;
  }

  /** Returns the column's header, or {@code null} when the problem is the whole line. */
  public String column() {
    return column;
  }
}
