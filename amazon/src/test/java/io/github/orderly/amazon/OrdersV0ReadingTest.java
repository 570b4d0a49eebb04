package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture of the Orders API v0 is read into the values it holds. */
class OrdersV0ReadingTest {
  static List<Object[]> statuses() {
    return List.of(
        new Object[] {"preorder", OrdersV0.OrderStatus.PENDING_AVAILABILITY},
        new Object[] {"pending-cvs", OrdersV0.OrderStatus.PENDING},
        new Object[] {"unshipped-business", OrdersV0.OrderStatus.UNSHIPPED},
        new Object[] {"partially-shipped-po", OrdersV0.OrderStatus.PARTIALLY_SHIPPED},
        new Object[] {"shipped-afn-replacement", OrdersV0.OrderStatus.SHIPPED},
        new Object[] {"invoice-unconfirmed", OrdersV0.OrderStatus.INVOICE_UNCONFIRMED},
        new Object[] {"canceled", OrdersV0.OrderStatus.CANCELED},
        new Object[] {"unfulfillable", OrdersV0.OrderStatus.UNFULFILLABLE});
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @MethodSource("statuses")
  @DisplayName("every v0 order status has a fixture, and each reads as its status")
  void everyStatus(String scenario, OrdersV0.OrderStatus status) {
    assertThat(Fixtures.order(scenario).orderStatus()).isEqualTo(status);
  }

  @Test
  @DisplayName("the fixtures cover all eight v0 statuses")
  void fixturesCoverEveryStatus() {
    assertThat(statuses()).extracting(row -> row[1]).containsExactlyInAnyOrder((Object[]) OrdersV0.OrderStatus.values());
  }

  @Test
  @DisplayName("a pre-order: PendingAvailability, order type Preorder, ship window, no address and no prices yet")
  void preorder() {
    OrdersV0.Order order = Fixtures.order("preorder");
    assertThat(order.orderType()).contains(OrdersV0.OrderType.PREORDER);
    assertThat(order.earliestShipDate()).contains(Instant.parse("2026-04-14T07:00:00Z"));
    assertThat(order.latestShipDate()).contains(Instant.parse("2026-04-16T06:59:59Z"));
    assertThat(order.shippingAddress()).isEmpty();
    assertThat(order.orderTotal()).isEmpty();
    OrdersV0.OrderItem item = Fixtures.items("preorder").orderItems().get(0);
    assertThat(item.itemPrice()).isEmpty();
    assertThat(item.gift()).contains(false);
  }

  @Test
  @DisplayName("a pending convenience-store order in yen: CVS, JPY amounts without decimals, buyer e-mail only")
  void pendingConvenienceStore() {
    OrdersV0.Order order = Fixtures.order("pending-cvs");
    assertThat(order.paymentMethod()).contains(OrdersV0.PaymentMethod.CVS);
    assertThat(order.paymentMethodDetails()).containsExactly("ConvenienceStore");
    assertThat(order.orderTotal()).contains(Money.of("3980", "JPY"));
    assertThat(order.buyerInfo().flatMap(OrdersV0.BuyerInfo::buyerEmail))
        .contains("q8w2hx0lpn5s7dk@marketplace.amazon.co.jp");
    assertThat(order.buyerInfo().flatMap(OrdersV0.BuyerInfo::buyerName)).isEmpty();
    OrdersV0.OrderItem item = Fixtures.items("pending-cvs").orderItems().get(0);
    assertThat(item.itemPrice()).contains(Money.of("3480", "JPY"));
    assertThat(item.title()).contains("南部鉄器 急須 0.8L");
  }

  @Test
  @DisplayName("R21 R22: a business Prime order with a PO number, several payment methods, ship and delivery windows")
  void unshippedBusiness() {
    OrdersV0.Order order = Fixtures.order("unshipped-business");
    assertThat(order.businessOrder()).isTrue();
    assertThat(order.prime()).isTrue();
    assertThat(order.premiumOrder()).isFalse();
    assertThat(order.sellerOrderId()).contains("SO-20260301-0042");
    assertThat(order.buyerInfo().flatMap(OrdersV0.BuyerInfo::purchaseOrderNumber)).contains("PO-7781");
    assertThat(order.paymentMethodDetails()).containsExactly("CreditCard", "GiftCertificate");
    assertThat(order.shipmentServiceLevelCategory()).contains("SecondDay");
    assertThat(order.earliestDeliveryDate()).contains(Instant.parse("2026-03-03T16:00:00Z"));
    assertThat(order.latestDeliveryDate()).contains(Instant.parse("2026-03-05T07:59:59Z"));
    OrdersV0.Address address = order.shippingAddress().orElseThrow();
    assertThat(address.companyName()).contains("Northwind Clinics LLC");
    assertThat(address.addressLine2()).contains("Suite 300");
    assertThat(address.addressType()).contains(OrdersV0.AddressType.COMMERCIAL);
    assertThat(address.phone()).contains("+1 206-555-0142");
  }

  @Test
  @DisplayName("every price component of an item: price, taxes, shipping and its discount, promotion and its tax")
  void priceComponents() {
    OrdersV0.OrderItem gloves = Fixtures.items("unshipped-business").orderItems().get(0);
    assertThat(gloves.quantityOrdered()).isEqualTo(2);
    assertThat(gloves.itemPrice()).contains(Money.of("50.00", "USD"));
    assertThat(gloves.itemTax()).contains(Money.of("4.50", "USD"));
    assertThat(gloves.shippingPrice()).contains(Money.of("5.99", "USD"));
    assertThat(gloves.shippingTax()).contains(Money.of("0.54", "USD"));
    assertThat(gloves.shippingDiscount()).contains(Money.of("5.99", "USD"));
    assertThat(gloves.shippingDiscountTax()).contains(Money.of("0.54", "USD"));
    assertThat(gloves.promotionDiscount()).contains(Money.of("5.00", "USD"));
    assertThat(gloves.promotionDiscountTax()).contains(Money.of("0.45", "USD"));
    assertThat(gloves.promotionIds()).containsExactly("FREESHIP-2026", "SPRING10");
    assertThat(gloves.priceDesignation()).contains("BusinessPrice");
    assertThat(gloves.buyerRequestedCancel().map(OrdersV0.BuyerRequestedCancel::requested)).contains(false);
  }

  @Test
  @DisplayName("a gift item with gift wrap, its tax, the message and the wrap level")
  void giftWrap() {
    OrdersV0.OrderItem mug = Fixtures.items("unshipped-business").orderItems().get(1);
    assertThat(mug.gift()).contains(true);
    OrdersV0.ItemBuyerInfo info = mug.buyerInfo().orElseThrow();
    assertThat(info.giftWrapPrice()).contains(Money.of("3.99", "USD"));
    assertThat(info.giftWrapTax()).contains(Money.of("0.36", "USD"));
    assertThat(info.giftMessageText()).contains("Thank you, team!");
    assertThat(info.giftWrapLevel()).contains("Classic");
  }

  @Test
  @DisplayName("R21: a PO number on an order that is not a business order is kept")
  void purchaseOrderOnConsumerOrder() {
    OrdersV0.Order order = Fixtures.order("partially-shipped-po");
    assertThat(order.businessOrder()).isFalse();
    assertThat(order.buyerInfo().flatMap(OrdersV0.BuyerInfo::purchaseOrderNumber)).contains("HOUSE-REFIT-12");
  }

  @Test
  @DisplayName("a buyer's cancellation request per item, with the buyer's reason")
  void buyerRequestedCancel() {
    OrdersV0.OrderItemsList page2 = Fixtures.READER.readGetOrderItems(Fixtures.v0("partially-shipped-po", "getOrderItems-2"));
    OrdersV0.BuyerRequestedCancel request = page2.orderItems().get(0).buyerRequestedCancel().orElseThrow();
    assertThat(request.requested()).isTrue();
    assertThat(request.buyerCancelReason()).contains("Found them locally");
    OrdersV0.OrderItemsList page1 = Fixtures.READER.readGetOrderItems(Fixtures.v0("partially-shipped-po", "getOrderItems-1"));
    assertThat(page1.nextToken()).contains("page-2-of-202-6650913-4471820");
    assertThat(page1.orderItems().get(0).quantityShipped()).contains(1);
    assertThat(page2.nextToken()).isEmpty();
  }

  @Test
  @DisplayName("R18: a marketplace-fulfilled replacement order shipped without any tracking data, premium and Prime")
  void shippedMarketplaceFulfilled() {
    OrdersV0.Order order = Fixtures.order("shipped-afn-replacement");
    assertThat(order.fulfillmentChannel()).contains(OrdersV0.FulfillmentChannel.AFN);
    assertThat(order.replacementOrder()).isTrue();
    assertThat(order.replacedOrderId()).contains("306-9981230-1100457");
    assertThat(order.premiumOrder()).isTrue();
    assertThat(order.prime()).isTrue();
    assertThat(order.purchaseDate()).isEqualTo(Instant.parse("2026-01-10T18:22:45.125Z"));
    assertThat(order.shippingAddress().flatMap(OrdersV0.Address::phone)).isEmpty();
    assertThat(order.earliestShipDate()).isEmpty();
    OrdersV0.OrderItem item = Fixtures.items("shipped-afn-replacement").orderItems().get(0);
    assertThat(item.quantityShipped()).contains(item.quantityOrdered());
    assertThat(item.itemPrice()).contains(Money.of("0.00", "EUR"));
  }

  @Test
  @DisplayName("an invoice-unconfirmed business order bought and resold by Amazon Business EU (IBA)")
  void invoiceUnconfirmed() {
    OrdersV0.Order order = Fixtures.order("invoice-unconfirmed");
    assertThat(order.iba()).isTrue();
    assertThat(order.soldByAb()).isTrue();
    assertThat(order.paymentMethodDetails()).containsExactly("Invoice");
    assertThat(Fixtures.items("invoice-unconfirmed").orderItems().get(0).quantityShipped()).contains(4);
  }

  @Test
  @DisplayName("a cancelled order: no address, the item's buyer cancellation request")
  void canceled() {
    OrdersV0.Order order = Fixtures.order("canceled");
    assertThat(order.shippingAddress()).isEmpty();
    assertThat(Fixtures.items("canceled").orderItems().get(0).buyerRequestedCancel()
        .flatMap(OrdersV0.BuyerRequestedCancel::buyerCancelReason)).contains("Ordered by mistake");
  }

  @Test
  @DisplayName("an unfulfillable multi-channel order: flags absent read as false, no payment method")
  void unfulfillable() {
    OrdersV0.Order order = Fixtures.order("unfulfillable");
    assertThat(order.salesChannel()).contains("Non-Amazon");
    assertThat(order.paymentMethod()).isEmpty();
    assertThat(order.iba()).isFalse();
    assertThat(order.replacementOrder()).isFalse();
    assertThat(Fixtures.items("unfulfillable").orderItems().get(0).title()).contains("Soy candle, 9 oz");
  }

  @Test
  @DisplayName("a cash-on-delivery order: COD sub-payments, COD fee, points and a scheduled delivery window")
  void cashOnDelivery() {
    OrdersV0.Order order = Fixtures.order("cod-jp");
    assertThat(order.paymentMethod()).contains(OrdersV0.PaymentMethod.COD);
    assertThat(order.paymentExecutionDetail()).extracting(OrdersV0.PaymentExecutionDetailItem::paymentMethod,
        OrdersV0.PaymentExecutionDetailItem::payment).containsExactly(
            org.assertj.core.groups.Tuple.tuple("COD", Money.of("2000", "JPY")),
            org.assertj.core.groups.Tuple.tuple("PointsAccount", Money.of("300", "JPY")),
            org.assertj.core.groups.Tuple.tuple("GC", Money.of("500", "JPY")));
    OrdersV0.OrderItem item = Fixtures.items("cod-jp").orderItems().get(0);
    assertThat(item.codFee()).contains(Money.of("400", "JPY"));
    assertThat(item.codFeeDiscount()).contains(Money.of("0", "JPY"));
    assertThat(item.pointsGranted().flatMap(OrdersV0.PointsGrantedDetail::pointsNumber)).contains(29);
    assertThat(item.scheduledDeliveryStartDate()).contains(Instant.parse("2026-03-10T00:00:00Z"));
    assertThat(item.scheduledDeliveryEndDate()).contains(Instant.parse("2026-03-10T03:00:00Z"));
  }

  @Test
  @DisplayName("getOrders: a page of orders with its next token; the time-filter echo is read past")
  void ordersPage() {
    OrdersV0.OrdersList page = Fixtures.READER.readGetOrders(Fixtures.text("v0/getOrders-page.json"));
    assertThat(page.nextToken()).contains("orders-page-2");
    assertThat(page.orders()).extracting(OrdersV0.Order::amazonOrderId)
        .containsExactly("113-4410296-0071235", "114-0092716-6650217");
    assertThat(page.orders().get(1).orderTotal()).contains(Money.of("24.99", "USD"));
  }

  @Test
  @DisplayName("getOrderAddress, getOrderBuyerInfo and getOrderItemsBuyerInfo read their payloads")
  void restrictedResponses() {
    OrdersV0.OrderAddress address = Fixtures.READER.readGetOrderAddress(Fixtures.v0("unshipped-business", "getOrderAddress"));
    assertThat(address.buyerCompanyName()).contains("Northwind Clinics LLC");
    assertThat(address.shippingAddress().flatMap(OrdersV0.Address::name)).contains("Receiving Dept.");
    OrdersV0.OrderBuyerInfo buyer = Fixtures.READER.readGetOrderBuyerInfo(Fixtures.v0("unshipped-business", "getOrderBuyerInfo"));
    assertThat(buyer.toBuyerInfo()).isEqualTo(new OrdersV0.BuyerInfo(Optional.of("3kd9x2m1pq@marketplace.amazon.com"),
        Optional.of("Dana Whitfield"), Optional.of("PO-7781")));
    OrdersV0.OrderItemsBuyerInfoList items = Fixtures.READER.readGetOrderItemsBuyerInfo(
        Fixtures.v0("unshipped-business", "getOrderItemsBuyerInfo"));
    assertThat(items.orderItems().get(0).buyerCustomizedInfo().flatMap(OrdersV0.BuyerCustomizedInfoDetail::customizedUrl))
        .contains("https://custom.example.com/orders/51048877342317.zip");
    assertThat(Map.of("id", items.orderItems().get(0).orderItemId())).containsEntry("id", "51048877342317");
  }

  @Test
  @DisplayName("an address without a restricted-data token (no name, no street lines) is read as the partial address it is")
  void partialAddress() {
    OrdersV0.OrderAddress partial = Fixtures.READER.readGetOrderAddress("{\"payload\":{\"AmazonOrderId\":\"1-2-3\","
        + "\"ShippingAddress\":{\"City\":\"SEATTLE\",\"StateOrRegion\":\"WA\",\"PostalCode\":\"98101\",\"CountryCode\":\"US\"}}}");
    OrdersV0.Address address = partial.shippingAddress().orElseThrow();
    assertThat(address.name()).isEmpty();
    assertThat(address.addressLine1()).isEmpty();
    assertThat(address.postalCode()).contains("98101");
  }
}
