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
import static io.github.orderly.workflow.Fixtures.seller;
import static io.github.orderly.workflow.Fixtures.ship;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.github.orderly.workflow.Command.AuthorizeReturn;
import io.github.orderly.workflow.Command.Cancel;
import io.github.orderly.workflow.Command.IssueRefund;
import io.github.orderly.workflow.Command.RecordCarrierProgress;
import io.github.orderly.workflow.Command.RecordRefundOutcome;
import io.github.orderly.workflow.Event.InventoryZeroingRequested;
import io.github.orderly.workflow.Event.OrderCancelled;
import io.github.orderly.workflow.Event.RefundIssued;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Given/when/then tests of the workflow rules, each naming its rule, from the seeds' scenarios. */
class WorkflowRulesTest {

  private static Order shippedLine2() {
    return accepted(Fixtures.unshipped(), ship(L2, 1, "1Z0001"), seller());
  }

  @Test
  @DisplayName("R1: a pending order cannot be prepared, shipped, confirmed or cancelled by the seller")
  void r1_pendingOrderRejectsSellerActions() {
    Order pending = Fixtures.pending();
    assertThat(pending.status()).isEqualTo(OrderStatus.PENDING);
    Rejection r = reject(pending, ship(L1, 1, "1Z9"), seller(), "R1");
    assertThat(r.fromStatus()).contains("PENDING");
    assertThat(r.message()).isEqualTo("Order 112-3456789-0123456 is pending: the buyer's payment is not"
        + " complete, so the seller cannot confirm shipment of it yet (R1). Wait until the payment is confirmed.");
    reject(pending, Cancel.bySeller(id(), CancellationReason.NO_STOCK), seller(), "R1");
    reject(pending, new Command.PrepareShipment(id(), List.of()), seller(), "R1");
  }

  @Test
  @DisplayName("R1: the marketplace confirms the payment and the pending order becomes unshipped")
  void r1_confirmPaymentMakesThePendingOrderUnshipped() {
    Order order = accepted(Fixtures.pending(), new Command.ConfirmPayment(id()), marketplace());
    assertThat(order.status()).isEqualTo(OrderStatus.UNSHIPPED);
    assertThat(order.lines()).allMatch(l -> l.paymentStatus() == PaymentStatus.AUTHORIZED);
    reject(order, new Command.ConfirmPayment(id()), marketplace(), "R1");
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
    Rejection r = reject(order, Cancel.bySeller(id(), CancellationReason.NO_STOCK), seller(), "R3");
    assertThat(r.message()).isEqualTo("Order 112-3456789-0123456 cannot be cancelled: line L2 was confirmed as"
        + " shipped on 2026-03-01 (R3). Refund the lines not shipped instead (R16).");
    assertThat(r.lineId()).contains(L2);
    assertThat(r.fromStatus()).contains("PARTIALLY_SHIPPED");
    assertThat(r.toStatus()).contains("CANCELLED");
    reject(order, Cancel.byMarketplace(id(), CancellationReason.SHIPMENT_NOT_CONFIRMED), marketplace(), "R3");
  }

