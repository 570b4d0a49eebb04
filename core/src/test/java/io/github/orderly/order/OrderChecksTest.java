package io.github.orderly.order;

import static io.github.orderly.order.TestOrders.PURCHASED;
import static io.github.orderly.order.TestOrders.line;
import static io.github.orderly.order.TestOrders.order;
import static io.github.orderly.order.TestOrders.shipment;
import static io.github.orderly.order.TestOrders.shippedLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.money.Money;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import org.junit.jupiter.api.Test;

/** One test per build-time check of the order model: each shows the refusal and its message. */
class OrderChecksTest {

  @Test
  void baselineOrderIsValid() {
    Order order = order().build();
    assertThat(order.lines()).hasSize(2);
    assertThat(order.total()).isEqualTo(Money.of("31.00", "USD"));
  }

  @Test
  void blankId_isRefusedNamingTheField() {
    assertThatThrownBy(() -> OrderId.of(" "))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("orderId = ' ': must not be blank");
    assertThatThrownBy(() -> Sku.of(""))
        .hasMessage("sku = '': must not be blank");
  }

  @Test
  void idWithSurroundingSpaceOrControlCharacter_isRefused() {
    assertThatThrownBy(() -> LineId.of(" L1"))
        .hasMessage("lineId = ' L1': must not start or end with white space");
    assertThatThrownBy(() -> TrackingId.of("1Z\u00001"))
        .hasMessage("trackingId = '1Z\u00001': must not contain the control character U+0000 (at index 2)");
  }

