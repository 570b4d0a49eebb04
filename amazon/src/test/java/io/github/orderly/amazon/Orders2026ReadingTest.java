package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Orders API 2026-01-01 responses read into their values, exactly. */
class Orders2026ReadingTest {
  private static final AmazonReader READER = Fixtures.READER;

  @ParameterizedTest(name = "{0}")
  @EnumSource(Orders2026.FulfillmentStatus.class)
  @DisplayName("every 2026-01-01 fulfilment status reads (the fixture's status replaced in memory)")
  void everyStatus(Orders2026.FulfillmentStatus status) {
    String json = Fixtures.v2026("getOrder-unshipped").replace("\"UNSHIPPED\"", "\"" + status.name() + "\"");
    assertThat(READER.readGetOrder2026(json).fulfillmentStatus()).contains(status);
  }

  @Test
  @DisplayName("getOrder with every dataset: buyer, recipient, proceeds, payment, fulfilment windows, items")
  void unshipped() {
    Orders2026.Order order = READER.readGetOrder2026(Fixtures.v2026("getOrder-unshipped"));
    assertThat(order.orderId()).isEqualTo("112-5520387-7780212");
    assertThat(order.orderAliases()).containsExactly(new Orders2026.Alias("SO-20260310-0107", "SELLER_ORDER_ID"));
    assertThat(order.programs()).containsExactly("PRIME", "AMAZON_BUSINESS");
    assertThat(order.buyer().flatMap(Orders2026.Buyer::buyerPurchaseOrderNumber)).contains("PO-55-A");
    Orders2026.CustomerAddress address = order.recipient().flatMap(Orders2026.Recipient::deliveryAddress).orElseThrow();
    assertThat(address.addressType()).contains("COMMERCIAL");
    assertThat(address.phone()).contains("+1 503-555-0190");
    Orders2026.OrderProceeds proceeds = order.proceeds().orElseThrow();
    assertThat(proceeds.grandTotal()).contains(Money.of("71.93", "USD"));
    assertThat(proceeds.breakdowns()).extracting(Orders2026.OrderProceedsBreakdown::type).containsExactly(
        Orders2026.ProceedsType.ITEM, Orders2026.ProceedsType.SHIPPING, Orders2026.ProceedsType.TAX,
        Orders2026.ProceedsType.DISCOUNT, Orders2026.ProceedsType.DELIVERY_TIP);
    assertThat(proceeds.breakdowns().get(3).subtotal()).isEqualTo(Money.of("-5.00", "USD"));
    assertThat(proceeds.breakdowns().get(4).status()).contains("PENDING");
    assertThat(order.payment().orElseThrow().paymentExecutions()).extracting(
        e -> e.paymentMethod().orElseThrow()).containsExactly("CreditCard", "GiftCard");
    Orders2026.OrderFulfillment fulfillment = order.fulfillment().orElseThrow();
    assertThat(fulfillment.fulfilledBy()).contains(Orders2026.FulfilledBy.MERCHANT);
    assertThat(fulfillment.fulfillmentServiceLevel()).contains("SECOND_DAY");
    assertThat(fulfillment.shipByWindow().flatMap(Orders2026.DateTimeRange::latestDateTime))
        .contains(Instant.parse("2026-03-11T15:59:59Z"));
    assertThat(fulfillment.deliverByWindow().flatMap(Orders2026.DateTimeRange::earliestDateTime))
        .contains(Instant.parse("2026-03-12T16:00:00Z"));
  }

