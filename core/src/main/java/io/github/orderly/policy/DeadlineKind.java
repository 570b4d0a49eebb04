package io.github.orderly.policy;

import io.github.orderly.order.CancellationReason;
import java.util.Optional;

/**
 * The kinds of deadline an order can have, each with its rule and stable code.
 *
 * <p>Immutable and thread-safe.
 */
public enum DeadlineKind {
  /** Shipment must be confirmed in time, else automatic cancellation (R8, R9). */
  SHIPMENT_CONFIRMATION("shipment-confirmation", CancellationReason.SHIPMENT_NOT_CONFIRMED),
  /** A pending order should be resolved within its window (R12). */
  PAYMENT_PENDING("payment-pending", CancellationReason.PAYMENT_NOT_COMPLETED),
  /** A buyer's cancellation request must be answered in time, else the buyer may escalate (R10). */
  CANCELLATION_REQUEST("cancellation-request", null),
  /** The buyer may edit a seller-fulfilled order only shortly after checkout (R11). */
  BUYER_EDIT("buyer-edit", null),
  /** Returns are accepted within the return window after shipment (R20). */
  RETURN_WINDOW("return-window", null);

  private final String code;
  private final CancellationReason reason;

  DeadlineKind(String code, CancellationReason reason) {
    this.code = code;
    this.reason = reason;
  }

  /** Returns the kind's stable code, used in action ids, such as {@code shipment-confirmation}. */
  public String code() {
    return code;
  }

  /**
   * Returns the cancellation reason an automatic cancellation of this kind carries, if this kind can
   * cancel an order.
   */
  public Optional<CancellationReason> cancellationReason() {
    return Optional.ofNullable(reason);
  }

  CancellationReason reasonOrNull() {
    return reason;
  }
}
