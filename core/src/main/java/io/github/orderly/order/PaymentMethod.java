package io.github.orderly.order;

/**
 * How the buyer pays. Some methods leave an order pending until the buyer completes them (R1).
 *
 * <p>Immutable and thread-safe.
 */
public enum PaymentMethod {
  /** A credit or debit card. */
  CARD,
  /** Paid at a convenience store after checkout; the order is pending until then (R1). */
  CONVENIENCE_STORE,
  /** Cash on delivery. */
  CASH_ON_DELIVERY,
  /** A gift card or the marketplace's balance. */
  GIFT_CARD,
  /** The marketplace's points. */
  POINTS,
  /** A bank transfer or invoice, common for business buyers. */
  BANK_TRANSFER,
  /** Any other method. */
  OTHER
}
