package io.github.orderly.order;

import static io.github.orderly.order.TestOrders.PURCHASED;
import static io.github.orderly.order.TestOrders.line;
import static io.github.orderly.order.TestOrders.order;
import static io.github.orderly.order.TestOrders.shipment;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of the order model that mutation testing found untested: orders with more records than the
 * small-order path checks one by one (duplicate tracking ids, refund and return totals), the bounds of
 * quantities and counts, and the monotonic merge of upstream statuses (R50).
 */
class OrderRecordsEdgesTest {
  private static final int MANY = 20;

  /** One line of 20 units at 1.00, shipped in full and paid. */
  private static OrderLine shippedLineOfMany() {
    return shippedLineOfMany(ItemStatus.SHIPPED, PaymentStatus.PAID);
  }

  private static OrderLine shippedLineOfMany(ItemStatus item, PaymentStatus payment) {
    return line("L1", "1.00").quantityOrdered(MANY).quantityShipped(MANY).itemStatus(item)
        .paymentStatus(payment).build();
  }

  /** The line shipped in 20 parcels of one unit, tracked 1Z1 to 1Z20. */
  private static Order.Builder shippedInManyParcels() {
    return shippedInManyParcels(shippedLineOfMany());
  }

  private static Order.Builder shippedInManyParcels(OrderLine line) {
    Order.Builder b = order().lines(List.of(line));
    for (int s = 1; s <= MANY; s++) {
      b.addShipment(shipment("1Z" + s, "L1", 1));
    }
    return b;
  }

  private static Refund refund(String id, String amount) {
    return Refund.builder().id(RefundId.of(id)).reason(RefundReason.GENERAL_ADJUSTMENT).issuedAt(PURCHASED)
        .addLine(RefundLine.of(LineId.of("L1"), Money.of(amount, "USD"))).build();
  }

  private static ReturnAuthorization returnOf(String rma, int units) {
    return ReturnAuthorization.builder().rmaId(RmaId.of(rma)).reason(ReturnReason.BUYER_RETURN)
        .authorizedAt(PURCHASED.plusSeconds(90_000)).addLine(ReturnLine.of(LineId.of("L1"), units)).build();
  }

