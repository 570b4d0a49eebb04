package io.github.orderly.csv;

import io.github.orderly.InvalidValueException;

/**
 * Thrown when a text field holds a lone surrogate: half of a UTF-16 surrogate pair, which no Unicode
 * encoding can write and which an encoder would silently turn into {@code ?}. The record it belongs
 * to is dropped before a character of it reaches the output; the records ended before it stand.
 *
 * <p>The message names where the text is and what is wrong, the value shown with the surrogate as an
 * escape: from an export, the column, the order and the line
 * (<code>Item = 'Mug &#92;uD83D blue': holds a lone surrogate U+D83D at index 4, which no Unicode
 * encoding can write; order 111-0000001-0000001, line L-1; nothing of this row was written</code>);
 * from a writer used on its own, the field and the record ({@code field 2 of record 3 = ...}).
 * Immutable.
 *
 * <p>Immutable and thread-safe: its message and fields never change.
 */
public final class UnencodableTextException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** The unpaired surrogate. */
  private final char surrogate;
  /** Where in the text the surrogate is, counted in chars from 0. */
  private final int index;

  private UnencodableTextException(String field, String text, char surrogate, int index, String where) {
    super(field, text, "holds a lone surrogate " + String.format("U+%04X", (int) surrogate) + " at index " + index
        + ", which no Unicode encoding can write; " + where);
    this.surrogate = surrogate;
    this.index = index;
  }

  /** Returns the exception for a text whose first lone surrogate is at {@code index}. */
  static UnencodableTextException of(String field, CharSequence value, int index, String where) {
    return new UnencodableTextException(field, escape(value), value.charAt(index), index, where);
  }

  /** Returns this refusal told again with where the text came from, this one as its cause. */
  UnencodableTextException at(String field, String where) {
    UnencodableTextException e = new UnencodableTextException(field, value(), surrogate, index, where);
    e.initCause(this);
    return e;
  }

  /** Returns the index in the text of the first lone surrogate. */
  public int index() {
    return index;
  }

  /** Returns the text with every surrogate written as a Java escape, so that the message itself encodes. */
  private static String escape(CharSequence value) {
    StringBuilder s = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        s.append(String.format("\\u%04X", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }
}