  @Test
  @DisplayName("an item's price, proceeds per category with the tax detail, promotion, buyer request, gift, schedule")
  void items() {
    Orders2026.Order order = READER.readGetOrder2026(Fixtures.v2026("getOrder-unshipped"));
    Orders2026.OrderItem floss = order.orderItems().get(0);
    assertThat(floss.quantityOrdered()).isEqualTo(2);
    assertThat(floss.product().price().flatMap(Orders2026.ItemPrice::unitPrice)).contains(Money.of("24.99", "USD"));
    assertThat(floss.product().price().flatMap(Orders2026.ItemPrice::priceDesignation)).contains("BUSINESS_PRICE");
    Orders2026.ItemProceedsBreakdown tax = floss.proceeds().orElseThrow().breakdowns().get(2);
    assertThat(tax.type()).isEqualTo(Orders2026.ProceedsType.TAX);
    assertThat(tax.detailedBreakdowns()).extracting(d -> d.subtype().orElseThrow(), d -> d.value().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Orders2026.ProceedsType.ITEM, Money.of("3.16", "USD")),
            org.assertj.core.groups.Tuple.tuple(Orders2026.ProceedsType.SHIPPING, Money.of("0.35", "USD")));
    assertThat(floss.promotion().orElseThrow().breakdowns()).extracting(b -> b.promotionId().orElseThrow())
        .containsExactly("SPRING-FIVE");
    Orders2026.ItemCancellationRequest request = floss.cancellation().flatMap(Orders2026.ItemCancellation::cancellationRequest)
        .orElseThrow();
    assertThat(request.requester()).contains(Orders2026.CancellationParty.BUYER);
    assertThat(request.cancelReason()).contains("Ordered the wrong size");
    assertThat(floss.fulfillment().flatMap(Orders2026.ItemFulfillment::shipping)
        .flatMap(Orders2026.ItemShipping::scheduledDeliveryWindow).flatMap(Orders2026.DateTimeRange::latestDateTime))
        .contains(Instant.parse("2026-03-12T23:00:00Z"));
    Orders2026.OrderItem brush = order.orderItems().get(1);
    assertThat(brush.product().customization().flatMap(Orders2026.ItemCustomization::customizedUrl))
        .contains("https://custom.example.com/orders/31122904481228.zip");
    assertThat(brush.fulfillment().flatMap(Orders2026.ItemFulfillment::packing).flatMap(Orders2026.ItemPacking::giftOption)
        .flatMap(Orders2026.GiftOption::giftMessage)).contains("Keep smiling");
  }

  @Test
  @DisplayName("a shipped order with its package: carrier, tracking number, ship time, units; a replacement")
  void shippedWithPackage() {
    Orders2026.Order order = READER.readGetOrder2026(Fixtures.v2026("getOrder-shipped"));
    assertThat(order.associatedOrders()).containsExactly(new Orders2026.AssociatedOrder(
        java.util.Optional.of("171-9900110-2200331"), java.util.Optional.of("REPLACEMENT_ORIGINAL_ID")));
    Orders2026.OrderPackage parcel = order.packages().get(0);
    assertThat(parcel.carrier()).contains("Yamato");
    assertThat(parcel.trackingNumber()).contains("4455-6677-8899");
    assertThat(parcel.shipTime()).contains(Instant.parse("2026-01-21T03:30:00Z"));
    assertThat(parcel.packageStatus().map(Orders2026.PackageStatus::status)).contains(Orders2026.PackageState.DELIVERED);
    assertThat(parcel.packageItems()).containsExactly(new Orders2026.PackageItem("41009935520117", 3));
    assertThat(order.orderItems().get(0).expense().flatMap(Orders2026.ItemExpense::pointsCost)
        .flatMap(Orders2026.ItemPointsCost::pointsGranted).flatMap(Orders2026.PointsGranted::pointsMonetaryValue))
        .contains(Money.of("36", "JPY"));
  }

  @Test
  @DisplayName("searchOrders: a pre-order and a cancelled order, the next token and the created-before echo")
  void search() {
    Orders2026.SearchOrdersResponse page = READER.readSearchOrders(Fixtures.v2026("searchOrders"));
    assertThat(page.nextToken()).contains("search-page-2");
    assertThat(page.createdBefore()).contains(Instant.parse("2026-03-03T00:00:00Z"));
    assertThat(page.orders()).extracting(o -> o.fulfillmentStatus().orElseThrow()).containsExactly(
        Orders2026.FulfillmentStatus.PENDING_AVAILABILITY, Orders2026.FulfillmentStatus.CANCELLED);
    Orders2026.ItemCancellationExecution cancelled = page.orders().get(1).orderItems().get(0).cancellation()
        .flatMap(Orders2026.ItemCancellation::cancellationExecution).orElseThrow();
    assertThat(cancelled.cancelledBy()).contains(Orders2026.CancellationParty.MERCHANT);
    assertThat(cancelled.cancelReason()).contains("Buyer requested cancellation");
  }

  @Test
  @DisplayName("an order without the FULFILLMENT dataset has no status")
  void withoutFulfilment() {
    String json = "{\"order\":{\"orderId\":\"1\",\"createdTime\":\"2026-01-01T00:00:00Z\",\"lastUpdatedTime\":\"2026-01-01T00:00:00Z\","
        + "\"salesChannel\":{\"channelName\":\"AMAZON\"},\"orderItems\":[{\"orderItemId\":\"a\",\"quantityOrdered\":1,\"product\":{}}]}}";
    assertThat(READER.readGetOrder2026(json).fulfillmentStatus()).isEmpty();
  }

  @Test
  @DisplayName("bad input: no items, unknown status, wrong-scale yen, mixed currencies, packages of unknown items")
  void badInput() {
    String base = Fixtures.v2026("getOrder-shipped");
    String noItems = base.substring(0, base.indexOf("\"orderItems\"")) + "\"orderItems\": [], \"packages\": [] } }";
    assertThatThrownBy(() -> READER.readGetOrder2026(noItems))
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("getOrder(2026-01-01) $.order.orderItems = '[]': an order has at least one item");
    assertThatThrownBy(() -> READER.readGetOrder2026(base.replace("\"SHIPPED\"", "\"SHIPPING\"")))
        .hasMessageStartingWith("getOrder(2026-01-01) $.order.fulfillment.fulfillmentStatus = 'SHIPPING': is not one of "
            + "[PENDING_AVAILABILITY, PENDING, UNSHIPPED, ");
    assertThatThrownBy(() -> READER.readGetOrder2026(base.replace("\"amount\": \"1200\"", "\"amount\": \"1200.5\"")))
        .hasMessage("getOrder(2026-01-01) $.order.orderItems[0].product.price.unitPrice.amount = '1200.5': has 1 decimals"
            + " but JPY allows at most 0");
    assertThatThrownBy(() -> READER.readGetOrder2026(base.replace("{ \"amount\": \"36\", \"currencyCode\": \"JPY\" }",
        "{ \"amount\": \"0.36\", \"currencyCode\": \"USD\" }")))
        .hasMessage("getOrder(2026-01-01) $.order.orderItems[0].expense.pointsCost.pointsGranted.pointsMonetaryValue."
            + "currencyCode = 'USD': currency must be JPY like orderItems[0].product.price.unitPrice: an order has one currency");
    assertThatThrownBy(() -> READER.readGetOrder2026(base.replace("{ \"orderItemId\": \"41009935520117\", \"quantity\": 3",
        "{ \"orderItemId\": \"1\", \"quantity\": 3")))
        .hasMessage("getOrder(2026-01-01) $.order.packages[0].packageItems[0].orderItemId = '1': names an item the order "
            + "does not have");
    assertThatThrownBy(() -> READER.readGetOrder2026(base.replace("\"createdTime\": \"2026-01-20T09:00:00Z\",", "")))
        .hasMessage("getOrder(2026-01-01) $.order.createdTime = null: is required");
    String tipOnItem = Fixtures.v2026("getOrder-unshipped").replace("{ \"type\": \"ITEM\", \"subtotal\": { \"amount\": \"15.00\"",
        "{ \"type\": \"DELIVERY_TIP\", \"subtotal\": { \"amount\": \"15.00\"");
    assertThatThrownBy(() -> READER.readGetOrder2026(tipOnItem))
        .hasMessage("getOrder(2026-01-01) $.order.orderItems[1].proceeds.breakdowns[0].type = 'DELIVERY_TIP': is charged "
            + "for the order, never for an item");
  }

  @Test
  @DisplayName("an error document raises the API's errors; unknown fields are refused or reported")
  void errorsAndUnknownFields() {
    assertThatThrownBy(() -> READER.readSearchOrders("{\"errors\":[{\"code\":\"InvalidInput\",\"message\":\"Invalid Input\"}]}"))
        .isInstanceOf(AmazonApiException.class)
        .hasMessage("searchOrders: the marketplace answered with errors [InvalidInput: Invalid Input]");
    String extra = Fixtures.v2026("getOrder-shipped").replace("\"programs\": [],", "\"programs\": [], \"loyalty\": 3,");
    assertThatThrownBy(() -> READER.readGetOrder2026(extra))
        .hasMessageStartingWith("getOrder(2026-01-01) $.order.loyalty = null: unknown property 'loyalty'");
    List<String> unknown = new ArrayList<>();
    assertThat(AmazonReader.tolerant(unknown::add).readGetOrder2026(extra).orderId()).isEqualTo("171-3308120-4456002");
    assertThat(unknown).containsExactly("getOrder(2026-01-01) $.order.loyalty");
  }
}
