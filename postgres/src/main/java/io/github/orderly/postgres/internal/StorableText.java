package io.github.orderly.postgres.internal;

/**
 * What PostgreSQL text and JSONB cannot hold: the NUL character and unpaired UTF-16 surrogates (a
 * UTF8 database stores code points; half of one is none).
 */
final class StorableText {
  private StorableText() {}

  /** Returns the index of the first character PostgreSQL cannot hold, or -1 when it holds them all. */
  static int firstUnstorable(CharSequence text) {
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
