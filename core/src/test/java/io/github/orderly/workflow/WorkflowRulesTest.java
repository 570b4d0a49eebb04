package io.github.orderly.workflow;

import static io.github.orderly.workflow.Fixtures.L1;
import static io.github.orderly.workflow.Fixtures.L2;
import static io.github.orderly.workflow.Fixtures.LATER;
import static io.github.orderly.workflow.Fixtures.SHIP_DAY;
import static io.github.orderly.workflow.Fixtures.accept;
import static io.github.orderly.workflow.Fixtures.accepted;
import static io.github.orderly.workflow.Fixtures.as;
import static io.github.orderly.workflow.Fixtures.id;
import static io.github.orderly.workflow.Fixtures.marketplace;
import static io.github.orderly.workflow.Fixtures.reject;
import static io.github.orderly.workflow.Fixtures.repeat;
import static io.github.orderly.workflow.Fixtures.seller;
import static io.github.orderly.workflow.Fixtures.sender;
import static io.github.orderly.workflow.Fixtures.ship;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.Rule;
import io.github.orderly.access.Actor;
import io.github.orderly.access.Role;
import io.github.orderly.json.JsonInputException;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.CommandId;
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
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnReason;
import io.github.orderly.order.RmaId;
import io.github.orderly.order.Sku;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Given/when/then tests of the workflow rules, each naming its rule, from the help pages' scenarios. */
class WorkflowRulesTest {

  private static Order shippedLine2() {
    return accepted(Fixtures.unshipped(), ship(L2, 1, "1Z0001"), seller());
  }

  @Test
  @DisplayName("R1: a pending order cannot be prepared, shipped, confirmed or cancelled by the seller")
  void r1_pendingOrderRejectsSellerActions() {
    Order pending = Fixtures.pending();
    assertThat(pending.status()).isEqualTo(OrderStatus.PENDING);
    Rejection r = reject(pending, ship(L1, 1, "1Z9"), seller(), Rule.R1);
    assertThat(r.fromStatus()).contains("PENDING");
    assertThat(r.message()).isEqualTo("Order 112-3456789-0123456 is pending: the buyer's payment is not"
        + " complete, so the seller cannot confirm shipment of it yet (R1). Wait until the payment is confirmed.");
    reject(pending, Cancel.bySeller(id(), CancellationReason.NO_STOCK), seller(), Rule.R1);
    reject(pending, new PrepareShipment(id(), List.of()), seller(), Rule.R1);
  }

  @Test
  @DisplayName("R1: the marketplace confirms the payment and the pending order becomes unshipped")
  void r1_confirmPaymentMakesThePendingOrderUnshipped() {
    Order order = accepted(Fixtures.pending(), new ConfirmPayment(id()), marketplace());
    assertThat(order.status()).isEqualTo(OrderStatus.UNSHIPPED);
    assertThat(order.lines()).allMatch(l -> l.paymentStatus() == PaymentStatus.AUTHORIZED);
    reject(order, new ConfirmPayment(id()), marketplace(), Rule.R1);
  }

  @Test
  @DisplayName("R2: an unshipped order can be shipment-confirmed")
  void r2_unshippedOrderCanBeConfirmed() {
    Order order = accepted(Fixtures.unshipped(), ship(L1, 2, "1Z1"), seller());
    order = accepted(order, ship(L2, 1, "1Z2"), seller());
    assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(order.shipmentLate()).isFalse();
    assertThat(order.shipments()).hasSize(2);
  }

  @Test
  @DisplayName("R2: an unshipped order can be cancelled")
  void r2_unshippedOrderCanBeCancelled() {
    Order order = accepted(Fixtures.unshipped(), Cancel.bySeller(id(), CancellationReason.PRICING_ERROR), seller());
    assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(order.cancellation().get().reason()).isEqualTo(CancellationReason.PRICING_ERROR);
    assertThat(order.cancellation().get().by()).isEqualTo(Party.SELLER);
    assertThat(order.cancellation().get().at()).isEqualTo(LATER);
  }

