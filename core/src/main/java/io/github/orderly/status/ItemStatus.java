package io.github.orderly.status;

/**
 * The fulfilment status of one order line (R40), with the thirteen values of the merchant console and
 * {@link #AWAITING_RELEASE}, a pre-ordered item not yet released (R52).
 *
 * <p>{@link #UNFULFILLED} and {@link #UNABLE_TO_FULFILL} are the two ways a line ends cancelled
 * (R18): the seller cancelled it, or the marketplace could not fulfil it.
 *
 * <p>Immutable and thread-safe.
 */
public enum ItemStatus {
  /** Ordered, nothing done yet. */
  ORDER_PLACED("Order placed", Stage.AWAITING_SHIPMENT),
  /** Cancelled by the seller before shipment (R18). */
  UNFULFILLED("Unfulfilled", Stage.CANCELLED),
  /** Being picked and packed. */
  PREPARING_TO_SHIP("Preparing to ship", Stage.AWAITING_SHIPMENT),
  /** Cancelled because the marketplace could not fulfil it (R18). */
  UNABLE_TO_FULFILL("Unable to fulfill", Stage.CANCELLED),
  /** Shipment confirmed. */
  SHIPPED("Shipped", Stage.SHIPPED),
  /** With the carrier. */
  IN_TRANSIT("In transit", Stage.SHIPPED),
  /** On the last leg. */
  OUT_FOR_DELIVERY("Out for delivery", Stage.SHIPPED),
  /** Delivered to the buyer. */
  DELIVERED("Delivered", Stage.SHIPPED),
  /** The carrier could not deliver it (R14). */
  UNABLE_TO_DELIVER("Unable to deliver", Stage.SHIPPED),
  /** A return was authorised (R20). */
  RETURN_STARTED("Return started", Stage.SHIPPED),
  /** The item is on its way back. */
  RETURNING("Returning", Stage.SHIPPED),
  /** The seller received the item back. */
  RETURNED("Returned", Stage.SHIPPED),
  /** The return did not complete. */
  RETURN_FAILED("Return failed", Stage.SHIPPED),
  /**
   * A pre-order: the item's release date is in the future, so the marketplace has not authorized the payment
   * and the seller can neither ship nor cancel it until the marketplace releases it (R52).
   */
  AWAITING_RELEASE("Awaiting release", Stage.AWAITING_SHIPMENT);

  /**
   * The three stages an item status belongs to.
   *
   * <p>Immutable and thread-safe.
   */
  public enum Stage {
    /** Not yet shipped and not cancelled. */
    AWAITING_SHIPMENT,
    /** Cancelled before shipment; never ships. */
    CANCELLED,
    /** Shipment confirmed; whatever followed (delivery, return) happened after that. */
    SHIPPED
  }

  private final String label;
  private final Stage stage;

  ItemStatus(String label, Stage stage) {
    this.label = label;
    this.stage = stage;
  }

  /** Returns the label the merchant console shows, such as {@code "Preparing to ship"}. */
  public String label() {
    return label;
  }

  /** Returns the stage this status belongs to. */
  public Stage stage() {
    return stage;
  }

  /** Returns whether the line was cancelled (seller or marketplace). */
  public boolean isCancelled() {
    return stage == Stage.CANCELLED;
  }

  /** Returns whether the line's shipment was confirmed. */
  public boolean isShipped() {
    return stage == Stage.SHIPPED;
  }
}
