package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.money.Money;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.OrderSubtype;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.TrackingId;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Orders API 2026-01-01 orders into Orderly orders (R41: the derived status is the API's) and their status back. */
class AmazonOrders2026MappingTest {
  private static final String UNSHIPPED = Fixtures.v2026("getOrder-unshipped");
  private static final String FIRST_UNFULFILLED = "\"quantityFulfilled\": 0,\n          \"quantityUnfulfilled\": 2";
  private static final String SECOND_UNFULFILLED = "\"quantityFulfilled\": 0,\n          \"quantityUnfulfilled\": 1";

  private static String replaced(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }

  /** The unshipped fixture in another status, with the units fulfilled that status has. */
  private static String inStatus(Orders2026.FulfillmentStatus status) {
    String json = replaced(UNSHIPPED, "\"fulfillmentStatus\": \"UNSHIPPED\"",
        "\"fulfillmentStatus\": \"" + status.name() + "\"");
    return switch (status) {
      case PARTIALLY_SHIPPED -> replaced(json, SECOND_UNFULFILLED,
          "\"quantityFulfilled\": 1,\n          \"quantityUnfulfilled\": 0");
      case SHIPPED -> replaced(replaced(json, SECOND_UNFULFILLED,
          "\"quantityFulfilled\": 1,\n          \"quantityUnfulfilled\": 0"), FIRST_UNFULFILLED,
          "\"quantityFulfilled\": 2,\n          \"quantityUnfulfilled\": 0");
      case UNFULFILLABLE -> replaced(json, "\"fulfilledBy\": \"MERCHANT\"", "\"fulfilledBy\": \"AMAZON\"");
      default -> json;
    };
  }

  private static Order mapped(String json) {
    return AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(json));
  }

  @Test
  @DisplayName("R41, R52: every 2026-01-01 status maps to line statuses whose derived status is the API's, and back")
  void every2026Status_derivesTheApisStatus_andMapsBack() {
    Map<Orders2026.FulfillmentStatus, Order> orders = new EnumMap<>(Orders2026.FulfillmentStatus.class);
    for (Orders2026.FulfillmentStatus status : Orders2026.FulfillmentStatus.values()) {
      Order order = mapped(inStatus(status));
      orders.put(status, order);
      assertThat(order.status()).as(status.name()).isEqualTo(AmazonOrders.orderlyStatus(status));
      assertThat(AmazonOrders.v2026Status(order)).as(status.name()).isEqualTo(status);
      assertThat(order.upstream().orElseThrow().observedAt()).isEqualTo(Instant.parse("2026-03-10T14:35:00Z"));
    }
    assertThat(orders.get(Orders2026.FulfillmentStatus.PENDING_AVAILABILITY).lines())
        .as("a pre-order's lines await release (R52)")
        .allSatisfy(l -> assertThat(l.itemStatus()).isEqualTo(ItemStatus.AWAITING_RELEASE));
    assertThat(orders.get(Orders2026.FulfillmentStatus.UNFULFILLABLE).lines())
        .allSatisfy(l -> assertThat(l.itemStatus()).isEqualTo(ItemStatus.UNABLE_TO_FULFILL));
    assertThat(orders.get(Orders2026.FulfillmentStatus.CANCELLED).cancellation().orElseThrow().reasonGiven()).isFalse();
    Order partly = orders.get(Orders2026.FulfillmentStatus.PARTIALLY_SHIPPED);
    assertThat(partly.shipments()).singleElement().satisfies(s -> {
      assertThat(s.reportedByMarketplace()).isTrue();
      assertThat(s.trackingId()).isEmpty();
      assertThat(s.lines()).containsExactly(ShipmentLine.of(LineId.of("31122904481228"), 1));
    });
  }

  @Test
  @DisplayName("R21, R22, R10: an unshipped order: PO number, Business Prime and Second day, prices from the"
      + " proceeds, the buyer's cancellation request, the address, the seller's order id")
  void unshipped() {
    Order order = mapped(UNSHIPPED);
    assertThat(order.status()).isEqualTo(OrderStatus.UNSHIPPED);
    assertThat(order.businessPurchaseOrder()).contains("PO-55-A");
    assertThat(order.subtypes()).containsExactlyInAnyOrder(OrderSubtype.BUSINESS_PRIME, OrderSubtype.SECOND_DAY);
    assertThat(order.merchantOrderId().orElseThrow().value()).isEqualTo("SO-20260310-0107");
    assertThat(order.shipBy()).contains(Instant.parse("2026-03-11T15:59:59Z"));
    OrderLine floss = order.line(LineId.of("31122904481116")).orElseThrow();
    assertThat(floss.unitPrice()).isEqualTo(Money.of("24.99", "USD"));
    assertThat(floss.shippingCharge()).isEqualTo(Money.of("4.99", "USD"));
    assertThat(floss.tax()).isEqualTo(Money.of("3.51", "USD"));
    assertThat(floss.discount()).isEqualTo(Money.of("5.00", "USD"));
    assertThat(floss.charge()).isEqualTo(Money.of("53.48", "USD"));
    assertThat(order.line(LineId.of("31122904481228")).orElseThrow().customization())
        .contains("https://custom.example.com/orders/31122904481228.zip");
    assertThat(order.cancellationRequests()).as("R10: the request of the item that asks, at lastUpdatedTime")
        .singleElement().satisfies(r -> {
          assertThat(r.lines()).containsExactly(LineId.of("31122904481116"));
          assertThat(r.requestedAt()).isEqualTo(Instant.parse("2026-03-10T14:35:00Z"));
          assertThat(r.reason()).contains("Ordered the wrong size");
        });
    assertThat(order.deliveryAddress().orElseThrow().streetLines()).containsExactly("77 Pine St", "Floor 2");
  }

  @Test
  @DisplayName("R7: a shipped order's package becomes a shipment with its tracking number, carrier and ship time")
  void shippedWithAPackage() {
    Order order = mapped(Fixtures.v2026("getOrder-shipped"));
    assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(order.fulfilmentChannel()).isEqualTo(FulfilmentChannel.SELLER);
    assertThat(order.shipments()).singleElement().satisfies(s -> {
      assertThat(s.trackingId()).contains(TrackingId.of("4455-6677-8899"));
      assertThat(s.carrier()).contains(Carrier.of("Yamato"));
      assertThat(s.shippedAt()).isEqualTo(Instant.parse("2026-01-21T03:30:00Z"));
      assertThat(s.lines()).containsExactly(ShipmentLine.of(LineId.of("41009935520117"), 3));
    });
    assertThat(order.lines().get(0).unitPrice()).isEqualTo(Money.of("1200", "JPY"));
  }

  @Test
  @DisplayName("bad input names the path and the problem: no fulfillment, no SKU, units the status contradicts")
  void badInput() {
    assertThatThrownBy(() -> mapped(replaced(UNSHIPPED, "\"sellerSku\": \"FLOSS-200\",", "")))
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("orderItems[0].product.sellerSku = null: required: an Orderly line names the seller's SKU");
    assertThatThrownBy(() -> mapped(replaced(UNSHIPPED, SECOND_UNFULFILLED,
        "\"quantityFulfilled\": 1,\n          \"quantityUnfulfilled\": 0")))
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("orderItems[1].fulfillment.quantityFulfilled = '1': must be 0: the order is UNSHIPPED");
    Orders2026.Order withoutFulfillment = Fixtures.READER.readSearchOrders(Fixtures.v2026("searchOrders")).orders()
        .get(0);
    Orders2026.Order stripped = new Orders2026.Order(withoutFulfillment.orderId(), withoutFulfillment.orderAliases(),
        withoutFulfillment.createdTime(), withoutFulfillment.lastUpdatedTime(), withoutFulfillment.programs(),
        withoutFulfillment.associatedOrders(), withoutFulfillment.salesChannel(), withoutFulfillment.buyer(),
        withoutFulfillment.recipient(), withoutFulfillment.proceeds(), withoutFulfillment.payment(),
        java.util.Optional.empty(), withoutFulfillment.orderItems(), withoutFulfillment.packages());
    assertThatThrownBy(() -> AmazonOrders.toOrder(stripped))
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("fulfillment = null: required: read the order with includedData FULFILLMENT");
  }
}
