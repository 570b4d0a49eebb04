package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.Rule;
import io.github.orderly.access.Role;
import io.github.orderly.money.Money;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.ChargeComponent;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.InvoiceConfirmation;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.OrderSubtype;
import io.github.orderly.order.Party;
import io.github.orderly.order.PaymentMethod;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.TrackingId;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.workflow.ConfirmShipment;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.WorkflowContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Orders API v0 orders into Orderly orders (R41: the derived status is the API's) and their status back. */
class AmazonOrdersV0MappingTest {

  /** The scenario's order with every page of its items. */
  static AmazonOrder combined(String scenario) {
    if (scenario.equals("partially-shipped-po")) {
      return AmazonOrder.builder(Fixtures.order(scenario))
          .addItems(Fixtures.READER.readGetOrderItems(Fixtures.v0(scenario, "getOrderItems-1")))
          .addItems(Fixtures.READER.readGetOrderItems(Fixtures.v0(scenario, "getOrderItems-2")))
          .build();
    }
    return Fixtures.combined(scenario);
  }

  static Order mapped(String scenario) {
    return AmazonOrders.toOrder(combined(scenario));
  }

  @Test
  @DisplayName("R41, R52: every v0 status maps to line statuses whose derived status is the API's, and back")
  void everyV0Status_derivesTheApisStatus_andMapsBack() {
    Map<String, OrdersV0.OrderStatus> scenarios = Map.of(
        "preorder", OrdersV0.OrderStatus.PENDING_AVAILABILITY,
        "pending-cvs", OrdersV0.OrderStatus.PENDING,
        "unshipped-business", OrdersV0.OrderStatus.UNSHIPPED,
        "cod-jp", OrdersV0.OrderStatus.UNSHIPPED,
        "partially-shipped-po", OrdersV0.OrderStatus.PARTIALLY_SHIPPED,
        "shipped-afn-replacement", OrdersV0.OrderStatus.SHIPPED,
        "invoice-unconfirmed", OrdersV0.OrderStatus.INVOICE_UNCONFIRMED,
        "canceled", OrdersV0.OrderStatus.CANCELED,
        "unfulfillable", OrdersV0.OrderStatus.UNFULFILLABLE);
    assertThat(scenarios.values()).containsAll(List.of(OrdersV0.OrderStatus.values()));
    scenarios.forEach((scenario, api) -> {
      Order order = mapped(scenario);
      assertThat(combined(scenario).order().orderStatus()).as(scenario).isEqualTo(api);
      assertThat(order.status()).as(scenario).isEqualTo(AmazonOrders.orderlyStatus(api));
      assertThat(order.upstream().orElseThrow().status()).isEqualTo(order.status());
      assertThat(order.upstream().orElseThrow().observedAt()).isEqualTo(combined(scenario).order().lastUpdateDate());
      assertThat(AmazonOrders.v0Status(order)).as(scenario).isEqualTo(api);
    });
  }

  @Test
  @DisplayName("R53: an InvoiceUnconfirmed order maps to lines Shipped and Paid with a required, unconfirmed"
      + " invoice, and back to InvoiceUnconfirmed; the 2026-01-01 version, which has no such status, shows Shipped")
  void r53_invoiceUnconfirmed_mapsBothWays() {
    Order order = mapped("invoice-unconfirmed");
    assertThat(order.status()).isEqualTo(OrderStatus.INVOICE_UNCONFIRMED);
    assertThat(order.lines()).allSatisfy(l -> {
      assertThat(l.itemStatus()).isEqualTo(ItemStatus.SHIPPED);
      assertThat(l.paymentStatus()).isEqualTo(PaymentStatus.PAID);
      assertThat(l.isFullyShipped()).isTrue();
    });
    assertThat(order.invoice()).contains(InvoiceConfirmation.requiredUnconfirmed());
    assertThat(AmazonOrders.v0Status(order)).isEqualTo(OrdersV0.OrderStatus.INVOICE_UNCONFIRMED);
    assertThat(AmazonOrders.v2026Status(order)).isEqualTo(Orders2026.FulfillmentStatus.SHIPPED);
    Order shipped = mapped("shipped-afn-replacement");
    assertThat(shipped.invoice()).as("a Shipped order requires no confirmation").isEmpty();
    assertThat(AmazonOrders.v0Status(shipped)).isEqualTo(OrdersV0.OrderStatus.SHIPPED);
  }

  @Test
  @DisplayName("R7, R21, R10: a partially shipped order keeps its PO number, shows the units the marketplace reported"
      + " shipped without tracking, charges every line and keeps the buyer's cancellation request")
  void partiallyShipped() {
    Order order = mapped("partially-shipped-po");
    assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
    assertThat(order.businessPurchaseOrder()).contains("HOUSE-REFIT-12");
    assertThat(order.subtypes()).isEmpty();
    assertThat(order.marketplace().value()).isEqualTo("A1F83G8C2ARO7P");
    assertThat(order.shipBy()).contains(Instant.parse("2026-02-23T23:59:59Z"));
    OrderLine hinge = order.line(LineId.of("60221834470981")).orElseThrow();
    assertThat(hinge.unitPrice()).isEqualTo(Money.of("12.99", "GBP"));
    assertThat(hinge.quantityShipped()).isEqualTo(1);
    assertThat(hinge.itemStatus()).isEqualTo(ItemStatus.SHIPPED);
    assertThat(hinge.tax()).isEqualTo(Money.of("6.50", "GBP"));
    assertThat(hinge.shippingCharge()).isEqualTo(Money.of("3.99", "GBP"));
    assertThat(order.lines()).allSatisfy(l -> assertThat(l.paymentStatus()).isEqualTo(PaymentStatus.PAID));
    assertThat(order.shipments()).singleElement().satisfies(s -> {
      assertThat(s.reportedByMarketplace()).isTrue();
      assertThat(s.trackingId()).isEmpty();
      assertThat(s.carrier()).isEmpty();
      assertThat(s.shippedAt()).isEqualTo(Instant.parse("2026-02-22T08:10:00Z"));
      assertThat(s.lines()).containsExactly(ShipmentLine.of(LineId.of("60221834470981"), 1));
    });
    assertThat(order.cancellationRequests()).as("R10: only the item whose IsBuyerRequestedCancel is true, at"
        + " LastUpdateDate").singleElement().satisfies(r -> {
          assertThat(r.lines()).containsExactly(LineId.of("60221834471093"));
          assertThat(r.requestedAt()).isEqualTo(Instant.parse("2026-02-22T08:10:00Z"));
          assertThat(r.reason()).contains("Found them locally");
        });
    assertThat(order.deliveryAddress().orElseThrow().city()).isEqualTo("Leeds");
  }

  @Test
  @DisplayName("R51, R16: the seller ships the rest of a mapped order through the workflow")
  void theRestShipsThroughTheWorkflow() {
    Order order = mapped("partially-shipped-po");
    ConfirmShipment rest = ConfirmShipment.of(CommandId.of("ship-rest"), Carrier.of("Royal Mail"),
        TrackingId.of("RM123456785GB"), Instant.parse("2026-02-23T10:00:00Z"),
        List.of(ShipmentLine.of(LineId.of("60221834470981"), 2), ShipmentLine.of(LineId.of("60221834471093"), 1)));
    Decision d = OrderWorkflow.decide(order, rest,
        WorkflowContext.of(Instant.parse("2026-02-23T10:05:00Z"), Role.OWNER));
    assertThat(d.rejection()).isEmpty();
    assertThat(d.order().status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(d.order().shipments()).hasSize(2);
  }

  @Test
  @DisplayName("R4, R51: a cancelled order has no address and a cancellation by the marketplace, reason not given")
  void cancelled() {
    Order order = mapped("canceled");
    assertThat(order.deliveryAddress()).isEmpty();
    assertThat(order.cancellation().orElseThrow().by()).isEqualTo(Party.MARKETPLACE);
    assertThat(order.cancellation().orElseThrow().reasonGiven()).isFalse();
    assertThat(order.cancellationRequests()).as("cancelling answers the request (R10)").isEmpty();
    assertThat(order.lines()).allSatisfy(l -> {
      assertThat(l.itemStatus()).isEqualTo(ItemStatus.UNFULFILLED);
      assertThat(l.paymentStatus()).isEqualTo(PaymentStatus.NOT_CHARGED);
    });
  }

  @Test
  @DisplayName("R18: an unfulfillable marketplace-fulfilled order is cancelled as Unable to fulfill, priced 0 in the"
      + " marketplace's currency when the API gives no amount")
  void unfulfillable() {
    Order order = mapped("unfulfillable");
    assertThat(order.fulfilmentChannel()).isEqualTo(FulfilmentChannel.MARKETPLACE);
    assertThat(order.lines()).allSatisfy(l -> assertThat(l.itemStatus()).isEqualTo(ItemStatus.UNABLE_TO_FULFILL));
    assertThat(order.currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(order.total()).isEqualTo(Money.of("0.00", "USD"));
  }

  @Test
  @DisplayName("R1, R22: pending and unshipped orders: payment processing or authorised, subtypes and payment method")
  void pendingAndUnshipped() {
    Order pending = mapped("pending-cvs");
    assertThat(pending.paymentMethod()).isEqualTo(PaymentMethod.CONVENIENCE_STORE);
    assertThat(pending.deliveryAddress()).isEmpty();
    assertThat(pending.lines()).allSatisfy(l -> assertThat(l.paymentStatus()).isEqualTo(PaymentStatus.PAYMENT_PROCESSING));
    Order business = mapped("unshipped-business");
    assertThat(business.subtypes()).containsAnyOf(OrderSubtype.BUSINESS, OrderSubtype.BUSINESS_PRIME);
    assertThat(business.businessPurchaseOrder()).contains("PO-7781");
    assertThat(business.lines()).allSatisfy(l -> assertThat(l.paymentStatus()).isEqualTo(PaymentStatus.AUTHORIZED));
    assertThat(mapped("cod-jp").paymentMethod()).isEqualTo(PaymentMethod.CASH_ON_DELIVERY);
    assertThat(mapped("cod-jp").lines().get(0).unitPrice()).isEqualTo(Money.of("1200", "JPY"));
  }

  @Test
  @DisplayName("R52, R12: a v0 pre-order the payload shows Pending is released at the latest at its LastUpdateDate,"
      + " and its pending window counts from there; a pre-order awaiting release and a standard Pending order have"
      + " no release")
  void releasedPreOrder_pendingWindowCountsFromTheLastUpdate() {
    String order = replaced(replaced(Fixtures.v0("preorder", "getOrder"), "\"PendingAvailability\"", "\"Pending\""),
        "\"LastUpdateDate\": \"2026-02-27T16:05:40Z\"", "\"LastUpdateDate\": \"2026-04-01T08:00:00Z\"");
    Order released = AmazonOrders.toOrder(AmazonOrder.builder(Fixtures.READER.readGetOrder(order))
        .addItems(Fixtures.READER.readGetOrderItems(Fixtures.v0("preorder", "getOrderItems"))).build());
    assertThat(released.status()).isEqualTo(io.github.orderly.status.OrderStatus.PENDING);
    assertThat(released.releasedAt()).contains(java.time.Instant.parse("2026-04-01T08:00:00Z"));
    io.github.orderly.policy.DeadlinePolicy policy = io.github.orderly.policy.DeadlinePolicies.defaults();
    assertThat(io.github.orderly.policy.Sweep.nextDueAt(released, policy)).contains(
        java.time.Instant.parse("2026-04-01T08:00:00Z").plus(policy.pendingDays(), java.time.temporal.ChronoUnit.DAYS));
    assertThat(mapped("preorder").releasedAt()).as("awaiting its release").isEmpty();
    assertThat(mapped("pending-cvs").releasedAt()).as("a standard order").isEmpty();
  }

  private static String replaced(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }

  @Test
  @DisplayName("bad input names the JSON path and the problem: unknown status, JPY with decimals, another currency,"
      + " no items, no SKU, shipped units the status contradicts, Unfulfillable on a seller-fulfilled order")
  void badInput_namesThePathAndTheProblem() {
    String order = Fixtures.v0("cod-jp", "getOrder");
    String items = Fixtures.v0("cod-jp", "getOrderItems");
    assertThatThrownBy(() -> Fixtures.READER.readGetOrder(replaced(order, "\"Unshipped\"", "\"Lost\"")))
        .isInstanceOf(AmazonPayloadException.class).hasMessageContaining("$.payload.OrderStatus = 'Lost'");
    assertThatThrownBy(() -> Fixtures.READER.readGetOrderItems(replaced(items, "\"2400\"", "\"2400.50\"")))
        .isInstanceOf(AmazonPayloadException.class).hasMessageContaining("ItemPrice.Amount = '2400.50'");
    OrdersV0.Order read = Fixtures.READER.readGetOrder(order);
    assertThatThrownBy(() -> AmazonOrder.builder(read).addItems(Fixtures.READER.readGetOrderItems(
        replaced(items, "{ \"CurrencyCode\": \"JPY\", \"Amount\": \"2400\" }",
            "{ \"CurrencyCode\": \"USD\", \"Amount\": \"24.00\" }"))).build())
        .isInstanceOf(AmazonPayloadException.class).hasMessageContaining("getOrderItems $.payload.OrderItems[0].ItemPrice.CurrencyCode = 'USD': currency must be JPY");
    assertThatThrownBy(() -> AmazonOrder.builder(read).build())
        .isInstanceOf(AmazonPayloadException.class).hasMessageContaining("an order has at least one item");
    assertThatThrownBy(() -> AmazonOrders.toOrder(AmazonOrder.builder(read).addItems(Fixtures.READER
        .readGetOrderItems(replaced(items, "\"SellerSKU\": \"TOWEL-IMABARI-2\",", ""))).build()))
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("items[0].SellerSKU = null: required: an Orderly line names the seller's SKU");
    assertThatThrownBy(() -> AmazonOrders.toOrder(AmazonOrder.builder(read).addItems(Fixtures.READER
        .readGetOrderItems(replaced(items, "\"QuantityShipped\": 0", "\"QuantityShipped\": 1"))).build()))
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("items[0].QuantityShipped = '1': must be 0: the order is UNSHIPPED");
    String unfulfillable = Fixtures.v0("unfulfillable", "getOrder");
    assertThatThrownBy(() -> AmazonOrders.toOrder(AmazonOrder.builder(Fixtures.READER.readGetOrder(
        replaced(unfulfillable, "\"AFN\"", "\"MFN\""))).addItems(Fixtures.items("unfulfillable")).build()))
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("order.FulfillmentChannel = 'MFN': only a marketplace-fulfilled (AFN) order can be Unfulfillable");
    assertThat(Rule.R41.cite()).isEqualTo("(R41)");
  }

  @Test
  @DisplayName("R13: the v0 item amounts become the line's price components, the COD fee included, and the charge"
      + " is the OrderTotal the buyer pays")
  void itemAmounts_becomeComponents_andChargeIsTheOrderTotal() {
    Order order = AmazonOrders.toOrder(Fixtures.combined("cod-jp"));
    OrderLine line = order.lines().get(0);
    assertThat(line.components()).containsOnly(
        Map.entry(ChargeComponent.ITEM_PRICE, Money.of("2400", "JPY")),
        Map.entry(ChargeComponent.SHIPPING, Money.of("0", "JPY")),
        Map.entry(ChargeComponent.ITEM_TAX, Money.of("0", "JPY")),
        Map.entry(ChargeComponent.COD_FEE, Money.of("400", "JPY")),
        Map.entry(ChargeComponent.COD_FEE_DISCOUNT, Money.of("0", "JPY")));
    assertThat(line.fees()).isEqualTo(Money.of("400", "JPY"));
    assertThat(order.total()).isEqualTo(Money.of("2800", "JPY"));
  }
}
