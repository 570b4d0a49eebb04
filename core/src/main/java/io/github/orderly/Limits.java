package io.github.orderly;

import java.time.Instant;
import java.util.Objects;

/**
 * The limits of Orderly's values, stated once, and the checks that enforce them.
 *
 * <p>Every value Orderly accepts, whether built in code or read from JSON, is refused when it exceeds
 * one of these limits, with an {@link InvalidValueException} subclass that names the field, the limit
 * and the (shortened) value. The checks run before any work that grows with the value: an amount's
 * digits are counted before it is scaled, a list's size before it is scanned, a text's length before
 * its characters are. The limits of JSON documents (size, nesting, string and number length, array
 * length) are settings of {@link io.github.orderly.json.OrderlyJson}; the page size and search length
 * of a query are {@link io.github.orderly.query.OrderQuery#MAX_PAGE_SIZE} and
 * {@link io.github.orderly.query.OrderQuery#MAX_SEARCH_LENGTH}. {@code docs/limits.md} tables them all.
 *
 * <h2>Text</h2>
 * Every free-text field is checked by {@link #checkText}: not blank, no surrounding white space, at
 * most its field's length in UTF-16 characters, no lone surrogate, and no control character
 * (U+0000 to U+001F, U+007F to U+009F). A {@linkplain TextKind#MULTI_LINE multi-line} field (a line's
 * title and customisation, a buyer's cancellation reason) also allows the line breaks U+000A and
 * U+000D, the tab U+0009, and the separators U+2028 and U+2029; a {@linkplain TextKind#SINGLE_LINE
 * single-line} field (names, e-mail, phone, every address field, purchase-order numbers, identifiers)
 * allows none of them, so that no value can start a new header or line where a host writes it.
 *
 * <h2>Instants</h2>
 * Every instant of an order, command, event, policy and query lies in
 * [{@link #EARLIEST_INSTANT}, {@link #LATEST_INSTANT}]: the years 1970 to 9999. Deadlines a policy
 * adds to such an instant (at most {@value #MAX_WINDOW_DAYS} days or business days, past at most
 * {@value #MAX_HOLIDAYS} holidays) fall before the year 10030, far inside what {@link java.time.Instant}
 * and {@link java.time.LocalDate} can hold, so that computing them never throws.
 *
 * <p>Not instantiable; the checks are thread-safe.
 */
public final class Limits {
  /** The most lines of an order. */
  public static final int MAX_LINES = 1_000;
  /** The most shipments of an order. */
  public static final int MAX_SHIPMENTS = 1_000;
  /** The most refunds of an order. */
  public static final int MAX_REFUNDS = 1_000;
  /** The most return authorisations of an order. */
  public static final int MAX_RETURNS = 1_000;
  /** The most lines one shipment carries. */
  public static final int MAX_LINES_PER_SHIPMENT = MAX_LINES;
  /** The most lines one refund gives money back for. */
  public static final int MAX_LINES_PER_REFUND = MAX_LINES;
  /** The most lines one return brings back. */
  public static final int MAX_LINES_PER_RETURN = MAX_LINES;
  /**
   * The most units of one line: ordered, or carried by one shipment or one return. With at most
   * {@value #MAX_SHIPMENTS} shipments, every sum of units fits an {@code int}.
   */
  public static final int MAX_QUANTITY = 1_000_000;
  /** The most street lines of an address. */
  public static final int MAX_STREET_LINES = 3;