  @Test
  @DisplayName("R4: a cancellation needs a reason; a missing one is refused naming R4, in Java and in JSON")
  void r4_reasonIsRequired() {
    assertThatThrownBy(() -> new Cancel(id(), null, Party.SELLER))
        .isInstanceOf(InvalidCommandException.class)
        .hasMessage("cancel.reason = null: a cancellation needs a reason (R4)");
    assertThatThrownBy(() -> OrderlyJson.read("{\"type\":\"Cancel\",\"id\":\"c1\",\"actor\":\"SELLER\"}",
        Command.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("reason");
  }

  @Test
  @DisplayName("R4: 'no stock' with the host's switch on also asks to zero the SKUs' inventory")
  void r4_noStockZeroesInventoryWhenSwitchedOn() {
    Decision on = accept(Fixtures.unshipped(), Cancel.bySeller(id(), CancellationReason.NO_STOCK),
        seller().withZeroInventoryOnNoStock(true));
    assertThat(on.events()).hasSize(2);
    assertThat(on.events().get(0)).isInstanceOf(OrderCancelled.class);
    assertThat(((InventoryZeroingRequested) on.events().get(1)).skus())
        .containsExactly(Sku.of("SKU-1"), Sku.of("SKU-2"));

    Decision off = accept(Fixtures.unshipped(), Cancel.bySeller(id(), CancellationReason.NO_STOCK), seller());
    assertThat(off.events()).noneMatch(e -> e instanceof InventoryZeroingRequested);
    Decision other = accept(Fixtures.unshipped(), Cancel.bySeller(id(), CancellationReason.CUSTOMER_EXCHANGE),
        seller().withZeroInventoryOnNoStock(true));
    assertThat(other.events()).noneMatch(e -> e instanceof InventoryZeroingRequested);
  }

  @Test
  @DisplayName("R4: every cancellation reason from the seeds is accepted")
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
      Rejection r = reject(cancelled, c, as(Role.MARKETPLACE), "R5");
      assertThat(r.message()).isEqualTo("Order 112-3456789-0123456 is cancelled and accepts no further action"
          + " (R5); it stays on record as it is.");
    }
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
    reject(order, Cancel.bySeller(id(), CancellationReason.BUYER_REQUESTED), seller(), "R3");
    order = accepted(order, new AuthorizeReturn(id(), RmaId.of("RMA-1"), ReturnReason.BUYER_RETURN,
        List.of(ReturnLine.of(L1, 2))), seller());
    assertThat(order.line(L1).get().itemStatus()).isEqualTo(ItemStatus.RETURN_STARTED);
    assertThat(order.refunds()).isEmpty();
    Decision received = accept(order, new Command.ReceiveReturn(id(), RmaId.of("RMA-1")), seller());
    assertThat(received.events()).hasSize(2);
    RefundIssued refund = (RefundIssued) received.events().get(1);
    OrderLine l1 = order.line(L1).get();
    assertThat(refund.refund().lines()).containsExactly(RefundLine.of(L1, l1.charge()));
    assertThat(refund.refund().reason()).isEqualTo(RefundReason.CUSTOMER_RETURN);
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
    Command.EditAsBuyer edit = new Command.EditAsBuyer(id(), Optional.of(home),
        List.of(new LineQuantity(L1, 1)));
    WorkflowContext inWindow = WorkflowContext.of(Fixtures.PURCHASED.plusSeconds(299), Role.MARKETPLACE);
    Order order = accepted(Fixtures.unshipped(), edit, inWindow);
    assertThat(order.deliveryAddress()).isEqualTo(home);
    assertThat(order.line(L1).get().quantityOrdered()).isEqualTo(1);

    WorkflowContext late = WorkflowContext.of(Fixtures.PURCHASED.plusSeconds(301), Role.MARKETPLACE);
    assertThat(reject(Fixtures.unshipped(), edit, late, "R11").message()).contains("Cancel and reorder");
    assertThat(reject(Fixtures.unshipped(), edit, inWindow.withRole(Role.OWNER), "R11").message())
        .contains("sellers can never change order information");
    reject(Fixtures.order(FulfilmentChannel.MARKETPLACE, PaymentStatus.AUTHORIZED), edit, inWindow, "R11");
    accepted(Fixtures.unshipped(), edit, late.withBuyerEditWindow(Duration.ofMinutes(10)));
  }

