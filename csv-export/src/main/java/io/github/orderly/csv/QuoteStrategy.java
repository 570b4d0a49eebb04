package io.github.orderly.csv;

/**
 * When a field of an RFC 4180 file is enclosed in double quotes although the format does not require
 * it. The format requires quotes around a field that holds a comma, a double quote, a CR or an LF, and
 * around the one field of a record that has only an empty field (so that it is not read as an empty
 * line); the writer always quotes those and asks the strategy about every other field.
 *
 * <p>{@link QuoteStrategies} has the common cases; {@link QuoteStrategies#REQUIRED} is the default.
 * The tab-delimited format quotes nothing, so a writer in that format accepts only
 * {@link QuoteStrategies#REQUIRED}. Implementations must be stateless or thread-safe: a strategy is
 * shared by every writer built with it.
 */
public interface QuoteStrategy {
  /**
   * Returns whether an empty field ({@code null} or empty text) is written as {@code ""}.
   *
   * @param field the field's index in its record, from 0
   * @return true to write the quotes; false by default
   */
  default boolean quotesEmpty(int field) {
    return false;
  }

  /**
   * Returns whether a non-empty value that needs no quotes is quoted anyway.
   *
   * @param field the field's index in its record, from 0
   * @param value the value as given, before formula protection
   * @return true to quote it; false by default
   */
  default boolean quotes(int field, CharSequence value) {
    return false;
  }
}
