package io.github.orderly.workflow;

import static io.github.orderly.workflow.Fixtures.L1;
import static io.github.orderly.workflow.Fixtures.L2;
import static io.github.orderly.workflow.Fixtures.PURCHASED;
import static io.github.orderly.workflow.Fixtures.SHIP_DAY;
import static io.github.orderly.workflow.Fixtures.accept;
import static io.github.orderly.workflow.Fixtures.accepted;
import static io.github.orderly.workflow.Fixtures.id;
import static io.github.orderly.workflow.Fixtures.marketplace;
import static io.github.orderly.workflow.Fixtures.reject;
import static io.github.orderly.workflow.Fixtures.repeat;
import static io.github.orderly.workflow.Fixtures.seller;
import static io.github.orderly.workflow.Fixtures.ship;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.Rule;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.access.Role;
import io.github.orderly.money.Money;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.RefundState;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnReason;
import io.github.orderly.order.RmaId;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.TrackingId;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The workflow's rejections and repeats that mutation testing found untested: each asserted as a
 * rejection naming its rule (or as a repeat), never as "no events".
 */
class WorkflowRejectionsTest {
  private static final LineId L9 = LineId.of("L9");
  private static final RefundId R1 = RefundId.of("R-1");
  private static final RefundId R2 = RefundId.of("R-2");
  private static final RmaId RMA1 = RmaId.of("RMA-1");

  /** Both lines shipped in full, so both are charged. */
  private static Order shipped() {
    return accepted(accepted(Fixtures.unshipped(), ship(L1, 2, "1Z1"), seller()), ship(L2, 1, "1Z2"), seller());
  }

  private static IssueRefund partial(RefundId refund, LineId line, String amount) {
    return IssueRefund.ofAmounts(id(), refund, RefundReason.GENERAL_ADJUSTMENT,
        List.of(RefundLine.of(line, Money.of(amount, "USD"))));
  }

  @Test
  @DisplayName("R19: the automatic refund of a return is named return-refund-<refunds + 1>, the next free one,"
      + " also past the first ids, which are made once")
  void r19_automaticRefundIds() {
    Order order = shipped();
    assertThat(Returning.newRefundId(order)).isEqualTo(RefundId.of("return-refund-1"));
    order = accepted(order, partial(RefundId.of("return-refund-2"), L1, "0.01"), seller());
    assertThat(Returning.newRefundId(order)).as("return-refund-2 is taken").isEqualTo(RefundId.of("return-refund-3"));
    for (int n = 2; n <= 16; n++) {
      order = accepted(order, partial(RefundId.of("R-" + n), L1, "0.01"), seller());
      assertThat(Returning.newRefundId(order)).isEqualTo(RefundId.of("return-refund-" + (n + 1)));
    }
  }

  @Test
  @DisplayName("R43: a refund id already on the order is a repeat with the same refund, a rejection with another")
  void r43_refundIdIsTheNaturalKey() {
    Order order = accepted(shipped(), partial(R1, L1, "5.00"), seller());
    repeat(order, partial(R1, L1, "5.00"), seller());
    repeat(order, IssueRefund.wholeOrder(id(), R1, RefundReason.GENERAL_ADJUSTMENT), seller());
    repeat(order, IssueRefund.ofLines(id(), R1, RefundReason.GENERAL_ADJUSTMENT, List.of(L1)), seller());
    Rejection other = reject(order, partial(R1, L1, "6.00"), seller(), Rule.R43);
    assertThat(other.message()).contains("refund id R-1 is already used on this order for another refund");
    reject(order, IssueRefund.ofAmounts(id(), R1, RefundReason.PRICING_ERROR,
        List.of(RefundLine.of(L1, Money.of("5.00", "USD")))), seller(), Rule.R43);
    reject(order, IssueRefund.ofLines(id(), R1, RefundReason.GENERAL_ADJUSTMENT, List.of(L2)), seller(), Rule.R43);
  }

