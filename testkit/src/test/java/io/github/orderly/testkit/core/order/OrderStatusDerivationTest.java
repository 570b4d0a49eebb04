package io.github.orderly.testkit.core.order;

import static io.github.orderly.testkit.core.order.TestOrders.line;
import static io.github.orderly.testkit.core.order.TestOrders.order;
import static io.github.orderly.testkit.core.order.TestOrders.shipment;
import static io.github.orderly.testkit.core.order.TestOrders.shippedLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.money.Money;
import io.github.orderly.order.Cancellation;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Party;
import io.github.orderly.order.Refund;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.RefundState;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnReason;
import io.github.orderly.order.ReturnState;
import io.github.orderly.order.RmaId;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R41: the order status is a pure function of the lines; R40: the statuses live on each line. */
class OrderStatusDerivationTest {

  @Test
  void R41_pendingWhilePaymentIsProcessingAndNothingShipped() {
    Order order = order().lines(List.of(
        line("L1", "1.00").paymentStatus(PaymentStatus.PAYMENT_PROCESSING).build(),
        line("L2", "1.00").paymentStatus(PaymentStatus.PAYMENT_PROCESSING).build())).build();
    assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(order.shipmentLate()).isFalse();
  }

  @Test
  void R41_unshippedOncePayableAndNoLineShipped() {
    assertThat(order().build().status()).isEqualTo(OrderStatus.UNSHIPPED);
  }

  @Test
  void R41_R7_partiallyShippedAndLateWhenSomeLinesAreConfirmed() {
    Order order = order()
        .lines(List.of(shippedLine("L1"), line("L2", "1.00").paymentStatus(PaymentStatus.PAID).build()))
        .addShipment(shipment("1Z1", "L1", 2)).build();
    assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
    assertThat(order.shipmentLate()).isTrue();
  }

  @Test
  void R41_aLineShippedInPartCountsAsNotYetShipped() {
    OrderLine half = line("L1", "1.00").quantityShipped(1).itemStatus(ItemStatus.SHIPPED)
        .paymentStatus(PaymentStatus.PAID).build();
    Order order = order().lines(List.of(half)).addShipment(shipment("1Z1", "L1", 1)).build();
    assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
  }

  @Test
  void R7_R16_lateStaysEvenWhenTheRemainingLineWasRefunded() {
    Refund refund = Refund.builder().id(RefundId.of("R1")).reason(RefundReason.COULD_NOT_SHIP)
        .issuedAt(TestOrders.PURCHASED).addLine(RefundLine.of(LineId.of("L2"), Money.of("2.00", "USD")))
        .state(RefundState.SUCCEEDED).build();
    Order order = order()
        .lines(List.of(shippedLine("L1"), line("L2", "1.00").paymentStatus(PaymentStatus.REFUNDED).build()))
        .addShipment(shipment("1Z1", "L1", 2)).addRefund(refund).build();
    assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
    assertThat(order.shipmentLate()).isTrue();
  }

  @Test
  void R41_shippedWhenEveryLineThatCanShipDid_cancelledLinesDoNotCount() {
    Order order = order()
        .lines(List.of(shippedLine("L1"),
            line("L2", "1.00").itemStatus(ItemStatus.UNFULFILLED).paymentStatus(PaymentStatus.NOT_CHARGED).build()))
        .addShipment(shipment("1Z1", "L1", 2)).build();
    assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(order.shipmentLate()).isFalse();
  }

  @Test
  void R41_R18_cancelledWhenEveryLineIsCancelledOrUnfulfillable() {
    Order order = order().lines(List.of(
        line("L1", "1.00").itemStatus(ItemStatus.UNFULFILLED).paymentStatus(PaymentStatus.NOT_CHARGED).build(),
        line("L2", "1.00").itemStatus(ItemStatus.UNABLE_TO_FULFILL).paymentStatus(PaymentStatus.REFUNDED).build()))
        .fulfilmentChannel(FulfilmentChannel.MARKETPLACE)
        .cancellation(Cancellation.of(CancellationReason.CANNOT_FULFIL, Party.MARKETPLACE, TestOrders.PURCHASED))
        .build();
    assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
  }

