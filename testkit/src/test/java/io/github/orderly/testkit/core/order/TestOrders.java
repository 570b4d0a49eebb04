package io.github.orderly.testkit.core.order;

import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.LineId;
import io.github.orderly.order.ListingId;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Shipment;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.Sku;
import io.github.orderly.order.TrackingId;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import java.time.Instant;

/** Small hand-built orders for tests: one valid baseline that each test changes in one place. */
final class TestOrders {
  static final Instant PURCHASED = Instant.parse("2026-03-01T09:30:00Z");

  private TestOrders() {}

  static OrderLine.Builder line(String id, String price) {
    return OrderLine.builder()
        .id(LineId.of(id))
        .sku(Sku.of("SKU-" + id))
        .listingId(ListingId.of("B0" + id))
        .title("Item " + id)
        .quantityOrdered(2)
        .unitPrice(Money.of(price, "USD"));
  }

  static Address address() {
    return Address.builder()
        .recipient("Jane Doe")
        .addStreetLine("1 Main St")
        .city("Seattle")
        .region("WA")
        .postalCode("98109")
        .countryCode("US")
        .build();
  }

  /** An unshipped two-line USD order. */
  static Order.Builder order() {
    return Order.builder()
        .id(OrderId.of("112-3345678-0000001"))
        .marketplace(MarketplaceId.of("amazon.com"))
        .purchasedAt(PURCHASED)
        .deliveryAddress(address())
        .addLine(line("L1", "10.00").build())
        .addLine(line("L2", "5.50").build());
  }

  /** A line shipped in full (2 units), charged. */
  static OrderLine shippedLine(String id) {
    return line(id, "10.00").quantityShipped(2).itemStatus(ItemStatus.SHIPPED)
        .paymentStatus(PaymentStatus.PAID).build();
  }

  static Shipment shipment(String tracking, String lineId, int quantity) {
    return Shipment.builder()
        .trackingId(TrackingId.of(tracking))
        .carrier(Carrier.of("UPS"))
        .shippedAt(PURCHASED.plusSeconds(86_400))
        .addLine(ShipmentLine.of(LineId.of(lineId), quantity))
        .build();
  }
}
