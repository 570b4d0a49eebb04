package io.github.orderly.query;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.orderly.Limits;
import io.github.orderly.order.InvalidOrderException;
import io.github.orderly.order.OrderId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a page ended: an opaque, URL-safe text that a UI hands back to ask for the next page.
 *
 * <p>A cursor holds the sort it was made for and the sort key of the last row of its page (the order
 * date, or the currency and amount, and always the order id). The next page starts with the first order
 * that sorts <em>after</em> that key. So pages do not shift when new orders arrive or old ones change
 * between two requests: no row is shown twice and none is skipped, except rows whose own sort key moved
 * across the cursor in the meantime.
 *
 * <p>Get one from {@link Page#nextCursor()}; in JSON a cursor is its text. A text that is not a cursor
 * this library made is refused before any of its content is used: at most
 * {@value io.github.orderly.Limits#MAX_CURSOR_LENGTH} characters of URL-safe Base64, a known sort, an order
 * date in the years 1970 to 9999 or a plain decimal amount of at most 22 digits, a valid order id, and in
 * canonical form. Immutable and thread-safe.
 */
public final class PageCursor {
  private static final String VERSION = "c1";
  /** The most digits of a cursor's amount: an order total has at most 18 before and 4 after the point. */
  private static final int MAX_AMOUNT_DIGITS = 22;
  private static final char SEPARATOR = '\n';

  private final OrderSort sort;
  private final Instant at;
  private final String currencyCode;
  private final BigDecimal amount;
  private final String orderId;
  private final String text;

  PageCursor(OrderSort sort, Instant at, String currencyCode, BigDecimal amount, String orderId) {
    this.sort = sort;
    this.at = at;
    this.currencyCode = currencyCode;
    this.amount = amount;
    this.orderId = orderId;
    StringBuilder sb = new StringBuilder(VERSION).append(SEPARATOR).append(sort.name()).append(SEPARATOR);
    if (sort.byDate()) {
      sb.append(at).append(SEPARATOR);
    } else if (sort.byAmount()) {
      sb.append(currencyCode).append(SEPARATOR).append(amount.toPlainString()).append(SEPARATOR);
    }
    sb.append(orderId);
    this.text = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a cursor from its text, as {@link #text()} returned it.
   *
   * @param text the cursor's text
   * @return the cursor
   * @throws InvalidQueryException naming the field {@code cursor} if the text is not a cursor this
   *     library made
   */
  @JsonCreator
  public static PageCursor of(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > Limits.MAX_CURSOR_LENGTH) {
      throw malformed(text, "longer than " + Limits.MAX_CURSOR_LENGTH + " characters");
    }
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw malformed(text, "not URL-safe Base64");
    }
    String[] parts = plain.split(String.valueOf(SEPARATOR), -1);
    if (parts.length < 3 || !parts[0].equals(VERSION)) {
      throw malformed(text, "unknown format");
    }
    OrderSort sort;
    try {
      sort = OrderSort.valueOf(parts[1]);
    } catch (IllegalArgumentException e) {
      throw malformed(text, "unknown sort '" + parts[1] + "'");
    }
    int expected = sort.byDate() ? 4 : sort.byAmount() ? 5 : 3;
    if (parts.length != expected) {
      throw malformed(text, "wrong number of parts for sort " + sort);
    }
    Instant at = null;
    String currency = null;
    BigDecimal amount = null;
    try {
      if (sort.byDate()) {
        at = Instant.parse(parts[2]);
        if (!Limits.isInRange(at)) {
          throw malformed(text, "order date " + at + " is not in the years 1970 to 9999");
        }
      } else if (sort.byAmount()) {
        currency = Currency.getInstance(parts[2]).getCurrencyCode();
        if (!isPlainAmount(parts[3])) {
          throw malformed(text, "the amount is not a plain decimal of at most " + MAX_AMOUNT_DIGITS + " digits");
        }
        amount = new BigDecimal(parts[3]);
      }
      OrderId.of(parts[parts.length - 1]);
    } catch (InvalidQueryException e) {
      throw e;
    } catch (DateTimeParseException | InvalidOrderException e) {
      throw malformed(text, e.getMessage());
    } catch (IllegalArgumentException e) {
      // Currency.getInstance and new BigDecimal (NumberFormatException) end here.
      throw malformed(text, "bad sort key: " + e.getMessage());
    }
    PageCursor cursor = new PageCursor(sort, at, currency, amount, parts[parts.length - 1]);
    if (!cursor.text.equals(text)) {
      throw malformed(text, "not in canonical form");
    }
    return cursor;
  }

  /**
   * Whether the text is {@code -?[0-9]+(\.[0-9]+)?} with at most {@value #MAX_AMOUNT_DIGITS} digits: an
   * order total (below 10^18, at most four decimals) always is. Checked before the text becomes a number.
   */
  private static boolean isPlainAmount(String text) {
    int n = text.length();
    int start = n > 0 && text.charAt(0) == '-' ? 1 : 0;
    int point = -1;
    for (int i = start; i < n; i++) {
      char c = text.charAt(i);
      if (c == '.' && point < 0 && i > start && i < n - 1) {
        point = i;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    int digits = n - start - (point < 0 ? 0 : 1);
    return digits >= 1 && digits <= MAX_AMOUNT_DIGITS;
  }

  private static InvalidQueryException malformed(String text, String why) {
    return new InvalidQueryException("cursor", text, "is not a page cursor made by this library (" + why
        + "); take cursors from Page.nextCursor() unchanged");
  }

  /** Returns the sort this cursor was made for. */
  public OrderSort sort() {
    return sort;
  }

  /** Returns the cursor's text: URL-safe Base64, no padding. */
  @JsonValue
  public String text() {
    return text;
  }

  /**
   * Returns the order date of the row this cursor marks, for a sort by date; empty for other sorts. A
   * store that pages in its own query language starts its next page after this key.
   */
  public Optional<Instant> orderDate() {
    return Optional.ofNullable(at);
  }

  /** Returns the currency of the row this cursor marks, for a sort by amount; empty for other sorts. */
  public Optional<Currency> currency() {
    return currencyCode == null ? Optional.empty() : Optional.of(Currency.getInstance(currencyCode));
  }

  /** Returns the total amount of the row this cursor marks, for a sort by amount; empty for other sorts. */
  public Optional<BigDecimal> totalAmount() {
    return Optional.ofNullable(amount);
  }

  /** Returns the order id of the row this cursor marks: the tie-break of every sort. */
  public OrderId lastOrderId() {
    return OrderId.of(orderId);
  }

  Instant at() {
    return at;
  }

  String currencyCode() {
    return currencyCode;
  }

  BigDecimal amount() {
    return amount;
  }

  String orderId() {
    return orderId;
  }

  /** Two cursors are equal when their texts are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PageCursor && ((PageCursor) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns the cursor's text. */
  @Override
  public String toString() {
    return text;
  }
}