  @Test
  void R41_returnsAndDeliveriesAfterShipmentKeepTheOrderShipped() {
    OrderLine returned = line("L1", "1.00").quantityShipped(2).itemStatus(ItemStatus.RETURNED)
        .paymentStatus(PaymentStatus.REFUNDED).build();
    Order order = order().lines(List.of(returned)).addShipment(shipment("1Z1", "L1", 2))
        .addReturn(ReturnAuthorization.builder().rmaId(RmaId.of("RMA-1")).reason(ReturnReason.BUYER_RETURN)
            .authorizedAt(TestOrders.PURCHASED.plusSeconds(2 * 86_400)).addLine(ReturnLine.of(LineId.of("L1"), 2))
            .state(ReturnState.RECEIVED).build())
        .addRefund(Refund.builder().id(RefundId.of("R-1")).reason(RefundReason.CUSTOMER_RETURN)
            .issuedAt(TestOrders.PURCHASED.plusSeconds(3 * 86_400))
            .addLine(RefundLine.of(LineId.of("L1"), returned.charge())).state(RefundState.SUCCEEDED).build())
        .build();
    assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
  }

  @Test
  @DisplayName("R41, R52, R53: the derived status agrees with a plain reading of the lines, for every generated order")
  void derivedStatusAgreesWithTheLines() {
    Property.named("the derived status agrees with a plain reading of the lines")
        .check(OrderGenerator.standard(), order -> {
          List<OrderLine> active = order.lines().stream().filter(l -> !l.itemStatus().isCancelled()).toList();
          OrderStatus expected;
          if (active.isEmpty()) {
            expected = OrderStatus.CANCELLED;
          } else if (active.stream().allMatch(l -> l.quantityShipped() == 0)) {
            expected = active.stream().anyMatch(l -> l.itemStatus() == ItemStatus.AWAITING_RELEASE)
                ? OrderStatus.PENDING_AVAILABILITY
                : active.stream().anyMatch(l -> l.paymentStatus() == PaymentStatus.PAYMENT_PROCESSING)
                ? OrderStatus.PENDING : OrderStatus.UNSHIPPED;
          } else if (active.stream().allMatch(l -> l.quantityShipped() == l.quantityOrdered())) {
            boolean invoiceOutstanding = order.invoice().isPresent() && order.invoice().get().required()
                && order.invoice().get().confirmedAt().isEmpty();
            expected = invoiceOutstanding ? OrderStatus.INVOICE_UNCONFIRMED : OrderStatus.SHIPPED;
          } else {
            expected = OrderStatus.PARTIALLY_SHIPPED;
          }
          assertThat(order.status()).isEqualTo(expected);
          assertThat(order.shipmentLate()).isEqualTo(expected == OrderStatus.PARTIALLY_SHIPPED);
        });
  }

  @Test
  void R40_eachLineCarriesItsOwnItemAndPaymentStatus() {
    Order order = order()
        .lines(List.of(shippedLine("L1"), line("L2", "1.00").paymentStatus(PaymentStatus.PAID).build()))
        .addShipment(shipment("1Z1", "L1", 2)).build();
    assertThat(order.lines()).extracting(OrderLine::itemStatus)
        .containsExactly(ItemStatus.SHIPPED, ItemStatus.ORDER_PLACED);
    assertThat(order.lines()).extracting(OrderLine::paymentStatus)
        .containsExactly(PaymentStatus.PAID, PaymentStatus.PAID);
    assertThat(ItemStatus.PREPARING_TO_SHIP.label()).isEqualTo("Preparing to ship");
    assertThat(PaymentStatus.REFUND_FAILED.label()).isEqualTo("Refund failed");
    assertThat(ItemStatus.values()).as("the console's thirteen and Awaiting release (R52)").hasSize(14);
  }
}
