package io.github.orderly.order;

import static io.github.orderly.order.TestOrders.PURCHASED;
import static io.github.orderly.order.TestOrders.line;
import static io.github.orderly.order.TestOrders.order;
import static io.github.orderly.order.TestOrders.shipment;
import static io.github.orderly.order.TestOrders.shippedLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.Limits;
import io.github.orderly.money.Money;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One test per kind of impossible order: a status no sequence of the workflow's events reaches from the
 * order's own records, a record dated before the purchase, a list over its limit. Each refusal is checked
 * twice: on the order as given (a small order, checked by scanning) and with 20 more cancelled lines
 * appended (a large order, checked through the line index), so that both ways of checking agree.
 */
class ImpossibleOrdersTest {
  private static final LineId L1 = LineId.of("L1");
  private static final LineId L2 = LineId.of("L2");

  /** Asserts that the order is refused with the message, small and padded beyond the small-order size. */
  private static void refused(Supplier<Order.Builder> order, String message) {
    assertThatThrownBy(() -> order.get().build()).isInstanceOf(InvalidOrderException.class).hasMessage(message);
    Order.Builder padded = order.get();
    for (int i = 0; i < OrderChecks.SMALL + 4; i++) {
      padded.addLine(line("P" + i, "1.00").itemStatus(ItemStatus.UNFULFILLED).paymentStatus(PaymentStatus.NOT_CHARGED)
          .build());
    }
    assertThatThrownBy(padded::build).as("the same order with %d lines", OrderChecks.SMALL + 6)
        .isInstanceOf(InvalidOrderException.class).hasMessage(message);
  }

  /** Asserts that the order is valid, small and padded. */
  private static Order valid(Supplier<Order.Builder> order) {
    Order.Builder padded = order.get();
    for (int i = 0; i < OrderChecks.SMALL + 4; i++) {
      padded.addLine(line("P" + i, "1.00").itemStatus(ItemStatus.UNFULFILLED).paymentStatus(PaymentStatus.NOT_CHARGED)
          .build());
    }
    padded.build();
    return order.get().build();
  }

  /** L1 shipped in full (charging the order, R7), L2 not shipped but charged, as the tests change it. */
  private static Order.Builder partlyShipped(PaymentStatus second, Refund... refunds) {
    return order().lines(List.of(shippedLine("L1"), line("L2", "5.50").paymentStatus(second).build()))
        .addShipment(shipment("1Z1", "L1", 2)).addRefunds(refunds);
  }

  private static Refund refund(String id, LineId line, String amount, RefundState state) {
    return Refund.builder().id(RefundId.of(id)).reason(RefundReason.COULD_NOT_SHIP).issuedAt(PURCHASED.plusSeconds(7200))
        .addLine(RefundLine.of(line, Money.of(amount, "USD"))).state(state).build();
  }

  private static ReturnAuthorization returnOf(String rma, ReturnState state) {
    return ReturnAuthorization.builder().rmaId(RmaId.of(rma)).reason(ReturnReason.BUYER_RETURN)
        .authorizedAt(PURCHASED.plusSeconds(3 * 86_400)).addLine(ReturnLine.of(L1, 1)).state(state).build();
  }

  private static Order.Builder shippedWithStatus(ItemStatus status, ReturnAuthorization... returns) {
    return order().lines(List.of(line("L1", "10.00").quantityShipped(2).itemStatus(status)
            .paymentStatus(PaymentStatus.PAID).build()))
        .addShipment(shipment("1Z1", "L1", 2)).addReturns(returns);
  }

  private static Order.Builder cancelled(FulfilmentChannel channel, ItemStatus item, PaymentStatus payment) {
    return order().fulfilmentChannel(channel)
        .lines(List.of(line("L1", "10.00").itemStatus(item).paymentStatus(payment).build()))
        .cancellation(Cancellation.of(CancellationReason.NO_STOCK, Party.SELLER, PURCHASED.plusSeconds(60)));
  }

