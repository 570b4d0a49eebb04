package io.github.orderly.csv;

import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.Buyer;
import io.github.orderly.order.Cancellation;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.LineId;
import io.github.orderly.order.ListingId;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.MerchantOrderId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.OrderSubtype;
import io.github.orderly.order.Party;
import io.github.orderly.order.Refund;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.RefundState;
import io.github.orderly.order.Shipment;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.Sku;
import io.github.orderly.order.TrackingId;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import java.time.Instant;
import java.util.List;

/** A small fixed set of hand-built orders, one of each kind a report treats differently. */
final class Fixtures {
  private Fixtures() {}

  static final String PHONE_IN_TRANSIT = "+1 206-555-0101";
  static final String PHONE_JP = "+81 3-5555-0102";
  static final String PHONE_CANCELLED = "+44 20-5555-0104";

  /** Unshipped, USD: two lines awaiting shipment; a name with a quote and a comma, a formula title. */
  static Order unshipped() {
    return Order.builder()
        .id(OrderId.of("111-0000001-0000001"))
        .merchantOrderId(MerchantOrderId.of("M-1001"))
        .marketplace(MarketplaceId.of("amazon.com"))
        .purchasedAt(Instant.parse("2026-03-01T10:15:30Z"))
        .shipBy(Instant.parse("2026-03-03T23:59:59Z"))
        .buyer(Buyer.builder().name("Zoë \"Z\" O'Brien, Jr.").email("a1b2@marketplace.amazon.com")
            .phone(PHONE_IN_TRANSIT).build())
        .deliveryAddress(Address.builder().recipient("Zoë O'Brien").addStreetLine("1 Main St")
            .addStreetLine("Apt 4, Block \"B\"").city("Seattle").region("WA").postalCode("98109")
            .countryCode("US").build())
        .addLine(line("L-1", "SKU-1", "=SUM(A1:A2) mug", 2, Money.of("12.50", "USD"))
            .itemStatus(ItemStatus.ORDER_PLACED).paymentStatus(PaymentStatus.AUTHORIZED)
            .shippingCharge(Money.of("4.99", "USD")).tax(Money.of("1.30", "USD")).build())
        .addLine(line("L-2", "SKU-2", "Tea, green\nloose leaf", 1, Money.of("7.00", "USD"))
            .itemStatus(ItemStatus.PREPARING_TO_SHIP).paymentStatus(PaymentStatus.AUTHORIZED)
            .discount(Money.of("1.00", "USD")).customization("Engrave: -Love").build())
        .build();
  }

  /** Shipped, JPY: one line delivered (the phone must be gone), one in transit. */
  static Order shipped() {
    return Order.builder()
        .id(OrderId.of("250-0000002-0000002"))
        .marketplace(MarketplaceId.of("amazon.co.jp"))
        .purchasedAt(Instant.parse("2026-03-02T01:00:00Z"))
        .buyer(Buyer.builder().name("山田 太郎").phone(PHONE_JP).build())
        .deliveryAddress(Address.builder().recipient("山田 太郎").addStreetLine("神南1-2-3")
            .city("渋谷区").region("東京都").postalCode("150-0002").countryCode("JP").build())
        .addLine(line("L-3", "SKU-3", "ガジェット", 1, Money.of("1500", "JPY"))
            .itemStatus(ItemStatus.DELIVERED).paymentStatus(PaymentStatus.PAID).quantityShipped(1).build())
        .addLine(line("L-4", "SKU-4", "+plus size", 3, Money.of("800", "JPY"))
            .itemStatus(ItemStatus.IN_TRANSIT).paymentStatus(PaymentStatus.PAID).quantityShipped(3).build())
        .addShipment(Shipment.builder().trackingId(TrackingId.of("YT-1")).carrier(Carrier.of("Yamato"))
            .shippedAt(Instant.parse("2026-03-02T09:00:00Z")).addLine(ShipmentLine.of(LineId.of("L-3"), 1))
            .addLine(ShipmentLine.of(LineId.of("L-4"), 3)).build())
        .build();
  }

  /** Pending, EUR: left out of the Order report and the Unshipped orders report. */
  static Order pending() {
    return Order.builder()
        .id(OrderId.of("302-0000003-0000003"))
        .marketplace(MarketplaceId.of("amazon.de"))
        .purchasedAt(Instant.parse("2026-03-02T12:00:00Z"))
        .buyer(Buyer.builder().name("Jürgen Müller").build())
        .deliveryAddress(Address.builder().recipient("Jürgen Müller").addStreetLine("Leopoldstraße 12")
            .city("München").postalCode("80331").countryCode("DE").build())
        .addLine(line("L-5", "SKU-5", "Kaffeebecher", 1, Money.of("9.90", "EUR"))
            .paymentStatus(PaymentStatus.PAYMENT_PROCESSING).build())
        .build();
  }

