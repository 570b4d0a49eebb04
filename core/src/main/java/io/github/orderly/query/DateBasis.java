package io.github.orderly.query;

import io.github.orderly.order.Order;
import java.time.Instant;

/**
 * Which instant of an order a query's date range cuts by (R24).
 *
 * <p>Immutable and thread-safe.
 */
public enum DateBasis {
  /** The order date: when the buyer purchased, {@link Order#purchasedAt()}. The default. */
  ORDER_DATE,
  /** When the order was first reported to the host, {@link Order#firstReportedAt()}. */
  FIRST_REPORTED;

  /**
   * Returns the instant of the order this basis names.
   *
   * @param order the order
   * @return its purchase instant or its first-reported instant
   */
  public Instant instantOf(Order order) {
    return this == ORDER_DATE ? order.purchasedAt() : order.firstReportedAt();
  }
}
