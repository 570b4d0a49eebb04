package io.github.orderly.workflow;

import static io.github.orderly.workflow.Fixtures.L1;
import static io.github.orderly.workflow.Fixtures.L2;
import static io.github.orderly.workflow.Fixtures.LATER;
import static io.github.orderly.workflow.Fixtures.accepted;
import static io.github.orderly.workflow.Fixtures.marketplace;
import static io.github.orderly.workflow.Fixtures.seller;
import static io.github.orderly.workflow.Fixtures.ship;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.InvalidOrderException;
import io.github.orderly.order.InvoiceConfirmation;
import io.github.orderly.order.Order;
import io.github.orderly.order.Party;
import io.github.orderly.order.UpstreamStatus;
import io.github.orderly.status.OrderStatus;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R53: a shipped order whose required invoice confirmation is not given is Invoice unconfirmed. */
class InvoiceUnconfirmedR53Test {
  private static final Instant CONFIRMED = Instant.parse("2026-03-03T08:15:00Z");

  /** The two-line fixture order, the marketplace requiring an invoice confirmation. */
  private static Order requiring() {
    return Order.builder().from(Fixtures.unshipped()).invoice(InvoiceConfirmation.requiredUnconfirmed()).build();
  }

  private static Order shippedInFull(Order order) {
    Order first = accepted(order, ship(L1, 2, "1Z-R53-A"), seller());
    return accepted(first, ship(L2, 1, "1Z-R53-B"), seller());
  }

  @Test
  @DisplayName("R53: given a required invoice confirmation, when every line ships in full, then the order is"
      + " Invoice unconfirmed, not Shipped")
  void r53_fullyShippedWithOutstandingInvoice_isInvoiceUnconfirmed() {
    Order partly = accepted(requiring(), ship(L1, 2, "1Z-R53-A"), seller());
    assertThat(partly.status()).as("one line still to ship").isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
    Order shipped = accepted(partly, ship(L2, 1, "1Z-R53-B"), seller());
    assertThat(shipped.status()).isEqualTo(OrderStatus.INVOICE_UNCONFIRMED);
    assertThat(shipped.status().label()).isEqualTo("Invoice unconfirmed");
    assertThat(shipped.status().isPending()).isFalse();
    assertThat(shipped.shipmentLate()).isFalse();
  }

  @Test
  @DisplayName("R53: a fully shipped order whose invoice is confirmed, or not required, is Shipped")
  void r53_confirmedOrNotRequired_isShipped() {
    Order unconfirmed = shippedInFull(requiring());
    Order confirmed = Order.builder().from(unconfirmed)
        .invoice(unconfirmed.invoice().orElseThrow().confirmed(CONFIRMED)).build();
    assertThat(confirmed.status()).isEqualTo(OrderStatus.SHIPPED);
    Order notRequired = Order.builder().from(unconfirmed)
        .invoice(InvoiceConfirmation.builder().required(false).build()).build();
    assertThat(notRequired.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(shippedInFull(Fixtures.unshipped()).status()).as("no invoice at all").isEqualTo(OrderStatus.SHIPPED);
  }

  @Test
  @DisplayName("R53: a confirmation instant on an invoice that requires none cannot be built")
  void r53_confirmedWithoutRequirement_isRefused() {
    assertThatThrownBy(() -> InvoiceConfirmation.builder().required(false).confirmedAt(CONFIRMED).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessageStartingWith("invoice.confirmedAt = '2026-03-03T08:15:00Z': ")
        .hasMessageEndingWith("(R53)");
  }

  @Test
  @DisplayName("R53: given an Invoice unconfirmed order, when the marketplace reports it Shipped, then the invoice"
      + " is confirmed at the report and the order is Shipped")
  void r53_upstreamShipped_confirmsInvoice() {
    Order unconfirmed = shippedInFull(requiring());
    Order reported = accepted(unconfirmed, new RecordUpstreamStatus(CommandId.of("r53-up"), OrderStatus.SHIPPED,
        CONFIRMED), marketplace());
    assertThat(reported.upstream()).contains(new UpstreamStatus(OrderStatus.SHIPPED, CONFIRMED));
    assertThat(reported.invoice())
        .contains(InvoiceConfirmation.requiredUnconfirmed().confirmed(CONFIRMED, Party.MARKETPLACE));
    assertThat(reported.status()).isEqualTo(OrderStatus.SHIPPED);
  }

  @Test
  @DisplayName("R53: given an Invoice unconfirmed order, when the marketplace reports Invoice unconfirmed, then"
      + " the invoice stays unconfirmed")
  void r53_upstreamInvoiceUnconfirmed_keepsItOutstanding() {
    Order unconfirmed = shippedInFull(requiring());
    Order reported = accepted(unconfirmed, new RecordUpstreamStatus(CommandId.of("r53-up"),
        OrderStatus.INVOICE_UNCONFIRMED, CONFIRMED), marketplace());
    assertThat(reported.status()).isEqualTo(OrderStatus.INVOICE_UNCONFIRMED);
  }

  @Test
  @DisplayName("R53, R50: upstream Invoice unconfirmed ranks after Partially shipped and before Shipped")
  void r53_upstreamRank() {
    UpstreamStatus partly = new UpstreamStatus(OrderStatus.PARTIALLY_SHIPPED, CONFIRMED);
    UpstreamStatus invoice = partly.merge(OrderStatus.INVOICE_UNCONFIRMED, LATER.plusSeconds(86_400));
    assertThat(invoice.status()).isEqualTo(OrderStatus.INVOICE_UNCONFIRMED);
    assertThat(invoice.advancesTo(OrderStatus.PARTIALLY_SHIPPED, LATER.plusSeconds(2 * 86_400)))
        .as("back to Partially shipped").isFalse();
    assertThat(invoice.advancesTo(OrderStatus.SHIPPED, LATER.plusSeconds(2 * 86_400))).isTrue();
    UpstreamStatus shipped = new UpstreamStatus(OrderStatus.SHIPPED, CONFIRMED);
    assertThat(shipped.advancesTo(OrderStatus.INVOICE_UNCONFIRMED, LATER.plusSeconds(86_400)))
        .as("back from Shipped").isFalse();
  }

  @Test
  @DisplayName("R53: the invoice confirmation survives a JSON round trip, and an order without one writes no"
      + " invoice field")
  void r53_jsonRoundTrip() throws Exception {
    Order unconfirmed = shippedInFull(requiring());
    Order confirmed = Order.builder().from(unconfirmed)
        .invoice(unconfirmed.invoice().orElseThrow().confirmed(CONFIRMED)).build();
    for (Order order : new Order[] {unconfirmed, confirmed}) {
      String json = OrderlyJson.mapper().writeValueAsString(order);
      assertThat(json).contains("\"invoice\":{\"required\":true");
      Order read = OrderlyJson.read(json, Order.class);
      assertThat(read).isEqualTo(order);
      assertThat(read.status()).isEqualTo(order.status());
    }
    assertThat(OrderlyJson.mapper().writeValueAsString(shippedInFull(Fixtures.unshipped()))).doesNotContain("invoice");
  }
}