  /** Cancelled, GBP: no buyer name, address or phone in any export. */
  static Order cancelled() {
    return Order.builder()
        .id(OrderId.of("202-0000004-0000004"))
        .marketplace(MarketplaceId.of("amazon.co.uk"))
        .purchasedAt(Instant.parse("2026-03-03T08:30:00Z"))
        .buyer(Buyer.builder().name("@handle").phone(PHONE_CANCELLED).build())
        .deliveryAddress(Address.builder().recipient("Ann Smith").addStreetLine("10 Downing St")
            .city("London").postalCode("SW1A 2AA").countryCode("GB").build())
        .addLine(line("L-6", "SKU-6", "Crème brûlée torch", 1, Money.of("25.00", "GBP"))
            .itemStatus(ItemStatus.UNFULFILLED).paymentStatus(PaymentStatus.NOT_CHARGED).build())
        .cancellation(Cancellation.of(CancellationReason.NO_STOCK, Party.SELLER,
            Instant.parse("2026-03-03T10:00:00Z")))
        .build();
  }

  /**
   * Partially shipped business order, USD: one line shipped, one still to ship, one refunded instead
   * of shipped (R16), which does not ship.
   */
  static Order partiallyShipped() {
    return Order.builder()
        .id(OrderId.of("113-0000005-0000005"))
        .marketplace(MarketplaceId.of("amazon.com"))
        .purchasedAt(Instant.parse("2026-03-04T23:45:00Z"))
        .firstReportedAt(Instant.parse("2026-03-05T02:00:00Z"))
        .subtypes(List.of(OrderSubtype.BUSINESS))
        .businessPurchaseOrder("PO-778899")
        .buyer(Buyer.builder().name("Ålesund, Inc.").phone("+1 555-0105").build())
        .deliveryAddress(Address.builder().recipient("Receiving dept.").addStreetLine("Road 1701")
            .addStreetLine("Dock 3").addStreetLine("-Gate B").city("Austin").region("TX").postalCode("73301")
            .countryCode("US").build())
        .addLine(line("L-7", "SKU-7", "12\" ruler", 4, Money.of("3.25", "USD"))
            .itemStatus(ItemStatus.SHIPPED).paymentStatus(PaymentStatus.PAID).quantityShipped(4).build())
        .addLine(line("L-8", "SKU-8", "-10% off bundle", 1, Money.of("40.00", "USD"))
            .itemStatus(ItemStatus.PREPARING_TO_SHIP).paymentStatus(PaymentStatus.PAID).build())
        .addLine(line("L-9", "SKU-9", "Widget", 1, Money.of("5.00", "USD"))
            .itemStatus(ItemStatus.ORDER_PLACED).paymentStatus(PaymentStatus.REFUNDED).build())
        .addShipment(Shipment.builder().trackingId(TrackingId.of("1Z-7")).carrier(Carrier.of("UPS"))
            .shippedAt(Instant.parse("2026-03-05T15:00:00Z")).addLine(ShipmentLine.of(LineId.of("L-7"), 4)).build())
        .addRefund(Refund.builder().id(RefundId.of("R-9")).reason(RefundReason.COULD_NOT_SHIP)
            .issuedAt(Instant.parse("2026-03-05T16:00:00Z")).addLine(RefundLine.of(LineId.of("L-9"), Money.of("5.00", "USD")))
            .state(RefundState.SUCCEEDED).build())
        .build();
  }

  static List<Order> all() {
    List<Order> orders = List.of(unshipped(), shipped(), pending(), cancelled(), partiallyShipped());
    List<OrderStatus> statuses = List.of(OrderStatus.UNSHIPPED, OrderStatus.SHIPPED, OrderStatus.PENDING,
        OrderStatus.CANCELLED, OrderStatus.PARTIALLY_SHIPPED);
    for (int i = 0; i < orders.size(); i++) {
      if (orders.get(i).status() != statuses.get(i)) {
        throw new AssertionError(orders.get(i).id() + " is " + orders.get(i).status() + ", meant " + statuses.get(i));
      }
    }
    return orders;
  }

  private static OrderLine.Builder line(String id, String sku, String title, int quantity, Money price) {
    return OrderLine.builder().id(LineId.of(id)).sku(Sku.of(sku)).listingId(ListingId.of("B0" + id))
        .title(title).quantityOrdered(quantity).unitPrice(price);
  }
}
