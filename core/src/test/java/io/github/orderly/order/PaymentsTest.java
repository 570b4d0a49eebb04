package io.github.orderly.order;

import static io.github.orderly.order.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.orderly.json.OrderlyJson;
import io.github.orderly.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Several payment methods on an order ({@link Order#payments()}), checked when the order is built: R1 for the
 * primary method, R7 (the buyer is charged the order's total, once) for the amounts. The baseline
 * order charges USD 31.00 (2 x 10.00 + 2 x 5.50).
 */
class PaymentsTest {

  @Test
  @DisplayName("R1: the payments are kept beside the primary method, and read back equal from JSON")
  void paymentsAreKept_andRoundTrip() {
    Order o = order().paymentMethod(PaymentMethod.CARD)
        .addPayments(Payment.of(PaymentMethod.CARD, Money.of("21.00", "USD")),
            Payment.of(PaymentMethod.GIFT_CARD, Money.of("10.00", "USD")), Payment.of(PaymentMethod.POINTS))
        .build();
    assertThat(o.payments()).extracting(Payment::method)
        .containsExactly(PaymentMethod.CARD, PaymentMethod.GIFT_CARD, PaymentMethod.POINTS);
    assertThat(o.payments().get(1).amount()).contains(Money.of("10.00", "USD"));
    assertThat(o.payments().get(2).amount()).isEmpty();
    String json = OrderlyJson.write(o);
    assertThat(json).contains("\"payments\":[{\"method\":\"CARD\",\"amount\":")
        .contains("{\"method\":\"POINTS\"}");
    assertThat(OrderlyJson.read(json, Order.class)).isEqualTo(o);
  }

  @Test
  @DisplayName("R1: without payments the order writes the JSON it wrote before, and old JSON reads with none")
  void noPayments_leaveTheJsonUnchanged() {
    Order o = order().paymentMethod(PaymentMethod.CONVENIENCE_STORE).build();
    assertThat(o.payments()).isEmpty();
    String json = OrderlyJson.write(o);
    assertThat(json).doesNotContain("payments").contains("\"paymentMethod\":\"CONVENIENCE_STORE\"");
    assertThat(OrderlyJson.read(json, Order.class).payments()).isEmpty();
  }

  @Test
  @DisplayName("R1: the primary method must be one of the payments when they are listed")
  void primaryMethodOutsideThePayments_isRefused() {
    assertThatThrownBy(() -> order().paymentMethod(PaymentMethod.CONVENIENCE_STORE)
        .addPayments(Payment.of(PaymentMethod.CARD)).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("paymentMethod = 'CONVENIENCE_STORE': must be one of the payments' methods when payments"
            + " are listed");
  }

  @Test
  @DisplayName("R7: a method listed twice is refused, naming the second payment")
  void methodTwice_isRefused() {
    assertThatThrownBy(() -> order()
        .addPayments(Payment.of(PaymentMethod.CARD), Payment.of(PaymentMethod.CARD, Money.of("1.00", "USD")))
        .build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("payments[1].method = 'CARD': appears on two payments");
  }

  @Test
  @DisplayName("R7: payments adding up to more than the order's total are refused; exactly the total is valid")
  void paymentsAboveTheTotal_areRefused() {
    Order exact = order().addPayments(Payment.of(PaymentMethod.CARD, Money.of("30.99", "USD")),
        Payment.of(PaymentMethod.GIFT_CARD, Money.of("0.01", "USD"))).build();
    assertThat(exact.total()).isEqualTo(Money.of("31.00", "USD"));
    assertThatThrownBy(() -> order().addPayments(Payment.of(PaymentMethod.CARD, Money.of("30.99", "USD")),
        Payment.of(PaymentMethod.GIFT_CARD, Money.of("0.02", "USD"))).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("payments = 'USD 31.01': the payments' amounts must not add up to more than the order's total"
            + " 'USD 31.00'");
  }

  @Test
  @DisplayName("R7: a payment in another currency than the order's is refused, naming its amount")
  void paymentInAnotherCurrency_isRefused() {
    assertThatThrownBy(() -> order().addPayments(Payment.of(PaymentMethod.CARD, Money.of("5.00", "EUR"))).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("payments[0].amount = 'EUR 5.00': currency must be USD like the order's lines");
  }

  @Test
  @DisplayName("R7: a payment's amount must be positive; its money is at the currency's scale")
  void paymentAmountNotPositive_isRefused() {
    assertThatThrownBy(() -> Payment.of(PaymentMethod.GIFT_CARD, Money.zero(java.util.Currency.getInstance("USD"))))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("payment.amount = 'USD 0.00': must be positive");
    assertThatThrownBy(() -> Payment.of(PaymentMethod.GIFT_CARD, Money.of("-1", "JPY")))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("payment.amount = 'JPY -1': must be positive");
    assertThat(Payment.of(PaymentMethod.POINTS, Money.of("300", "JPY")).amount().orElseThrow().amount().scale())
        .isZero();
    assertThatNullPointerException().isThrownBy(() -> Payment.of(null)).withMessage("method");
    assertThatNullPointerException().isThrownBy(() -> Payment.of(PaymentMethod.CARD, null)).withMessage("amount");
  }
}