  @Test
  @DisplayName("R13 R40: a refund of a line the order lacks, in another currency, or of an uncharged line is"
      + " rejected naming its rule")
  void r13_refundRejections() {
    Order order = shipped();
    Rejection missing = reject(order, partial(R1, L9, "1.00"), seller(), Rule.R40);
    assertThat(missing.lineId()).contains(L9);
    reject(order, IssueRefund.ofLines(id(), R1, RefundReason.GENERAL_ADJUSTMENT, List.of(L9)), seller(), Rule.R40);
    Rejection euros = reject(order, IssueRefund.ofAmounts(id(), R1, RefundReason.GENERAL_ADJUSTMENT,
        List.of(RefundLine.of(L1, Money.of("1.00", "EUR")))), seller(), Rule.R13);
    assertThat(euros.message()).contains("is not in the order's currency USD");
    Rejection uncharged = reject(Fixtures.unshipped(), partial(R1, L1, "1.00"), seller(), Rule.R13);
    assertThat(uncharged.message()).contains("line L1 was not charged yet");
    assertThat(uncharged.lineId()).contains(L1);
    Order refunded = accepted(order, IssueRefund.wholeOrder(id(), R1, RefundReason.PRICING_ERROR), seller());
    Rejection nothingLeft = reject(refunded, IssueRefund.wholeOrder(id(), R2, RefundReason.PRICING_ERROR), seller(),
        Rule.R13);
    assertThat(nothingLeft.message()).contains("has nothing left to refund");
    Rejection lineInFull = reject(refunded, IssueRefund.ofLines(id(), R2, RefundReason.PRICING_ERROR, List.of(L1)),
        seller(), Rule.R13);
    assertThat(lineInFull.message()).contains("line L1 was already refunded in full");
  }

  @Test
  @DisplayName("R19: a refund's outcome is recorded once: the same outcome again is a repeat, the other a"
      + " rejection, an unknown refund a rejection")
  void r19_refundOutcomes() {
    Order order = accepted(shipped(), partial(R1, L1, "5.00"), seller());
    order = accepted(order, partial(R2, L2, "1.00"), seller());
    order = accepted(order, new RecordRefundOutcome(id(), R1, RefundState.SUCCEEDED), seller());
    order = accepted(order, new RecordRefundOutcome(id(), R2, RefundState.FAILED), seller());
    repeat(order, new RecordRefundOutcome(id(), R1, RefundState.SUCCEEDED), seller());
    repeat(order, new RecordRefundOutcome(id(), R2, RefundState.FAILED), seller());
    Rejection succeeded = reject(order, new RecordRefundOutcome(id(), R1, RefundState.FAILED), seller(),
        Rule.R19);
    assertThat(succeeded.message()).contains("refund R-1 already succeeded");
    Rejection failed = reject(order, new RecordRefundOutcome(id(), R2, RefundState.SUCCEEDED), seller(),
        Rule.R19);
    assertThat(failed.message()).contains("refund R-2 already failed");
    assertThat(failed.message()).contains("Issue a new refund by hand.");
    Rejection unknown = reject(order, new RecordRefundOutcome(id(), RefundId.of("R-9"), RefundState.SUCCEEDED),
        seller(), Rule.R19);
    assertThat(unknown.message()).contains("has no refund R-9");
  }

  @Test
  @DisplayName("R13 R19: two refunds in flight on one line: the line stays Refund processing until both ended")
  void r19_twoRefundsInFlightOnOneLine() {
    Order order = accepted(shipped(), partial(R1, L1, "5.00"), seller());
    order = accepted(order, partial(R2, L1, "6.00"), seller());
    assertThat(order.line(L1).get().paymentStatus()).isEqualTo(PaymentStatus.REFUND_PROCESSING);
    assertThat(order.refunded(L1)).isEqualTo(Money.of("11.00", "USD"));
    Order oneSucceeded = accepted(order, new RecordRefundOutcome(id(), R1, RefundState.SUCCEEDED), seller());
    assertThat(oneSucceeded.line(L1).get().paymentStatus()).as("R-2 still in flight")
        .isEqualTo(PaymentStatus.REFUND_PROCESSING);
    Order bothEnded = accepted(oneSucceeded, new RecordRefundOutcome(id(), R2, RefundState.FAILED), seller());
    assertThat(bothEnded.line(L1).get().paymentStatus()).isEqualTo(PaymentStatus.REFUND_FAILED);
    assertThat(bothEnded.refunded(L1)).as("a failed refund stops counting").isEqualTo(Money.of("5.00", "USD"));
    assertThat(bothEnded.line(L2).get().paymentStatus()).as("the other line is untouched").isEqualTo(PaymentStatus.PAID);
    Order oneFailed = accepted(order, new RecordRefundOutcome(id(), R1, RefundState.FAILED), seller());
    assertThat(oneFailed.refunded(L1)).isEqualTo(Money.of("6.00", "USD"));
    assertThat(oneFailed.line(L1).get().paymentStatus()).isNotEqualTo(PaymentStatus.PAID);
  }

