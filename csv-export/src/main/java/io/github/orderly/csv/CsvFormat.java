package io.github.orderly.csv;

/**
 * How fields and records are separated, and what happens to characters that would break a field.
 *
 * <p>Both formats end every record with CR LF.
 */
public enum CsvFormat {
  /**
   * Comma-separated values as RFC 4180 defines them (R48): a field that holds a comma, a double
   * quote, a CR or an LF (a lone CR included) is enclosed in double quotes, and each double quote
   * inside it is doubled. Any text survives a round trip through a standard CSV reader.
   */
  RFC_4180(','),
  /**
   * Tab-delimited text, the shape of the marketplace's flat files, for consumers that split lines on
   * line breaks and fields on tabs and know nothing of quotes. Nothing is quoted: double quotes and
   * commas are written as they are, and each tab, CR or LF inside a field is replaced by one space,
   * so that every record is one physical line with exactly one field per column.
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
