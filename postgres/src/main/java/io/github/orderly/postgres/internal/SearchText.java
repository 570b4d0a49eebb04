package io.github.orderly.postgres.internal;

import io.github.orderly.query.InvalidQueryException;

/**
 * The partial, case-insensitive search of the orders page, as SQL can run it with a trigram index.
 *
 * <p>In memory a search text matches a field when some region of the field, as long as the text,
 * satisfies {@link String#regionMatches(boolean, int, String, int, int)} with {@code ignoreCase} true.
 * That method takes two characters (two code points, for a surrogate pair) as equal when they are equal,
 * when their upper cases are, or when the lower cases of their upper cases are; so they are equal ignoring
 * case exactly when {@link #fold(int) lower(upper(c))} is the same for both. Folding never changes how
 * many UTF-16 units a code point takes. The store keeps every searchable field folded, and the query
 * folds its text: a case-sensitive {@code LIKE '%folded%'} then matches exactly when the in-memory search
 * does. The folded fields are joined with a line break, which a search text never holds, so no match
 * spans two fields.
 */
public final class SearchText {
  /** Joins the folded searchable fields of one order. */
  static final char SEPARATOR = '\n';

  private SearchText() {}

  /** Folds one code point: two are equal ignoring case exactly when their folds are equal. */
  public static int fold(int codePoint) {
    if (codePoint < 128) {
      return codePoint >= 'A' && codePoint <= 'Z' ? codePoint + 0x20 : codePoint;
    }
    return Character.toLowerCase(Character.toUpperCase(codePoint));
  }

  /**
   * Folds every code point of the text; the result is as long as the text. An unpaired surrogate, which
   * the store refuses anyway, stays as it is.
   */
  public static String fold(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && text.charAt(i) < 128 && (text.charAt(i) < 'A' || text.charAt(i) > 'Z')) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder folded = new StringBuilder(n).append(text, 0, i);
    while (i < n) {
      int cp = text.codePointAt(i);
      folded.appendCodePoint(fold(cp));
      i += Character.charCount(cp);
    }
    return folded.toString();
  }

  /**
   * Returns the {@code LIKE} pattern that finds the search text anywhere in a folded field: the folded
   * text with {@code \}, {@code %} and {@code _} escaped by a backslash (LIKE's default escape), between
   * two {@code %}. Every other character, quotes and semicolons included, stands for itself: the pattern is
   * a bind parameter, never part of the statement's text.
   *
   * @param search the query's search text
   * @return the pattern
   * @throws InvalidQueryException if the text holds an unpaired surrogate, which PostgreSQL cannot hold
   */
  public static String likePattern(String search) {
    int bad = StorableText.firstUnstorable(search);
    if (bad >= 0) {
      throw new InvalidQueryException("search", StorableText.printable(search), StorableText.problem(search, bad));
    }
    String folded = fold(search);
    StringBuilder pattern = new StringBuilder(folded.length() + 8).append('%');
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c == '\\' || c == '%' || c == '_') {
        pattern.append('\\');
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }
}
