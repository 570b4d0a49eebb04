package io.github.orderly.workflow;

import static io.github.orderly.workflow.Fixtures.L1;
import static io.github.orderly.workflow.Fixtures.L2;
import static io.github.orderly.workflow.Fixtures.LATER;
import static io.github.orderly.workflow.Fixtures.PURCHASED;
import static io.github.orderly.workflow.Fixtures.accepted;
import static io.github.orderly.workflow.Fixtures.as;
import static io.github.orderly.workflow.Fixtures.id;
import static io.github.orderly.workflow.Fixtures.marketplace;
import static io.github.orderly.workflow.Fixtures.reject;
import static io.github.orderly.workflow.Fixtures.repeat;
import static io.github.orderly.workflow.Fixtures.seller;
import static io.github.orderly.workflow.Fixtures.ship;
import static io.github.orderly.workflow.GivenWhenThen.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.Rule;
import io.github.orderly.access.Actor;
import io.github.orderly.access.Permission;
import io.github.orderly.access.Role;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.InvalidOrderException;
import io.github.orderly.order.InvoiceConfirmation;
import io.github.orderly.order.Order;
import io.github.orderly.order.Party;
import io.github.orderly.status.OrderStatus;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R53: the seller's own invoice confirmation, {@link ConfirmInvoice}: accepted once every line shipped in full
 * while the marketplace requires it, a repeat once the seller gave it (R43), refused otherwise, each refusal
 * naming its rule and leaving the order as it was.
 */
class ConfirmInvoiceR53Test {
  private static final Instant REPORTED = Instant.parse("2026-03-02T08:00:00Z");

  /** The two-line fixture order, the marketplace requiring an invoice confirmation. */
  private static Order requiring() {
    return Order.builder().from(Fixtures.unshipped()).invoice(InvoiceConfirmation.requiredUnconfirmed()).build();
  }

  private static Order shippedInFull(Order order) {
    Order first = accepted(order, ship(L1, 2, "1Z-CI-A"), seller());
    return accepted(first, ship(L2, 1, "1Z-CI-B"), seller());
  }

