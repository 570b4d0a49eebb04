package io.github.orderly.csv;

/**
 * One byte of flags per UTF-16 char, so that the writer classifies a field with one table load and
 * one OR per char instead of a chain of comparisons. The table is 64 KiB; the ASCII part, which is
 * what most fields hold, is two cache lines.
 */
final class CharClasses {
  /** Forces quotes in RFC 4180: comma, double quote, CR, LF. */
  static final int RFC_SPECIAL = 1;
  /** Cannot stand in a tab-delimited field: tab, CR, LF. */
  static final int TAB_SPECIAL = 2;
  /** Half of a surrogate pair: fine in a pair, unencodable alone. */
  static final int SURROGATE = 4;
  /** White space as {@link Character#isWhitespace(char)} says, which tab-delimited readers trim. */
  static final int WHITE_SPACE = 8;
  /** The double quote, which a quote-aware reader takes for a text qualifier at a field's start. */
  static final int QUOTE = 16;
  /**
   * Chars after which {@link FormulaGuards#OWASP} must look further: formula starts and everything
   * that may hide one. A char without this flag that starts a field settles it: not a formula.
   */
  static final int SUSPECT = 32;

  private static final byte[] TABLE = new byte[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int flags = 0;
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        flags |= RFC_SPECIAL;
      }
      if (c == '\t' || c == '\r' || c == '\n') {
        flags |= TAB_SPECIAL;
      }
      if (Character.isSurrogate((char) c)) {
        flags |= SURROGATE;
      }
      if (Character.isWhitespace((char) c)) {
        flags |= WHITE_SPACE;
      }
      if (c == '"') {
        flags |= QUOTE;
      }
      if (FormulaGuards.startsFormula(c) || FormulaGuards.isHiding(c) || Character.isSurrogate((char) c)) {
        flags |= SUSPECT;
      }
      TABLE[c] = (byte) flags;
    }
  }

  private CharClasses() {}

  /** Returns the flags of a char. */
  static int of(char c) {
    return TABLE[c];
  }

  /** Copies a string into {@code chars} at {@code at} and returns the flags of its chars, OR-ed, in one pass. */
  static int copy(String value, int len, char[] chars, int at) {
    byte[] table = TABLE;
    int flags = 0;
    for (int i = 0; i < len; i++) {
      char c = value.charAt(i);
      chars[at + i] = c;
      flags |= table[c];
    }
    return flags;
  }

  /** Returns the flags of all chars in {@code chars[from, to)}, OR-ed. */
  static int of(char[] chars, int from, int to) {
    byte[] table = TABLE;
    int flags = 0;
    for (int i = from; i < to; i++) {
      flags |= table[chars[i]];
    }
    return flags;
  }
}