  @Test
  void nonPositiveQuantity_isRefused() {
    assertThatThrownBy(() -> line("L1", "1.00").quantityOrdered(0).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("line.quantityOrdered = '0': must be positive");
  }

  @Test
  void shippedMoreThanOrdered_isRefused() {
    assertThatThrownBy(() -> line("L1", "1.00").quantityShipped(3).itemStatus(ItemStatus.SHIPPED)
            .paymentStatus(PaymentStatus.PAID).build())
        .hasMessage("line.quantityShipped = '3': must not exceed quantityOrdered '2'");
  }

  @Test
  void moneyScaleBeyondTheCurrency_isRefusedNotRounded() {
    assertThatThrownBy(() -> Money.of("1.005", "USD"))
        .isInstanceOf(io.github.orderly.money.InvalidMoneyException.class)
        .hasMessage("amount = '1.005': has 3 decimals but USD allows at most 2");
  }

  @Test
  void negativeAmount_isRefused() {
    assertThatThrownBy(() -> line("L1", "-1.00").build())
        .hasMessage("line.unitPrice = 'USD -1.00': must not be negative");
  }

  @Test
  void discountAboveTheCharge_isRefused() {
    assertThatThrownBy(() -> line("L1", "1.00").discount(Money.of("2.01", "USD")).build())
        .hasMessage("line.discount = 'USD 2.01': must not exceed item subtotal plus shipping, tax and fees 'USD 2.00'");
  }

  @Test
  void twoCurrenciesInOneLine_areRefused() {
    assertThatThrownBy(() -> line("L1", "1.00").tax(Money.of("1", "JPY")).build())
        .hasMessage("line.tax = 'JPY 1': currency must be USD like unitPrice");
  }

  @Test
  void twoCurrenciesInOneOrder_areRefused() {
    OrderLine yen = line("L3", "1.00").unitPrice(Money.of("500", "JPY")).build();
    assertThatThrownBy(() -> order().addLine(yen).build())
        .hasMessage("lines[2].unitPrice = 'JPY 500': currency must be USD like lines[0]");
  }

  @Test
  void noLines_isRefused() {
    assertThatThrownBy(() -> order().lines(java.util.List.of()).build())
        .hasMessage("lines = '[]': an order needs at least one line");
  }

  @Test
  void duplicateLineIds_areRefused() {
    assertThatThrownBy(() -> order().addLine(line("L1", "3.00").build()).build())
        .hasMessage("lines[2].id = 'L1': appears on two lines");
  }

  @Test
  void R24_firstReportedBeforePurchase_isRefused() {
    assertThatThrownBy(() -> order().firstReportedAt(PURCHASED.minusSeconds(1)).build())
        .hasMessage("firstReportedAt = '2026-03-01T09:29:59Z': must not be before purchasedAt '2026-03-01T09:30:00Z'");
  }

  @Test
  void shipmentNamingAnUnknownLine_isRefused() {
    assertThatThrownBy(() -> order().addShipment(shipment("1Z1", "L9", 1)).build())
        .hasMessage("shipments[0].lines = 'L9': names a line the order does not have");
  }

  @Test
  void shippedQuantityDisagreeingWithShipments_isRefused() {
    Order.Builder b = order().lines(java.util.List.of(shippedLine("L1")));
    assertThatThrownBy(b::build)
        .hasMessage("lines[0].quantityShipped = '2': must equal the units the shipments carry for the line '0'");
    assertThat(b.addShipment(shipment("1Z1", "L1", 2)).build().lines().get(0).quantityShipped()).isEqualTo(2);
  }

  @Test
  void twoShipmentsWithOneTrackingId_areRefused() {
    Order.Builder b = order().lines(java.util.List.of(shippedLine("L1")))
        .addShipment(shipment("1Z1", "L1", 1)).addShipment(shipment("1Z1", "L1", 1));
    assertThatThrownBy(b::build).hasMessage("shipments[1].trackingId = '1Z1': appears on two shipments");
  }

  @Test
  void R13_refundAboveTheCharge_isRefused() {
    Refund refund = Refund.builder().id(RefundId.of("R1")).reason(RefundReason.GENERAL_ADJUSTMENT)
        .issuedAt(PURCHASED).addLine(RefundLine.of(LineId.of("L2"), Money.of("11.01", "USD"))).build();
    assertThatThrownBy(() -> order().addRefund(refund).build())
        .hasMessage("lines[1].refunded = 'USD 11.01': must not exceed what the line was charged 'USD 11.00' (R13)");
  }

  @Test
  void R19_aFailedRefundDoesNotCountTowardTheCharge() {
    Refund failed = Refund.builder().id(RefundId.of("R1")).reason(RefundReason.GENERAL_ADJUSTMENT)
        .issuedAt(PURCHASED).addLine(RefundLine.of(LineId.of("L2"), Money.of("11.00", "USD")))
        .state(RefundState.FAILED).build();
    Refund retry = Refund.builder().from(failed).id(RefundId.of("R2")).state(RefundState.SUCCEEDED).build();
    // L1 shipped (charging the order, R7); L2 refunded instead of shipped (R16), after a first refund failed.
    Order order = order().lines(java.util.List.of(shippedLine("L1"),
            line("L2", "5.50").paymentStatus(PaymentStatus.REFUNDED).build()))
        .addShipment(shipment("1Z1", "L1", 2)).addRefunds(failed, retry).build();
    assertThat(order.refunded(LineId.of("L2"))).isEqualTo(Money.of("11.00", "USD"));
    assertThat(order.refunded(LineId.of("L1"))).as("R13: a line no refund names has given back zero")
        .isEqualTo(Money.zero(order.currency()));
    assertThat(order.refunded(LineId.of("L9"))).as("a line the order lacks too").isEqualTo(Money.of("0.00", "USD"));
  }

  @Test
  void refundInAnotherCurrency_isRefused() {
    Refund refund = Refund.builder().id(RefundId.of("R1")).reason(RefundReason.GENERAL_ADJUSTMENT)
        .issuedAt(PURCHASED).addLine(RefundLine.of(LineId.of("L1"), Money.of("1.00", "EUR"))).build();
    assertThatThrownBy(() -> order().addRefund(refund).build())
        .hasMessage("refunds[0].lines[L1].amount = 'EUR 1.00': currency must be USD like the order's lines");
  }

  @Test
  void refundOfNothing_isRefused() {
    assertThatThrownBy(() -> RefundLine.of(LineId.of("L1"), Money.of("0", "USD")))
        .hasMessage("refund.lines[L1].amount = 'USD 0.00': must be positive");
  }

  @Test
  void R20_returnOfMoreThanShipped_isRefused() {
    ReturnAuthorization ra = ReturnAuthorization.builder().rmaId(RmaId.of("RMA-1"))
        .reason(ReturnReason.BUYER_RETURN).authorizedAt(PURCHASED)
        .addLine(ReturnLine.of(LineId.of("L1"), 3)).build();
    Order.Builder b = order().lines(java.util.List.of(shippedLine("L1")))
        .addShipment(shipment("1Z1", "L1", 2)).addReturn(ra);
    assertThatThrownBy(b::build).hasMessage("lines[0].returned = '3': must not exceed quantityShipped '2'");
  }

  @Test
  void twoReturnsWithOneRmaId_areRefused() {
    ReturnAuthorization ra = ReturnAuthorization.builder().rmaId(RmaId.of("RMA-1"))
        .reason(ReturnReason.BUYER_RETURN).authorizedAt(PURCHASED)
        .addLine(ReturnLine.of(LineId.of("L1"), 1)).build();
    Order.Builder b = order().lines(java.util.List.of(shippedLine("L1")))
        .addShipment(shipment("1Z1", "L1", 2)).addReturns(ra, ra);
    assertThatThrownBy(b::build).hasMessage("returns[1].rmaId = 'RMA-1': appears on two returns");
  }

  @Test
  void cancellationWhileALineIsNotCancelled_isRefused() {
    Order.Builder b = order().cancellation(Cancellation.of(CancellationReason.NO_STOCK, Party.SELLER, PURCHASED));
    assertThatThrownBy(b::build)
        .hasMessage("lines[0].itemStatus = 'ORDER_PLACED': the order has a cancellation, so every line must be cancelled");
  }

  @Test
  void R7_aShippedLineBesideAnUnchargedLine_isRefused() {
    Order.Builder b = order().lines(java.util.List.of(shippedLine("L1"), line("L2", "1.00").build()))
        .addShipment(shipment("1Z1", "L1", 2));
    assertThatThrownBy(b::build)
        .hasMessage("lines[1].paymentStatus = 'AUTHORIZED': a confirmed shipment charges the whole order (R7), so no line can stay AUTHORIZED");
  }

  @Test
  void R1_aShippedLineStillPendingPayment_isRefused() {
    assertThatThrownBy(() -> line("L1", "1.00").quantityShipped(1).itemStatus(ItemStatus.SHIPPED)
            .paymentStatus(PaymentStatus.PAYMENT_PROCESSING).build())
        .hasMessage("line.paymentStatus = 'PAYMENT_PROCESSING': a shipped line was charged (R7), so it cannot be PAYMENT_PROCESSING");
  }

  @Test
  void shippedStatusWithoutShippedUnits_isRefused() {
    assertThatThrownBy(() -> line("L1", "1.00").itemStatus(ItemStatus.DELIVERED).paymentStatus(PaymentStatus.PAID).build())
        .hasMessage("line.itemStatus = 'DELIVERED': needs quantityShipped above 0");
  }

  @Test
  void notChargedOnALineThatIsNotCancelled_isRefused() {
    assertThatThrownBy(() -> line("L1", "1.00").paymentStatus(PaymentStatus.NOT_CHARGED).build())
        .hasMessage("line.paymentStatus = 'NOT_CHARGED': only a cancelled line can be not charged, this one is ORDER_PLACED");
  }

  @Test
  void R21_buyerPurchaseOrderNumber_isKeptOnAnyOrder_butMustBeOneLine() {
    assertThat(order().businessPurchaseOrder("PO-1").build().businessPurchaseOrder()).contains("PO-1");
    assertThat(order().addSubtype(OrderSubtype.BUSINESS_PRIME).businessPurchaseOrder("PO-1").build()
        .businessPurchaseOrder()).contains("PO-1");
    assertThatThrownBy(() -> order().businessPurchaseOrder("PO\n1").build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessageStartingWith("businessPurchaseOrder = ");
  }

  @Test
  void cancellationRequestBeforePurchase_isRefused() {
    Order.Builder b = order().addCancellationRequest(BuyerCancellationRequest.builder()
        .requestedAt(PURCHASED.minusSeconds(60)).build());
    assertThatThrownBy(b::build)
        .hasMessage("cancellationRequests[0].requestedAt = '2026-03-01T09:29:00Z': must not be before purchasedAt '2026-03-01T09:30:00Z'");
  }

  @Test
  void negativeVersion_isRefused() {
    assertThatThrownBy(() -> order().version(-1).build()).hasMessage("version = '-1': must not be negative");
  }

  @Test
  void invalidEmailOrCountry_isRefused() {
    assertThatThrownBy(() -> Buyer.builder().email("no-at-sign").build())
        .hasMessage("buyer.email = 'no-at-sign': must be an e-mail address with one '@'");
    assertThatThrownBy(() -> Address.builder().from(TestOrders.address()).countryCode("USA").build())
        .hasMessage("address.countryCode = 'USA': must be an ISO 3166-1 alpha-2 code such as US or JP");
  }

  @Test
  void missingRequiredField_isNamed() {
    assertThatThrownBy(() -> Order.builder().id(OrderId.of("1")).build())
        .isInstanceOf(io.github.orderly.MissingValueException.class)
        .hasMessage("marketplace = null: must be set (also missing: purchasedAt)")
        .as("the delivery address is optional (R51)").hasMessageNotContaining("deliveryAddress");
  }

  @Test
  void R23_customisationTravelsWithTheLine() {
    OrderLine custom = line("L1", "20.00").customization("Engrave: Für Oma ♥").build();
    Order order = order().lines(java.util.List.of(custom)).build();
    assertThat(order.line(LineId.of("L1")).orElseThrow().customization()).contains("Engrave: Für Oma ♥");
    assertThatThrownBy(() -> line("L1", "1.00").customization(" ").build())
        .hasMessage("line.customization = ' ': must not be blank");
  }

  @Test
  void R24_bothInstantsAreKept_firstReportedDefaultsToPurchase() {
    assertThat(order().build().firstReportedAt()).isEqualTo(PURCHASED);
    Order held = order().firstReportedAt(PURCHASED.plusSeconds(3 * 86_400)).build();
    assertThat(held.purchasedAt()).isEqualTo(PURCHASED);
    assertThat(held.firstReportedAt()).isEqualTo(PURCHASED.plusSeconds(3 * 86_400));
  }

  @Test
  void R22_subtypesAreFlagsAnOrderMayCombine() {
    Order order = order().addSubtypes(OrderSubtype.PRIME, OrderSubtype.SECOND_DAY).build();
    assertThat(order.subtypes()).containsExactlyInAnyOrder(OrderSubtype.PRIME, OrderSubtype.SECOND_DAY);
    assertThat(OrderSubtype.BUSINESS_PRIME.isBusiness()).isTrue();
    assertThat(OrderSubtype.PRIME.isBusiness()).isFalse();
  }

  @Test
  void R4_cancellationReasonsAreAFixedSetAHostCanExtend() {
    assertThat(CancellationReason.of("no-stock")).isSameAs(CancellationReason.NO_STOCK);
    CancellationReason own = CancellationReason.of("warehouse-flooded");
    assertThat(own.value()).isEqualTo("warehouse-flooded");
    assertThat(CancellationReason.known()).doesNotContain(own).contains(CancellationReason.NO_STOCK);
    assertThatThrownBy(() -> CancellationReason.of("")).hasMessage("cancellationReason = '': must not be blank");
  }
}
