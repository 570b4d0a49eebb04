package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Why an order was cancelled (R4): a code from a fixed set that a host may extend with its own codes.
 *
 * <p>The constants are the reasons the help pages name; {@link #of(String)} returns the constant for a known
 * code and a new value for any other code.
 *
 * <p>Immutable and thread-safe.
 */
public final class CancellationReason extends StringValue<CancellationReason> {
  /** The seller has no stock of an item; may also zero the SKU's inventory (R4). */
  public static final CancellationReason NO_STOCK = new CancellationReason("no-stock");
  /** The buyer asked to cancel (R10). */
  public static final CancellationReason BUYER_REQUESTED = new CancellationReason("buyer-requested");
  /** The delivery address cannot be served. */
  public static final CancellationReason ADDRESS_UNDELIVERABLE = new CancellationReason("address-undeliverable");
  /** The listing carried a wrong price. */
  public static final CancellationReason PRICING_ERROR = new CancellationReason("pricing-error");
  /** The buyer is getting another item instead. */
  public static final CancellationReason CUSTOMER_EXCHANGE = new CancellationReason("customer-exchange");
  /** A listing was sold more often than there was stock (R17). */
  public static final CancellationReason DOUBLE_SALE = new CancellationReason("double-sale");
  /** The marketplace cannot fulfil a marketplace-fulfilled order (R18). */
  public static final CancellationReason CANNOT_FULFIL = new CancellationReason("cannot-fulfil");
  /** Shipment was not confirmed before the marketplace's deadline (R8, R9). */
  public static final CancellationReason SHIPMENT_NOT_CONFIRMED = new CancellationReason("shipment-not-confirmed");
  /** Payment was still not verified when the pending window ended (R12). */
  public static final CancellationReason PAYMENT_NOT_COMPLETED = new CancellationReason("payment-not-completed");
  /**
   * The marketplace reported the order cancelled and gave no reason of its own: the reason is "not given"
   * (R4, R50); see {@link Cancellation#notGiven(java.time.Instant)}.
   */
  public static final CancellationReason MARKETPLACE_CANCELLED = new CancellationReason("marketplace-cancelled");
  /** The buyer edited the order after the edit window: cancel and reorder (R11). */
  public static final CancellationReason BUYER_REORDER = new CancellationReason("buyer-reorder");
  /** Any other adjustment the seller states. */
  public static final CancellationReason GENERAL_ADJUSTMENT = new CancellationReason("general-adjustment");

  private static final CancellationReason[] KNOWN = {
    NO_STOCK, BUYER_REQUESTED, ADDRESS_UNDELIVERABLE, PRICING_ERROR, CUSTOMER_EXCHANGE, DOUBLE_SALE,
    CANNOT_FULFIL, SHIPMENT_NOT_CONFIRMED, PAYMENT_NOT_COMPLETED, MARKETPLACE_CANCELLED, BUYER_REORDER,
    GENERAL_ADJUSTMENT
  };

  private CancellationReason(String code) {
    super("cancellationReason", code);
  }

  /**
   * Returns the reason with the given code: one of the constants, or a host's own code.
   *
   * @param code the code, such as {@code no-stock}
   * @return the reason
   * @throws InvalidOrderException if the code is blank or otherwise invalid
   */
  @JsonCreator
  public static CancellationReason of(String code) {
    java.util.Objects.requireNonNull(code, "code");
    for (CancellationReason known : KNOWN) {
      if (known.value().equals(code)) {
        return known;
      }
    }
    return new CancellationReason(code);
  }

  /** Returns the reasons the help pages name, in declaration order. */
  public static java.util.List<CancellationReason> known() {
    return java.util.List.of(KNOWN);
  }
}
