package io.github.orderly.csv;

/**
 * The standard {@link FormulaGuard formula guards}. Each constant is immutable and thread-safe.
 *
 * <h2>{@link #OWASP}: the rule</h2>
 * Following OWASP's guidance on CSV injection, a text is a formula when it starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab, a CR or an LF. Because spreadsheets skip or do not show some
 * characters, the guard looks past a leading run of <em>hiding</em> characters and judges the first
 * character after it:
 * <ul>
 *   <li>a text is a formula when its leading run of hiding characters holds a tab, a CR or an LF, or
 *       when the first character after that run is one of {@code = + - @}, their full-width forms
 *       {@code ＝ ＋ － ＠} (U+FF1D, U+FF0B, U+FF0D, U+FF20), their small forms (U+FE66, U+FE62,
 *       U+FE63, U+FE6B) or the minus sign U+2212;
 *   <li>hiding characters are: white space ({@link Character#isWhitespace(int)}) and space separators
 *       ({@link Character#isSpaceChar(int)}, which includes the no-break space U+00A0), control
 *       characters (NUL included), format characters (the byte-order mark U+FEFF, zero-width spaces
 *       and joiners, the bidirectional marks, embeddings, overrides such as U+202E and isolates, the
 *       soft hyphen, tag characters), non-spacing and enclosing marks (variation selectors, the
 *       combining grapheme joiner), unassigned code points, and the blank fillers U+115F, U+1160,
 *       U+2800, U+3164 and U+FFA0.
 * </ul>
 * So {@code =1+1}, {@code =1+1} behind a no-break space, a NUL, a byte-order mark or a
 * right-to-left override, and {@code ＝1+1} are neutralised; {@code a=b}, {@code 1-2} and {@code 'x}
 * are not. A text with a lone surrogate is not judged here: the writer refuses it
 * ({@link UnencodableTextException}).
 */
public final class FormulaGuards {
  /** Neutralises nothing: for consumers that are not spreadsheets. */
  public static final FormulaGuard NONE = Standard.NONE;
  /** The OWASP-style guard described above: the default. */
  public static final FormulaGuard OWASP = Standard.OWASP;

  private FormulaGuards() {}

  /** Returns whether a code point starts a formula once the hiding characters before it are skipped. */
  static boolean startsFormula(int c) {
    return switch (c) {
      case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\uFE66', '\uFE62', '\uFE63', '\uFE6B',
          '\u2212' -> true;
      default -> false;
    };
  }

  /** Returns whether a code point may hide what follows it from the eye or from a spreadsheet. */
  static boolean isHiding(int c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
          Character.UNASSIGNED -> true;
      default -> c == 0x115F || c == 0x1160 || c == 0x2800 || c == 0x3164 || c == 0xFFA0;
    };
  }

  static boolean isOwaspFormula(CharSequence text) {
    char first = text.charAt(0);
    if ((CharClasses.of(first) & CharClasses.SUSPECT) == 0) {
      return false;
    }
    int n = text.length();
    for (int i = 0; i < n; ) {
      int c = Character.codePointAt(text, i);
      if (c == '\t' || c == '\r' || c == '\n' || startsFormula(c)) {
        return true;
      }
      if (Character.isSurrogate((char) c) || !isHiding(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  private enum Standard implements FormulaGuard {
    NONE {
      @Override
      public boolean isFormula(CharSequence text) {
        return false;
      }
    },
    OWASP {
      @Override
      public boolean isFormula(CharSequence text) {
        return isOwaspFormula(text);
      }
    }
  }
}
