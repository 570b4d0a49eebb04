package io.github.orderly.workflow;

import static io.github.orderly.workflow.Fixtures.L1;
import static io.github.orderly.workflow.Fixtures.accepted;
import static io.github.orderly.workflow.Fixtures.id;
import static io.github.orderly.workflow.Fixtures.marketplace;
import static io.github.orderly.workflow.Fixtures.reject;
import static io.github.orderly.workflow.Fixtures.seller;
import static io.github.orderly.workflow.Fixtures.ship;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.Rule;
import io.github.orderly.access.Role;
import io.github.orderly.money.Money;
import io.github.orderly.order.Order;
import io.github.orderly.order.Payment;
import io.github.orderly.order.PaymentMethod;
import io.github.orderly.status.OrderStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Given/when/then: an order paid several ways goes through the workflow as its primary method says (R1, R7). */
class PaymentsWorkflowTest {

  private static Order split(Order order) {
    List<Payment> payments = List.of(Payment.of(PaymentMethod.CONVENIENCE_STORE),
        Payment.of(PaymentMethod.POINTS, Money.of("1.00", order.currency().getCurrencyCode())));
    return Order.builder().from(order).paymentMethod(PaymentMethod.CONVENIENCE_STORE).payments(payments).build();
  }

  @Test
  @DisplayName("R1: a pending convenience-store order paid partly with points still refuses the seller's shipment")
  void r1_pendingSplitPaymentRefusesShipment() {
    Order pending = split(Fixtures.pending());
    assertThat(pending.status()).isEqualTo(OrderStatus.PENDING);
    Rejection r = reject(pending, ship(L1, 1, "1Z9"), seller(), Rule.R1);
    assertThat(r.message()).contains("(R1)");
  }

  @Test
  @DisplayName("R1 R7: the payments survive the payment confirmation and the shipment that charges the order")
  void r7_paymentsSurviveTheWorkflow() {
    Order pending = split(Fixtures.pending());
    Order paid = accepted(pending, new ConfirmPayment(id()), marketplace());
    assertThat(paid.status()).isEqualTo(OrderStatus.UNSHIPPED);
    Order shipped = accepted(paid, ship(L1, 1, "1Z9"), seller());
    assertThat(shipped.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
    assertThat(shipped.payments()).isEqualTo(pending.payments());
    assertThat(shipped.paymentMethod()).isEqualTo(PaymentMethod.CONVENIENCE_STORE);
  }

  @Test
  @DisplayName("R11: a buyer's edit that would bring the total below what the payments cover is rejected;"
      + " an edit the payments still fit is accepted")
  void r11_editBelowThePaymentsIsRejected() {
    Order unshipped = Fixtures.unshipped();
    Money total = unshipped.total();
    Order paid = Order.builder().from(unshipped).addPayments(Payment.of(PaymentMethod.CARD, total)).build();
    WorkflowContext inWindow = WorkflowContext.of(Fixtures.PURCHASED.plusSeconds(60), Role.MARKETPLACE);
    int ordered = unshipped.line(L1).orElseThrow().quantityOrdered();
    Rejection r = reject(paid, new EditAsBuyer(id(), Optional.empty(), List.of(new LineQuantity(L1, ordered - 1))),
        inWindow, Rule.R11);
    assertThat(r.message()).contains("below the " + total + " its payments already cover");
    Order more = accepted(paid, new EditAsBuyer(id(), Optional.empty(), List.of(new LineQuantity(L1, ordered + 1))),
        inWindow);
    assertThat(more.total().isGreaterThan(total)).isTrue();
    assertThat(more.payments()).isEqualTo(paid.payments());
    Order unpriced = Order.builder().from(unshipped).addPayments(Payment.of(PaymentMethod.CARD)).build();
    assertThat(accepted(unpriced, new EditAsBuyer(id(), Optional.empty(),
        List.of(new LineQuantity(L1, ordered - 1))), inWindow).total().isLessThan(total)).isTrue();
  }
}