  @Test
  @DisplayName("R13: a refund needs a reason; before the buyer was charged it points to cancellation")
  void r13_reasonRequiredAndNoRefundBeforeCharge() {
    assertThatThrownBy(() -> IssueRefund.wholeOrder(id(), RefundId.of("R-1"), null))
        .isInstanceOf(InvalidCommandException.class).hasMessageContaining("(R13)");
    Rejection r = reject(Fixtures.unshipped(), IssueRefund.wholeOrder(id(), RefundId.of("R-1"),
        RefundReason.PRICING_ERROR), seller(), "R13");
    assertThat(r.message()).contains("Cancel the order instead").contains("(R6)");
    reject(Fixtures.unshipped(), IssueRefund.ofLines(id(), RefundId.of("R-1"), RefundReason.PRICING_ERROR,
        List.of(L1)), seller(), "R13");
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
        List.of(RefundLine.of(L1, left.plus(Money.of("0.01", "USD"))))), seller(), "R13");
    assertThat(over.message()).contains("exceeds the " + left + " left to refund of the " + charge + " charged");
    assertThat(over.lineId()).contains(L1);
    Order whole = accepted(order, IssueRefund.wholeOrder(id(), RefundId.of("R-3"), RefundReason.PRICING_ERROR),
        seller());
    for (OrderLine line : whole.lines()) {
      assertThat(whole.refunded(line.id())).isEqualTo(line.charge());
    }
    reject(whole, IssueRefund.wholeOrder(id(), RefundId.of("R-4"), RefundReason.PRICING_ERROR), seller(), "R13");
    reject(whole, IssueRefund.ofLines(id(), RefundId.of("R-5"), RefundReason.PRICING_ERROR, List.of(L2)),
        seller(), "R13");
  }

  @Test
  @DisplayName("R14: an undeliverable parcel's return refunds the charge less the actual shipping cost")
  void r14_undeliverableReturnDeductsShipping() {
    Money cost = Money.of("7.25", "USD");
    Order order = accepted(Fixtures.unshipped(), ship(L1, 2, "1Z1", Optional.of(cost)), seller());
    order = accepted(order, new RecordCarrierProgress(id(), List.of(L1), ItemStatus.UNABLE_TO_DELIVER), seller());
    order = accepted(order, new AuthorizeReturn(id(), RmaId.of("RMA-U"), ReturnReason.UNDELIVERABLE,
        List.of(ReturnLine.of(L1, 2))), seller());
    Decision d = accept(order, new Command.ReceiveReturn(id(), RmaId.of("RMA-U")), seller());
    RefundIssued refund = (RefundIssued) d.events().get(1);
    assertThat(ReturnReason.UNDELIVERABLE.deductsShipping()).isTrue();
    assertThat(refund.refund().lines()).containsExactly(RefundLine.of(L1, order.line(L1).get().charge().minus(cost)));
    assertThat(refund.refund().reason()).isEqualTo(RefundReason.UNDELIVERABLE);
  }

  @Test
  @DisplayName("R14: a buyer's ordinary return refunds the full charge, shipping cost or not")
  void r14_ordinaryReturnRefundsInFull() {
    Order order = accepted(Fixtures.unshipped(), ship(L1, 2, "1Z1", Optional.of(Money.of("7.25", "USD"))), seller());
    order = accepted(order, new AuthorizeReturn(id(), RmaId.of("RMA-B"), ReturnReason.DEFECTIVE,
        List.of(ReturnLine.of(L1, 2))), seller());
    Decision d = accept(order, new Command.ReceiveReturn(id(), RmaId.of("RMA-B")), seller());
    assertThat(((RefundIssued) d.events().get(1)).refund().lines())
        .containsExactly(RefundLine.of(L1, order.line(L1).get().charge()));
  }

  @Test
  @DisplayName("R16: ship what is available, refund the rest; a refunded line cannot ship afterwards")
  void r16_shipAvailableRefundTheRest() {
    Order order = accepted(Fixtures.unshipped(), ship(L1, 2, "1Z1"), seller());
    order = accepted(order, IssueRefund.ofLines(id(), RefundId.of("R-1"), RefundReason.COULD_NOT_SHIP,
        List.of(L2)), seller());
    assertThat(order.line(L2).get().paymentStatus()).isEqualTo(PaymentStatus.REFUND_PROCESSING);
    Rejection r = reject(order, ship(L2, 1, "1Z2"), seller(), "R16");
    assertThat(r.lineId()).contains(L2);
    Rejection tooMany = reject(Fixtures.unshipped(), ship(L1, 3, "1Z3"), seller(), "R16");
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
    Order order = accepted(fba, new Command.CannotFulfil(id()), marketplace());
    assertThat(order.lines()).allSatisfy(l -> {
      assertThat(l.itemStatus()).isEqualTo(ItemStatus.UNABLE_TO_FULFILL);
      assertThat(l.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    });
    assertThat(order.cancellation().get().reason()).isEqualTo(CancellationReason.CANNOT_FULFIL);
    assertThat(order.cancellation().get().by()).isEqualTo(Party.MARKETPLACE);
    reject(fba, new Command.CannotFulfil(id()), seller(), "R18");
    reject(Fixtures.unshipped(), new Command.CannotFulfil(id()), marketplace(), "R18");
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
    order = accepted(order, new Command.ReceiveReturn(id(), RmaId.of("RMA-1")), seller());
    RefundId automatic = order.refunds().get(0).id();
    order = accepted(order, new RecordRefundOutcome(id(), automatic, RefundState.FAILED), seller());
    assertThat(order.line(L1).get().paymentStatus()).isEqualTo(PaymentStatus.REFUND_FAILED);
    assertThat(order.refunded(L1).isZero()).isTrue();
    reject(order, new RecordRefundOutcome(id(), automatic, RefundState.SUCCEEDED), seller(), "R19");

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
    reject(returning, new AuthorizeReturn(id(), RmaId.of("RMA-1"), ReturnReason.BUYER_RETURN,
        List.of(ReturnLine.of(L1, 1))), seller(), "R20");
    reject(returning, new AuthorizeReturn(id(), RmaId.of("RMA-2"), ReturnReason.BUYER_RETURN,
        List.of(ReturnLine.of(L1, 2))), seller(), "R20");
    reject(order, new AuthorizeReturn(id(), RmaId.of("RMA-3"), ReturnReason.BUYER_RETURN,
        List.of(ReturnLine.of(L2, 1))), seller(), "R20");

    WorkflowContext late = WorkflowContext.of(SHIP_DAY.plus(Duration.ofDays(31)), Role.STAFF);
    Rejection closed = reject(order, first, late, "R20");
    assertThat(closed.message()).contains("the return window of 30 days closed on 2026-03-31");
    accepted(order, first, late.withReturnWindow(Duration.ofDays(60)));
  }

  @Test
  @DisplayName("R42: a change that is not a row of the table is refused naming order, line, from and to")
  void r42_changesOutsideTheTableAreRefused() {
    Order order = accepted(Fixtures.unshipped(), ship(L1, 2, "1Z1"), seller());
    order = accepted(order, new RecordCarrierProgress(id(), List.of(L1), ItemStatus.DELIVERED), seller());
    Rejection r = reject(order, new RecordCarrierProgress(id(), List.of(L1), ItemStatus.IN_TRANSIT), seller(), "R42");
    assertThat(r.lineId()).contains(L1);
    assertThat(r.fromStatus()).contains("DELIVERED");
    assertThat(r.toStatus()).contains("IN_TRANSIT");
    assertThat(r.message()).isEqualTo("Order 112-3456789-0123456, line L1: the item status cannot change from"
        + " Delivered to In transit on CarrierProgressRecorded (R42).");

    Order delivered = order;
    Event forged = new Event.CarrierProgressRecorded(CommandId.of("forged"),
        List.of(new LineStatus(L1, ItemStatus.ORDER_PLACED, PaymentStatus.PAID)));
    assertThatThrownBy(() -> OrderWorkflow.evolve(delivered, forged))
        .isInstanceOf(IllegalTransitionException.class)
        .satisfies(e -> assertThat(((IllegalTransitionException) e).rejection().rule()).isEqualTo("R42"))
        .hasMessageContaining("from Delivered to Order placed");
  }

  @Test
  @DisplayName("R43: a decision's events applied to the old order give the new one; replay gives the order")
  void r43_eventsReproduceTheOrder() {
    List<Event> history = new ArrayList<>();
    Order order = Fixtures.pending();
    history.add(new Event.OrderPlaced(order));
    List<Command> life = List.of(new Command.ConfirmPayment(id()), new Command.PrepareShipment(id(), List.of()),
        ship(L1, 2, "1Z1"), IssueRefund.ofLines(id(), RefundId.of("R-1"), RefundReason.COULD_NOT_SHIP, List.of(L2)),
        new RecordRefundOutcome(id(), RefundId.of("R-1"), RefundState.SUCCEEDED),
        new RecordCarrierProgress(id(), List.of(), ItemStatus.DELIVERED),
        new AuthorizeReturn(id(), RmaId.of("RMA-1"), ReturnReason.WRONG_ITEM, List.of(ReturnLine.of(L1, 1))),
        new Command.ReceiveReturn(id(), RmaId.of("RMA-1")));
    for (Command c : life) {
      Decision d = accept(order, c, as(Role.MARKETPLACE));
      Order folded = order;
      for (Event e : d.events()) {
        folded = OrderWorkflow.evolve(folded, e);
      }
      assertThat(folded).isEqualTo(d.order());
      history.addAll(d.events());
      order = d.order();
    }
    assertThat(OrderWorkflow.replay(history)).isEqualTo(order);
    assertThat(order.processedCommands()).containsExactlyElementsOf(life.stream().map(Command::id).toList());
  }

  @Test
  @DisplayName("R43: repeating a command id yields no new events, no error and no change")
  void r43_repeatedCommandIsIdempotent() {
    Command.ConfirmShipment ship = ship(L1, 2, "1Z1");
    Order once = accepted(Fixtures.unshipped(), ship, seller());
    Decision again = OrderWorkflow.decide(once, ship, seller());
    assertThat(again.isAccepted()).isTrue();
    assertThat(again.isRepeat()).isTrue();
    assertThat(again.events()).isEmpty();
    assertThat(again.order()).isSameAs(once);
    Order later = accepted(once, new RecordCarrierProgress(id(), List.of(L1), ItemStatus.IN_TRANSIT), seller());
    assertThat(OrderWorkflow.decide(later, ship, seller()).isRepeat()).isTrue();
  }

  @Test
  @DisplayName("R44: a command from a role without the permission is rejected")
  void r44_rolesWithoutThePermissionAreRejected() {
    Rejection r = reject(Fixtures.unshipped(), ship(L1, 1, "1Z1"), as(Role.VIEWER), "R44");
    assertThat(r.message()).isEqualTo("Order 112-3456789-0123456: role VIEWER may not ConfirmShipment, it lacks"
        + " the FULFIL_ORDERS permission (R44). Ask an Owner or Admin to grant it, or to do it.");
    accepted(Fixtures.unshipped(), ship(L1, 1, "1Z1"), as(Role.STAFF));
    accepted(Fixtures.unshipped(), ship(L1, 1, "1Z1"), as(Role.OWNER));
    reject(Fixtures.pending(), new Command.ConfirmPayment(id()), as(Role.OWNER), "R44");
    reject(Fixtures.unshipped(), Cancel.byMarketplace(id(), CancellationReason.SHIPMENT_NOT_CONFIRMED),
        as(Role.ADMIN), "R44");
    reject(Fixtures.unshipped(), new Cancel(id(), CancellationReason.BUYER_REQUESTED, Party.BUYER),
        marketplace(), "R10");
    for (Class<?> type : Samples.permittedCommandTypes()) {
      assertThat(CommandAccess.rows()).anyMatch(row -> row.command() == type);
    }
  }

  @Test
  @DisplayName("R8 R9 R12: the marketplace's automatic cancellation leaves the buyer not charged, on pending and"
      + " unshipped orders, once per command id")
  void r8r9r12_automaticCancellation() {
    Cancel sweep = Cancel.byMarketplace(CommandId.of("sweep-R9-112-3456789-0123456"),
        CancellationReason.SHIPMENT_NOT_CONFIRMED);
    Order cancelled = accepted(Fixtures.unshipped(), sweep, marketplace());
    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancelled.lines()).allMatch(l -> l.paymentStatus() == PaymentStatus.NOT_CHARGED);
    assertThat(cancelled.cancellation().get().by()).isEqualTo(Party.MARKETPLACE);
    assertThat(OrderWorkflow.decide(cancelled, sweep, marketplace()).isRepeat()).isTrue();

    Order unpaid = accepted(Fixtures.pending(), Cancel.byMarketplace(id(), CancellationReason.PAYMENT_NOT_COMPLETED),
        marketplace());
    assertThat(unpaid.lines()).allMatch(l -> l.paymentStatus() == PaymentStatus.NOT_CHARGED);
    assertThat(unpaid.cancellation().get().reason()).isEqualTo(CancellationReason.PAYMENT_NOT_COMPLETED);
  }

  @Test
  @DisplayName("R10: buyers request cancellation; the seller accepts (cancelled) or declines (request closed)")
  void r10_buyerRequestsAndSellerAnswers() {
    Command.RequestCancellation ask = new Command.RequestCancellation(id(), Optional.of("Ordered by mistake"));
    Order asked = accepted(Fixtures.unshipped(), ask, marketplace());
    assertThat(asked.cancellationRequest()).isPresent();
    reject(asked, new Command.RequestCancellation(id(), Optional.empty()), marketplace(), "R10");
    reject(Fixtures.unshipped(), ask, seller(), "R10");

    Order declined = accepted(asked, new Command.AnswerCancellationRequest(id(), false), seller());
    assertThat(declined.cancellationRequest()).isEmpty();
    assertThat(declined.status()).isEqualTo(OrderStatus.UNSHIPPED);
    Order accepted = accepted(asked, new Command.AnswerCancellationRequest(id(), true), seller());
    assertThat(accepted.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(accepted.cancellation().get().reason()).isEqualTo(CancellationReason.BUYER_REQUESTED);
    assertThat(accepted.cancellationRequest()).isEmpty();
  }

  @Test
  @DisplayName("R42: carrier progress and return statuses move only along the table")
  void r42_carrierAndReturnProgress() {
    Order order = accepted(Fixtures.unshipped(), new Command.PrepareShipment(id(), List.of(L1)), seller());
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
    order = accepted(order, new Command.FailReturn(id(), RmaId.of("RMA-1")), seller());
    assertThat(order.line(L1).get().itemStatus()).isEqualTo(ItemStatus.RETURN_FAILED);
    reject(order, new Command.ReceiveReturn(id(), RmaId.of("RMA-1")), seller(), "R20");
    LineId unknown = LineId.of("nope");
    reject(order, new RecordCarrierProgress(id(), List.of(unknown), ItemStatus.DELIVERED), seller(), "R40");
  }
}
