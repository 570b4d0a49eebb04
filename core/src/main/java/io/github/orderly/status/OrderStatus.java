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
  CANCELLED("Cancelled");

  private final String label;

  OrderStatus(String label) {
    this.label = label;
  }

  /** Returns the label Seller Central shows, such as {@code "Partially shipped"}. */
  public String label() {
    return label;
  }
}
