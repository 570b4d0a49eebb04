package io.github.orderly.testkit.core.policy;

import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.BuyerCancellationRequest;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.LineId;
import io.github.orderly.order.ListingId;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Sku;
import io.github.orderly.status.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/** Small hand-made orders for the rules' scenarios. */
final class TestOrders {
  static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private TestOrders() {}

  static Instant at(String localDateTime, ZoneId zone) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  /** An unshipped seller-fulfilled order: payable, nothing confirmed (R2). */
  static Order.Builder unshipped(String id, Instant purchasedAt) {
    return Order.builder()
        .id(OrderId.of(id))
        .marketplace(MarketplaceId.of("amazon.com"))
        .purchasedAt(purchasedAt)
        .deliveryAddress(Address.builder().recipient("Jane Doe").addStreetLine("1 Main St").city("Seattle")
            .countryCode("US").build())
        .fulfilmentChannel(FulfilmentChannel.SELLER)
        .addLine(line(PaymentStatus.AUTHORIZED));
  }

  /** A pending order: payment still processing (R1, R12). */
  static Order.Builder pending(String id, Instant purchasedAt) {
    return unshipped(id, purchasedAt).lines(java.util.List.of(line(PaymentStatus.PAYMENT_PROCESSING)));
  }

  static BuyerCancellationRequest request(Instant at) {
    return BuyerCancellationRequest.builder().requestedAt(at).reason("Ordered by mistake").build();
  }

  private static OrderLine line(PaymentStatus payment) {
    return OrderLine.builder()
        .id(LineId.of("L1"))
        .sku(Sku.of("SKU-1"))
        .listingId(ListingId.of("B000000001"))
        .title("Widget")
        .quantityOrdered(1)
        .unitPrice(Money.of(new BigDecimal("19.99"), Currency.getInstance("USD")))
        .paymentStatus(payment)
        .build();
  }
}