  @Test
  @DisplayName("R53: given an Invoice unconfirmed order, when the seller confirms the invoice, then one"
      + " InvoiceConfirmed at the context's instant by the seller, and the order is Shipped")
  void r53_confirmInvoice_isAccepted() {
    ConfirmInvoice confirm = new ConfirmInvoice(CommandId.of("ci-1"));
    WorkflowContext context = seller();
    Decision d = given(requiring())
        .and(seller(), ship(L1, 2, "1Z-CI-A"), ship(L2, 1, "1Z-CI-B"))
        .when(confirm, context)
        .then(new InvoiceConfirmed(new Cause(CommandId.of("ci-1"), LATER, context.actor())));
    Order confirmed = d.order();
    assertThat(confirmed.invoice()).contains(InvoiceConfirmation.requiredUnconfirmed().confirmed(LATER, Party.SELLER));
    assertThat(confirmed.invoice().orElseThrow().confirmedBy()).contains(Party.SELLER);
    assertThat(confirmed.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(d.events().get(0).statuses()).as("no line changes its status").isEmpty();
    assertThat(confirmed.lines()).isEqualTo(shippedInFull(requiring()).lines());
  }

  @Test
  @DisplayName("R53: ConfirmInvoice is the seller's, needs FULFIL_ORDERS, and its row lists its guards in order")
  void r53_commandTableRow() {
    CommandTable.Row row = CommandTable.of(ConfirmInvoice.class);
    assertThat(row.family()).isEqualTo(CommandTable.Family.FULFILMENT);
    assertThat(row.permission()).isEqualTo(Permission.FULFIL_ORDERS);
    assertThat(row.origin()).isEqualTo(Party.SELLER);
    assertThat(row.naturalKey()).isEqualTo("the invoice confirmation");
    assertThat(row.requirements()).extracting(CommandTable.Requirement::precondition).containsExactly(
        Precondition.NOT_CANCELLED, Precondition.NOT_BEFORE_PURCHASE, Precondition.INVOICE_REQUIRED,
        Precondition.INVOICE_OUTSTANDING, Precondition.SHIPPED_IN_FULL);
  }

  @Test
  @DisplayName("R53, R43: the seller's confirmation delivered again, with or without the host's log, under the same"
      + " or another id, is a repeat: no event, the order unchanged")
  void r53_repeatedConfirmation_isRepeat() {
    Order confirmed = accepted(shippedInFull(requiring()), new ConfirmInvoice(CommandId.of("ci-1")), seller());
    repeat(confirmed, new ConfirmInvoice(CommandId.of("ci-1")), seller());
    repeat(confirmed, new ConfirmInvoice(CommandId.of("ci-2")), seller().withInstant(LATER.plusSeconds(3_600)));
    Order unconfirmed = shippedInFull(requiring());
    repeat(unconfirmed, new ConfirmInvoice(CommandId.of("ci-logged")),
        seller().withCommandLog(CommandId.of("ci-logged")::equals));
  }

  @Test
  @DisplayName("R53: an order whose marketplace requires no confirmation (no invoice, or not required) refuses it")
  void r53_noConfirmationRequired_isRejected() {
    Rejection none = reject(shippedInFull(Fixtures.unshipped()), new ConfirmInvoice(id()), seller(), Rule.R53);
    assertThat(none.message()).isEqualTo("Order 112-3456789-0123456: the marketplace requires no invoice"
        + " confirmation for it, so there is none to confirm (R53).");
    Order notRequired = Order.builder().from(shippedInFull(Fixtures.unshipped()))
        .invoice(InvoiceConfirmation.builder().required(false).build()).build();
    reject(notRequired, new ConfirmInvoice(id()), seller(), Rule.R53);
  }

  @Test
  @DisplayName("R53: an invoice the marketplace's Shipped report confirmed, or one recorded confirmed without who,"
      + " is already given: the seller's confirmation is refused")
  void r53_alreadyConfirmedByTheMarketplace_isRejected() {
    Order reported = accepted(shippedInFull(requiring()), new RecordUpstreamStatus(id(), OrderStatus.SHIPPED,
        REPORTED), marketplace());
    assertThat(reported.invoice().orElseThrow().confirmedBy()).contains(Party.MARKETPLACE);
    Rejection r = reject(reported, new ConfirmInvoice(id()), seller(), Rule.R53);
    assertThat(r.message()).isEqualTo("Order 112-3456789-0123456: its invoice was already confirmed on 2026-03-02"
        + " by the marketplace's Shipped report, so there is none to confirm (R53). Nothing is left to do.");
    assertThat(r.fromStatus()).contains("SHIPPED");
    Order recorded = Order.builder().from(shippedInFull(requiring()))
        .invoice(InvoiceConfirmation.requiredUnconfirmed().confirmed(REPORTED)).build();
    assertThat(reject(recorded, new ConfirmInvoice(id()), seller(), Rule.R53).message())
        .contains("already confirmed on 2026-03-02, so there is none to confirm (R53)");
  }

  @Test
  @DisplayName("R53: before every line not cancelled shipped in full (unshipped, partially shipped) it is refused")
  void r53_notShippedInFull_isRejected() {
    Rejection unshipped = reject(requiring(), new ConfirmInvoice(id()), seller(), Rule.R53);
    assertThat(unshipped.message()).isEqualTo("Order 112-3456789-0123456 is Unshipped: the seller can confirm the"
        + " invoice only once every line not cancelled shipped in full (R53). Ship the rest first, then confirm the"
        + " invoice.");
    assertThat(unshipped.fromStatus()).contains("UNSHIPPED");
    assertThat(unshipped.toStatus()).contains("SHIPPED");
    Order partly = accepted(requiring(), ship(L1, 2, "1Z-CI-A"), seller());
    assertThat(reject(partly, new ConfirmInvoice(id()), seller(), Rule.R53).fromStatus())
        .contains("PARTIALLY_SHIPPED");
    Order pending = Order.builder().from(Fixtures.pending()).invoice(InvoiceConfirmation.requiredUnconfirmed())
        .build();
    reject(pending, new ConfirmInvoice(id()), seller(), Rule.R53);
  }

  @Test
  @DisplayName("R24: a confirmation dated before the order date is refused")
  void r24_beforePurchase_isRejected() {
    reject(shippedInFull(requiring()), new ConfirmInvoice(id()), seller().withInstant(PURCHASED.minusSeconds(1)),
        Rule.R24);
  }

  @Test
  @DisplayName("R5: a cancelled order accepts no invoice confirmation")
  void r5_cancelled_isRejected() {
    Order cancelled = accepted(requiring(), Cancel.bySeller(id(), CancellationReason.NO_STOCK), seller());
    reject(cancelled, new ConfirmInvoice(id()), seller(), Rule.R5);
  }

  @Test
  @DisplayName("R28: a view-only order accepts no invoice confirmation")
  void r28_viewOnly_isRejected() {
    Order viewOnly = Order.builder().from(shippedInFull(requiring())).viewOnly(true).build();
    reject(viewOnly, new ConfirmInvoice(id()), seller(), Rule.R28);
  }

  @Test
  @DisplayName("R44: the marketplace cannot confirm in the seller's name, and a viewer lacks FULFIL_ORDERS")
  void r44_wrongRole_isRejected() {
    Order unconfirmed = shippedInFull(requiring());
    assertThat(reject(unconfirmed, new ConfirmInvoice(id()), marketplace(), Rule.R44).message())
        .contains("ConfirmInvoice is the seller's own action");
    assertThat(reject(unconfirmed, new ConfirmInvoice(id()), as(Role.VIEWER), Rule.R44).message())
        .contains("lacks the FULFIL_ORDERS permission");
  }

  @Test
  @DisplayName("R53, R43: an InvoiceConfirmed that does not fit the order (nothing outstanding) is refused by evolve")
  void r53_evolveWithoutOutstandingInvoice_isRefused() {
    InvoiceConfirmed event = new InvoiceConfirmed(new Cause(id(), LATER, Actor.of(Role.STAFF)));
    assertThatThrownBy(() -> OrderWorkflow.evolve(shippedInFull(Fixtures.unshipped()), event))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("has no invoice confirmation outstanding (R53)")
        .hasMessageContaining("(R43)");
  }

  @Test
  @DisplayName("R53: the command, the event and the confirmed order read back equal from JSON; an invoice"
      + " written without who confirmed it still reads")
  void r53_jsonRoundTrip() {
    ConfirmInvoice command = new ConfirmInvoice(CommandId.of("ci-json"));
    String commandJson = OrderlyJson.write(command);
    assertThat(commandJson).isEqualTo("{\"type\":\"ConfirmInvoice\",\"id\":\"ci-json\"}");
    assertThat(OrderlyJson.read(commandJson, Command.class)).isEqualTo(command);
    InvoiceConfirmed event = new InvoiceConfirmed(new Cause(CommandId.of("ci-json"), LATER, Actor.of(Role.STAFF)));
    String eventJson = OrderlyJson.write(event);
    assertThat(eventJson).startsWith("{\"type\":\"InvoiceConfirmed\",\"cause\":{\"commandId\":\"ci-json\"");
    assertThat(OrderlyJson.read(eventJson, Event.class)).isEqualTo(event);
    Order confirmed = accepted(shippedInFull(requiring()), command, seller());
    String orderJson = OrderlyJson.write(confirmed);
    assertThat(orderJson).contains("\"invoice\":{\"required\":true,\"confirmedAt\":\"2026-03-02T12:00:00Z\","
        + "\"confirmedBy\":\"SELLER\"}");
    assertThat(OrderlyJson.read(orderJson, Order.class)).isEqualTo(confirmed);
    InvoiceConfirmation old = OrderlyJson.read("{\"required\":true,\"confirmedAt\":\"2026-03-02T08:00:00Z\"}",
        InvoiceConfirmation.class);
    assertThat(old.confirmedAt()).contains(REPORTED);
    assertThat(old.confirmedBy()).isEmpty();
    assertThat(OrderlyJson.write(old)).doesNotContain("confirmedBy");
  }

  @Test
  @DisplayName("R53: who confirmed is recorded only with the instant of the confirmation")
  void r53_confirmedByWithoutInstant_isRefused() {
    assertThatThrownBy(() -> InvoiceConfirmation.builder().required(true).confirmedBy(Party.SELLER).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessageStartingWith("invoice.confirmedBy = 'SELLER': ")
        .hasMessageEndingWith("(R53)");
    assertThat(InvoiceConfirmation.requiredUnconfirmed().confirmed(REPORTED, Party.MARKETPLACE).confirmedBy())
        .isEqualTo(Optional.of(Party.MARKETPLACE));
  }

  @Test
  @DisplayName("R53, R24: an invoice confirmed before the purchase cannot be built; a Shipped report dated before the"
      + " purchase confirms it at the purchase")
  void r53_confirmationNotBeforePurchase() {
    Order order = shippedInFull(requiring());
    assertThatThrownBy(() -> Order.builder().from(order)
        .invoice(InvoiceConfirmation.requiredUnconfirmed().confirmed(PURCHASED.minusSeconds(1), Party.SELLER)).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("invoice.confirmedAt = '2026-02-27T09:59:59Z': must not be before purchasedAt"
            + " '2026-02-27T10:00:00Z'");
    Order reported = accepted(order, new RecordUpstreamStatus(id(), OrderStatus.SHIPPED, PURCHASED.minusSeconds(60)),
        marketplace());
    assertThat(reported.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(reported.invoice().flatMap(InvoiceConfirmation::confirmedAt)).contains(PURCHASED);
  }
}