  // ---- payment statuses and refunds ----------------------------------------------------------------------

  @Test
  @DisplayName("R13 R18: Refunded with no refund covering the charge is refused, except a cancelled marketplace-fulfilled line")
  void refundedWithoutARefund() {
    refused(() -> partlyShipped(PaymentStatus.REFUNDED),
        "lines[1].paymentStatus = 'REFUNDED': no refund covers the line's charge 'USD 11.00'; only a cancelled line"
            + " of a marketplace-fulfilled order is refunded without one (R18)");
    refused(() -> partlyShipped(PaymentStatus.REFUNDED, refund("R1", L2, "5.00", RefundState.SUCCEEDED)),
        "lines[1].paymentStatus = 'REFUNDED': the line's refunds add up to 'USD 5.00' of its charge 'USD 11.00' (R13)");
    refused(() -> partlyShipped(PaymentStatus.REFUNDED, refund("R1", L2, "11.00", RefundState.FAILED)),
        "lines[1].paymentStatus = 'REFUNDED': the line's refunds add up to 'USD 0.00' of its charge 'USD 11.00' (R13)");
    assertThat(valid(() -> partlyShipped(PaymentStatus.REFUNDED, refund("R1", L2, "5.00", RefundState.SUCCEEDED),
        refund("R2", L2, "6.00", RefundState.SUCCEEDED))).line(L2).orElseThrow().paymentStatus())
        .isEqualTo(PaymentStatus.REFUNDED);
    Order r18 = valid(() -> cancelled(FulfilmentChannel.MARKETPLACE, ItemStatus.UNABLE_TO_FULFILL, PaymentStatus.REFUNDED));
    assertThat(r18.status()).isEqualTo(OrderStatus.CANCELLED);
  }

  @Test
  @DisplayName("R13: Paid is never a line whose refunds cover its whole charge")
  void paidButRefundedInFull() {
    refused(() -> partlyShipped(PaymentStatus.PAID, refund("R1", L2, "11.00", RefundState.SUCCEEDED)),
        "lines[1].paymentStatus = 'PAID': the line's refunds cover its whole charge 'USD 11.00', so it is REFUNDED (R13)");
    valid(() -> partlyShipped(PaymentStatus.PAID, refund("R1", L2, "10.99", RefundState.SUCCEEDED)));
  }

  @Test
  @DisplayName("R13 R19: Refund processing and Refund failed need a refund in that state; a processing refund shows")
  void refundStatesNeedTheirRefunds() {
    refused(() -> partlyShipped(PaymentStatus.REFUND_PROCESSING, refund("R1", L2, "1.00", RefundState.SUCCEEDED)),
        "lines[1].paymentStatus = 'REFUND_PROCESSING': needs a refund of the line that is still processing (R13)");
    refused(() -> partlyShipped(PaymentStatus.REFUND_FAILED, refund("R1", L2, "1.00", RefundState.PROCESSING)),
        "lines[1].paymentStatus = 'REFUND_FAILED': needs a failed refund of the line (R19)");
    refused(() -> partlyShipped(PaymentStatus.PAID, refund("R1", L2, "1.00", RefundState.PROCESSING)),
        "lines[1].paymentStatus = 'PAID': a refund of the line is still processing, so it is REFUND_PROCESSING, or"
            + " REFUND_FAILED when another refund of it failed (R13, R19)");
    valid(() -> partlyShipped(PaymentStatus.REFUND_FAILED, refund("R1", L2, "1.00", RefundState.PROCESSING),
        refund("R2", L2, "1.00", RefundState.FAILED)));
  }

