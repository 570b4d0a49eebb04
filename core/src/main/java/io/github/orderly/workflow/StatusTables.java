package io.github.orderly.workflow;

import static io.github.orderly.status.ItemStatus.AWAITING_RELEASE;
import static io.github.orderly.status.ItemStatus.DELIVERED;
import static io.github.orderly.status.ItemStatus.IN_TRANSIT;
import static io.github.orderly.status.ItemStatus.ORDER_PLACED;
import static io.github.orderly.status.ItemStatus.OUT_FOR_DELIVERY;
import static io.github.orderly.status.ItemStatus.PREPARING_TO_SHIP;
import static io.github.orderly.status.ItemStatus.RETURNED;
import static io.github.orderly.status.ItemStatus.RETURNING;
import static io.github.orderly.status.ItemStatus.RETURN_FAILED;
import static io.github.orderly.status.ItemStatus.RETURN_STARTED;
import static io.github.orderly.status.ItemStatus.SHIPPED;
import static io.github.orderly.status.ItemStatus.UNABLE_TO_DELIVER;
import static io.github.orderly.status.ItemStatus.UNABLE_TO_FULFILL;
import static io.github.orderly.status.ItemStatus.UNFULFILLED;
import static io.github.orderly.status.PaymentStatus.AUTHORIZED;
import static io.github.orderly.status.PaymentStatus.NOT_CHARGED;
import static io.github.orderly.status.PaymentStatus.PAID;
import static io.github.orderly.status.PaymentStatus.PAYMENT_PROCESSING;
import static io.github.orderly.status.PaymentStatus.REFUNDED;
import static io.github.orderly.status.PaymentStatus.REFUND_FAILED;
import static io.github.orderly.status.PaymentStatus.REFUND_PROCESSING;
import static io.github.orderly.workflow.Guard.CANNOT_FULFIL;
import static io.github.orderly.workflow.Guard.LINE_IN_REFUND;
import static io.github.orderly.workflow.Guard.LINE_IN_RETURN;
import static io.github.orderly.workflow.Guard.LINE_SHIPS;
import static io.github.orderly.workflow.Guard.MARKETPLACE_FULFILLED;
import static io.github.orderly.workflow.Guard.NAMED;
import static io.github.orderly.workflow.Guard.OTHER_REASON;
import static io.github.orderly.workflow.Guard.RELEASED;
import static io.github.orderly.workflow.Guard.RELEASED_PAYABLE;
import static io.github.orderly.workflow.Guard.SELLER_FULFILLED;
import static io.github.orderly.workflow.Guard.SETTLED_IN_FULL;
import static io.github.orderly.workflow.Guard.SETTLED_IN_PART;

import io.github.orderly.Rule;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import java.util.EnumSet;

/**
 * The two transition tables of a line (R42): every change of an {@link ItemStatus} and of a
 * {@link PaymentStatus} the workflow can make, each row naming the event that causes it, the condition under
 * which it applies ({@link Guard}) and its rule. This class is the only place these changes are declared: the
 * deciders ask the tables for a line's next status, {@link OrderWorkflow#evolve} refuses any change that is
 * not a row, and {@code docs/workflow.md} shows them as diagrams rendered from here. Immutable and thread-safe.
 */
