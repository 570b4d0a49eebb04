package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.list;
import static io.github.orderly.workflow.InvalidCommandException.optional;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.orderly.order.Address;
import io.github.orderly.order.BuyerCancellationRequest;
import io.github.orderly.order.Cancellation;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.Order;
import io.github.orderly.order.Refund;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.RmaId;
import io.github.orderly.order.Shipment;
import io.github.orderly.order.Sku;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What happened to an order: the output of {@link OrderWorkflow#decide} and the input of
 * {@link OrderWorkflow#evolve}. Events are named in the past tense and say exactly what changed: an event
 * that changes statuses lists, in {@link #statuses()}, every line it changes with the line's new item and
 * payment status, and every such change is a row of {@link StatusTables} (R42).
 *
 * <p>The first event of every order is {@link OrderPlaced}; folding an order's events from it gives the
 * order (R43, {@link OrderWorkflow#replay}). Every other event names the command that caused it. In JSON an
 * event is an object whose {@code "type"} is the simple name of its class.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Event.OrderPlaced.class, name = "OrderPlaced"),
  @JsonSubTypes.Type(value = Event.PaymentConfirmed.class, name = "PaymentConfirmed"),
  @JsonSubTypes.Type(value = Event.ShipmentPrepared.class, name = "ShipmentPrepared"),
  @JsonSubTypes.Type(value = Event.ShipmentConfirmed.class, name = "ShipmentConfirmed"),
  @JsonSubTypes.Type(value = Event.OrderCancelled.class, name = "OrderCancelled"),
  @JsonSubTypes.Type(value = Event.CancellationRequested.class, name = "CancellationRequested"),
  @JsonSubTypes.Type(value = Event.CancellationRequestAnswered.class, name = "CancellationRequestAnswered"),
  @JsonSubTypes.Type(value = Event.CarrierProgressRecorded.class, name = "CarrierProgressRecorded"),
  @JsonSubTypes.Type(value = Event.ReturnAuthorized.class, name = "ReturnAuthorized"),
  @JsonSubTypes.Type(value = Event.ReturnReceived.class, name = "ReturnReceived"),
  @JsonSubTypes.Type(value = Event.ReturnFailed.class, name = "ReturnFailed"),
  @JsonSubTypes.Type(value = Event.RefundIssued.class, name = "RefundIssued"),
  @JsonSubTypes.Type(value = Event.RefundSucceeded.class, name = "RefundSucceeded"),
  @JsonSubTypes.Type(value = Event.RefundFailed.class, name = "RefundFailed"),
  @JsonSubTypes.Type(value = Event.OrderEditedByBuyer.class, name = "OrderEditedByBuyer"),
  @JsonSubTypes.Type(value = Event.InventoryZeroingRequested.class, name = "InventoryZeroingRequested"),
})
public sealed interface Event {
  /**
   * Returns the lines this event changes, each with its new item and payment status; empty for an event
   * that changes no status.
   */
  default List<LineStatus> statuses() {
    return List.of();
  }

  /**
   * The order as it was placed (or first reported): the first event of every order.
   *
   * @param order the order
   */
  record OrderPlaced(@JsonProperty(value = "order", required = true) Order order) implements Event {
    /**
     * Creates the event.
     *
     * @param order the order
     */
    @JsonCreator
    public OrderPlaced {
      required("orderPlaced.order", order, "must not be null");
    }
  }

  /**
   * The marketplace verified the payment: the lines' payment became authorised (R1, R41).
   *
   * @param commandId the command that caused it
   * @param statuses the lines changed, with their new statuses
   */
  record PaymentConfirmed(
      @JsonProperty(value = "commandId", required = true) CommandId commandId,
      @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
    /**
     * Creates the event.
     *
     * @param commandId the command that caused it
     * @param statuses the lines changed, with their new statuses
     */
    @JsonCreator
    public PaymentConfirmed {
      required("paymentConfirmed.commandId", commandId, "must not be null");
      statuses = statuses == null ? List.of() : list("paymentConfirmed.statuses", statuses);
    }
  }

  /**
   * Lines went from Order placed to Preparing to ship.
   *
   * @param commandId the command that caused it
   * @param statuses the lines changed, with their new statuses
   */
  record ShipmentPrepared(
      @JsonProperty(value = "commandId", required = true) CommandId commandId,
      @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
    /**
     * Creates the event.
     *
     * @param commandId the command that caused it
     * @param statuses the lines changed, with their new statuses
     */
    @JsonCreator
    public ShipmentPrepared {
      required("shipmentPrepared.commandId", commandId, "must not be null");
      statuses = statuses == null ? List.of() : list("shipmentPrepared.statuses", statuses);
    }
  }

  /**
   * A shipment was confirmed: its lines shipped, and the first confirmation charged every line of the order (R7).
   *
   * @param commandId the command that caused it
   * @param shipment the shipment
   * @param statuses the lines changed, with their new statuses
   */
  record ShipmentConfirmed(
      @JsonProperty(value = "commandId", required = true) CommandId commandId,
      @JsonProperty(value = "shipment", required = true) Shipment shipment,
      @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
    /**
     * Creates the event.
     *
     * @param commandId the command that caused it
     * @param shipment the shipment
     * @param statuses the lines changed, with their new statuses
     */
    @JsonCreator
    public ShipmentConfirmed {
      required("shipmentConfirmed.commandId", commandId, "must not be null");
      required("shipmentConfirmed.shipment", shipment, "must not be null");
      statuses = statuses == null ? List.of() : list("shipmentConfirmed.statuses", statuses);
    }
  }

  /**
   * The whole order was cancelled before any of it shipped (R3, R4, R6, R18); an open buyer request is closed.
   *
   * @param commandId the command that caused it
   * @param cancellation the reason, who and when
   * @param statuses the lines changed, with their new statuses
   */
  record OrderCancelled(
      @JsonProperty(value = "commandId", required = true) CommandId commandId,
      @JsonProperty(value = "cancellation", required = true) Cancellation cancellation,
      @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
    /**
     * Creates the event.
     *
     * @param commandId the command that caused it
     * @param cancellation the reason, who and when
     * @param statuses the lines changed, with their new statuses
     */
    @JsonCreator
    public OrderCancelled {
      required("orderCancelled.commandId", commandId, "must not be null");
      required("orderCancelled.cancellation", cancellation, "must not be null");
      statuses = statuses == null ? List.of() : list("orderCancelled.statuses", statuses);
    }
  }

  /**
   * The buyer asked to cancel (R10).
   *
   * @param commandId the command that caused it
   * @param request the request
   */
  record CancellationRequested(
      @JsonProperty(value = "commandId", required = true) CommandId commandId,
      @JsonProperty(value = "request", required = true) BuyerCancellationRequest request) implements Event {
    /**
     * Creates the event.
     *
     * @param commandId the command that caused it
     * @param request the request
     */
    @JsonCreator
    public CancellationRequested {
      required("cancellationRequested.commandId", commandId, "must not be null");
      required("cancellationRequested.request", request, "must not be null");
    }
  }

  /**
   * The seller answered the buyer's request (R10); the request is closed. When accepted, an {@link OrderCancelled} follows.
   *
   * @param commandId the command that caused it
   * @param accepted whether the seller accepted
   * @param answeredAt when
   */
  record CancellationRequestAnswered(
      @JsonProperty(value = "commandId", required = true) CommandId commandId,
      @JsonProperty(value = "accepted", required = true) boolean accepted,
      @JsonProperty(value = "answeredAt", required = true) Instant answeredAt) implements Event {
    /**
     * Creates the event.
     *
     * @param commandId the command that caused it
     * @param accepted whether the seller accepted
     * @param answeredAt when
     */
    @JsonCreator
    public CancellationRequestAnswered {
      required("cancellationRequestAnswered.commandId", commandId, "must not be null");
      required("cancellationRequestAnswered.answeredAt", answeredAt, "must not be null");
    }
  }

  /**
   * The carrier reported progress of shipped lines, or of a return on its way back.
   *
   * @param commandId the command that caused it
   * @param statuses the lines changed, with their new statuses
   */
  record CarrierProgressRecorded(
      @JsonProperty(value = "commandId", required = true) CommandId commandId,
      @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
    /**
     * Creates the event.
     *
     * @param commandId the command that caused it
     * @param statuses the lines changed, with their new statuses
     */
    @JsonCreator
    public CarrierProgressRecorded {
      required("carrierProgressRecorded.commandId", commandId, "must not be null");
      statuses = statuses == null ? List.of() : list("carrierProgressRecorded.statuses", statuses);
    }
  }

  /**
   * A return was authorised under an RMA id (R20).
   *
   * @param commandId the command that caused it
   * @param authorization the return
   * @param statuses the lines changed, with their new statuses
   */
  record ReturnAuthorized(
      @JsonProperty(value = "commandId", required = true) CommandId commandId,
      @JsonProperty(value = "authorization", required = true) ReturnAuthorization authorization,
      @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
    /**
     * Creates the event.
     *
     * @param commandId the command that caused it
     * @param authorization the return
     * @param statuses the lines changed, with their new statuses
     */
    @JsonCreator
    public ReturnAuthorized {
      required("returnAuthorized.commandId", commandId, "must not be null");
      required("returnAuthorized.authorization", authorization, "must not be null");
      statuses = statuses == null ? List.of() : list("returnAuthorized.statuses", statuses);
    }
  }

  /**
   * The seller received a return's units (R20).
   *
   * @param commandId the command that caused it
   * @param rmaId the return
   * @param statuses the lines changed, with their new statuses
   */
  record ReturnReceived(
      @JsonProperty(value = "commandId", required = true) CommandId commandId,
      @JsonProperty(value = "rmaId", required = true) RmaId rmaId,
      @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
    /**
     * Creates the event.
     *
     * @param commandId the command that caused it
     * @param rmaId the return
     * @param statuses the lines changed, with their new statuses
     */
    @JsonCreator
    public ReturnReceived {
      required("returnReceived.commandId", commandId, "must not be null");
      required("returnReceived.rmaId", rmaId, "must not be null");
      statuses = statuses == null ? List.of() : list("returnReceived.statuses", statuses);
    }
  }

  /**
   * A return did not complete.
   *
   * @param commandId the command that caused it
   * @param rmaId the return
   * @param statuses the lines changed, with their new statuses
   */
  record ReturnFailed(
      @JsonProperty(value = "commandId", required = true) CommandId commandId,
      @JsonProperty(value = "rmaId", required = true) RmaId rmaId,
      @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
    /**
     * Creates the event.
     *
     * @param commandId the command that caused it
     * @param rmaId the return
     * @param statuses the lines changed, with their new statuses
     */
    @JsonCreator
    public ReturnFailed {
      required("returnFailed.commandId", commandId, "must not be null");
      required("returnFailed.rmaId", rmaId, "must not be null");
      statuses = statuses == null ? List.of() : list("returnFailed.statuses", statuses);
    }
  }

  /**
   * A refund was issued and is processing (R13, R14, R16).
   *
   * @param commandId the command that caused it
   * @param refund the refund
   * @param statuses the lines changed, with their new statuses
   */
  record RefundIssued(
      @JsonProperty(value = "commandId", required = true) CommandId commandId,
      @JsonProperty(value = "refund", required = true) Refund refund,
      @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
    /**
     * Creates the event.
     *
     * @param commandId the command that caused it
     * @param refund the refund
     * @param statuses the lines changed, with their new statuses
     */
    @JsonCreator
    public RefundIssued {
      required("refundIssued.commandId", commandId, "must not be null");
      required("refundIssued.refund", refund, "must not be null");
      statuses = statuses == null ? List.of() : list("refundIssued.statuses", statuses);
    }
  }

  /**
   * A processing refund settled (R19).
   *
   * @param commandId the command that caused it
   * @param refundId the refund
   * @param statuses the lines changed, with their new statuses
   */
  record RefundSucceeded(
      @JsonProperty(value = "commandId", required = true) CommandId commandId,
      @JsonProperty(value = "refundId", required = true) RefundId refundId,
      @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
    /**
     * Creates the event.
     *
     * @param commandId the command that caused it
     * @param refundId the refund
     * @param statuses the lines changed, with their new statuses
     */
    @JsonCreator
    public RefundSucceeded {
      required("refundSucceeded.commandId", commandId, "must not be null");
      required("refundSucceeded.refundId", refundId, "must not be null");
      statuses = statuses == null ? List.of() : list("refundSucceeded.statuses", statuses);
    }
  }

  /**
   * A processing refund failed; the seller must refund by hand (R19).
   *
   * @param commandId the command that caused it
   * @param refundId the refund
   * @param statuses the lines changed, with their new statuses
   */
  record RefundFailed(
      @JsonProperty(value = "commandId", required = true) CommandId commandId,
      @JsonProperty(value = "refundId", required = true) RefundId refundId,
      @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
    /**
     * Creates the event.
     *
     * @param commandId the command that caused it
     * @param refundId the refund
     * @param statuses the lines changed, with their new statuses
     */
    @JsonCreator
    public RefundFailed {
      required("refundFailed.commandId", commandId, "must not be null");
      required("refundFailed.refundId", refundId, "must not be null");
      statuses = statuses == null ? List.of() : list("refundFailed.statuses", statuses);
    }
  }

  /**
   * The buyer changed the address or quantities within the edit window (R11).
   *
   * @param commandId the command that caused it
   * @param deliveryAddress the new address, if it changed
   * @param quantities the new quantities
   */
  record OrderEditedByBuyer(
      @JsonProperty(value = "commandId", required = true) CommandId commandId,
      @JsonProperty(value = "deliveryAddress") Optional<Address> deliveryAddress,
      @JsonProperty(value = "quantities") List<LineQuantity> quantities) implements Event {
    /**
     * Creates the event.
     *
     * @param commandId the command that caused it
     * @param deliveryAddress the new address, if it changed
     * @param quantities the new quantities
     */
    @JsonCreator
    public OrderEditedByBuyer {
      required("orderEditedByBuyer.commandId", commandId, "must not be null");
      deliveryAddress = optional(deliveryAddress);
      quantities = quantities == null ? List.of() : list("orderEditedByBuyer.quantities", quantities);
    }
  }

  /**
   * The host is asked to set the inventory of these SKUs to zero, because the order was cancelled for no stock and the host's policy asks for it (R4). Changes nothing in the order.
   *
   * @param commandId the command that caused it
   * @param skus the SKUs
   */
  record InventoryZeroingRequested(
      @JsonProperty(value = "commandId", required = true) CommandId commandId,
      @JsonProperty(value = "skus") List<Sku> skus) implements Event {
    /**
     * Creates the event.
     *
     * @param commandId the command that caused it
     * @param skus the SKUs
     */
    @JsonCreator
    public InventoryZeroingRequested {
      required("inventoryZeroingRequested.commandId", commandId, "must not be null");
      skus = skus == null ? List.of() : list("inventoryZeroingRequested.skus", skus);
    }
  }

}
