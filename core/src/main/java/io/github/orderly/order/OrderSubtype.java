package io.github.orderly.order;

/**
 * The order subtypes a marketplace flags an order with (R22). An order may carry several.
 *
 * <p>Immutable and thread-safe.
 */
public enum OrderSubtype {
  /** A Prime order. */
  PRIME,
  /** A business buyer's order; may carry a purchase-order number (R21). */
  BUSINESS,
  /** A business order with Prime shipping. */
  BUSINESS_PRIME,
  /** The buyer chose second-day shipping. */
  SECOND_DAY;

  /** Returns whether an order with this subtype is a business order (R21). */
  public boolean isBusiness() {
    return this == BUSINESS || this == BUSINESS_PRIME;
  }
}