public final class StatusTables {
  private static final TransitionTable<ItemStatus> ITEM = TransitionTable.rows(ItemStatus.class)
      .row(AWAITING_RELEASE, ORDER_PLACED, UpstreamStatusMerged.class, RELEASED, Rule.R52)
      .row(AWAITING_RELEASE, UNFULFILLED, OrderCancelled.class, OTHER_REASON, Rule.R52)
      .row(AWAITING_RELEASE, UNABLE_TO_FULFILL, OrderCancelled.class, CANNOT_FULFIL, Rule.R52)
      .row(ORDER_PLACED, PREPARING_TO_SHIP, ShipmentPrepared.class, NAMED, null)
      .row(ORDER_PLACED, SHIPPED, ShipmentConfirmed.class, LINE_SHIPS, Rule.R2)
      .row(PREPARING_TO_SHIP, SHIPPED, ShipmentConfirmed.class, LINE_SHIPS, Rule.R2)
      .row(ORDER_PLACED, UNFULFILLED, OrderCancelled.class, OTHER_REASON, Rule.R3)
      .row(PREPARING_TO_SHIP, UNFULFILLED, OrderCancelled.class, OTHER_REASON, Rule.R3)
      .row(ORDER_PLACED, UNABLE_TO_FULFILL, OrderCancelled.class, CANNOT_FULFIL, Rule.R18)
      .row(PREPARING_TO_SHIP, UNABLE_TO_FULFILL, OrderCancelled.class, CANNOT_FULFIL, Rule.R18)
      .row(ORDER_PLACED, UNFULFILLED, CancellationRequestAccepted.class, NAMED, Rule.R10)
      .row(PREPARING_TO_SHIP, UNFULFILLED, CancellationRequestAccepted.class, NAMED, Rule.R10)
      .row(SHIPPED, IN_TRANSIT, CarrierProgressRecorded.class, NAMED, null)
      .row(SHIPPED, OUT_FOR_DELIVERY, CarrierProgressRecorded.class, NAMED, null)
      .row(SHIPPED, DELIVERED, CarrierProgressRecorded.class, NAMED, null)
      .row(SHIPPED, UNABLE_TO_DELIVER, CarrierProgressRecorded.class, NAMED, null)
      .row(IN_TRANSIT, OUT_FOR_DELIVERY, CarrierProgressRecorded.class, NAMED, null)
      .row(IN_TRANSIT, DELIVERED, CarrierProgressRecorded.class, NAMED, null)
      .row(IN_TRANSIT, UNABLE_TO_DELIVER, CarrierProgressRecorded.class, NAMED, null)
      .row(OUT_FOR_DELIVERY, DELIVERED, CarrierProgressRecorded.class, NAMED, null)
      .row(OUT_FOR_DELIVERY, UNABLE_TO_DELIVER, CarrierProgressRecorded.class, NAMED, null)
      .row(SHIPPED, RETURN_STARTED, ReturnAuthorized.class, LINE_IN_RETURN, Rule.R20)
      .row(IN_TRANSIT, RETURN_STARTED, ReturnAuthorized.class, LINE_IN_RETURN, Rule.R20)
      .row(OUT_FOR_DELIVERY, RETURN_STARTED, ReturnAuthorized.class, LINE_IN_RETURN, Rule.R20)
      .row(DELIVERED, RETURN_STARTED, ReturnAuthorized.class, LINE_IN_RETURN, Rule.R20)
      .row(UNABLE_TO_DELIVER, RETURN_STARTED, ReturnAuthorized.class, LINE_IN_RETURN, Rule.R14)
      .row(RETURNED, RETURN_STARTED, ReturnAuthorized.class, LINE_IN_RETURN, Rule.R20)
      .row(RETURN_FAILED, RETURN_STARTED, ReturnAuthorized.class, LINE_IN_RETURN, Rule.R20)
      .row(RETURN_STARTED, RETURNING, CarrierProgressRecorded.class, NAMED, null)
      .row(RETURN_STARTED, RETURNED, ReturnReceived.class, LINE_IN_RETURN, Rule.R20)
      .row(RETURNING, RETURNED, ReturnReceived.class, LINE_IN_RETURN, Rule.R20)
      .row(RETURN_STARTED, RETURN_FAILED, ReturnFailed.class, LINE_IN_RETURN, null)
      .row(RETURNING, RETURN_FAILED, ReturnFailed.class, LINE_IN_RETURN, null)
      .table("Item status", EnumSet.of(ORDER_PLACED, AWAITING_RELEASE), EnumSet.of(UNFULFILLED, UNABLE_TO_FULFILL), ItemStatus::label);

  private static final TransitionTable<PaymentStatus> PAYMENT = TransitionTable.rows(PaymentStatus.class)
      .row(PAYMENT_PROCESSING, AUTHORIZED, PaymentConfirmed.class, Rule.R1)
      .row(PAYMENT_PROCESSING, AUTHORIZED, UpstreamStatusMerged.class, RELEASED_PAYABLE, Rule.R52)
      .row(PAYMENT_PROCESSING, NOT_CHARGED, OrderCancelled.class, Rule.R12)
      .row(AUTHORIZED, PAID, ShipmentConfirmed.class, Rule.R7)
      .row(AUTHORIZED, NOT_CHARGED, OrderCancelled.class, SELLER_FULFILLED, Rule.R6)
      .row(AUTHORIZED, REFUNDED, OrderCancelled.class, MARKETPLACE_FULFILLED, Rule.R18)
      .row(AUTHORIZED, NOT_CHARGED, CancellationRequestAccepted.class, NAMED, Rule.R10)
      .row(AUTHORIZED, REFUNDED, CancellationRequestAccepted.class, NAMED, Rule.R18)
      .row(PAID, REFUND_PROCESSING, RefundIssued.class, LINE_IN_REFUND, Rule.R13)
      .row(REFUND_FAILED, REFUND_PROCESSING, RefundIssued.class, LINE_IN_REFUND, Rule.R19)
      .row(PAID, REFUND_PROCESSING, ReturnReceived.class, LINE_IN_REFUND, Rule.R6)
      .row(REFUND_FAILED, REFUND_PROCESSING, ReturnReceived.class, LINE_IN_REFUND, Rule.R19)
      .row(REFUND_PROCESSING, PAID, RefundSucceeded.class, SETTLED_IN_PART, Rule.R13)
      .row(REFUND_PROCESSING, REFUNDED, RefundSucceeded.class, SETTLED_IN_FULL, Rule.R13)
      .row(REFUND_PROCESSING, REFUND_FAILED, RefundFailed.class, LINE_IN_REFUND, Rule.R19)
      .table("Payment status", EnumSet.of(PAYMENT_PROCESSING, AUTHORIZED), EnumSet.of(NOT_CHARGED, REFUNDED),
          PaymentStatus::label);

  private StatusTables() {}

  /** Returns the item (fulfilment) status table. */
  public static TransitionTable<ItemStatus> item() {
    return ITEM;
  }

  /** Returns the payment status table. */
  public static TransitionTable<PaymentStatus> payment() {
    return PAYMENT;
  }
}