  @Test
  @DisplayName("R3: once a line is confirmed as shipped, cancelling is rejected with a pointer to refunds")
  void r3_cancelAfterShipmentIsRejected() {
    Order order = shippedLine2();
    Rejection r = reject(order, Cancel.bySeller(id(), CancellationReason.NO_STOCK), seller(), Rule.R3);
    assertThat(r.message()).isEqualTo("Order 112-3456789-0123456 cannot be cancelled: line L2 was confirmed as"
        + " shipped on 2026-03-01 (R3). Refund the lines not shipped instead (R16).");
    assertThat(r.lineId()).contains(L2);
    assertThat(r.fromStatus()).contains("PARTIALLY_SHIPPED");
    assertThat(r.toStatus()).contains("CANCELLED");
    reject(order, new AutoCancel(id(), CancellationReason.SHIPMENT_NOT_CONFIRMED), marketplace(), Rule.R3);
  }

  @Test
  @DisplayName("R4: a cancellation needs a reason; a missing one is refused naming R4, in Java and in JSON")
  void r4_reasonIsRequired() {
    assertThatThrownBy(() -> new Cancel(id(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reason: a cancellation needs a reason (R4)");
    assertThatThrownBy(() -> OrderlyJson.read("{\"type\":\"Cancel\",\"id\":\"c1\"}", Command.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("reason");
  }

  @Test
  @DisplayName("R4: 'no stock' with the host's switch on also asks to zero the SKUs' inventory")
  void r4_noStockZeroesInventoryWhenSwitchedOn() {
    Decision on = accept(Fixtures.unshipped(), Cancel.bySeller(id(), CancellationReason.NO_STOCK),
        seller().withZeroInventoryOnNoStock(true));
    assertThat(((OrderCancelled) on.events().get(0)).inventoryToZero())
        .containsExactly(Sku.of("SKU-1"), Sku.of("SKU-2"));

    Decision off = accept(Fixtures.unshipped(), Cancel.bySeller(id(), CancellationReason.NO_STOCK), seller());
    assertThat(((OrderCancelled) off.events().get(0)).inventoryToZero()).isEmpty();
    Decision other = accept(Fixtures.unshipped(), Cancel.bySeller(id(), CancellationReason.CUSTOMER_EXCHANGE),
        seller().withZeroInventoryOnNoStock(true));
    assertThat(((OrderCancelled) other.events().get(0)).inventoryToZero()).isEmpty();
  }

  @Test
  @DisplayName("R4: every cancellation reason the help pages name is accepted")
  void r4_everySeedReasonCancels() {
    for (CancellationReason reason : CancellationReason.known()) {
      Order order = accepted(Fixtures.unshipped(), Cancel.bySeller(id(), reason), seller());
      assertThat(order.cancellation().get().reason()).isEqualTo(reason);
    }
  }

  @Test
  @DisplayName("R5: a cancelled order accepts no command of any kind and stays as it is")
  void r5_cancelledOrderAcceptsNothing() {
    Order cancelled = accepted(Fixtures.unshipped(), Cancel.bySeller(id(), CancellationReason.NO_STOCK), seller());
    List<Command> all = Samples.oneOfEachCommand();
    assertThat(all.stream().<Class<?>>map(Object::getClass).toList()).containsExactlyInAnyOrder(Samples.permittedCommandTypes());
    for (Command c : all) {
      Rejection r = reject(cancelled, c, sender(c), Rule.R5);
      assertThat(r.message()).isEqualTo("Order 112-3456789-0123456 is cancelled and accepts no further action"
          + " (R5). It stays on record as it is.");
      assertThat(r.fromStatus()).contains("CANCELLED");
    }
    // The cancellation itself, delivered again, is recognised: a repeat, not a refusal (R43).
    repeat(cancelled, Cancel.bySeller(id(), CancellationReason.NO_STOCK), seller());
  }

  @Test
  @DisplayName("R6: shipped but not confirmed: cancel, and the buyer was never charged")
  void r6_unconfirmedShipmentCancelsUncharged() {
    Order order = accepted(Fixtures.unshipped(), Cancel.bySeller(id(), CancellationReason.GENERAL_ADJUSTMENT),
        seller());
    assertThat(order.lines()).allSatisfy(l -> {
      assertThat(l.itemStatus()).isEqualTo(ItemStatus.UNFULFILLED);
      assertThat(l.paymentStatus()).isEqualTo(PaymentStatus.NOT_CHARGED);
    });
    assertThat(order.refunds()).isEmpty();
  }

  @Test
  @DisplayName("R6: shipped and confirmed: the buyer returns it, and the refund follows receipt")
  void r6_confirmedShipmentIsReturnedThenRefunded() {
    Order order = accepted(Fixtures.unshipped(), ship(L1, 2, "1Z1"), seller());
    order = accepted(order, ship(L2, 1, "1Z2"), seller());
    reject(order, Cancel.bySeller(id(), CancellationReason.BUYER_REQUESTED), seller(), Rule.R3);
    order = accepted(order, new AuthorizeReturn(id(), RmaId.of("RMA-1"), ReturnReason.BUYER_RETURN,
        List.of(ReturnLine.of(L1, 2))), seller());
    assertThat(order.line(L1).get().itemStatus()).isEqualTo(ItemStatus.RETURN_STARTED);
    assertThat(order.refunds()).isEmpty();
    Decision received = accept(order, new ReceiveReturn(id(), RmaId.of("RMA-1")), seller());
    Refund refund = ((ReturnReceived) received.events().get(0)).refund().orElseThrow();
    OrderLine l1 = order.line(L1).get();
    assertThat(refund.lines()).containsExactly(RefundLine.of(L1, l1.charge()));
    assertThat(refund.reason()).isEqualTo(RefundReason.CUSTOMER_RETURN);
    assertThat(received.order().line(L1).get().itemStatus()).isEqualTo(ItemStatus.RETURNED);
    assertThat(received.order().line(L1).get().paymentStatus()).isEqualTo(PaymentStatus.REFUND_PROCESSING);
  }

  @Test
  @DisplayName("R7: confirming one line charges every line; the order stays Partially shipped and late even"
      + " after the rest is refunded")
  void r7_oneLineChargesTheWholeOrderAndLateStays() {
    Order order = accepted(Fixtures.unshipped(), ship(L1, 2, "1Z1"), seller());
    assertThat(order.lines()).allMatch(l -> l.paymentStatus() == PaymentStatus.PAID);
    assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
    assertThat(order.shipmentLate()).isTrue();

    order = accepted(order, IssueRefund.ofLines(id(), RefundId.of("R-1"), RefundReason.COULD_NOT_SHIP,
        List.of(L2)), seller());
    order = accepted(order, new RecordRefundOutcome(id(), RefundId.of("R-1"), RefundState.SUCCEEDED), seller());
    assertThat(order.line(L2).get().paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(order.refunded(L2)).isEqualTo(order.line(L2).get().charge());
    assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
    assertThat(order.shipmentLate()).isTrue();
  }

  @Test
  @DisplayName("R11: the buyer may edit a seller-fulfilled order within 5 minutes of checkout")
  void r11_buyerEditsWithinTheWindow() {
    Address home = Address.builder().recipient("Jane Doe").addStreetLine("9 Elm St").city("Portland")
        .countryCode("US").build();
    EditAsBuyer edit = new EditAsBuyer(id(), Optional.of(home),
        List.of(new LineQuantity(L1, 1)));
    WorkflowContext inWindow = WorkflowContext.of(Fixtures.PURCHASED.plusSeconds(299), Role.MARKETPLACE);
    Order order = accepted(Fixtures.unshipped(), edit, inWindow);
    assertThat(order.deliveryAddress()).contains(home);
    assertThat(order.line(L1).get().quantityOrdered()).isEqualTo(1);

    WorkflowContext late = WorkflowContext.of(Fixtures.PURCHASED.plusSeconds(301), Role.MARKETPLACE);
    assertThat(reject(Fixtures.unshipped(), edit, late, Rule.R11).message()).contains("Cancel and reorder");
    assertThat(reject(Fixtures.unshipped(), edit, inWindow.withRole(Role.OWNER), Rule.R11).message())
        .contains("Sellers can never change order information");
    reject(Fixtures.order(FulfilmentChannel.MARKETPLACE, PaymentStatus.AUTHORIZED), edit, inWindow, Rule.R11);
    accepted(Fixtures.unshipped(), edit, late.withPolicy(Fixtures.policy(30, Duration.ofMinutes(10))));
  }

  @Test
  @DisplayName("R13: a refund needs a reason; before the buyer was charged it points to cancellation")
  void r13_reasonRequiredAndNoRefundBeforeCharge() {
    assertThatThrownBy(() -> IssueRefund.wholeOrder(id(), RefundId.of("R-1"), null))
        .isInstanceOf(NullPointerException.class).hasMessage("reason: a refund needs a reason (R13)");
    Rejection r = reject(Fixtures.unshipped(), IssueRefund.wholeOrder(id(), RefundId.of("R-1"),
        RefundReason.PRICING_ERROR), seller(), Rule.R13);
    assertThat(r.message()).contains("Cancel the order instead").contains("(R6)");
    reject(Fixtures.unshipped(), IssueRefund.ofLines(id(), RefundId.of("R-1"), RefundReason.PRICING_ERROR,
        List.of(L1)), seller(), Rule.R13);
  }

  @Test
  @DisplayName("R13: whole, line and partial refunds; the refunded total of a line never exceeds its charge")
  void r13_refundsNeverExceedTheCharge() {
    Order order = accepted(Fixtures.unshipped(), ship(L1, 2, "1Z1"), seller());
    Money charge = order.line(L1).get().charge();
    Money part = Money.of("10.00", "USD");
    order = accepted(order, IssueRefund.ofAmounts(id(), RefundId.of("R-1"), RefundReason.GENERAL_ADJUSTMENT,
        List.of(RefundLine.of(L1, part))), seller());
    Money left = charge.minus(part);
    Rejection over = reject(order, IssueRefund.ofAmounts(id(), RefundId.of("R-2"), RefundReason.GENERAL_ADJUSTMENT,
        List.of(RefundLine.of(L1, left.plus(Money.of("0.01", "USD"))))), seller(), Rule.R13);
    assertThat(over.message()).contains("exceeds the " + left + " left to refund of the " + charge + " charged");
    assertThat(over.lineId()).contains(L1);
    Order whole = accepted(order, IssueRefund.wholeOrder(id(), RefundId.of("R-3"), RefundReason.PRICING_ERROR),
        seller());
    for (OrderLine line : whole.lines()) {
      assertThat(whole.refunded(line.id())).isEqualTo(line.charge());
    }
    reject(whole, IssueRefund.wholeOrder(id(), RefundId.of("R-4"), RefundReason.PRICING_ERROR), seller(), Rule.R13);
    reject(whole, IssueRefund.ofLines(id(), RefundId.of("R-5"), RefundReason.PRICING_ERROR, List.of(L2)),
        seller(), Rule.R13);
  }

  @Test
  @DisplayName("R14: an undeliverable parcel's return refunds the charge less the actual shipping cost")
  void r14_undeliverableReturnDeductsShipping() {
    Money cost = Money.of("7.25", "USD");
    Order order = accepted(Fixtures.unshipped(), ship(L1, 2, "1Z1", cost), seller());
    order = accepted(order, new RecordCarrierProgress(id(), List.of(L1), ItemStatus.UNABLE_TO_DELIVER), seller());
    order = accepted(order, new AuthorizeReturn(id(), RmaId.of("RMA-U"), ReturnReason.UNDELIVERABLE,
        List.of(ReturnLine.of(L1, 2))), seller());
    Decision d = accept(order, new ReceiveReturn(id(), RmaId.of("RMA-U")), seller());
    Refund refund = ((ReturnReceived) d.events().get(0)).refund().orElseThrow();
    assertThat(ReturnReason.UNDELIVERABLE.deductsShipping()).isTrue();
    assertThat(refund.lines()).extracting(RefundLine::lineId, RefundLine::amount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(L1, order.line(L1).get().charge().minus(cost)));
    assertThat(refund.reason()).isEqualTo(RefundReason.UNDELIVERABLE);
  }

  @Test
  @DisplayName("R14: a buyer's ordinary return refunds the full charge, shipping cost or not")
  void r14_ordinaryReturnRefundsInFull() {
    Order order = accepted(Fixtures.unshipped(), ship(L1, 2, "1Z1", Money.of("7.25", "USD")), seller());
    order = accepted(order, new AuthorizeReturn(id(), RmaId.of("RMA-B"), ReturnReason.DEFECTIVE,
        List.of(ReturnLine.of(L1, 2))), seller());
    Decision d = accept(order, new ReceiveReturn(id(), RmaId.of("RMA-B")), seller());
    assertThat(((ReturnReceived) d.events().get(0)).refund().orElseThrow().lines())
        .containsExactly(RefundLine.of(L1, order.line(L1).get().charge()));
  }

  @Test
  @DisplayName("R16: ship what is available, refund the rest; a refunded line cannot ship afterwards")
  void r16_shipAvailableRefundTheRest() {
    Order order = accepted(Fixtures.unshipped(), ship(L1, 2, "1Z1"), seller());
    order = accepted(order, IssueRefund.ofLines(id(), RefundId.of("R-1"), RefundReason.COULD_NOT_SHIP,
        List.of(L2)), seller());
    assertThat(order.line(L2).get().paymentStatus()).isEqualTo(PaymentStatus.REFUND_PROCESSING);
    Rejection r = reject(order, ship(L2, 1, "1Z2"), seller(), Rule.R16);
    assertThat(r.lineId()).contains(L2);
    Rejection tooMany = reject(Fixtures.unshipped(), ship(L1, 3, "1Z3"), seller(), Rule.R16);
    assertThat(tooMany.message()).contains("only 2 of 2 units are left to ship, not 3");
  }

  @Test
  @DisplayName("R16: a free line (charge zero) is not 'refunded instead' and still ships after the rest")
  void r16_freeLineStillShips() {
    Order base = Fixtures.unshipped();
    OrderLine free = OrderLine.builder().from(base.line(L2).get())
        .discount(base.line(L2).get().charge()).build();
    Order order = Order.builder().from(base).lines(List.of(base.line(L1).get(), free)).build();
    assertThat(order.line(L2).get().charge().isZero()).isTrue();
    order = accepted(order, ship(L1, 2, "1Z1"), seller());
    order = accepted(order, ship(L2, 1, "1Z2"), seller());
    assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
  }

  @Test
  @DisplayName("R18: the marketplace cannot fulfil a marketplace-fulfilled order: Unable to fulfill / Refunded")
  void r18_marketplaceCannotFulfil() {
    Order fba = Fixtures.order(FulfilmentChannel.MARKETPLACE, PaymentStatus.AUTHORIZED);
    Order order = accepted(fba, new CannotFulfil(id()), marketplace());
    assertThat(order.lines()).allSatisfy(l -> {
      assertThat(l.itemStatus()).isEqualTo(ItemStatus.UNABLE_TO_FULFILL);
      assertThat(l.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    });
    assertThat(order.cancellation().get().reason()).isEqualTo(CancellationReason.CANNOT_FULFIL);
    assertThat(order.cancellation().get().by()).isEqualTo(Party.MARKETPLACE);
    reject(fba, new CannotFulfil(id()), seller(), Rule.R18);
    reject(Fixtures.unshipped(), new CannotFulfil(id()), marketplace(), Rule.R18);
  }

  @Test
  @DisplayName("R18: the seller cancels a marketplace-fulfilled order: Unfulfilled / Refunded")
  void r18_sellerCancelsMarketplaceFulfilled() {
    Order order = accepted(Fixtures.order(FulfilmentChannel.MARKETPLACE, PaymentStatus.AUTHORIZED),
        Cancel.bySeller(id(), CancellationReason.NO_STOCK), seller());
    assertThat(order.lines()).allSatisfy(l -> {
      assertThat(l.itemStatus()).isEqualTo(ItemStatus.UNFULFILLED);
      assertThat(l.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    });
  }

  @Test
  @DisplayName("R19: a failed refund makes the line Refund failed; the seller refunds by hand")
  void r19_failedRefundNeedsAManualRefund() {
    Order order = accepted(Fixtures.unshipped(), ship(L1, 2, "1Z1"), seller());
    order = accepted(order, new AuthorizeReturn(id(), RmaId.of("RMA-1"), ReturnReason.BUYER_RETURN,
        List.of(ReturnLine.of(L1, 2))), seller());
    order = accepted(order, new ReceiveReturn(id(), RmaId.of("RMA-1")), seller());
    RefundId automatic = order.refunds().get(0).id();
    order = accepted(order, new RecordRefundOutcome(id(), automatic, RefundState.FAILED), seller());
    assertThat(order.line(L1).get().paymentStatus()).isEqualTo(PaymentStatus.REFUND_FAILED);
    assertThat(order.refunded(L1).isZero()).isTrue();
    reject(order, new RecordRefundOutcome(id(), automatic, RefundState.SUCCEEDED), seller(), Rule.R19);

    order = accepted(order, IssueRefund.ofLines(id(), RefundId.of("MANUAL-1"), RefundReason.CUSTOMER_RETURN,
        List.of(L1)), seller());
    assertThat(order.line(L1).get().paymentStatus()).isEqualTo(PaymentStatus.REFUND_PROCESSING);
    order = accepted(order, new RecordRefundOutcome(id(), RefundId.of("MANUAL-1"), RefundState.SUCCEEDED), seller());
    assertThat(order.line(L1).get().paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
  }

  @Test
  @DisplayName("R20: returns are authorised under an RMA id within the policy's return window")
  void r20_returnsUnderRmaWithinTheWindow() {
    Order order = accepted(Fixtures.unshipped(), ship(L1, 2, "1Z1"), seller());
    AuthorizeReturn first = new AuthorizeReturn(id(), RmaId.of("RMA-1"), ReturnReason.BUYER_RETURN,
        List.of(ReturnLine.of(L1, 1)));
    Order returning = accepted(order, first, seller());
    assertThat(returning.returns()).hasSize(1);
    assertThat(returning.returns().get(0).rmaId()).isEqualTo(RmaId.of("RMA-1"));
    // RMA-1 again with the same lines is the same return, delivered twice (R43); with other lines it is refused.
    repeat(returning, new AuthorizeReturn(id(), RmaId.of("RMA-1"), ReturnReason.BUYER_RETURN,
        List.of(ReturnLine.of(L1, 1))), seller());
    reject(returning, new AuthorizeReturn(id(), RmaId.of("RMA-1"), ReturnReason.BUYER_RETURN,
        List.of(ReturnLine.of(L1, 2))), seller(), Rule.R43);
    Rejection tooMany = reject(returning, new AuthorizeReturn(id(), RmaId.of("RMA-2"), ReturnReason.BUYER_RETURN,
        List.of(ReturnLine.of(L1, 2))), seller(), Rule.R20);
    assertThat(tooMany.message()).isEqualTo("Order 112-3456789-0123456, line L1: 2 units shipped and 1 already"
        + " returned or on their way back; 2 more cannot be returned (R20).");
    reject(order, new AuthorizeReturn(id(), RmaId.of("RMA-3"), ReturnReason.BUYER_RETURN,
        List.of(ReturnLine.of(L2, 1))), seller(), Rule.R20);

    WorkflowContext late = WorkflowContext.of(SHIP_DAY.plus(Duration.ofDays(31)), Role.STAFF);
    Rejection closed = reject(order, first, late, Rule.R20);
    assertThat(closed.message()).contains("the return window of 30 days closed on 2026-03-31");
    accepted(order, first, late.withPolicy(Fixtures.policy(60, Duration.ofMinutes(5))));
  }

  @Test
  @DisplayName("R42: a change that is not a row of the table is refused naming order, line, from and to")
  void r42_changesOutsideTheTableAreRefused() {
    Order order = accepted(Fixtures.unshipped(), ship(L1, 2, "1Z1"), seller());
    order = accepted(order, new RecordCarrierProgress(id(), List.of(L1), ItemStatus.DELIVERED), seller());
    Rejection r = reject(order, new RecordCarrierProgress(id(), List.of(L1), ItemStatus.IN_TRANSIT), seller(), Rule.R42);
    assertThat(r.lineId()).contains(L1);
    assertThat(r.fromStatus()).contains("DELIVERED");
    assertThat(r.toStatus()).contains("IN_TRANSIT");
    assertThat(r.message()).isEqualTo("Order 112-3456789-0123456, line L1: the item status cannot change from"
        + " Delivered to In transit on CarrierProgressRecorded (R42).");

    Order delivered = order;
    Event forged = new CarrierProgressRecorded(new Cause(CommandId.of("forged"), LATER, Actor.of(Role.STAFF)),
        List.of(new LineStatus(L1, ItemStatus.ORDER_PLACED, PaymentStatus.PAID)));
    assertThatThrownBy(() -> OrderWorkflow.evolve(delivered, forged))
        .isInstanceOf(IllegalTransitionException.class)
        .satisfies(e -> assertThat(((IllegalTransitionException) e).rejection().rule()).isEqualTo(Rule.R42))
        .hasMessageContaining("from Delivered to Order placed");
  }

  @Test
  @DisplayName("R43: a decision's events applied to the old order give the new one; replay gives the order")
  void r43_eventsReproduceTheOrder() {
    List<Event> history = new ArrayList<>();
    Order order = Fixtures.pending();
    history.add(OrderPlaced.of(order));
    List<Command> life = List.of(new ConfirmPayment(id()), new PrepareShipment(id(), List.of()),
        ship(L1, 2, "1Z1"), IssueRefund.ofLines(id(), RefundId.of("R-1"), RefundReason.COULD_NOT_SHIP, List.of(L2)),
        new RecordRefundOutcome(id(), RefundId.of("R-1"), RefundState.SUCCEEDED),
        new RecordCarrierProgress(id(), List.of(), ItemStatus.DELIVERED),
        new AuthorizeReturn(id(), RmaId.of("RMA-1"), ReturnReason.WRONG_ITEM, List.of(ReturnLine.of(L1, 1))),
        new ReceiveReturn(id(), RmaId.of("RMA-1")));
    for (Command c : life) {
      Decision d = accept(order, c, sender(c));
      Order folded = order;
      for (Event e : d.events()) {
        folded = OrderWorkflow.evolve(folded, e);
      }
      assertThat(folded).isEqualTo(d.order());
      history.addAll(d.events());
      order = d.order();
    }
    assertThat(OrderWorkflow.replay(history)).isEqualTo(order);
    assertThat(order.version()).isEqualTo(life.size());
    assertThat(history.subList(1, history.size())).extracting(Event::commandId)
        .containsExactlyElementsOf(life.stream().map(Command::id).toList());
  }

  @Test
  @DisplayName("R43: repeating a command id yields no new events, no error and no change")
  void r43_repeatedCommandIsIdempotent() {
    ConfirmShipment ship = ship(L1, 2, "1Z1");
    Order once = accepted(Fixtures.unshipped(), ship, seller());
    repeat(once, ship, seller());
    Order later = accepted(once, new RecordCarrierProgress(id(), List.of(L1), ItemStatus.IN_TRANSIT), seller());
    repeat(later, ship, seller());
    // The same tracking id with another payload is not a repeat: it is refused (R43), and nothing changes.
    Rejection other = reject(later, ship(L1, 1, "1Z1"), seller(), Rule.R43);
    assertThat(other.message()).isEqualTo("Order 112-3456789-0123456: tracking id 1Z1 is already confirmed on"
        + " this order with other lines, carrier or ship date (R43). A repeated command carries the same shipment;"
        + " a new parcel needs its own tracking id.");
  }

  @Test
  @DisplayName("R44: a command from a role without the permission is rejected")
  void r44_rolesWithoutThePermissionAreRejected() {
    Rejection r = reject(Fixtures.unshipped(), ship(L1, 1, "1Z1"), as(Role.VIEWER), Rule.R44);
    assertThat(r.message()).isEqualTo("Order 112-3456789-0123456: role VIEWER may not ConfirmShipment, it lacks"
        + " the FULFIL_ORDERS permission (R44). Ask an Owner or Admin to grant it, or to do it.");
    accepted(Fixtures.unshipped(), ship(L1, 1, "1Z1"), as(Role.STAFF));
    accepted(Fixtures.unshipped(), ship(L1, 1, "1Z1"), as(Role.OWNER));
    reject(Fixtures.pending(), new ConfirmPayment(id()), as(Role.OWNER), Rule.R44);
    reject(Fixtures.unshipped(), new AutoCancel(id(), CancellationReason.SHIPMENT_NOT_CONFIRMED),
        as(Role.ADMIN), Rule.R44);
    // The marketplace cannot send the seller's own cancellation, so it is never recorded as the seller's.
    Rejection inSellersName = reject(Fixtures.unshipped(), Cancel.bySeller(id(), CancellationReason.NO_STOCK),
        marketplace(), Rule.R44);
    assertThat(inSellersName.message()).isEqualTo("Order 112-3456789-0123456: Cancel is the seller's own action;"
        + " role MARKETPLACE cannot send it in the seller's name (R44). The marketplace cancels with AutoCancel or"
        + " CannotFulfil.");
    // A repeat is recognised only after access: a role without the permission is refused, even for a repeat.
    ConfirmShipment once = ship(L1, 2, "1Z9");
    Order shipped = accepted(Fixtures.unshipped(), once, seller());
    reject(shipped, once, as(Role.VIEWER), Rule.R44);
    reject(shipped, once, marketplace(), Rule.R44);
    for (Class<?> type : Samples.permittedCommandTypes()) {
      assertThat(CommandTable.rows()).anyMatch(row -> row.command() == type);
    }
  }

  @Test
  @DisplayName("R8 R9 R12: the marketplace's automatic cancellation leaves the buyer not charged, on pending and"
      + " unshipped orders, once per command id")
  void r8r9r12_automaticCancellation() {
    AutoCancel sweep = new AutoCancel(CommandId.of("sweep-R9-112-3456789-0123456"),
        CancellationReason.SHIPMENT_NOT_CONFIRMED);
    Order cancelled = accepted(Fixtures.unshipped(), sweep, marketplace());
    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancelled.lines()).allMatch(l -> l.paymentStatus() == PaymentStatus.NOT_CHARGED);
    assertThat(cancelled.cancellation().get().by()).isEqualTo(Party.MARKETPLACE);
    assertThat(OrderWorkflow.decide(cancelled, sweep, marketplace()).isRepeat()).isTrue();

    Order unpaid = accepted(Fixtures.pending(), new AutoCancel(id(), CancellationReason.PAYMENT_NOT_COMPLETED),
        marketplace());
    assertThat(unpaid.lines()).allMatch(l -> l.paymentStatus() == PaymentStatus.NOT_CHARGED);
    assertThat(unpaid.cancellation().get().reason()).isEqualTo(CancellationReason.PAYMENT_NOT_COMPLETED);
  }

  @Test
  @DisplayName("R10: buyers request cancellation; the seller accepts (cancelled) or declines (request closed)")
  void r10_buyerRequestsAndSellerAnswers() {
    RequestCancellation ask = new RequestCancellation(id(), Optional.of("Ordered by mistake"), List.of());
    Order asked = accepted(Fixtures.unshipped(), ask, marketplace());
    assertThat(asked.cancellationRequests()).hasSize(1);
    reject(asked, new RequestCancellation(id(), Optional.empty(), List.of()), marketplace(), Rule.R10);
    reject(Fixtures.unshipped(), ask, seller(), Rule.R10);

    Order declined = accepted(asked, new DeclineCancellationRequest(id()), seller());
    assertThat(declined.cancellationRequests()).isEmpty();
    assertThat(declined.status()).isEqualTo(OrderStatus.UNSHIPPED);
    Order accepted = accepted(asked, new AcceptCancellationRequest(id()), seller());
    assertThat(accepted.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(accepted.cancellation().get().reason()).isEqualTo(CancellationReason.BUYER_REQUESTED);
    assertThat(accepted.cancellationRequests()).isEmpty();
  }

  @Test
  @DisplayName("R42: carrier progress and return statuses move only along the table")
  void r42_carrierAndReturnProgress() {
    Order order = accepted(Fixtures.unshipped(), new PrepareShipment(id(), List.of(L1)), seller());
    assertThat(order.line(L1).get().itemStatus()).isEqualTo(ItemStatus.PREPARING_TO_SHIP);
    order = accepted(order, ship(L1, 2, "1Z1"), seller());
    for (ItemStatus s : List.of(ItemStatus.IN_TRANSIT, ItemStatus.OUT_FOR_DELIVERY, ItemStatus.DELIVERED)) {
      order = accepted(order, new RecordCarrierProgress(id(), List.of(L1), s), seller());
      assertThat(order.line(L1).get().itemStatus()).isEqualTo(s);
    }
    order = accepted(order, new AuthorizeReturn(id(), RmaId.of("RMA-1"), ReturnReason.DEFECTIVE,
        List.of(ReturnLine.of(L1, 1))), seller());
    order = accepted(order, new RecordCarrierProgress(id(), List.of(), ItemStatus.RETURNING), seller());
    assertThat(order.line(L1).get().itemStatus()).isEqualTo(ItemStatus.RETURNING);
    order = accepted(order, new FailReturn(id(), RmaId.of("RMA-1")), seller());
    assertThat(order.line(L1).get().itemStatus()).isEqualTo(ItemStatus.RETURN_FAILED);
    reject(order, new ReceiveReturn(id(), RmaId.of("RMA-1")), seller(), Rule.R20);
    LineId unknown = LineId.of("nope");
    reject(order, new RecordCarrierProgress(id(), List.of(unknown), ItemStatus.DELIVERED), seller(), Rule.R40);
  }
}
