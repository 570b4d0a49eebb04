package io.github.orderly.query;

import io.github.orderly.order.Order;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;

/**
 * How the orders page sorts its rows. Every sort ends with the order id (ascending, by its text) as a
 * tie-break, so that the order of rows is deterministic and a {@link PageCursor} can say exactly where a
 * page ended.
 *
 * <p>Amounts of different currencies are never compared with each other: the amount sorts group the
 * orders by the ISO 4217 code of their currency (alphabetically: {@code EUR} before {@code JPY} before
 * {@code USD}) and sort by {@link Order#total()} inside each currency.
 *
 * <p>Order ids are expected to be unique within the orders a query runs over; two orders with the same
 * id and the same sort key come in no particular order.
 *
 * <p>Immutable and thread-safe.
 */
public enum OrderSort {
  /** By order date, newest first; the default of the orders page (R26). */
  NEWEST_FIRST,
  /** By order date, oldest first. */
  OLDEST_FIRST,
  /** By currency code, then by total amount, highest first. */
  AMOUNT_HIGHEST_FIRST,
  /** By currency code, then by total amount, lowest first. */
  AMOUNT_LOWEST_FIRST,
  /** By order id alone. */
  ORDER_ID;

  private final Comparator<Order> comparator = (a, b) -> compare(a, b);

  /**
   * Returns the order of rows this sort makes: a total order, ending with the order id.
   *
   * @return the comparator
   */
  public Comparator<Order> comparator() {
    return comparator;
  }

  private int compare(Order a, Order b) {
    int c;
    switch (this) {
      case NEWEST_FIRST:
        c = b.purchasedAt().compareTo(a.purchasedAt());
        break;
      case OLDEST_FIRST:
        c = a.purchasedAt().compareTo(b.purchasedAt());
        break;
      case AMOUNT_HIGHEST_FIRST:
        c = currencyCode(a).compareTo(currencyCode(b));
        if (c == 0) {
          c = b.total().amount().compareTo(a.total().amount());
        }
        break;
      case AMOUNT_LOWEST_FIRST:
        c = currencyCode(a).compareTo(currencyCode(b));
        if (c == 0) {
          c = a.total().amount().compareTo(b.total().amount());
        }
        break;
      case ORDER_ID:
        c = 0;
        break;
      default:
        throw new AssertionError(this);
    }
    return c != 0 ? c : a.id().value().compareTo(b.id().value());
  }

  /** Compares an order with the position a cursor marks: negative when the order comes first. */
  int compareToCursor(Order a, PageCursor cursor) {
    int c;
    switch (this) {
      case NEWEST_FIRST:
        c = cursor.at().compareTo(a.purchasedAt());
        break;
      case OLDEST_FIRST:
        c = a.purchasedAt().compareTo(cursor.at());
        break;
      case AMOUNT_HIGHEST_FIRST:
        c = currencyCode(a).compareTo(cursor.currencyCode());
        if (c == 0) {
          c = cursor.amount().compareTo(a.total().amount());
        }
        break;
      case AMOUNT_LOWEST_FIRST:
        c = currencyCode(a).compareTo(cursor.currencyCode());
        if (c == 0) {
          c = a.total().amount().compareTo(cursor.amount());
        }
        break;
      case ORDER_ID:
        c = 0;
        break;
      default:
        throw new AssertionError(this);
    }
    return c != 0 ? c : a.id().value().compareTo(cursor.orderId());
  }

  /**
   * Returns the cursor that marks the position of the given order under this sort: the page that starts
   * after it holds the orders that sort after this one. A store that pages in its own query language
   * makes its next cursor with this, from the last row of its page.
   *
   * @param order the order
   * @return the cursor
   */
  public PageCursor cursorAt(Order order) {
    Instant at = null;
    String currency = null;
    BigDecimal amount = null;
    switch (this) {
      case NEWEST_FIRST:
      case OLDEST_FIRST:
        at = order.purchasedAt();
        break;
      case AMOUNT_HIGHEST_FIRST:
      case AMOUNT_LOWEST_FIRST:
        currency = currencyCode(order);
        amount = order.total().amount();
        break;
      case ORDER_ID:
        break;
      default:
        throw new AssertionError(this);
    }
    return new PageCursor(this, at, currency, amount, order.id().value());
  }

  /** Returns whether this sort's key holds an order date. */
  boolean byDate() {
    return this == NEWEST_FIRST || this == OLDEST_FIRST;
  }

  /** Returns whether this sort's key holds a currency and an amount. */
  boolean byAmount() {
    return this == AMOUNT_HIGHEST_FIRST || this == AMOUNT_LOWEST_FIRST;
  }

  private static String currencyCode(Order order) {
    return order.currency().getCurrencyCode();
  }
}
