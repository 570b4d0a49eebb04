package io.github.orderly.csv;

/**
 * How fields and records are separated, and what happens to characters that would break a field. Both
 * formats end every record with CR LF, and write a record whose only field is empty as {@code ""} so
 * that readers do not take it for an empty line. Immutable and thread-safe.
 */
public enum CsvFormat {
  /**
   * Comma-separated values as RFC 4180 defines them (R48): a field that holds a comma, a double
   * quote, a CR or an LF (a lone CR included) is enclosed in double quotes, and each double quote
   * inside it is doubled; a {@link QuoteStrategy} may quote more. Any text survives a round trip
   * through a standard CSV reader.
   */
  RFC_4180(','),
  /**
   * The marketplace's tab-delimited flat file: one record per line, fields separated by tabs, and no
   * text qualifier, so that a field is exactly the text between two tabs. The rule for a text inside
   * a field:
   * <ol>
   *   <li>each tab, CR or LF becomes one space (the marketplace's files hold none inside a field);
   *   <li>white space at either end ({@link Character#isWhitespace(char)}) is dropped, as readers with
   *       a tab-delimited preset trim it;
   *   <li>double quotes are data and are written as they are, never doubled and never around a
   *       field; but a field that would <em>start</em> with a double quote is written with a single
   *       quote in front ({@code '"boxed"}), the mark of a neutralised formula, so that no reader takes
   *       it for an opening text qualifier.
   * </ol>
   * Every reader then sees the same fields: one that splits on tabs and line breaks, Commons CSV's
   * {@code CSVFormat.TDF}, Jackson CSV with a tab separator. The first two steps are lossy by design.
   */
  TAB_DELIMITED('\t');

  private final char delimiter;

  CsvFormat(char delimiter) {
    this.delimiter = delimiter;
  }

  /** Returns the character between two fields of a record. */
  public char delimiter() {
    return delimiter;
  }
}
