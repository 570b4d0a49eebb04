package io.github.orderly.order;

/**
 * Why an item comes back to the seller (R14, R20).
 *
 * <p>Immutable and thread-safe.
 */
public enum ReturnReason {
  /** The buyer sends it back. */
  BUYER_RETURN(false),
  /** The item is faulty. */
  DEFECTIVE(false),
  /** The buyer received the wrong item. */
  WRONG_ITEM(false),
  /** The carrier could not deliver it (R14). */
  UNDELIVERABLE(true),
  /** The buyer refused the parcel (R14). */
  REFUSED(true),
  /** The address was wrong (R14). */
  MISADDRESSED(true);

  private final boolean deductsShipping;

  ReturnReason(boolean deductsShipping) {
    this.deductsShipping = deductsShipping;
  }

  /**
   * Returns whether the refund for such a return is the charge less the actual shipping cost (R14):
   * true for undeliverable, refused and misaddressed parcels.
   */
  public boolean deductsShipping() {
    return deductsShipping;
  }
}
