package io.github.orderly;

import java.util.Collection;
import java.util.Iterator;

/**
 * The root of Orderly's refusals of invalid values: an impossible order, policy, query or command.
 *
 * <p>The message names the field, the offending value and what is wrong with it, always in one form:
 * {@code lines[1].quantityShipped = '3': must not exceed quantityOrdered '2'}. The same facts are
 * available as {@link #field()}, {@link #value()} and {@link #problem()}. Business refusals of the
 * workflow are not exceptions: they are rejections that name a rule.
 *
 * <p>A long value is never repeated whole: the message quotes at most its first
 * {@value #QUOTED_LENGTH} characters and says how long it was, as in
 * {@code title = 'Lorem ipsum dolor sit amet, consectetur…' (100000 characters): must be at most 500
 * characters}. A collection is quoted by its first elements and its size, as in
 * {@code address.streetLines = '[a, b, c, …]' (5 elements): …}. Building the quote costs at most the
 * quoted prefix, however large the value.
 *
 * <p>Immutable and thread-safe: its message and fields never change.
 */
public abstract class InvalidValueException extends IllegalArgumentException {
  /** The most characters of an offending value that a message quotes. */
  public static final int QUOTED_LENGTH = 40;

  private static final long serialVersionUID = 1L;

  /** The path of the offending field. */
  private final String field;
  /** The offending value as the message quotes it, or null when it was missing. */
  private final String value;
  /** What is wrong with the value. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param field the path of the field, such as {@code lines[1].quantityOrdered}
   * @param value the offending value, or {@code null} when it was missing
   * @param problem what is wrong, such as {@code must be positive}
   */
  protected InvalidValueException(String field, Object value, String problem) {
    this(field, Quote.of(value), problem);
  }

  private InvalidValueException(String field, Quote quote, String problem) {
    super(field + " = " + quote.text + ": " + problem);
    this.field = field;
    this.value = quote.value;
    this.problem = problem;
  }

  /** Returns the path of the offending field, such as {@code lines[1].quantityOrdered}. */
  public String field() {
    return field;
  }

  /**
   * Returns the offending value as text, shortened as the message quotes it (see the class
   * description), or {@code null} when it was missing.
   */
  public String value() {
    return value;
  }

  /** Returns what is wrong with the value. */
  public String problem() {
    return problem;
  }

  /** The value as the message shows it: quoted, shortened, with its length when shortened. */
  private static final class Quote {
    final String value;
    final String text;

    private Quote(String value, String text) {
      this.value = value;
      this.text = text;
    }

    static Quote of(Object value) {
      if (value == null) {
        return new Quote(null, "null");
      }
      if (value instanceof Collection<?> collection) {
        return ofCollection(collection);
      }
      String text = String.valueOf(value);
      if (text.length() <= QUOTED_LENGTH) {
        return new Quote(text, "'" + text + "'");
      }
      String prefix = prefix(text, QUOTED_LENGTH) + "…";
      return new Quote(prefix, "'" + prefix + "' (" + text.length() + " characters)");
    }

    /** Quotes the first elements only, so that a huge list costs no more than its quote. */
    private static Quote ofCollection(Collection<?> collection) {
      StringBuilder sb = new StringBuilder("[");
      boolean shortened = false;
      for (Iterator<?> it = collection.iterator(); it.hasNext(); ) {
        String text = String.valueOf(it.next());
        int room = QUOTED_LENGTH - (sb.length() - 1);
        if (text.length() > room) {
          sb.append(prefix(text, room)).append('…');
          shortened = true;
          break;
        }
        sb.append(text);
        if (it.hasNext()) {
          if (sb.length() - 1 >= QUOTED_LENGTH) {
            sb.append(", …");
            shortened = true;
            break;
          }
          sb.append(", ");
        }
      }
      String quoted = sb.append(']').toString();
      if (!shortened) {
        return new Quote(quoted, "'" + quoted + "'");
      }
      int size = collection.size();
      return new Quote(quoted, "'" + quoted + "' (" + size + (size == 1 ? " element)" : " elements)"));
    }

    /** The first {@code length} characters, never ending inside a surrogate pair. */
    private static String prefix(String text, int length) {
      int end = Math.max(0, length);
      if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))
          && Character.isLowSurrogate(text.charAt(end))) {
        end--;
      }
      return text.substring(0, end);
    }
  }
}
