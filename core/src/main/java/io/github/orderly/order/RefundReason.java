package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Why money was given back (R13): a code from a fixed set that a host may extend with its own codes.
 *
 * <p>Immutable and thread-safe.
 */
public final class RefundReason extends StringValue<RefundReason> {
  /** The buyer returned the item (R20). */
  public static final RefundReason CUSTOMER_RETURN = new RefundReason("customer-return");
  /** The item could not be shipped; the rest of a partly shipped order is refunded (R16). */
  public static final RefundReason COULD_NOT_SHIP = new RefundReason("could-not-ship");
  /** The parcel was undeliverable, refused or misaddressed (R14). */
  public static final RefundReason UNDELIVERABLE = new RefundReason("undeliverable");
  /** Orders shipped together: the shipping saved goes back to the buyer (R15). */
  public static final RefundReason COMBINED_SHIPPING = new RefundReason("combined-shipping");
  /** The buyer received a different item. */
  public static final RefundReason DIFFERENT_ITEM = new RefundReason("different-item");
  /** The buyer says the parcel never arrived. */
  public static final RefundReason NOT_RECEIVED = new RefundReason("not-received");
  /** The listing carried a wrong price. */
  public static final RefundReason PRICING_ERROR = new RefundReason("pricing-error");
  /** Any other adjustment the seller states. */
  public static final RefundReason GENERAL_ADJUSTMENT = new RefundReason("general-adjustment");

  private static final RefundReason[] KNOWN = {
    CUSTOMER_RETURN, COULD_NOT_SHIP, UNDELIVERABLE, COMBINED_SHIPPING, DIFFERENT_ITEM, NOT_RECEIVED,
    PRICING_ERROR, GENERAL_ADJUSTMENT
  };

  private RefundReason(String code) {
    super("refundReason", code);
  }

  /**
   * Returns the reason with the given code: one of the constants, or a host's own code.
   *
   * @param code the code, such as {@code customer-return}
   * @return the reason
   * @throws InvalidOrderException if the code is blank or otherwise invalid
   */
  @JsonCreator
  public static RefundReason of(String code) {
    java.util.Objects.requireNonNull(code, "code");
    for (RefundReason known : KNOWN) {
      if (known.value().equals(code)) {
        return known;
      }
    }
    return new RefundReason(code);
  }

  /** Returns the reasons the help pages name, in declaration order. */
  public static java.util.List<RefundReason> known() {
    return java.util.List.of(KNOWN);
  }
}
