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
  /** Not ASCII (U+0080 and above): more than one byte in UTF-8. */
  static final int NON_ASCII = 64;

  private static final byte[] TABLE = new byte[Character.MAX_VALUE + 1];
  /**
   * The same flags as {@code short}s, for the copy into a {@code byte[]}: a table of another element
   * type than the destination lets the compiler keep the next char's lookup apart from the store
   * before it (the same type would make every lookup wait for the store).
   */
  private static final short[] WIDE = new short[Character.MAX_VALUE + 1];

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
      if (c >= 0x80) {
        flags |= NON_ASCII;
      }
      TABLE[c] = (byte) flags;
      WIDE[c] = (short) flags;
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

  /**
   * Encodes a string into {@code bytes} at {@code at} as UTF-8, which has room for three bytes a char,
   * in one pass, and returns the flags of its chars, OR-ed, in the high 32 bits and where the bytes
   * end in the low 32 bits. The bytes are the string's UTF-8 encoding only when the flags do not hold
   * {@link #SURROGATE} (each half of a pair is encoded on its own here).
   */
  static long encode(String value, int len, byte[] bytes, int at) {
    short[] table = WIDE;
    int flags = 0;
    int p = at;
    for (int i = 0; i < len; i++) {
      char c = value.charAt(i);
      flags |= table[c];
      if (c < 0x80) {
        bytes[p++] = (byte) c;
      } else {
        p = Utf8Sink.multiByte(c, bytes, p);
      }
    }
    return (long) flags << 32 | p;
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