  @Test
  @DisplayName("R13 R6: a refund on a line never charged is refused")
  void refundOnALineNeverCharged() {
    refused(() -> order().addRefund(refund("R1", L2, "1.00", RefundState.PROCESSING)),
        "lines[1].paymentStatus = 'AUTHORIZED': the line has a refund but was never charged; refund only after the buyer"
            + " was charged, cancel before (R13, R6)");
    refused(() -> order().lines(List.of(line("L1", "10.00").paymentStatus(PaymentStatus.PAYMENT_PROCESSING).build()))
            .addRefund(refund("R1", L1, "1.00", RefundState.SUCCEEDED)),
        "lines[0].paymentStatus = 'PAYMENT_PROCESSING': the line has a refund but was never charged; refund only after"
            + " the buyer was charged, cancel before (R13, R6)");
  }

  @Test
  @DisplayName("R7: a charged line needs a confirmed shipment on the order")
  void chargedWithoutAShipment() {
    refused(() -> order().lines(List.of(line("L1", "10.00").paymentStatus(PaymentStatus.PAID).build())),
        "lines[0].paymentStatus = 'PAID': the buyer is charged when a shipment is confirmed (R7), but the order has no"
            + " shipment");
    refused(() -> order().lines(List.of(line("L1", "10.00").paymentStatus(PaymentStatus.REFUND_PROCESSING).build()))
            .addRefund(refund("R1", L1, "20.00", RefundState.PROCESSING)),
        "lines[0].paymentStatus = 'REFUND_PROCESSING': the buyer is charged when a shipment is confirmed (R7), but the"
            + " order has no shipment");
  }

  // ---- cancelled lines ------------------------------------------------------------------------------------

  @Test
  @DisplayName("R6 R18: a cancelled line was never charged: Not charged, or Refunded on a marketplace-fulfilled order")
  void cancelledLinesWereNeverCharged() {
    refused(() -> cancelled(FulfilmentChannel.SELLER, ItemStatus.UNFULFILLED, PaymentStatus.REFUNDED),
        "lines[0].paymentStatus = 'REFUNDED': a cancelled line was never charged: it is NOT_CHARGED, or REFUNDED on a"
            + " marketplace-fulfilled order (R6, R18)");
    refused(() -> partlyShipped(PaymentStatus.PAID).lines(List.of(shippedLine("L1"),
            line("L2", "5.50").itemStatus(ItemStatus.UNFULFILLED).paymentStatus(PaymentStatus.PAID).build())),
        "lines[1].paymentStatus = 'PAID': a cancelled line was never charged: it is NOT_CHARGED, or REFUNDED on a"
            + " marketplace-fulfilled order (R6, R18)");
    refused(() -> cancelled(FulfilmentChannel.MARKETPLACE, ItemStatus.UNFULFILLED, PaymentStatus.REFUNDED)
            .addRefund(refund("R1", L1, "20.00", RefundState.SUCCEEDED)),
        "lines[0].itemStatus = 'UNFULFILLED': a cancelled line was never charged, so it has no refund (R6)");
    valid(() -> cancelled(FulfilmentChannel.MARKETPLACE, ItemStatus.UNFULFILLED, PaymentStatus.NOT_CHARGED));
    valid(() -> cancelled(FulfilmentChannel.SELLER, ItemStatus.UNFULFILLED, PaymentStatus.NOT_CHARGED));
  }

  @Test
  @DisplayName("R18: only a marketplace-fulfilled order has lines Unable to fulfill")
  void unableToFulfilOnASellerFulfilledOrder() {
    refused(() -> cancelled(FulfilmentChannel.SELLER, ItemStatus.UNABLE_TO_FULFILL, PaymentStatus.NOT_CHARGED),
        "lines[0].itemStatus = 'UNABLE_TO_FULFILL': only the marketplace fails to fulfil, on a marketplace-fulfilled"
            + " order (R18); a seller cancels as UNFULFILLED");
  }

  @Test
  @DisplayName("R10: a cancelled order has no open buyer cancellation request")
  void openRequestOnACancelledOrder() {
    refused(() -> cancelled(FulfilmentChannel.SELLER, ItemStatus.UNFULFILLED, PaymentStatus.NOT_CHARGED)
            .addCancellationRequest(BuyerCancellationRequest.builder().requestedAt(PURCHASED.plusSeconds(30)).build()),
        "cancellationRequests[0] = '2026-03-01T09:30:30Z': a cancelled order has no open cancellation request: cancelling"
            + " answers it (R10)");
  }

