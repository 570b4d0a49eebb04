package io.github.orderly.order;

/**
 * A flag the marketplace sets on an order, kept as reported. Prime and business orders are
 * {@link OrderSubtype}s (R22), not flags.
 *
 * <p>Immutable and thread-safe.
 */
public enum MarketplaceFlag {
  /** The order replaces another (see {@link MarketplaceFlags#replacedOrderId()}). */
  REPLACEMENT,
  /** The buyer paid for premium shipping: the promised dates must be met. */
  PREMIUM_SHIPPING,
  /** The order ships through the marketplace's global express programme. */
  GLOBAL_EXPRESS,
  /** Sold by the marketplace's business arm on the seller's behalf. */
  SOLD_BY_MARKETPLACE_BUSINESS,
  /** Invoiced by the marketplace on the seller's behalf. */
  INVOICED_BY_MARKETPLACE,
  /** The buyer picks the order up in a store. */
  STORE_PICK_UP,
  /** Delivered to a pick-up point. */
  ACCESS_POINT,
  /** The order has items that need regulatory checks before shipping. */
  REGULATED_ITEMS,
  /** The marketplace has set an estimated ship date (sourcing on demand). */
  ESTIMATED_SHIP_DATE_SET,
  /** The order is an exchange for another (see {@link MarketplaceFlags#exchangedOrderId()}). */
  EXCHANGE,
  /** The marketplace collects the seller's parcel and delivers it (an "easy ship" programme). */
  EASY_SHIP,
  /** The marketplace delivers the seller's order (a "delivery by the marketplace" programme). */
  DELIVERED_BY_MARKETPLACE,
  /** The seller ships with the marketplace's expedited shipping programme for seller-fulfilled orders. */
  SHIP_PLUS,
  /** Sold through the marketplace's low-price storefront for local sellers (a "bazaar"). */
  BAZAAR_STOREFRONT,
  /** Sold through the marketplace's low-price storefront for small, inexpensive items (a "haul"). */
  HAUL_STOREFRONT
}