  @Test
  @DisplayName("R20 R40: returns of a line the order lacks or never shipped, and receipt or failure of an unknown"
      + " RMA, are rejected naming their rule")
  void r20_returnRejections() {
    Order order = accepted(Fixtures.unshipped(), ship(L2, 1, "1Z2"), seller());
    reject(order, new AuthorizeReturn(id(), RMA1, ReturnReason.BUYER_RETURN, List.of(ReturnLine.of(L9, 1))), seller(),
        Rule.R40);
    Rejection never = reject(order, new AuthorizeReturn(id(), RMA1, ReturnReason.BUYER_RETURN,
        List.of(ReturnLine.of(L1, 1))), seller(), Rule.R20);
    assertThat(never.message()).contains("line L1 was never shipped, so it cannot be returned");
    assertThat(never.message()).contains("Refund it instead (R16).");
    Rejection receive = reject(order, new ReceiveReturn(id(), RMA1), seller(), Rule.R20);
    assertThat(receive.message()).contains("has no return RMA-1");
    reject(order, new FailReturn(id(), RMA1), seller(), Rule.R20);
  }

  @Test
  @DisplayName("R20 R43: a return ends once: failing it again is a repeat, receiving a failed one or failing a"
      + " received one a rejection")
  void r20_returnEndsOnce() {
    Order order = accepted(shipped(), new AuthorizeReturn(id(), RMA1, ReturnReason.BUYER_RETURN,
        List.of(ReturnLine.of(L1, 1))), seller());
    repeat(order, new AuthorizeReturn(id(), RMA1, ReturnReason.BUYER_RETURN, List.of(ReturnLine.of(L1, 1))), seller());
    reject(order, new AuthorizeReturn(id(), RMA1, ReturnReason.BUYER_RETURN, List.of(ReturnLine.of(L1, 2))), seller(),
        Rule.R43);
    Order failed = accepted(order, new FailReturn(id(), RMA1), seller());
    repeat(failed, new FailReturn(id(), RMA1), seller());
    Rejection receiveFailed = reject(failed, new ReceiveReturn(id(), RMA1), seller(), Rule.R20);
    assertThat(receiveFailed.message()).contains("return RMA-1 is already failed");
    Order received = accepted(order, new ReceiveReturn(id(), RMA1), seller());
    repeat(received, new ReceiveReturn(id(), RMA1), seller());
    Rejection failReceived = reject(received, new FailReturn(id(), RMA1), seller(), Rule.R20);
    assertThat(failReceived.message()).contains("return RMA-1 is already received");
  }

  @Test
  @DisplayName("R6 R19: a partial return refunds the returned units' share of the line's charge; the rest of the"
      + " line follows with its second unit")
  void r6_partialReturnShares() {
    Order order = shipped();
    Money charge = order.line(L1).get().charge();
    assertThat(charge).isEqualTo(Money.of("42.98", "USD"));
    order = accepted(order, new AuthorizeReturn(id(), RMA1, ReturnReason.BUYER_RETURN,
        List.of(ReturnLine.of(L1, 1))), seller());
    Decision first = accept(order, new ReceiveReturn(id(), RMA1), seller());
    ReturnReceived received = (ReturnReceived) first.events().get(0);
    assertThat(received.refund().orElseThrow().lines()).containsExactly(RefundLine.of(L1, Money.of("21.49", "USD")));
    order = accepted(first.order(), new AuthorizeReturn(id(), RmaId.of("RMA-2"), ReturnReason.BUYER_RETURN,
        List.of(ReturnLine.of(L1, 1))), seller());
    ReturnReceived second = (ReturnReceived) accept(order, new ReceiveReturn(id(), RmaId.of("RMA-2")), seller())
        .events().get(0);
    assertThat(second.refund().orElseThrow().lines()).containsExactly(RefundLine.of(L1, Money.of("21.49", "USD")));
    assertThat(second.refund().orElseThrow().id()).isNotEqualTo(received.refund().orElseThrow().id());
    assertThat(Returning.share(order.line(L2).get(), 1)).isEqualTo(order.line(L2).get().charge());
  }