  @Test
  @DisplayName("R15 R43: in an order of many parcels, each tracking id is on one shipment; a repeat is refused")
  void r43_duplicateTrackingIdAmongManyShipments() {
    Order order = shippedInManyParcels().build();
    assertThat(order.shipments()).hasSize(MANY);
    assertThat(order.lines().get(0).quantityShipped()).isEqualTo(MANY);
    assertThat(order.lines().get(0).quantityUnshipped()).isZero();
    assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
    List<Shipment> shipments = new ArrayList<>(order.shipments());
    shipments.set(MANY - 1, shipment("1Z5", "L1", 1));
    assertThatThrownBy(() -> order().lines(List.of(shippedLineOfMany())).shipments(shipments).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("shipments[19].trackingId = '1Z5': appears on two shipments");
    shipments.set(MANY - 1, shipment("1Z20", "L1", 2));
    assertThatThrownBy(() -> order().lines(List.of(shippedLineOfMany())).shipments(shipments).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("lines[0].quantityShipped = '20': must equal the units the shipments carry for the line '21'");
  }

  @Test
  @DisplayName("R13 R43: in an order of many refunds, each refund id is used once and the refunds never exceed"
      + " the line's charge")
  void r13_manyRefundsNeverExceedTheCharge() {
    List<Refund> refunds = new ArrayList<>();
    for (int r = 1; r <= MANY; r++) {
      refunds.add(refund("R" + r, "1.00"));
    }
    Order refundedInFull = shippedInManyParcels(shippedLineOfMany(ItemStatus.SHIPPED, PaymentStatus.REFUND_PROCESSING)).refunds(refunds).build();
    assertThat(refundedInFull.refunded(LineId.of("L1"))).isEqualTo(Money.of("20.00", "USD"));
    List<Refund> tooMuch = new ArrayList<>(refunds);
    tooMuch.add(refund("R21", "0.01"));
    assertThatThrownBy(() -> shippedInManyParcels(shippedLineOfMany(ItemStatus.SHIPPED, PaymentStatus.REFUND_PROCESSING)).refunds(tooMuch).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("lines[0].refunded = 'USD 20.01': must not exceed what the line was charged 'USD 20.00' (R13)");
    List<Refund> twice = new ArrayList<>(refunds.subList(0, MANY - 1));
    twice.add(refund("R7", "1.00"));
    assertThatThrownBy(() -> shippedInManyParcels(shippedLineOfMany(ItemStatus.SHIPPED, PaymentStatus.REFUND_PROCESSING)).refunds(twice).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("refunds[19].id = 'R7': appears on two refunds");
  }

  @Test
  @DisplayName("R20 R43: in an order of many returns, each RMA id is used once and no more units come back than"
      + " shipped")
  void r20_manyReturnsNeverExceedWhatShipped() {
    List<ReturnAuthorization> returns = new ArrayList<>();
    for (int r = 1; r <= MANY; r++) {
      returns.add(returnOf("RMA-" + r, 1));
    }
    Order allBack = shippedInManyParcels(shippedLineOfMany(ItemStatus.RETURN_STARTED, PaymentStatus.PAID)).returns(returns).build();
    assertThat(allBack.returns()).hasSize(MANY);
    List<ReturnAuthorization> oneMore = new ArrayList<>(returns);
    oneMore.set(0, returnOf("RMA-1", 2));
    assertThatThrownBy(() -> shippedInManyParcels(shippedLineOfMany(ItemStatus.RETURN_STARTED, PaymentStatus.PAID)).returns(oneMore).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("lines[0].returned = '21': must not exceed quantityShipped '20'");
    List<ReturnAuthorization> twice = new ArrayList<>(returns);
    twice.set(MANY - 1, returnOf("RMA-3", 1));
    assertThatThrownBy(() -> shippedInManyParcels(shippedLineOfMany(ItemStatus.RETURN_STARTED, PaymentStatus.PAID)).returns(twice).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("returns[19].rmaId = 'RMA-3': appears on two returns");
  }

  @Test
  @DisplayName("quantities of shipment and return lines lie in 1..1,000,000; refunds, returns and shipments need"
      + " a line and an instant in range")
  void quantityAndCountBounds() {
    LineId l1 = LineId.of("L1");
    for (int ok : new int[] {1, Limits.MAX_QUANTITY}) {
      assertThat(ShipmentLine.of(l1, ok).quantity()).isEqualTo(ok);
      assertThat(ReturnLine.of(l1, ok).quantity()).isEqualTo(ok);
    }
    for (int bad : new int[] {0, Limits.MAX_QUANTITY + 1}) {
      assertThatThrownBy(() -> ShipmentLine.of(l1, bad)).isInstanceOf(InvalidOrderException.class)
          .hasMessageStartingWith("shipment.lines[L1].quantity = '" + bad + "': must be");
      assertThatThrownBy(() -> ReturnLine.of(l1, bad)).isInstanceOf(InvalidOrderException.class)
          .hasMessageStartingWith("return.lines[L1].quantity = '" + bad + "': must be");
    }
    Instant before1970 = Limits.EARLIEST_INSTANT.minusSeconds(1);
    assertThatThrownBy(() -> Refund.builder().from(refund("R1", "1.00")).issuedAt(before1970).build())
        .isInstanceOf(InvalidOrderException.class).hasMessageStartingWith("refund[R1].issuedAt = ");
    assertThatThrownBy(() -> ReturnAuthorization.builder().from(returnOf("RMA-1", 1)).authorizedAt(before1970).build())
        .isInstanceOf(InvalidOrderException.class).hasMessageStartingWith("return[RMA-1].authorizedAt = ");
    List<RefundLine> refundLines = new ArrayList<>();
    List<ReturnLine> returnLines = new ArrayList<>();
    List<ShipmentLine> shipmentLines = new ArrayList<>();
    for (int i = 1; i <= Limits.MAX_LINES; i++) {
      refundLines.add(RefundLine.of(LineId.of("L" + i), Money.of("0.01", "USD")));
      returnLines.add(ReturnLine.of(LineId.of("L" + i), 1));
      shipmentLines.add(ShipmentLine.of(LineId.of("L" + i), 1));
    }
    assertThat(Refund.builder().from(refund("R1", "1.00")).lines(refundLines).build().lines()).hasSize(1000);
    assertThat(ReturnAuthorization.builder().from(returnOf("RMA-1", 1)).lines(returnLines).build().lines())
        .hasSize(1000);
    assertThat(Shipment.builder().from(shipment("1Z1", "L1", 1)).lines(shipmentLines).build().lines()).hasSize(1000);
    refundLines.add(RefundLine.of(LineId.of("L0"), Money.of("0.01", "USD")));
    returnLines.add(ReturnLine.of(LineId.of("L0"), 1));
    shipmentLines.add(ShipmentLine.of(LineId.of("L0"), 1));
    assertThatThrownBy(() -> Refund.builder().from(refund("R1", "1.00")).lines(refundLines).build())
        .isInstanceOf(InvalidOrderException.class).hasMessageStartingWith("refund[R1].lines = ");
    assertThatThrownBy(() -> ReturnAuthorization.builder().from(returnOf("RMA-1", 1)).lines(returnLines).build())
        .isInstanceOf(InvalidOrderException.class).hasMessageStartingWith("return[RMA-1].lines = ");
    assertThatThrownBy(() -> Shipment.builder().from(shipment("1Z1", "L1", 1)).lines(shipmentLines).build())
        .isInstanceOf(InvalidOrderException.class).hasMessageStartingWith("shipment[1Z1].lines = ");
  }

  @Test
  @DisplayName("a line's amounts: no negative price or tax, and a charge of 15 digits is the largest accepted")
  void lineAmountBounds() {
    assertThatThrownBy(() -> line("L1", "-1.00").build()).isInstanceOf(InvalidOrderException.class)
        .hasMessage("line.unitPrice = 'USD -1.00': must not be negative");
    assertThatThrownBy(() -> line("L1", "1.00").tax(Money.of("-0.01", "USD")).build())
        .isInstanceOf(InvalidOrderException.class).hasMessage("line.tax = 'USD -0.01': must not be negative");
    assertThatThrownBy(() -> line("L1", "1.00").shippingCharge(Money.of("1", "EUR")).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("line.shippingCharge = 'EUR 1.00': currency must be USD like unitPrice");
    OrderLine largest = line("L1", "999999999999999.99").quantityOrdered(1).build();
    assertThat(largest.charge()).isEqualTo(Money.of("999999999999999.99", "USD"));
    assertThatThrownBy(() -> line("L1", "999999999999999.99").quantityOrdered(1).tax(Money.of("0.01", "USD")).build())
        .isInstanceOf(InvalidOrderException.class).hasMessageStartingWith("line.charge = ");
    assertThat(line("L1", "1.00").quantityOrdered(5).quantityShipped(2)
        .itemStatus(ItemStatus.SHIPPED).paymentStatus(PaymentStatus.PAID).build().quantityUnshipped()).isEqualTo(3);
  }

  @Test
  @DisplayName("a buyer's e-mail has one '@' with text on both sides; an address has one to three street lines")
  void emailAndStreetLines() {
    assertThat(Buyer.builder().email("a@b").build().email()).contains("a@b");
    for (String bad : List.of("@b", "a@", "a@b@c", "ab")) {
      assertThatThrownBy(() -> Buyer.builder().email(bad).build()).as(bad).isInstanceOf(InvalidOrderException.class)
          .hasMessage("buyer.email = '" + bad + "': must be an e-mail address with one '@'");
    }
    Address.Builder three = Address.builder().recipient("Jane Doe").city("Seattle").countryCode("US")
        .streetLines(Collections.nCopies(Limits.MAX_STREET_LINES, "1 Main St"));
    assertThat(three.build().streetLines()).hasSize(3);
    assertThatThrownBy(() -> three.streetLines(Collections.nCopies(Limits.MAX_STREET_LINES + 1, "x")).build())
        .isInstanceOf(InvalidOrderException.class).hasMessageStartingWith("address.streetLines = ");
  }

  @Test
  @DisplayName("R50: upstream statuses merge monotonically: a newer step forward wins; older, repeated, backward"
      + " or after-cancellation updates change nothing")
  void r50_upstreamMergeIsMonotonic() {
    Instant t = PURCHASED;
    UpstreamStatus unshipped = new UpstreamStatus(OrderStatus.UNSHIPPED, t);
    assertThat(unshipped.blocksShipment()).isFalse();
    UpstreamStatus shipped = unshipped.merge(OrderStatus.SHIPPED, t.plusSeconds(1));
    assertThat(shipped).isEqualTo(new UpstreamStatus(OrderStatus.SHIPPED, t.plusSeconds(1)));
    assertThat(unshipped.advancesTo(OrderStatus.SHIPPED, t.plusSeconds(1))).isTrue();
    assertThat(unshipped.merge(OrderStatus.UNSHIPPED, t.plusSeconds(1)))
        .as("the same status, newer: the newer observation").isEqualTo(new UpstreamStatus(OrderStatus.UNSHIPPED,
            t.plusSeconds(1)));
    assertThat(unshipped.merge(OrderStatus.SHIPPED, t)).as("not newer").isSameAs(unshipped);
    assertThat(unshipped.advancesTo(OrderStatus.SHIPPED, t)).isFalse();
    assertThat(unshipped.merge(OrderStatus.SHIPPED, t.minusSeconds(1))).as("older").isSameAs(unshipped);
    assertThat(shipped.merge(OrderStatus.PARTIALLY_SHIPPED, t.plusSeconds(2))).as("a step back").isSameAs(shipped);
    assertThat(shipped.merge(OrderStatus.PENDING, t.plusSeconds(2))).as("a step back").isSameAs(shipped);
    UpstreamStatus cancelled = unshipped.merge(OrderStatus.CANCELLED, t.plusSeconds(3));
    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancelled.blocksShipment()).isTrue();
    assertThat(cancelled.merge(OrderStatus.SHIPPED, t.plusSeconds(4))).as("after cancellation").isSameAs(cancelled);
    assertThat(new UpstreamStatus(OrderStatus.PENDING, t).merge(OrderStatus.PARTIALLY_SHIPPED, t.plusSeconds(1))
        .status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
  }
  @Test
  @DisplayName("R50: two reports that contradict each other (a cancellation dated before a shipment) merge in"
      + " arrival order: the older one is ignored after the newer, and nothing follows a cancellation")
  void r50_contradictoryReportsKeepTheFirstThatEndsTheOrder() {
    UpstreamStatus unshipped = new UpstreamStatus(OrderStatus.UNSHIPPED, PURCHASED);
    Instant cancelledAt = PURCHASED.plusSeconds(60);
    Instant shippedAt = PURCHASED.plusSeconds(120);
    UpstreamStatus shippedFirst = unshipped.merge(OrderStatus.SHIPPED, shippedAt)
        .merge(OrderStatus.CANCELLED, cancelledAt);
    UpstreamStatus cancelledFirst = unshipped.merge(OrderStatus.CANCELLED, cancelledAt)
        .merge(OrderStatus.SHIPPED, shippedAt);
    assertThat(shippedFirst).as("the older cancellation arrives after the newer shipment")
        .isEqualTo(new UpstreamStatus(OrderStatus.SHIPPED, shippedAt));
    assertThat(cancelledFirst).as("the cancellation arrives first and is final")
        .isEqualTo(new UpstreamStatus(OrderStatus.CANCELLED, cancelledAt));
  }
}