  // ---- item statuses and returns -------------------------------------------------------------------------

  @Test
  @DisplayName("R20: Returned needs a received return, Return started and Returning an open one, Return failed a failed one")
  void returnStatusesNeedTheirReturns() {
    refused(() -> shippedWithStatus(ItemStatus.RETURNED),
        "lines[0].itemStatus = 'RETURNED': needs a received return of the line (R20)");
    refused(() -> shippedWithStatus(ItemStatus.RETURNED, returnOf("RMA-1", ReturnState.AUTHORIZED)),
        "lines[0].itemStatus = 'RETURNED': needs a received return of the line (R20)");
    refused(() -> shippedWithStatus(ItemStatus.RETURN_STARTED, returnOf("RMA-1", ReturnState.RECEIVED)),
        "lines[0].itemStatus = 'RETURN_STARTED': needs an authorised return of the line that is still open (R20)");
    refused(() -> shippedWithStatus(ItemStatus.RETURNING),
        "lines[0].itemStatus = 'RETURNING': needs an authorised return of the line that is still open (R20)");
    refused(() -> shippedWithStatus(ItemStatus.RETURN_FAILED, returnOf("RMA-1", ReturnState.RECEIVED)),
        "lines[0].itemStatus = 'RETURN_FAILED': needs a failed return of the line (R20)");
    valid(() -> shippedWithStatus(ItemStatus.RETURNED, returnOf("RMA-1", ReturnState.RECEIVED)));
    valid(() -> shippedWithStatus(ItemStatus.RETURN_FAILED, returnOf("RMA-1", ReturnState.RECEIVED),
        returnOf("RMA-2", ReturnState.FAILED)));
  }

  @Test
  @DisplayName("R20: a line with a return is never back in Shipped to Unable to deliver")
  void deliveredWithAReturn() {
    for (ItemStatus status : List.of(ItemStatus.SHIPPED, ItemStatus.DELIVERED, ItemStatus.UNABLE_TO_DELIVER)) {
      refused(() -> shippedWithStatus(status, returnOf("RMA-1", ReturnState.FAILED)),
          "lines[0].itemStatus = '" + status + "': the line has a return, so it is RETURN_STARTED, RETURNING, RETURNED"
              + " or RETURN_FAILED (R20)");
    }
  }

  // ---- time ---------------------------------------------------------------------------------------------

  @Test
  @DisplayName("R24: shipments, refunds, returns and the cancellation are not dated before the purchase")
  void recordsBeforeThePurchase() {
    Instant before = PURCHASED.minusSeconds(1);
    refused(() -> order().lines(List.of(shippedLine("L1"))).addShipment(Shipment.builder().from(shipment("1Z1", "L1", 2))
            .shippedAt(before).build()),
        "shipments[0].shippedAt = '2026-03-01T09:29:59Z': must not be before purchasedAt '2026-03-01T09:30:00Z'");
    refused(() -> partlyShipped(PaymentStatus.REFUND_PROCESSING,
            Refund.builder().from(refund("R1", L2, "1.00", RefundState.PROCESSING)).issuedAt(before).build()),
        "refunds[0].issuedAt = '2026-03-01T09:29:59Z': must not be before purchasedAt '2026-03-01T09:30:00Z'");
    refused(() -> shippedWithStatus(ItemStatus.RETURN_STARTED,
            ReturnAuthorization.builder().from(returnOf("RMA-1", ReturnState.AUTHORIZED)).authorizedAt(before).build()),
        "returns[0].authorizedAt = '2026-03-01T09:29:59Z': must not be before purchasedAt '2026-03-01T09:30:00Z'");
    refused(() -> cancelled(FulfilmentChannel.SELLER, ItemStatus.UNFULFILLED, PaymentStatus.NOT_CHARGED)
            .cancellation(Cancellation.of(CancellationReason.NO_STOCK, Party.SELLER, before)),
        "cancellation.at = '2026-03-01T09:29:59Z': must not be before purchasedAt '2026-03-01T09:30:00Z'");
  }