  @Test
  @DisplayName("R43: a tracking id already on the order is a repeat with the same parcel, a rejection with other"
      + " lines, carrier or ship date")
  void r43_duplicateTrackingIds() {
    Order order = accepted(Fixtures.unshipped(), ship(L1, 1, "1Z1"), seller());
    repeat(order, ship(L1, 1, "1Z1"), seller());
    Rejection otherLine = reject(order, ship(L2, 1, "1Z1"), seller(), Rule.R43);
    assertThat(otherLine.message()).contains("tracking id 1Z1 is already confirmed on this order");
    reject(order, ship(L1, 1, "1Z1").withActualShippingCost(Money.of("4.00", "USD")), seller(), Rule.R43);
    reject(order, ConfirmShipment.of(id(), Carrier.of("FedEx"), TrackingId.of("1Z1"), SHIP_DAY,
        List.of(ShipmentLine.of(L1, 1))), seller(), Rule.R43);
    reject(order, ConfirmShipment.of(id(), Carrier.of("UPS"), TrackingId.of("1Z1"), SHIP_DAY.plusSeconds(1),
        List.of(ShipmentLine.of(L1, 1))), seller(), Rule.R43);
  }

  @Test
  @DisplayName("R14 R16 R24 R40: a shipment confirmation in another currency, before the order date, of a line"
      + " the order lacks or of more units than are left is rejected naming its rule")
  void confirmShipmentRejections() {
    Order order = Fixtures.unshipped();
    reject(order, ship(L1, 1, "1Z1", Money.of("4.00", "EUR")), seller(), Rule.R14);
    reject(order, ConfirmShipment.of(id(), Carrier.of("UPS"), TrackingId.of("1Z1"), PURCHASED.minusSeconds(1),
        List.of(ShipmentLine.of(L1, 1))), seller(), Rule.R24);
    reject(order, ship(L9, 1, "1Z1"), seller(), Rule.R40);
    Rejection tooMany = reject(order, ship(L1, 3, "1Z1"), seller(), Rule.R16);
    assertThat(tooMany.message()).contains("only 2 of 2 units are left to ship, not 3");
    Order oneShipped = accepted(order, ship(L1, 1, "1Z1"), seller());
    reject(oneShipped, ship(L1, 2, "1Z2"), seller(), Rule.R16);
    accepted(oneShipped, ship(L1, 1, "1Z2"), seller());
  }

  @Test
  @DisplayName("R42 R40: preparing a line the order lacks, or one that is no longer Order placed, is rejected")
  void prepareShipmentRejections() {
    Order order = Fixtures.unshipped();
    reject(order, new PrepareShipment(id(), List.of(L9)), seller(), Rule.R40);
    Order prepared = accepted(order, new PrepareShipment(id(), List.of(L1)), seller());
    assertThat(prepared.line(L1).get().itemStatus()).isEqualTo(ItemStatus.PREPARING_TO_SHIP);
    assertThat(prepared.line(L2).get().itemStatus()).isEqualTo(ItemStatus.ORDER_PLACED);
    reject(prepared, new PrepareShipment(id(), List.of(L1)), seller(), Rule.R42);
    Order all = accepted(prepared, new PrepareShipment(id(), List.of()), seller());
    assertThat(all.line(L2).get().itemStatus()).isEqualTo(ItemStatus.PREPARING_TO_SHIP);
    reject(all, new PrepareShipment(id(), List.of()), seller(), Rule.R42);
  }

