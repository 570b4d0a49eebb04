package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.money.Money;
import java.util.Currency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The responses of one v0 order combine into one value, or fail naming the response and path at fault. */
class AmazonOrderTest {
  private static OrdersV0.OrderItemsList itemsPage(String scenario, String document) {
    return Fixtures.READER.readGetOrderItems(Fixtures.v0(scenario, document));
  }

  @Test
  @DisplayName("the five responses of one order combine; the dedicated responses win over the embedded values")
  void combinesEveryResponse() {
    String s = "unshipped-business";
    AmazonOrder order = AmazonOrder.builder(Fixtures.order(s))
        .addItems(Fixtures.items(s))
        .address(Fixtures.READER.readGetOrderAddress(Fixtures.v0(s, "getOrderAddress")))
        .buyerInfo(Fixtures.READER.readGetOrderBuyerInfo(Fixtures.v0(s, "getOrderBuyerInfo")))
        .addItemsBuyerInfo(Fixtures.READER.readGetOrderItemsBuyerInfo(Fixtures.v0(s, "getOrderItemsBuyerInfo")))
        .build();
    assertThat(order.amazonOrderId()).isEqualTo("112-9834105-2239874");
    assertThat(order.items()).extracting(OrdersV0.OrderItem::orderItemId)
        .containsExactly("51048877342205", "51048877342317");
    assertThat(order.currency()).contains(Currency.getInstance("USD"));
    assertThat(order.buyerCompanyName()).contains("Northwind Clinics LLC");
    assertThat(order.shippingAddress().flatMap(OrdersV0.Address::name)).contains("Receiving Dept.");
    assertThat(order.buyerInfo().flatMap(OrdersV0.BuyerInfo::purchaseOrderNumber)).contains("PO-7781");
    OrdersV0.ItemBuyerInfo mug = order.itemBuyerInfo("51048877342317").orElseThrow();
    assertThat(mug.buyerCustomizedInfo()).isPresent();
    assertThat(mug.giftWrapPrice()).contains(Money.of("3.99", "USD"));
    assertThat(order.itemBuyerInfo("51048877342205")).isEmpty();
  }

  @Test
  @DisplayName("pages of items join in order when each but the last has a NextToken")
  void pagesOfItems() {
    String s = "partially-shipped-po";
    AmazonOrder order = AmazonOrder.builder(Fixtures.order(s))
        .addItems(itemsPage(s, "getOrderItems-1")).addItems(itemsPage(s, "getOrderItems-2")).build();
    assertThat(order.items()).extracting(OrdersV0.OrderItem::orderItemId)
        .containsExactly("60221834470981", "60221834471093");
    assertThat(order.currency()).contains(Currency.getInstance("GBP"));
  }

  @Test
  @DisplayName("a missing last page is refused: the last page given still has a NextToken")
  void incompletePages() {
    String s = "partially-shipped-po";
    assertThatThrownBy(() -> AmazonOrder.builder(Fixtures.order(s)).addItems(itemsPage(s, "getOrderItems-1")).build())
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("getOrderItems $.payload.NextToken = '(present)': another page follows: fetch it with this "
            + "token and add it before building");
  }

  @Test
  @DisplayName("a page after the last one is refused")
  void pageAfterLast() {
    String s = "partially-shipped-po";
    assertThatThrownBy(() -> AmazonOrder.builder(Fixtures.order(s))
        .addItems(itemsPage(s, "getOrderItems-2")).addItems(itemsPage(s, "getOrderItems-2")).build())
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessageStartingWith("getOrderItems[0] $.payload.NextToken = null: is absent, so this is the last page");
  }

  @Test
  @DisplayName("items of another order are refused, naming the id")
  void itemsOfAnotherOrder() {
    assertThatThrownBy(() -> AmazonOrder.builder(Fixtures.order("canceled")).addItems(Fixtures.items("preorder")).build())
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("getOrderItems $.payload.AmazonOrderId = '113-4410296-0071235': must be the order's id "
            + "'114-0092716-6650217'");
  }

  @Test
  @DisplayName("an order with no items is refused")
  void noItems() {
    OrdersV0.OrderItemsList empty = Fixtures.READER.readGetOrderItems(
        "{\"payload\":{\"AmazonOrderId\":\"114-0092716-6650217\",\"OrderItems\":[]}}");
    assertThatThrownBy(() -> AmazonOrder.builder(Fixtures.order("canceled")).addItems(empty).build())
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("getOrderItems $.payload.OrderItems = '[]': an order has at least one item");
    assertThatThrownBy(() -> AmazonOrder.builder(Fixtures.order("canceled")).build())
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessageContaining("no page of items was given");
  }

