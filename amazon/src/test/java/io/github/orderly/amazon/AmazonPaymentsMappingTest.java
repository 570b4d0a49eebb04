package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.money.Money;
import io.github.orderly.order.InvalidOrderException;
import io.github.orderly.order.Order;
import io.github.orderly.order.Payment;
import io.github.orderly.order.PaymentMethod;
import io.github.orderly.status.OrderStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The payments of both API versions mapped into {@link Order#payments()}: R1 for the primary method (a
 * convenience-store order waits for its payment), R7 for the amounts (never more than the order's total).
 */
class AmazonPaymentsMappingTest {
  private static final String UNSHIPPED_2026 = Fixtures.v2026("getOrder-unshipped");

  /** The scenario's order with each pair of texts replaced: from, to, from, to... */
  private static Order v0(String scenario, String... replacements) {
    String json = Fixtures.v0(scenario, "getOrder");
    for (int r = 0; r < replacements.length; r += 2) {
      assertThat(json).contains(replacements[r]);
      json = json.replace(replacements[r], replacements[r + 1]);
    }
    return AmazonOrders.toOrder(AmazonOrder.builder(Fixtures.READER.readGetOrder(json))
        .addItems(Fixtures.items(scenario)).build());
  }

  private static Order v2026(String from, String to) {
    assertThat(UNSHIPPED_2026).contains(from);
    return AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(UNSHIPPED_2026.replace(from, to)));
  }

  @Test
  @DisplayName("R1 R7: v0 PaymentExecutionDetail gives each sub-payment of a COD order with its amount; the"
      + " PaymentMethodDetails add no method twice (GiftCertificate is the gift card GC paid)")
  void v0_codSubPayments() {
    Order order = AmazonOrders.toOrder(Fixtures.combined("cod-jp"));
    assertThat(order.paymentMethod()).isEqualTo(PaymentMethod.CASH_ON_DELIVERY);
    assertThat(order.payments()).containsExactly(
        Payment.of(PaymentMethod.CASH_ON_DELIVERY, Money.of("2000", "JPY")),
        Payment.of(PaymentMethod.POINTS, Money.of("300", "JPY")),
        Payment.of(PaymentMethod.GIFT_CARD, Money.of("500", "JPY")));
    assertThat(order.total().isLessThan(Money.of("2800", "JPY"))).isFalse();
  }

  @Test
  @DisplayName("R1: v0 PaymentMethodDetails give the methods without amounts; CVS stays the primary method and the"
      + " order waits for its payment")
  void v0_methodDetails() {
    Order business = AmazonOrders.toOrder(Fixtures.combined("unshipped-business"));
    assertThat(business.paymentMethod()).isEqualTo(PaymentMethod.CARD);
    assertThat(business.payments()).containsExactly(Payment.of(PaymentMethod.CARD), Payment.of(PaymentMethod.GIFT_CARD));

    Order cvs = AmazonOrders.toOrder(Fixtures.combined("pending-cvs"));
    assertThat(cvs.paymentMethod()).isEqualTo(PaymentMethod.CONVENIENCE_STORE);
    assertThat(cvs.payments()).containsExactly(Payment.of(PaymentMethod.CONVENIENCE_STORE));
    assertThat(cvs.status()).isEqualTo(OrderStatus.PENDING);

    Order invoice = AmazonOrders.toOrder(Fixtures.combined("invoice-unconfirmed"));
    assertThat(invoice.payments()).containsExactly(Payment.of(PaymentMethod.BANK_TRANSFER));
    assertThat(invoice.paymentMethod()).as("PaymentMethod Other names no method: the one listed is primary")
        .isEqualTo(PaymentMethod.BANK_TRANSFER);
  }

  @Test
  @DisplayName("R1: a v0 order without PaymentMethodDetails has no payments and pays by card, as before")
  void v0_noDetails_noPayments() {
    Order order = v0("unshipped-business", "\"PaymentMethodDetails\": [\"CreditCard\", \"GiftCertificate\"],", "");
    assertThat(order.payments()).isEmpty();
    assertThat(order.paymentMethod()).isEqualTo(PaymentMethod.CARD);
  }

  @Test
  @DisplayName("R1: the COD the v0 PaymentMethod names is listed even when the sub-payments and details leave it out")
  void v0_namedMethodIsListed() {
    Order order = v0("cod-jp", "\"PaymentMethodDetails\": [\"COD\", \"PointsAccount\", \"GiftCertificate\"],",
        "\"PaymentMethodDetails\": [\"PointsAccount\"],");
    assertThat(order.paymentMethod()).isEqualTo(PaymentMethod.CASH_ON_DELIVERY);
    assertThat(order.payments()).extracting(Payment::method).containsExactly(PaymentMethod.CASH_ON_DELIVERY,
        PaymentMethod.POINTS, PaymentMethod.GIFT_CARD);
    Order listed = v0("cod-jp", "{ \"Payment\": { \"CurrencyCode\": \"JPY\", \"Amount\": \"2000\" }, \"PaymentMethod\":"
        + " \"COD\" },", "", "[\"COD\", \"PointsAccount\"", "[\"PointsAccount\"");
    assertThat(listed.payments()).extracting(Payment::method).containsExactly(PaymentMethod.POINTS,
        PaymentMethod.GIFT_CARD, PaymentMethod.CASH_ON_DELIVERY);
    assertThat(listed.payments().get(2).amount()).isEmpty();
  }

  @Test
  @DisplayName("R1: an unknown v0 payment code fails naming its path and the codes known")
  void v0_unknownCode_fails() {
    assertThatThrownBy(() -> v0("unshipped-business", "\"GiftCertificate\"", "\"Voucher\""))
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("order.PaymentMethodDetails[1] = 'Voucher': is not one of [COD, CashOnDelivery, ConvenienceStore,"
            + " CreditCard, GC, GiftCard, GiftCertificate, Invoice, Pix, PointsAccount, Standard]");
    assertThatThrownBy(() -> v0("cod-jp", "\"PaymentMethod\": \"GC\"", "\"PaymentMethod\": \"Coupon\""))
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessageStartingWith("order.PaymentExecutionDetail[2].PaymentMethod = 'Coupon': is not one of [COD,");
  }

  @Test
  @DisplayName("R7: v0 sub-payments adding up to more than the order's charge are refused, naming the payments")
  void v0_paymentsAboveTheTotal_areRefused() {
    assertThatThrownBy(() -> v0("cod-jp", "\"Amount\": \"2000\" }, \"PaymentMethod\": \"COD\"",
        "\"Amount\": \"90000\" }, \"PaymentMethod\": \"COD\""))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessageStartingWith("payments = 'JPY 90800': the payments' amounts must not add up to more than the"
            + " order's total 'JPY ");
  }

  @Test
  @DisplayName("R1 R7: 2026-01-01 paymentExecutions give the payments with their amounts; card is primary")
  void v2026_executions() {
    Order order = AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(UNSHIPPED_2026));
    assertThat(order.payments()).containsExactly(Payment.of(PaymentMethod.CARD, Money.of("61.93", "USD")),
        Payment.of(PaymentMethod.GIFT_CARD, Money.of("10.00", "USD")));
    assertThat(order.paymentMethod()).isEqualTo(PaymentMethod.CARD);
  }

  @Test
  @DisplayName("R1: a 2026-01-01 cash-on-delivery execution is the primary method; one without a method is OTHER")
  void v2026_codAndUnnamed() {
    Order cod = v2026("\"paymentMethod\": \"CreditCard\"", "\"paymentMethod\": \"CashOnDelivery\"");
    assertThat(cod.paymentMethod()).isEqualTo(PaymentMethod.CASH_ON_DELIVERY);
    assertThat(cod.payments()).extracting(Payment::method)
        .containsExactly(PaymentMethod.CASH_ON_DELIVERY, PaymentMethod.GIFT_CARD);
    Order unnamed = v2026("\"paymentMethod\": \"GiftCard\", ", "");
    assertThat(unnamed.payments()).containsExactly(Payment.of(PaymentMethod.CARD, Money.of("61.93", "USD")),
        Payment.of(PaymentMethod.OTHER, Money.of("10.00", "USD")));
  }

  @Test
  @DisplayName("R1: an unknown 2026-01-01 payment code fails naming its path")
  void v2026_unknownCode_fails() {
    assertThatThrownBy(() -> v2026("\"paymentMethod\": \"GiftCard\"", "\"paymentMethod\": \"Barter\""))
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessageStartingWith("payment.paymentExecutions[1].paymentMethod = 'Barter': is not one of [COD,");
  }

  @Test
  @DisplayName("R1: the code table maps every code to a method, and every v0 sub-payment code the API documents")
  void codeTable() {
    assertThat(AmazonOrders.PAYMENT_METHODS).containsEntry("COD", PaymentMethod.CASH_ON_DELIVERY)
        .containsEntry("GC", PaymentMethod.GIFT_CARD).containsEntry("PointsAccount", PaymentMethod.POINTS)
        .containsEntry("Invoice", PaymentMethod.BANK_TRANSFER).hasSize(11);
  }
}
