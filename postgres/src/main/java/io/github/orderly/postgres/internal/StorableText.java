package io.github.orderly.postgres.internal;

/**
 * What PostgreSQL text and JSONB cannot hold: the NUL character and unpaired UTF-16 surrogates (a
 * UTF8 database stores code points; half of one is none).
 */
final class StorableText {
  private StorableText() {}

  /** Returns the index of the first character PostgreSQL cannot hold, or -1 when it holds them all. */
  static int firstUnstorable(CharSequence text) {
    return scan(text, false);
  }

  /**
   * Whether JSON text may hold text PostgreSQL cannot keep, in one pass over it: a raw NUL or unpaired
   * surrogate, as {@link #firstUnstorable} finds them, or anywhere a backslash and {@code u} followed by
   * {@code 0000}, {@code D} or {@code d} (the escape of a NUL or a surrogate). False means the JSON certainly
   * holds none; true that it must be parsed to tell.
   */
  static boolean mayHoldUnstorableJson(CharSequence json) {
    return scan(json, true) >= 0;
  }

  /** The index of the first unstorable character, or with {@code escapes} of the first suspect escape; or -1. */
  private static int scan(CharSequence text, boolean escapes) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return i;
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (escapes && c == '\\' && i + 2 < n && text.charAt(i + 1) == 'u') {
        char d = text.charAt(i + 2);
        if (d == 'D' || d == 'd' || i + 5 < n && text.charAt(i + 2) == '0' && text.charAt(i + 3) == '0'
            && text.charAt(i + 4) == '0' && text.charAt(i + 5) == '0') {
          return i;
        }
      }
    }
    return -1;
  }

  /** Says what is wrong with the character at the index, which {@link #firstUnstorable} returned. */
  static String problem(CharSequence text, int index) {
    char c = text.charAt(index);
    return c == 0
        ? "contains a NUL character (U+0000), which PostgreSQL text cannot hold"
        : "contains an unpaired surrogate (" + codePoint(c) + "), which PostgreSQL text cannot hold";
  }

  /** Returns the text with every character PostgreSQL cannot hold written as {@code <U+XXXX>}. */
  static String printable(CharSequence text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    int from = 0;
    for (int bad = firstUnstorable(text); bad >= 0; bad = next(text, from)) {
      sb.append(text, from, bad).append('<').append(codePoint(text.charAt(bad))).append('>');
      from = bad + 1;
    }
    return sb.append(text, from, text.length()).toString();
  }

  private static int next(CharSequence text, int from) {
    int bad = firstUnstorable(text.subSequence(from, text.length()));
    return bad < 0 ? -1 : from + bad;
  }

  private static String codePoint(char c) {
    return String.format("U+%04X", (int) c);
  }
}
