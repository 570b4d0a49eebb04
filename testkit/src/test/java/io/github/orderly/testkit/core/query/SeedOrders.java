package io.github.orderly.testkit.core.query;

import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.Buyer;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.LineId;
import io.github.orderly.order.ListingId;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnReason;
import io.github.orderly.order.RmaId;
import io.github.orderly.order.Shipment;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.Sku;
import io.github.orderly.order.TrackingId;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import java.time.Duration;
import java.time.Instant;

/** Small hand-built orders for the help pages' examples, through the public API. */
final class SeedOrders {
  static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

  private SeedOrders() {}

  static Instant daysAgo(long days) {
    return NOW.minus(Duration.ofDays(days));
  }

  /** A line of one unit at 10.00 in the currency, in the given statuses; shipped when the status says so. */
  static OrderLine line(String id, ItemStatus item, PaymentStatus payment, String currency) {
    return OrderLine.builder()
        .id(LineId.of(id))
        .sku(Sku.of("SKU-" + id))
        .listingId(ListingId.of("B0" + id))
        .title("Item " + id)
        .quantityOrdered(1)
        .quantityShipped(item.isShipped() ? 1 : 0)
        .unitPrice(Money.of("10", currency))
        .itemStatus(item)
        .paymentStatus(payment)
        .build();
  }

  static OrderLine line(String id, ItemStatus item, PaymentStatus payment) {
    return line(id, item, payment, "USD");
  }

  /**
   * An order with the given lines, purchased at the instant; every shipped line gets its own shipment,
   * tracked as {@code TRK-<line id>}.
   */
  static Order.Builder order(String id, Instant purchasedAt, OrderLine... lines) {
    Order.Builder order = Order.builder()
        .id(OrderId.of(id))
        .marketplace(MarketplaceId.of("amazon.com"))
        .purchasedAt(purchasedAt)
        .deliveryAddress(Address.builder().recipient("Jane Doe").addStreetLine("1 Main St")
            .city("Seattle").countryCode("US").build());
    for (OrderLine line : lines) {
      order.addLine(line);
      if (line.itemStatus().isShipped()) {
        order.addShipment(shipment("TRK-" + line.id(), line.id().value(), purchasedAt));
      }
    }
    return order;
  }

  static Shipment shipment(String tracking, String lineId, Instant purchasedAt) {
    return Shipment.builder()
        .trackingId(TrackingId.of(tracking))
        .carrier(Carrier.of("UPS"))
        .shippedAt(purchasedAt.plusSeconds(3600))
        .addLine(ShipmentLine.of(LineId.of(lineId), 1))
        .build();
  }

  static ReturnAuthorization returnOf(String rma, String lineId, Instant at) {
    return ReturnAuthorization.builder()
        .rmaId(RmaId.of(rma))
        .reason(ReturnReason.BUYER_RETURN)
        .authorizedAt(at)
        .addLine(ReturnLine.of(LineId.of(lineId), 1))
        .build();
  }

  /** An unshipped one-line order, payment authorised. */
  static Order unshipped(String id, Instant purchasedAt) {
    return order(id, purchasedAt, line("U1", ItemStatus.ORDER_PLACED, PaymentStatus.AUTHORIZED)).build();
  }

  /** A pending one-line order: payment still processing (R1). */
  static Order pending(String id, Instant purchasedAt) {
    return order(id, purchasedAt, line("P1", ItemStatus.ORDER_PLACED, PaymentStatus.PAYMENT_PROCESSING)).build();
  }

  /** A shipped, paid one-line order. */
  static Order shipped(String id, Instant purchasedAt) {
    return order(id, purchasedAt, line(id + "-S1", ItemStatus.DELIVERED, PaymentStatus.PAID)).build();
  }

  /** A partially shipped order: one line confirmed, one still to ship; carries "Shipment is late" (R7). */
  static Order partiallyShipped(String id, Instant purchasedAt) {
    return order(id, purchasedAt,
        line(id + "-A", ItemStatus.SHIPPED, PaymentStatus.PAID),
        line(id + "-B", ItemStatus.PREPARING_TO_SHIP, PaymentStatus.PAID)).build();
  }

  /** A cancelled order, never charged. */
  static Order cancelled(String id, Instant purchasedAt) {
    return order(id, purchasedAt, line("C1", ItemStatus.UNFULFILLED, PaymentStatus.NOT_CHARGED)).build();
  }

  static Buyer buyer(String email) {
    return Buyer.builder().email(email).build();
  }
}