  /** The longest identifier or code ({@code OrderId}, {@code Sku}, {@code CancellationReason}, ...), in characters. */
  public static final int MAX_ID_LENGTH = 200;
  /** The longest title of a line, in characters (multi-line). */
  public static final int MAX_TITLE_LENGTH = 500;
  /** The longest note, in characters: a line's customisation, a buyer's cancellation reason (multi-line). */
  public static final int MAX_NOTE_LENGTH = 1_000;
  /** The longest person's name, in characters: the buyer's name, the address's recipient. */
  public static final int MAX_NAME_LENGTH = 200;
  /** The longest e-mail address, in characters (the longest path RFC 5321 allows). */
  public static final int MAX_EMAIL_LENGTH = 254;
  /** The longest phone number, in characters. */
  public static final int MAX_PHONE_LENGTH = 50;
  /** The longest street line, city or region of an address, in characters. */
  public static final int MAX_ADDRESS_LINE_LENGTH = 200;
  /** The longest postal code, in characters. */
  public static final int MAX_POSTAL_CODE_LENGTH = 20;
  /** The longest business purchase-order number, in characters (R21). */
  public static final int MAX_PURCHASE_ORDER_LENGTH = 100;
  /** The longest name of a deadline policy, in characters. */
  public static final int MAX_POLICY_NAME_LENGTH = 200;

  /**
   * The most digits before the decimal point of an amount of money: every amount read or given, and
   * every line's charge, is below 10^15 in magnitude. Checked on the decimal's precision and scale
   * before any arithmetic, so that {@code 1e10000000} costs nothing.
   */
  public static final int MAX_AMOUNT_INTEGER_DIGITS = 15;
  /**
   * The most decimals an amount may be written with, trailing zeros included ({@code "1.50"} has 2);
   * beyond its currency's own scale they must be zeros.
   */
  public static final int MAX_AMOUNT_SCALE = 18;
  /** The longest amount text, such as {@code "-12.50"}, in characters. */
  public static final int MAX_AMOUNT_TEXT_LENGTH = 40;

  /** The earliest instant of any value: 1970-01-01T00:00:00Z. */
  public static final Instant EARLIEST_INSTANT = Instant.parse("1970-01-01T00:00:00Z");
  /** The latest instant of any value: 9999-12-31T23:59:59.999999999Z. */
  public static final Instant LATEST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /**
   * The longest window, in days, of a deadline policy (every day count and the buyer edit window) and of
   * a look-ahead (a query's "ship by within", the "confirm within" view): about ten years.
   */
  public static final int MAX_WINDOW_DAYS = 3_660;
  /**
   * The most dates of a {@code HolidayCalendar.of(..)} calendar. With fewer holidays than this, no run
   * of closed days reaches ten years, so business-day arithmetic always ends.
   */
  public static final int MAX_HOLIDAYS = 2_000;
  /** The longest page cursor text, in characters. */
  public static final int MAX_CURSOR_LENGTH = 1_024;

  private Limits() {}

  /**
   * Which characters besides printable text a field allows; see the class description.
   *
   * <p>Immutable and thread-safe.
   */
  public enum TextKind {
    /** One line: no control character, no line break, no tab. */
    SINGLE_LINE,
    /** Several lines: line breaks (U+000A, U+000D, U+2028, U+2029) and tabs, but no other control character. */
    MULTI_LINE
  }

  /**
   * Makes the exception a check throws, so that each kind of value refuses with its own
   * {@link InvalidValueException} subclass: {@code InvalidOrderException::new},
   * {@code InvalidCommandException::new}, ...
   *
   * <p>Implementations are functions, stateless and thread-safe, as the exceptions' constructors are.
   */
  @FunctionalInterface
  public interface Refusal {
    /**
     * Makes the exception.
     *
     * @param field the path of the field
     * @param value the offending value
     * @param problem what is wrong
     * @return the exception to throw
     */
    InvalidValueException of(String field, Object value, String problem);
  }

  /**
   * Returns whether the instant lies in [{@link #EARLIEST_INSTANT}, {@link #LATEST_INSTANT}].
   *
   * @param instant the instant
   * @return true if in range
   */
  public static boolean isInRange(Instant instant) {
    return !instant.isBefore(EARLIEST_INSTANT) && !instant.isAfter(LATEST_INSTANT);
  }