  @Test
  @DisplayName("every instant of an order lies in the years 1970 to 9999; the records check their own")
  void instantsOutOfRange() {
    String range = "must lie in the years 1970 to 9999 (between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z)";
    refused(() -> order().purchasedAt(Instant.parse("1969-12-31T23:59:59Z")),
        "purchasedAt = '1969-12-31T23:59:59Z': " + range);
    refused(() -> order().shipBy(Instant.parse("+10000-01-01T00:00:00Z")), "shipBy = '+10000-01-01T00:00:00Z': " + range);
    refused(() -> order().firstReportedAt(Instant.MAX),
        "firstReportedAt = '+1000000000-12-31T23:59:59.999999999Z': " + range);
    assertThatThrownBy(() -> Shipment.builder().from(shipment("1Z1", "L1", 2)).shippedAt(Instant.MAX).build())
        .hasMessage("shipment[1Z1].shippedAt = '+1000000000-12-31T23:59:59.999999999Z': " + range);
    assertThatThrownBy(() -> Cancellation.of(CancellationReason.NO_STOCK, Party.SELLER, Instant.MIN))
        .hasMessage("cancellation.at = '-1000000000-01-01T00:00:00Z': " + range);
    assertThatThrownBy(() -> BuyerCancellationRequest.builder().requestedAt(Instant.MAX).build())
        .hasMessage("cancellationRequest.requestedAt = '+1000000000-12-31T23:59:59.999999999Z': " + range);
    Order atTheEdges = valid(() -> order().purchasedAt(Limits.LATEST_INSTANT).shipBy(Limits.LATEST_INSTANT));
    assertThat(atTheEdges.purchasedAt()).isEqualTo(Limits.LATEST_INSTANT);
  }

  // ---- structure and limits -----------------------------------------------------------------------------

  @Test
  @DisplayName("a shipment, refund or return names each line at most once")
  void aRecordNamesALineTwice() {
    refused(() -> order().lines(List.of(shippedLine("L1"))).addShipment(Shipment.builder().from(shipment("1Z1", "L1", 1))
            .addLine(ShipmentLine.of(L1, 1)).build()),
        "shipments[0].lines = 'L1': names the line twice");
    refused(() -> partlyShipped(PaymentStatus.REFUND_PROCESSING, Refund.builder()
            .from(refund("R1", L2, "1.00", RefundState.PROCESSING)).addLine(RefundLine.of(L2, Money.of("1.00", "USD")))
            .build()),
        "refunds[0].lines = 'L2': names the line twice");
  }

  @Test
  @DisplayName("lists over their limit are refused by their size, before their elements are looked at")
  void listsOverTheirLimits() {
    OrderLine one = line("L1", "1.00").build();
    List<OrderLine> lines = new ArrayList<>(Collections.nCopies(Limits.MAX_LINES + 1, one));
    assertThatThrownBy(() -> order().lines(lines).build())
        .hasMessage("lines = '[OrderLine{id=L1, sku=SKU-L1, listingId=B…]' (1001 elements): must hold at most 1000"
            + " entries, not 1001");
    List<Shipment> shipments = new ArrayList<>();
    for (int i = 0; i <= Limits.MAX_SHIPMENTS; i++) {
      shipments.add(shipment("1Z" + i, "L1", 1));
    }
    assertThatThrownBy(() -> order().shipments(shipments).build())
        .hasMessageEndingWith("(1001 elements): must hold at most 1000 entries, not 1001");
    List<ShipmentLine> shipmentLines = new ArrayList<>(Collections.nCopies(Limits.MAX_LINES_PER_SHIPMENT + 1,
        ShipmentLine.of(L1, 1)));
    assertThatThrownBy(() -> Shipment.builder().from(shipment("1Z1", "L1", 1)).lines(shipmentLines).build())
        .hasMessage("shipment[1Z1].lines = '[ShipmentLine{lineId=L1, quantity=1}, Shi…]' (1001 elements): must hold at"
            + " most 1000 entries, not 1001");
    assertThatThrownBy(() -> Address.builder().from(TestOrders.address()).addStreetLines("2", "3", "4").build())
        .hasMessage("address.streetLines = '[1 Main St, 2, 3, 4]': must hold one to 3 lines");
  }

