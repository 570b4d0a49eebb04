package io.github.orderly.amazon;

import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.RefundReason;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one table between Orderly's reasons and the marketplace's codes: every Orderly
 * {@link CancellationReason} to a {@link CancelReason} of the order acknowledgement feed, every
 * {@link RefundReason} to an {@link AdjustmentReason} of the payment adjustment feed, and back where the
 * marketplace's code has an Orderly counterpart.
 *
 * <table>
 *   <caption>Cancellations</caption>
 *   <tr><th>Orderly</th><th>marketplace</th><th>back</th></tr>
 *   <tr><td>no-stock</td><td>NoInventory</td><td>no-stock</td></tr>
 *   <tr><td>buyer-requested</td><td>BuyerCanceled</td><td>buyer-requested</td></tr>
 *   <tr><td>address-undeliverable</td><td>ShippingAddressUndeliverable</td><td>address-undeliverable</td></tr>
 *   <tr><td>pricing-error</td><td>GeneralAdjustment</td><td>(the acknowledgement feed has no pricing code)</td></tr>
 *   <tr><td>customer-exchange</td><td>CustomerExchange</td><td>customer-exchange</td></tr>
 *   <tr><td>double-sale</td><td>NoInventory</td><td>(no-stock)</td></tr>
 *   <tr><td>cannot-fulfil</td><td>NoInventory</td><td>(no-stock)</td></tr>
 *   <tr><td>shipment-not-confirmed</td><td>GeneralAdjustment</td><td>(the marketplace's own cancellation)</td></tr>
 *   <tr><td>payment-not-completed</td><td>GeneralAdjustment</td><td>(the marketplace's own cancellation)</td></tr>
 *   <tr><td>buyer-reorder</td><td>BuyerCanceled</td><td>(buyer-requested)</td></tr>
 *   <tr><td>general-adjustment</td><td>GeneralAdjustment</td><td>general-adjustment</td></tr>
 * </table>
 * CarrierCreditDecision, RiskAssessmentInformationNotValid, CarrierCoverageFailure, CustomerReturn and
 * MerchandiseNotReceived have no Orderly cancellation reason: reading them back gives none.
 *
 * <table>
 *   <caption>Refunds</caption>
 *   <tr><th>Orderly</th><th>marketplace</th></tr>
 *   <tr><td>customer-return</td><td>CustomerReturn</td></tr>
 *   <tr><td>could-not-ship</td><td>CouldNotShip</td></tr>
 *   <tr><td>undeliverable</td><td>Undeliverable</td></tr>
 *   <tr><td>combined-shipping</td><td>GeneralAdjustment</td></tr>
 *   <tr><td>different-item</td><td>DifferentItem</td></tr>
 *   <tr><td>not-received</td><td>GeneralAdjustment</td></tr>
 *   <tr><td>pricing-error</td><td>PriceError</td></tr>
 *   <tr><td>general-adjustment</td><td>GeneralAdjustment</td></tr>
 * </table>
 * Back: CustomerReturn to customer-return; CouldNotShip, NoInventory and ProductOutofStock to could-not-ship;
 * Undeliverable, RefusedDelivery and CustomerAddressIncorrect to undeliverable (R14); DifferentItem to
 * different-item; PriceError to pricing-error; GeneralAdjustment to general-adjustment. Abandoned,
 * CustomerCancel, Exchange, Other, CarrierCreditDecision, RiskAssessmentInformationNotValid,
 * CarrierCoverageFailure and TransactionRecord have no Orderly refund reason.
 *
 * <p>A host that defines its own reasons ({@code CancellationReason.of("warehouse-fire")}) adds them with
 * {@link #withCancellation} and {@link #withRefund}; a reason the table does not know is refused, never
 * sent as a guess. Immutable and thread-safe.
 */
public final class ReasonCodes {
  private static final ReasonCodes STANDARD = standardTable();

  private final Map<CancellationReason, CancelReason> cancellations;
  private final Map<CancelReason, CancellationReason> cancellationsBack;
  private final Map<RefundReason, AdjustmentReason> refunds;
  private final Map<AdjustmentReason, RefundReason> refundsBack;

  private ReasonCodes(Map<CancellationReason, CancelReason> cancellations,
      Map<CancelReason, CancellationReason> cancellationsBack, Map<RefundReason, AdjustmentReason> refunds,
      Map<AdjustmentReason, RefundReason> refundsBack) {
    this.cancellations = Collections.unmodifiableMap(new LinkedHashMap<>(cancellations));
    this.cancellationsBack = Collections.unmodifiableMap(new EnumMap<>(cancellationsBack));
    this.refunds = Collections.unmodifiableMap(new LinkedHashMap<>(refunds));
    this.refundsBack = Collections.unmodifiableMap(new EnumMap<>(refundsBack));
  }

  /** Returns the table for Orderly's own reasons, as this type's documentation shows it. */
  public static ReasonCodes standard() {
    return STANDARD;
  }

  private static ReasonCodes standardTable() {
    Map<CancellationReason, CancelReason> c = new LinkedHashMap<>();
    c.put(CancellationReason.NO_STOCK, CancelReason.NO_INVENTORY);
    c.put(CancellationReason.BUYER_REQUESTED, CancelReason.BUYER_CANCELED);
    c.put(CancellationReason.ADDRESS_UNDELIVERABLE, CancelReason.SHIPPING_ADDRESS_UNDELIVERABLE);
    c.put(CancellationReason.PRICING_ERROR, CancelReason.GENERAL_ADJUSTMENT);
    c.put(CancellationReason.CUSTOMER_EXCHANGE, CancelReason.CUSTOMER_EXCHANGE);
    c.put(CancellationReason.DOUBLE_SALE, CancelReason.NO_INVENTORY);
    c.put(CancellationReason.CANNOT_FULFIL, CancelReason.NO_INVENTORY);
    c.put(CancellationReason.SHIPMENT_NOT_CONFIRMED, CancelReason.GENERAL_ADJUSTMENT);
    c.put(CancellationReason.PAYMENT_NOT_COMPLETED, CancelReason.GENERAL_ADJUSTMENT);
    c.put(CancellationReason.MARKETPLACE_CANCELLED, CancelReason.GENERAL_ADJUSTMENT);
    c.put(CancellationReason.BUYER_REORDER, CancelReason.BUYER_CANCELED);
    c.put(CancellationReason.GENERAL_ADJUSTMENT, CancelReason.GENERAL_ADJUSTMENT);

    Map<CancelReason, CancellationReason> cb = new EnumMap<>(CancelReason.class);
    cb.put(CancelReason.NO_INVENTORY, CancellationReason.NO_STOCK);
    cb.put(CancelReason.SHIPPING_ADDRESS_UNDELIVERABLE, CancellationReason.ADDRESS_UNDELIVERABLE);
    cb.put(CancelReason.CUSTOMER_EXCHANGE, CancellationReason.CUSTOMER_EXCHANGE);
    cb.put(CancelReason.BUYER_CANCELED, CancellationReason.BUYER_REQUESTED);
    cb.put(CancelReason.GENERAL_ADJUSTMENT, CancellationReason.GENERAL_ADJUSTMENT);

    Map<RefundReason, AdjustmentReason> r = new LinkedHashMap<>();
    r.put(RefundReason.CUSTOMER_RETURN, AdjustmentReason.CUSTOMER_RETURN);
    r.put(RefundReason.COULD_NOT_SHIP, AdjustmentReason.COULD_NOT_SHIP);
    r.put(RefundReason.UNDELIVERABLE, AdjustmentReason.UNDELIVERABLE);
    r.put(RefundReason.COMBINED_SHIPPING, AdjustmentReason.GENERAL_ADJUSTMENT);
    r.put(RefundReason.DIFFERENT_ITEM, AdjustmentReason.DIFFERENT_ITEM);
    r.put(RefundReason.NOT_RECEIVED, AdjustmentReason.GENERAL_ADJUSTMENT);
    r.put(RefundReason.PRICING_ERROR, AdjustmentReason.PRICE_ERROR);
    r.put(RefundReason.GENERAL_ADJUSTMENT, AdjustmentReason.GENERAL_ADJUSTMENT);

    Map<AdjustmentReason, RefundReason> rb = new EnumMap<>(AdjustmentReason.class);
    rb.put(AdjustmentReason.CUSTOMER_RETURN, RefundReason.CUSTOMER_RETURN);
    rb.put(AdjustmentReason.COULD_NOT_SHIP, RefundReason.COULD_NOT_SHIP);
    rb.put(AdjustmentReason.NO_INVENTORY, RefundReason.COULD_NOT_SHIP);
    rb.put(AdjustmentReason.PRODUCT_OUT_OF_STOCK, RefundReason.COULD_NOT_SHIP);
    rb.put(AdjustmentReason.UNDELIVERABLE, RefundReason.UNDELIVERABLE);
    rb.put(AdjustmentReason.REFUSED_DELIVERY, RefundReason.UNDELIVERABLE);
    rb.put(AdjustmentReason.CUSTOMER_ADDRESS_INCORRECT, RefundReason.UNDELIVERABLE);
    rb.put(AdjustmentReason.DIFFERENT_ITEM, RefundReason.DIFFERENT_ITEM);
    rb.put(AdjustmentReason.PRICE_ERROR, RefundReason.PRICING_ERROR);
    rb.put(AdjustmentReason.GENERAL_ADJUSTMENT, RefundReason.GENERAL_ADJUSTMENT);
    return new ReasonCodes(c, cb, r, rb);
  }

  /**
   * Returns the marketplace's code for a cancellation reason.
   *
   * @param reason Orderly's reason
   * @return the code to send
   * @throws IllegalArgumentException if the table has no row for the reason (a host's own code not added)
   */
  public CancelReason cancelReason(CancellationReason reason) {
    CancelReason code = cancellations.get(Objects.requireNonNull(reason, "reason"));
    if (code == null) {
      throw new IllegalArgumentException("cancellationReason = '" + reason.value()
          + "': the reason table has no marketplace code for it; add one with ReasonCodes.withCancellation");
    }
    return code;
  }

  /**
   * Returns Orderly's reason for a marketplace cancel code, where one exists.
   *
   * @param code the marketplace's code
   * @return the reason, empty when Orderly has none for the code
   */
  public Optional<CancellationReason> cancellationReason(CancelReason code) {
    return Optional.ofNullable(cancellationsBack.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns the marketplace's code for a refund reason.
   *
   * @param reason Orderly's reason
   * @return the code to send
   * @throws IllegalArgumentException if the table has no row for the reason (a host's own code not added)
   */
  public AdjustmentReason adjustmentReason(RefundReason reason) {
    AdjustmentReason code = refunds.get(Objects.requireNonNull(reason, "reason"));
    if (code == null) {
      throw new IllegalArgumentException("refundReason = '" + reason.value()
          + "': the reason table has no marketplace code for it; add one with ReasonCodes.withRefund");
    }
    return code;
  }

  /**
   * Returns Orderly's reason for a marketplace adjustment code, where one exists.
   *
   * @param code the marketplace's code
   * @return the reason, empty when Orderly has none for the code
   */
  public Optional<RefundReason> refundReason(AdjustmentReason code) {
    return Optional.ofNullable(refundsBack.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns this table with a row for a host's own cancellation reason (or another code for one of Orderly's).
   *
   * @param reason the reason
   * @param code the marketplace's code to send for it
   * @return the new table
   */
  public ReasonCodes withCancellation(CancellationReason reason, CancelReason code) {
    Map<CancellationReason, CancelReason> c = new LinkedHashMap<>(cancellations);
    c.put(Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(code, "code"));
    return new ReasonCodes(c, cancellationsBack, refunds, refundsBack);
  }

  /**
   * Returns this table with a row for a host's own refund reason (or another code for one of Orderly's).
   *
   * @param reason the reason
   * @param code the marketplace's code to send for it
   * @return the new table
   */
  public ReasonCodes withRefund(RefundReason reason, AdjustmentReason code) {
    Map<RefundReason, AdjustmentReason> r = new LinkedHashMap<>(refunds);
    r.put(Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(code, "code"));
    return new ReasonCodes(cancellations, cancellationsBack, r, refundsBack);
  }

  /** Returns the cancellation rows, Orderly's reason to the marketplace's code, in the table's order. */
  public Map<CancellationReason, CancelReason> cancellations() {
    return cancellations;
  }

  /** Returns the refund rows, Orderly's reason to the marketplace's code, in the table's order. */
  public Map<RefundReason, AdjustmentReason> refunds() {
    return refunds;
  }
}
