package io.github.orderly.internal;

import io.github.orderly.order.Address;
import io.github.orderly.order.BuyerCancellationRequest;
import io.github.orderly.order.Cancellation;
import io.github.orderly.order.InvalidOrderException;
import io.github.orderly.order.InvoiceConfirmation;
import io.github.orderly.order.Order;
import io.github.orderly.order.Refund;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.Shipment;
import io.github.orderly.order.UpstreamStatus;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The workflow's way to make the next order from the previous one: the changes an event makes, applied so
 * that the new order shares every part the event leaves as it was, and checked only where something changed.
 * The order it builds is equal to (and writes the same JSON as) the order {@code Order.builder().from(previous)}
 * with the same changes builds, and is refused with the same {@link InvalidOrderException} when that order would
 * be. Not API: the package is not exported. One draft per change, on one thread.
 */
public interface OrderDraft {
  /**
   * Returns a draft of the next order.
   *
   * @param previous the order the changes apply to
   * @return the draft
   */
  static OrderDraft of(Order previous) {
    return Factory.factory.apply(Objects.requireNonNull(previous, "previous"));
  }

  /**
   * Registers the order package's drafts; called once, when {@link Order} is initialised.
   *
   * @param factory the drafts' factory
   */
  static void register(Function<Order, OrderDraft> factory) {
    synchronized (Factory.class) {
      if (Factory.factory != null) {
        throw new IllegalStateException("order drafts are registered already");
      }
      Factory.factory = factory;
    }
  }

  /**
   * Changes a line's statuses and quantities, checking the line at once (as building it would).
   *
   * @param index the line's position
   * @param itemStatus its item status
   * @param paymentStatus its payment status
   * @param quantityShipped its quantity shipped
   * @param quantityOrdered its quantity ordered
   * @throws InvalidOrderException when the line is not a valid line
   */
  void line(int index, ItemStatus itemStatus, PaymentStatus paymentStatus, int quantityShipped, int quantityOrdered);

  /**
   * Adds a shipment.
   *
   * @param shipment the shipment
   */
  void addShipment(Shipment shipment);

  /**
   * Adds a refund.
   *
   * @param refund the refund
   */
  void addRefund(Refund refund);

  /**
   * Replaces the refunds.
   *
   * @param refunds the refunds
   */
  void refunds(List<Refund> refunds);

  /**
   * Adds a return.
   *
   * @param authorization the return
   */
  void addReturn(ReturnAuthorization authorization);

  /**
   * Replaces the returns.
   *
   * @param returns the returns
   */
  void returns(List<ReturnAuthorization> returns);

  /**
   * Sets the invoice confirmation.
   *
   * @param invoice the invoice confirmation
   */
  void invoice(InvoiceConfirmation invoice);

  /**
   * Sets the cancellation.
   *
   * @param cancellation the cancellation
   */
  void cancellation(Cancellation cancellation);

  /**
   * Adds a buyer's cancellation request.
   *
   * @param request the request
   */
  void addCancellationRequest(BuyerCancellationRequest request);

  /**
   * Replaces the buyer's cancellation requests.
   *
   * @param requests the requests
   */
  void cancellationRequests(List<BuyerCancellationRequest> requests);

  /**
   * Sets the delivery address.
   *
   * @param address the address
   */
  void deliveryAddress(Address address);

  /**
   * Sets the merged upstream status.
   *
   * @param upstream the status
   */
  void upstream(UpstreamStatus upstream);

  /**
   * Sets the release instant.
   *
   * @param releasedAt the instant
   */
  void releasedAt(Instant releasedAt);

  /**
   * Builds the next order with the given version.
   *
   * @param version the version
   * @return the order
   * @throws InvalidOrderException when the order is not a valid order
   */
  Order build(long version);

  /** The registered factory. */
  final class Factory {
    private static volatile Function<Order, OrderDraft> factory;

    private Factory() {}
  }
}
