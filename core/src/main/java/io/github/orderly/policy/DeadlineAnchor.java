package io.github.orderly.policy;

/**
 * What the shipment-confirmation window counts from (R8, R9).
 *
 * <p>Immutable and thread-safe.
 */
public enum DeadlineAnchor {
  /** The order date: when the buyer purchased (R24); the seed's Seller Central US rule (R8). */
  ORDER_DATE,
  /**
   * The ship-by date the marketplace promised the buyer ({@code Order.shipBy()}): Seller Central US
   * as applied today (R8) and Seller Central Japan (R9). An order without a ship-by date counts from
   * its order date instead, the earliest ship-by date it could have had.
   */
  SHIP_BY_DATE
}
