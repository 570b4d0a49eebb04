package io.github.orderly.query;

/**
 * Partial, case-insensitive matching of one search text, prepared once per query.
 *
 * <p>"Contains, ignoring case" means exactly: some region of the haystack as long as the needle
 * satisfies {@link String#regionMatches(boolean, int, String, int, int)} with {@code ignoreCase} true.
 * The common cases are fast and allocate nothing: a needle without ASCII letters and without non-ASCII
 * characters (an id fragment such as {@code 112-33}) cannot differ in case from its match, so plain
 * {@link String#contains} decides; otherwise ASCII characters are folded here and only a pair with a
 * non-ASCII character defers to {@code regionMatches}.
 */
final class TextSearch {
  private final String needle;
  private final char[] lower;
  private final boolean exact;
  private final char first;
  private final char firstUpper;

  TextSearch(String needle) {
    this.needle = needle;
    this.lower = new char[needle.length()];
    boolean caseless = true;
    for (int i = 0; i < needle.length(); i++) {
      char c = needle.charAt(i);
      lower[i] = asciiLower(c);
      if (c >= 128 || (c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        caseless = false;
      }
    }
    this.exact = caseless;
    this.first = lower[0];
    this.firstUpper = first >= 'a' && first <= 'z' ? (char) (first - 0x20) : first;
  }

  /** Returns whether the text occurs in the haystack, ignoring case. */
  boolean in(String haystack) {
    if (exact) {
      return haystack.contains(needle);
    }
    int last = haystack.length() - lower.length;
    if (first < 128) {
      for (int i = 0; i <= last; i++) {
        char c = haystack.charAt(i);
        if ((c == first || c == firstUpper || c >= 128) && at(haystack, i)) {
          return true;
        }
      }
    } else {
      for (int i = 0; i <= last; i++) {
        if (at(haystack, i)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean at(String haystack, int offset) {
    for (int j = 0; j < lower.length; j++) {
      char c = haystack.charAt(offset + j);
      char d = lower[j];
      if (c == d) {
        continue;
      }
      if ((c | d) < 128) {
        if (asciiLower(c) != d) {
          return false;
        }
        continue;
      }
      return haystack.regionMatches(true, offset, needle, 0, lower.length);
    }
    return true;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 0x20) : c;
  }
}
