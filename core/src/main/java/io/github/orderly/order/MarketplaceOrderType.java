package io.github.orderly.order;

/**
 * How the marketplace sources the order's items, as it reports it (R22 lists the subtypes; these are the
 * marketplace's order types next to them).
 *
 * <p>Immutable and thread-safe.
 */
public enum MarketplaceOrderType {
  /** Items in stock. */
  STANDARD,
  /** Items with a long lead time to ship. */
  LONG_LEAD_TIME,
  /** Items not released yet: pre-ordered. */
  PRE_ORDER,
  /** Items released but out of stock until later. */
  BACK_ORDER,
  /** Items sourced on demand. */
  SOURCING_ON_DEMAND
}