  @Test
  @DisplayName("an item of another currency than the order total is refused, naming its path")
  void itemOfAnotherCurrency() {
    String json = Fixtures.v0("canceled", "getOrderItems").replace("\"CurrencyCode\": \"USD\"", "\"CurrencyCode\": \"CAD\"");
    OrdersV0.OrderItemsList cad = Fixtures.READER.readGetOrderItems(json);
    assertThatThrownBy(() -> AmazonOrder.builder(Fixtures.order("canceled")).addItems(cad).build())
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("getOrderItems $.payload.OrderItems[0].ItemPrice.CurrencyCode = 'CAD': currency must be USD: "
            + "an order has one currency");
  }

  @Test
  @DisplayName("gift wrap in another currency, through getOrderItemsBuyerInfo, is refused")
  void giftWrapOfAnotherCurrency() {
    String s = "unshipped-business";
    String json = Fixtures.v0(s, "getOrderItemsBuyerInfo").replace("\"USD\", \"Amount\": \"0.36\"", "\"GBP\", \"Amount\": \"0.36\"");
    assertThatThrownBy(() -> AmazonOrder.builder(Fixtures.order(s)).addItems(Fixtures.items(s))
        .addItemsBuyerInfo(Fixtures.READER.readGetOrderItemsBuyerInfo(json)).build())
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("getOrderItemsBuyerInfo $.payload.OrderItems[0].GiftWrapTax.CurrencyCode = 'GBP': currency must be "
            + "USD: an order has one currency");
  }

  @Test
  @DisplayName("a COD sub-payment in another currency is refused")
  void paymentOfAnotherCurrency() {
    String json = Fixtures.v0("cod-jp", "getOrder").replace("\"Amount\": \"300\" }", "\"Amount\": \"300\" }")
        .replace("{ \"CurrencyCode\": \"JPY\", \"Amount\": \"500\" }", "{ \"CurrencyCode\": \"USD\", \"Amount\": \"5.00\" }");
    assertThatThrownBy(() -> AmazonOrder.builder(Fixtures.READER.readGetOrder(json)).addItems(Fixtures.items("cod-jp")).build())
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("getOrder $.payload.PaymentExecutionDetail[2].Payment.CurrencyCode = 'USD': currency must be JPY: "
            + "an order has one currency");
  }

  @Test
  @DisplayName("an item id repeated on a later page is refused")
  void itemOnTwoPages() {
    String s = "partially-shipped-po";
    String again = Fixtures.v0(s, "getOrderItems-2").replace("60221834471093", "60221834470981");
    assertThatThrownBy(() -> AmazonOrder.builder(Fixtures.order(s)).addItems(itemsPage(s, "getOrderItems-1"))
        .addItems(Fixtures.READER.readGetOrderItems(again)).build())
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("getOrderItems[1] $.payload.OrderItems[0].OrderItemId = '60221834470981': appears on an earlier page");
  }

  @Test
  @DisplayName("buyer information for an item the order does not have is refused")
  void buyerInfoForUnknownItem() {
    String s = "unshipped-business";
    String json = Fixtures.v0(s, "getOrderItemsBuyerInfo").replace("\"OrderItemId\": \"51048877342317\"", "\"OrderItemId\": \"99\"");
    assertThatThrownBy(() -> AmazonOrder.builder(Fixtures.order(s)).addItems(Fixtures.items(s))
        .addItemsBuyerInfo(Fixtures.READER.readGetOrderItemsBuyerInfo(json)).build())
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("getOrderItemsBuyerInfo $.payload.OrderItems[0].OrderItemId = '99': names an item the order does not have");
  }

  @Test
  @DisplayName("the address of another order is refused")
  void addressOfAnotherOrder() {
    OrdersV0.OrderAddress other = Fixtures.READER.readGetOrderAddress("{\"payload\":{\"AmazonOrderId\":\"1-2-3\"}}");
    assertThatThrownBy(() -> AmazonOrder.builder(Fixtures.order("canceled")).addItems(Fixtures.items("canceled"))
        .address(other).build())
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("getOrderAddress $.payload.AmazonOrderId = '1-2-3': must be the order's id '114-0092716-6650217'");
  }

  @Test
  @DisplayName("without getOrderAddress the order's embedded address and buyer are used; a pending order has none")
  void embeddedValues() {
    AmazonOrder cod = Fixtures.combined("cod-jp");
    assertThat(cod.shippingAddress().flatMap(OrdersV0.Address::name)).contains("佐藤 花子");
    assertThat(cod.buyerInfo().flatMap(OrdersV0.BuyerInfo::buyerName)).contains("佐藤 花子");
    assertThat(Fixtures.combined("pending-cvs").shippingAddress()).isEmpty();
    assertThat(Fixtures.combined("preorder").currency()).isEmpty();
  }
}
