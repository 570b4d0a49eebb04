package io.github.orderly.workflow;

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

import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.workflow.Event.CarrierProgressRecorded;
import io.github.orderly.workflow.Event.OrderCancelled;
import io.github.orderly.workflow.Event.PaymentConfirmed;
import io.github.orderly.workflow.Event.RefundFailed;
import io.github.orderly.workflow.Event.RefundIssued;
import io.github.orderly.workflow.Event.RefundSucceeded;
import io.github.orderly.workflow.Event.ReturnAuthorized;
import io.github.orderly.workflow.Event.ReturnFailed;
import io.github.orderly.workflow.Event.ReturnReceived;
import io.github.orderly.workflow.Event.ShipmentConfirmed;
import io.github.orderly.workflow.Event.ShipmentPrepared;
import java.util.EnumSet;

/**
 * The two transition tables of a line (R42): every change of an {@link ItemStatus} and of a
 * {@link PaymentStatus} the workflow can make, each row naming the event that causes it. This class is the
 * only place these changes are declared; {@code docs/workflow.md} shows them as diagrams rendered from it.
 */
public final class StatusTables {
  private static final TransitionTable<ItemStatus> ITEM = TransitionTable.rows(ItemStatus.class)
      .row(ORDER_PLACED, PREPARING_TO_SHIP, ShipmentPrepared.class)
      .row(ORDER_PLACED, SHIPPED, ShipmentConfirmed.class, "R2")
      .row(PREPARING_TO_SHIP, SHIPPED, ShipmentConfirmed.class, "R2")
      .row(ORDER_PLACED, UNFULFILLED, OrderCancelled.class, "R3")
      .row(PREPARING_TO_SHIP, UNFULFILLED, OrderCancelled.class, "R3")
      .row(ORDER_PLACED, UNABLE_TO_FULFILL, OrderCancelled.class, "R18")
      .row(PREPARING_TO_SHIP, UNABLE_TO_FULFILL, OrderCancelled.class, "R18")
      .row(SHIPPED, IN_TRANSIT, CarrierProgressRecorded.class)
      .row(SHIPPED, OUT_FOR_DELIVERY, CarrierProgressRecorded.class)
      .row(SHIPPED, DELIVERED, CarrierProgressRecorded.class)
      .row(SHIPPED, UNABLE_TO_DELIVER, CarrierProgressRecorded.class)
      .row(IN_TRANSIT, OUT_FOR_DELIVERY, CarrierProgressRecorded.class)
      .row(IN_TRANSIT, DELIVERED, CarrierProgressRecorded.class)
      .row(IN_TRANSIT, UNABLE_TO_DELIVER, CarrierProgressRecorded.class)
      .row(OUT_FOR_DELIVERY, DELIVERED, CarrierProgressRecorded.class)
      .row(OUT_FOR_DELIVERY, UNABLE_TO_DELIVER, CarrierProgressRecorded.class)
      .row(SHIPPED, RETURN_STARTED, ReturnAuthorized.class, "R20")
      .row(IN_TRANSIT, RETURN_STARTED, ReturnAuthorized.class, "R20")
      .row(OUT_FOR_DELIVERY, RETURN_STARTED, ReturnAuthorized.class, "R20")
      .row(DELIVERED, RETURN_STARTED, ReturnAuthorized.class, "R20")
      .row(UNABLE_TO_DELIVER, RETURN_STARTED, ReturnAuthorized.class, "R14")
      .row(RETURNED, RETURN_STARTED, ReturnAuthorized.class, "R20")
      .row(RETURN_FAILED, RETURN_STARTED, ReturnAuthorized.class, "R20")
      .row(RETURN_STARTED, RETURNING, CarrierProgressRecorded.class)
      .row(RETURN_STARTED, RETURNED, ReturnReceived.class, "R20")
      .row(RETURNING, RETURNED, ReturnReceived.class, "R20")
      .row(RETURN_STARTED, RETURN_FAILED, ReturnFailed.class)
      .row(RETURNING, RETURN_FAILED, ReturnFailed.class)
      .table("Item status", EnumSet.of(ORDER_PLACED), EnumSet.of(UNFULFILLED, UNABLE_TO_FULFILL), ItemStatus::label);

  private static final TransitionTable<PaymentStatus> PAYMENT = TransitionTable.rows(PaymentStatus.class)
      .row(PAYMENT_PROCESSING, AUTHORIZED, PaymentConfirmed.class, "R1")
      .row(PAYMENT_PROCESSING, NOT_CHARGED, OrderCancelled.class, "R12")
      .row(AUTHORIZED, PAID, ShipmentConfirmed.class, "R7")
      .row(AUTHORIZED, NOT_CHARGED, OrderCancelled.class, "R6")
      .row(AUTHORIZED, REFUNDED, OrderCancelled.class, "R18")
      .row(PAID, REFUND_PROCESSING, RefundIssued.class, "R13")
      .row(REFUND_FAILED, REFUND_PROCESSING, RefundIssued.class, "R19")
      .row(REFUND_PROCESSING, PAID, RefundSucceeded.class, "R13")
      .row(REFUND_PROCESSING, REFUNDED, RefundSucceeded.class, "R13")
      .row(REFUND_PROCESSING, REFUND_FAILED, RefundFailed.class, "R19")
      .row(REFUND_FAILED, REFUNDED, RefundSucceeded.class, "R19")
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
