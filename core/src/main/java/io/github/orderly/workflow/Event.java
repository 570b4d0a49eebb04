package io.github.orderly.workflow;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.orderly.access.Actor;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.Order;
import java.time.Instant;
import java.util.List;

/**
 * What happened to an order: the output of {@link OrderWorkflow#decide} and the input of
 * {@link OrderWorkflow#evolve}. Events are named in the past tense; each accepted command yields exactly
 * one, and applying it adds one to the order's {@link Order#version()}.
 *
 * <p>Every event carries its {@link Cause}: the command's id, the instant and the {@link Actor}, so an
 * order's events are its audit trail. An event that changes statuses lists, in {@link #statuses()}, every
 * line it changes with the line's new item and payment status; each such change is a row of
 * {@link StatusTables} whose guard holds (R42). The first event of every order is {@link OrderPlaced};
 * folding the events from it gives the order (R43, {@link OrderWorkflow#replay}). In JSON an event is an
 * object whose {@code "type"} is the simple name of its class. Every event is an immutable, thread-safe
 * record; an absent list reads as empty and an absent optional as empty.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = OrderPlaced.class, name = "OrderPlaced"),
  @JsonSubTypes.Type(value = PaymentConfirmed.class, name = "PaymentConfirmed"),
  @JsonSubTypes.Type(value = ShipmentPrepared.class, name = "ShipmentPrepared"),
  @JsonSubTypes.Type(value = ShipmentConfirmed.class, name = "ShipmentConfirmed"),
  @JsonSubTypes.Type(value = InvoiceConfirmed.class, name = "InvoiceConfirmed"),
  @JsonSubTypes.Type(value = OrderCancelled.class, name = "OrderCancelled"),
  @JsonSubTypes.Type(value = CancellationRequested.class, name = "CancellationRequested"),
  @JsonSubTypes.Type(value = CancellationRequestDeclined.class, name = "CancellationRequestDeclined"),
  @JsonSubTypes.Type(value = CancellationRequestAccepted.class, name = "CancellationRequestAccepted"),
  @JsonSubTypes.Type(value = CarrierProgressRecorded.class, name = "CarrierProgressRecorded"),
  @JsonSubTypes.Type(value = ReturnAuthorized.class, name = "ReturnAuthorized"),
  @JsonSubTypes.Type(value = ReturnReceived.class, name = "ReturnReceived"),
  @JsonSubTypes.Type(value = ReturnFailed.class, name = "ReturnFailed"),
  @JsonSubTypes.Type(value = RefundIssued.class, name = "RefundIssued"),
  @JsonSubTypes.Type(value = RefundSucceeded.class, name = "RefundSucceeded"),
  @JsonSubTypes.Type(value = RefundFailed.class, name = "RefundFailed"),
  @JsonSubTypes.Type(value = OrderEditedByBuyer.class, name = "OrderEditedByBuyer"),
  @JsonSubTypes.Type(value = UpstreamStatusMerged.class, name = "UpstreamStatusMerged"),
})
public sealed interface Event permits
    OrderPlaced, PaymentConfirmed, ShipmentPrepared, ShipmentConfirmed, InvoiceConfirmed, OrderCancelled,
    CancellationRequested, CancellationRequestDeclined, CancellationRequestAccepted, CarrierProgressRecorded,
    ReturnAuthorized, ReturnReceived, ReturnFailed, RefundIssued, RefundSucceeded, RefundFailed, OrderEditedByBuyer,
    UpstreamStatusMerged {
  /** Returns what caused the event: the command's id, the instant and the actor. */
  Cause cause();

  /**
   * Returns the lines this event changes, each with its new item and payment status; empty for an event
   * that changes no status.
   */
  default List<LineStatus> statuses() {
    return List.of();
  }

  /** Returns the id of the command that caused the event. */
  default CommandId commandId() {
    return cause().commandId();
  }

  /** Returns the instant the command was decided. */
  default Instant at() {
    return cause().at();
  }

  /** Returns who sent the command. */
  default Actor actor() {
    return cause().actor();
  }
}
