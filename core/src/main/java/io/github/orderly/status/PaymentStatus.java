package io.github.orderly.status;

/**
 * The payment status of one order line (R40).
 *
 * <p>The five values of the merchant console, plus two this library needs to tell states apart that
 * the console folds together: {@link #AUTHORIZED}, a verified payment that will be charged when
 * shipment is confirmed (R7), which is what separates an Unshipped order from a Pending one (R41); and
 * {@link #NOT_CHARGED}, a line cancelled before the buyer was ever charged (R6, R8), which would
 * otherwise have to pretend it was refunded.
 *
 * <p>Immutable and thread-safe.
 */
public enum PaymentStatus {
  /** Payment not verified or not completed yet: the order is pending (R1). */
  PAYMENT_PROCESSING("Payment processing"),
  /** Payment verified; the buyer is charged when shipment is confirmed (R7). */
  AUTHORIZED("Payment authorized"),
  /** The buyer was charged. */
  PAID("Paid"),
  /** A refund was sent and has not settled. */
  REFUND_PROCESSING("Refund processing"),
  /** The line was refunded in full. */
  REFUNDED("Refunded"),
  /** An automatic refund failed; the seller must refund by hand (R19). */
  REFUND_FAILED("Refund failed"),
  /** Cancelled before the buyer was charged: no money moved (R6, R8). */
  NOT_CHARGED("Not charged");

  private final String label;

  PaymentStatus(String label) {
    this.label = label;
  }

  /** Returns the label the merchant console shows, such as {@code "Refund failed"}. */
  public String label() {
    return label;
  }

  /** Returns whether the buyer was charged for the line at some point. */
  public boolean wasCharged() {
    return this == PAID || this == REFUND_PROCESSING || this == REFUNDED || this == REFUND_FAILED;
  }
}