  @Test
  @DisplayName("quantities are at most 1,000,000 units and a line's charge below 10^15")
  void quantitiesAndChargesOverTheirLimits() {
    assertThatThrownBy(() -> line("L1", "1.00").quantityOrdered(Limits.MAX_QUANTITY + 1).build())
        .hasMessage("line.quantityOrdered = '1000001': must be at most 1000000 units");
    assertThatThrownBy(() -> ShipmentLine.of(L1, Integer.MAX_VALUE))
        .hasMessage("shipment.lines[L1].quantity = '2147483647': must be at most 1000000 units");
    assertThatThrownBy(() -> ReturnLine.of(L1, 0)).hasMessage("return.lines[L1].quantity = '0': must be positive");
    assertThatThrownBy(() -> line("L1", "999999999999999.99").quantityOrdered(Limits.MAX_QUANTITY).build())
        .hasMessage("line.charge = 'USD 999999999999999990000.00': unit price times quantity, plus shipping and tax, less"
            + " discount, must be below 10^15");
  }

  @Test
  @DisplayName("text fields refuse control characters, naming the field and the code point")
  void textFieldsNameTheCodePoint() {
    assertThatThrownBy(() -> Buyer.builder().email("a\u0000b@x\r\nBcc: y").build())
        .hasMessage("buyer.email = 'a\u0000b@x\r\nBcc: y': must not contain the control character U+0000 (at index 1)");
    assertThatThrownBy(() -> Buyer.builder().email("ab@x\r\nBcc: y").build())
        .hasMessage("buyer.email = 'ab@x\r\nBcc: y': must not contain the line break or tab U+000D (at index 4); it is a"
            + " single line");
    assertThatThrownBy(() -> Address.builder().from(TestOrders.address()).streetLines(List.of("1 Main St\nApt 4")).build())
        .hasMessage("address.streetLines[0] = '1 Main St\nApt 4': must not contain the line break or tab U+000A (at index"
            + " 9); it is a single line");
    assertThatThrownBy(() -> Address.builder().from(TestOrders.address()).recipient("Jane \uD800Doe").build())
        .hasMessage("address.recipient = 'Jane \uD800Doe': must not contain the lone surrogate U+D800 (at index 5)");
    assertThat(line("L1", "1.00").title("Tea, green\nloose leaf").customization("Engrave:\r\n\tFür Oma").build().title())
        .as("a title and a customisation may hold line breaks and tabs").isEqualTo("Tea, green\nloose leaf");
    assertThatThrownBy(() -> line("L1", "1.00").title("Tea\u0000").build())
        .hasMessage("line.title = 'Tea\u0000': must not contain the control character U+0000 (at index 3)");
    assertThatThrownBy(() -> BuyerCancellationRequest.builder().requestedAt(PURCHASED).reason("x".repeat(1_001)).build())
        .hasMessage("cancellationRequest.reason = '" + "x".repeat(40) + "…' (1001 characters): must be at most 1000"
            + " characters");
    assertThatThrownBy(() -> order().addSubtype(OrderSubtype.BUSINESS).businessPurchaseOrder("PO\t1").build())
        .hasMessage("businessPurchaseOrder = 'PO\t1': must not contain the line break or tab U+0009 (at index 2); it is a"
            + " single line");
  }
}