  @Test
  @DisplayName("R10 R18 R43: accepting a request, a request and a marketplace's cannot-fulfil, sent again, are"
      + " repeats")
  void r43_cancellationRepeats() {
    Order requested = accepted(Fixtures.unshipped(), new RequestCancellation(id(), Optional.of("Ordered twice"), List.of()),
        marketplace());
    repeat(requested, new RequestCancellation(id(), Optional.of("Ordered twice"), List.of()), marketplace());
    Order cancelled = accepted(requested, new AcceptCancellationRequest(id()), seller());
    repeat(cancelled, new AcceptCancellationRequest(id()), seller());
    Order fba = Fixtures.order(FulfilmentChannel.MARKETPLACE, PaymentStatus.AUTHORIZED);
    Order unfulfilled = accepted(fba, new CannotFulfil(id()), marketplace());
    repeat(unfulfilled, new CannotFulfil(id()), marketplace());
    reject(unfulfilled, new AcceptCancellationRequest(id()), seller(), Rule.R5);
  }

  @Test
  @DisplayName("R11 R40: a buyer's edit after the window or of a line the order lacks is rejected")
  void r11_buyerEditRejections() {
    WorkflowContext inWindow = WorkflowContext.of(PURCHASED.plusSeconds(60), Role.MARKETPLACE);
    EditAsBuyer unknownLine = new EditAsBuyer(id(), Optional.empty(), List.of(new LineQuantity(L9, 1)));
    reject(Fixtures.unshipped(), unknownLine, inWindow, Rule.R40);
    EditAsBuyer one = new EditAsBuyer(id(), Optional.empty(), List.of(new LineQuantity(L1, 1)));
    Order edited = accepted(Fixtures.unshipped(), one, inWindow);
    assertThat(edited.line(L1).get().quantityOrdered()).isEqualTo(1);
    Rejection late = reject(Fixtures.unshipped(), new EditAsBuyer(id(), Optional.empty(),
        List.of(new LineQuantity(L1, 1))), WorkflowContext.of(PURCHASED.plusSeconds(301), Role.MARKETPLACE), Rule.R11);
    assertThat(late.message()).contains("the buyer's edit window closed at");
    accepted(Fixtures.unshipped(), new EditAsBuyer(id(), Optional.empty(), List.of(new LineQuantity(L1, 1))),
        WorkflowContext.of(PURCHASED.plusSeconds(300), Role.MARKETPLACE));
  }

  @Test
  @DisplayName("R11: once a line has shipped, a buyer's edit is rejected even inside the edit window, and the order"
      + " is unchanged")
  void r11_buyerEditOfAShippingOrderIsRejected() {
    WorkflowContext inWindow = WorkflowContext.of(PURCHASED.plusSeconds(60), Role.MARKETPLACE);
    Order partly = accepted(Fixtures.unshipped(), ship(L1, 1, "1Z1"), seller());
    assertThat(partly.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);

    Decision d = OrderWorkflow.decide(partly, new EditAsBuyer(id(), Optional.empty(),
        List.of(new LineQuantity(L2, 2))), inWindow);

    Rejection r = d.rejection().orElseThrow();
    assertThat(r.rule()).isEqualTo(Rule.R11);
    assertThat(r.message()).contains("is Partially shipped", "only a pending or unshipped order");
    assertThat(d.order()).isEqualTo(partly);
  }

  @Test
  @DisplayName("R43: a decision is exactly one of accepted, rejected and repeated")
  void r43_decisionOutcomesExcludeEachOther() {
    Order order = Fixtures.unshipped();
    Decision accepted = OrderWorkflow.decide(order, ship(L1, 1, "1Z1"), seller());
    assertThat(List.of(accepted.isAccepted(), accepted.isRejected(), accepted.isRepeat()))
        .containsExactly(true, false, false);
    Decision rejected = OrderWorkflow.decide(order, ship(L9, 1, "1Z1"), seller());
    assertThat(List.of(rejected.isAccepted(), rejected.isRejected(), rejected.isRepeat()))
        .containsExactly(false, true, false);
    Decision repeated = OrderWorkflow.decide(accepted.order(), ship(L1, 1, "1Z1"), seller());
    assertThat(List.of(repeated.isAccepted(), repeated.isRejected(), repeated.isRepeat()))
        .containsExactly(false, false, true);
  }
}
