package io.github.orderly.amazon;

import io.github.orderly.channel.Batches;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.Shipment;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.OrderCancelled;
import io.github.orderly.workflow.RefundIssued;
import io.github.orderly.workflow.ShipmentConfirmed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the host sends back to the marketplace, derived from the workflow's events: the {@code confirmShipment}
 * request body from a {@link ShipmentConfirmed}, the order acknowledgement from an {@link OrderCancelled}, and
 * the payment adjustment from a {@link RefundIssued}, with the marketplace's codes from one
 * {@link ReasonCodes} table. The line ids of an order mapped by {@link AmazonOrders} are the API's
 * {@code OrderItemId}s, and its id the {@code AmazonOrderId}.
 *
 * <p>{@link #acknowledgements(List)} and {@link #adjustments(List)} collect the messages of many events in queue
 * order; {@link FeedDocuments} writes them at most 15 to a document, and {@link #batches(List)} splits
 * {@code confirmShipment} bodies the same way (R25). The other events write nothing back; among them the
 * seller's {@code InvoiceConfirmed} (R53): the Orders API has no call that confirms an invoice, which the
 * marketplace learns from the invoice upload, a separate feed this module does not write. Immutable and
 * thread-safe.
 */
public final class AmazonWriteBack {
  private final ReasonCodes codes;

  private AmazonWriteBack(ReasonCodes codes) {
    this.codes = codes;
  }

  /**
   * Returns the write-back with the given reason table.
   *
   * @param codes the one table between Orderly's reasons and the marketplace's codes
   * @return the write-back
   */
  public static AmazonWriteBack with(ReasonCodes codes) {
    return new AmazonWriteBack(Objects.requireNonNull(codes, "codes"));
  }

  /**
   * Returns the {@code confirmShipment} body of a shipment the seller confirmed: package reference id, the
   * shipment's carrier as the carrier code, its tracking number and ship date, and each line's units.
   *
   * @param order the order the event belongs to, for its marketplace
   * @param event the event
   * @param packageReferenceId the package's reference id within the order, a positive number such as {@code 1}
   * @return the request body
   * @throws AmazonPayloadException if the shipment has no tracking id or carrier (the marketplace reported it,
   *     there is nothing to confirm)
   */
  public ShipmentConfirmation confirmShipment(Order order, ShipmentConfirmed event, int packageReferenceId) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(event, "event");
    Shipment shipment = event.shipment();
    String tracking = shipment.trackingId().orElseThrow(() -> AmazonPayloadException.atField(
        "shipment.trackingId", null, "a shipment the marketplace reported has nothing to confirm")).value();
    String carrier = shipment.carrier().orElseThrow(() -> AmazonPayloadException.atField(
        "shipment.carrier", null, "a shipment the marketplace reported has nothing to confirm")).value();
    ShipmentConfirmation.Builder body = ShipmentConfirmation.builder()
        .marketplaceId(order.marketplace().value())
        .packageReferenceId(String.valueOf(packageReferenceId))
        .carrierCode(carrier)
        .trackingNumber(tracking)
        .shipDate(shipment.shippedAt());
    for (ShipmentLine line : shipment.lines()) {
      body.addItem(line.lineId().value(), line.quantity());
    }
    return body.build();
  }

  /**
   * Returns the order acknowledgement that cancels every line of a cancelled order, with the marketplace's
   * cancel reason for the cancellation's reason.
   *
   * @param order the order, before or after the event
   * @param event the event
   * @return the message
   */
  public OrderAcknowledgement acknowledgement(Order order, OrderCancelled event) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(event, "event");
    List<String> items = new ArrayList<>();
    for (OrderLine line : order.lines()) {
      items.add(line.id().value());
    }
    return OrderAcknowledgement.cancelled(order.id().value(), codes.cancelReason(event.cancellation().reason()),
        items);
  }

  /**
   * Returns the payment adjustment of a refund: each refunded line as an adjusted item with the marketplace's
   * adjustment reason for the refund's reason, the refund's id as the seller's adjustment id, and its amount
   * as the feed's components. A line that names components ({@link RefundLine#components()}) writes each by
   * one table: item price {@code Principal}, item tax {@code Tax}, {@code Shipping}, {@code ShippingTax},
   * {@code GiftWrap}, {@code GiftWrapTax} and the COD fee {@code COD} as given back; the promotion and
   * shipping discounts as negative promotion components ({@code Principal}, {@code Shipping}); the discounts'
   * taxes and the COD fee discount taken off {@code Tax}, {@code ShippingTax} and {@code COD}. A line without
   * components writes its amount as one {@code Principal}. Either way the item's components add up to the
   * line's amount.
   *
   * @param order the order, for its ids
   * @param event the event
   * @return the message
   */
  public OrderAdjustment adjustment(Order order, RefundIssued event) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(event, "event");
    AdjustmentReason reason = codes.adjustmentReason(event.refund().reason());
    List<OrderAdjustment.AdjustedItem> items = new ArrayList<>();
    for (RefundLine line : event.refund().lines()) {
      items.add(new OrderAdjustment.AdjustedItem(line.lineId().value(),
          Optional.of(event.refund().id().value()), reason,
          RefundComponentTable.priceAdjustments(line),
          RefundComponentTable.promotionAdjustment(line).map(List::of).orElse(List.of()), Optional.empty()));
    }
    return new OrderAdjustment(order.id().value(), order.merchantOrderId().map(m -> m.value()),
        Optional.of(OrderAdjustment.ActionType.REFUND), items);
  }

  /**
   * Returns the acknowledgements of the cancellations among events, in queue order.
   *
   * @param events each event with the order it belongs to
   * @return the messages, for {@link FeedDocuments#orderAcknowledgements(List)}
   */
  public List<OrderAcknowledgement> acknowledgements(List<OrderEvent> events) {
    List<OrderAcknowledgement> messages = new ArrayList<>();
    for (OrderEvent e : events) {
      if (e.event() instanceof OrderCancelled cancelled) {
        messages.add(acknowledgement(e.order(), cancelled));
      }
    }
    return List.copyOf(messages);
  }

  /**
   * Returns the adjustments of the refunds among events, in queue order.
   *
   * @param events each event with the order it belongs to
   * @return the messages, for {@link FeedDocuments#orderAdjustments(List)}
   */
  public List<OrderAdjustment> adjustments(List<OrderEvent> events) {
    List<OrderAdjustment> messages = new ArrayList<>();
    for (OrderEvent e : events) {
      if (e.event() instanceof RefundIssued refund) {
        messages.add(adjustment(e.order(), refund));
      }
    }
    return List.copyOf(messages);
  }

  /**
   * Splits requests into batches of at most 15 (R25), in queue order.
   *
   * @param requests the requests
   * @param <T> the request type
   * @return the batches
   */
  public static <T> List<List<T>> batches(List<T> requests) {
    return Batches.of(requests);
  }

  /**
   * An event with the order it belongs to. Immutable and thread-safe.
   *
   * @param order the order
   * @param event the event
   */
  public record OrderEvent(Order order, Event event) {
    /** Checks the values. */
    public OrderEvent {
      Objects.requireNonNull(order, "order");
      Objects.requireNonNull(event, "event");
    }
  }
}