  /**
   * Checks that an instant lies in [{@link #EARLIEST_INSTANT}, {@link #LATEST_INSTANT}].
   *
   * @param field the path of the field, such as {@code confirmShipment.shippedAt}
   * @param value the instant, not null
   * @param refusal makes the exception, such as {@code InvalidCommandException::new}
   * @return the instant
   * @throws InvalidValueException made by {@code refusal} if the instant is out of range
   */
  public static Instant checkInstant(String field, Instant value, Refusal refusal) {
    Objects.requireNonNull(value, field);
    if (!isInRange(value)) {
      throw refusal.of(field, value, "must lie in the years 1970 to 9999 (between " + EARLIEST_INSTANT + " and "
          + LATEST_INSTANT + ")");
    }
    return value;
  }

  /**
   * Checks that an instant lies in range and not before another, such as a shipment not before the
   * purchase.
   *
   * @param field the path of the field, such as {@code shipments[0].shippedAt}
   * @param value the instant, not null
   * @param earlierField the name of the instant it must not precede, such as {@code purchasedAt}
   * @param earlier that instant
   * @param refusal makes the exception
   * @return the instant
   * @throws InvalidValueException made by {@code refusal} if the instant is out of range or before
   *     {@code earlier}
   */
  public static Instant checkNotBefore(String field, Instant value, String earlierField, Instant earlier,
      Refusal refusal) {
    checkInstant(field, value, refusal);
    if (value.isBefore(earlier)) {
      throw refusal.of(field, value, "must not be before " + earlierField + " '" + earlier + "'");
    }
    return value;
  }

  /**
   * Checks that a count, such as the size of a list, is at most its limit.
   *
   * @param field the path of the field, such as {@code lines}
   * @param value the value whose size is counted, for the message
   * @param size its size
   * @param max the limit
   * @param refusal makes the exception
   * @throws InvalidValueException made by {@code refusal} if {@code size > max}
   */
  public static void checkCount(String field, Object value, int size, int max, Refusal refusal) {
    if (size > max) {
      throw refusal.of(field, value, "must hold at most " + max + " entries, not " + size);
    }
  }

  /**
   * Checks a free-text field as the class description says: its length first, then blank and
   * surrounding white space, then every character. Allocates nothing when the text is valid.
   *
   * @param field the path of the field, such as {@code buyer.email}
   * @param value the text, not null
   * @param maxLength the field's limit in UTF-16 characters, such as {@link #MAX_NAME_LENGTH}
   * @param kind whether line breaks and tabs are allowed
   * @param refusal makes the exception
   * @return the text
   * @throws InvalidValueException made by {@code refusal}, naming the field and, for a character, its
   *     code point ({@code U+0000}) and index
   */
  public static String checkText(String field, String value, int maxLength, TextKind kind, Refusal refusal) {
    Objects.requireNonNull(value, field);
    if (value.length() > maxLength) {
      throw refusal.of(field, value, "must be at most " + maxLength + " characters");
    }
    if (value.isBlank()) {
      throw refusal.of(field, value, "must not be blank");
    }
    if (Character.isWhitespace(value.codePointAt(0))
        || Character.isWhitespace(value.codePointBefore(value.length()))) {
      throw refusal.of(field, value, "must not start or end with white space");
    }
    String problem = characterProblem(value, kind);
    if (problem != null) {
      throw refusal.of(field, value, problem);
    }
    return value;
  }

  /** The first character the kind of text refuses, as a problem, or null. */
  private static String characterProblem(String value, TextKind kind) {
    boolean multiLine = kind == TextKind.MULTI_LINE;
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
        if (multiLine && (c == '\n' || c == '\r' || c == '\t')) {
          continue;
        }
        boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
        return "must not contain the " + (lineBreak ? "line break or tab " : "control character ")
            + codePoint(c) + " (at index " + i + ")" + (lineBreak ? "; it is a single line" : "");
      }
      if (c == 0x2028 || c == 0x2029) {
        if (multiLine) {
          continue;
        }
        return "must not contain the line break " + codePoint(c) + " (at index " + i + "); it is a single line";
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        return "must not contain the lone surrogate " + codePoint(c) + " (at index " + i + ")";
      }
    }
    return null;
  }

  /** Returns the code point in the form {@code U+0000}. */
  static String codePoint(int c) {
    return String.format(java.util.Locale.ROOT, "U+%04X", c);
  }
}
