package io.github.orderly.status;

/**
 * The status of a whole order as Seller Central shows it, derived from its lines (R41) and never
 * stored. See {@code Order.status()} for the derivation.
 *
 * <p>Immutable and thread-safe.
 */
public enum OrderStatus {
  /** Payment not verified yet; nothing can be shipped or cancelled by the seller (R1). */
  PENDING("Pending"),
  /** Payable, nothing shipped: must be confirmed or cancelled (R2). */
  UNSHIPPED("Unshipped"),
  /** Some but not all lines confirmed; carries "Shipment is late" (R7). */
  PARTIALLY_SHIPPED("Partially shipped"),
  /** Every line that can ship was confirmed. */
  SHIPPED("Shipped"),
  /** Every line was cancelled; accepts no action but stays on record (R5). */
  CANCELLED("Cancelled"),
  /**
   * A pre-order: nothing shipped and a line awaits its release, so its payment is not authorized yet; the seller
   * can neither ship nor cancel it, the marketplace releases it or cancels it (R52).
   */
  PENDING_AVAILABILITY("Pending availability"),
  /**
   * Every line that can ship was confirmed, but the marketplace requires the seller to confirm that the
   * invoice went to the buyer and the seller has not yet (R53).
   */
  INVOICE_UNCONFIRMED("Invoice unconfirmed");

  private final String label;

  OrderStatus(String label) {
    this.label = label;
  }

  /**
   * Returns whether the order waits for the marketplace before the seller can act: {@link #PENDING} or
   * {@link #PENDING_AVAILABILITY} (R1, R52).
   */
  public boolean isPending() {
    return this == PENDING || this == PENDING_AVAILABILITY;
  }

  /** Returns the label Seller Central shows, such as {@code "Partially shipped"}. */
  public String label() {
    return label;
  }
}
