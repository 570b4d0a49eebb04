package io.github.orderly.workflow;

import static io.github.orderly.status.ItemStatus.ORDER_PLACED;
import static io.github.orderly.status.ItemStatus.RETURNED;
import static io.github.orderly.status.ItemStatus.SHIPPED;
import static io.github.orderly.status.ItemStatus.UNABLE_TO_FULFILL;
import static io.github.orderly.status.ItemStatus.UNFULFILLED;
import static io.github.orderly.status.PaymentStatus.NOT_CHARGED;
import static io.github.orderly.status.PaymentStatus.PAID;
import static io.github.orderly.status.PaymentStatus.REFUNDED;
import static io.github.orderly.status.PaymentStatus.REFUND_FAILED;
import static io.github.orderly.status.PaymentStatus.REFUND_PROCESSING;
import static io.github.orderly.workflow.Fixtures.L1;
import static io.github.orderly.workflow.Fixtures.L2;
import static io.github.orderly.workflow.Fixtures.LATER;
import static io.github.orderly.workflow.Fixtures.marketplace;
import static io.github.orderly.workflow.Fixtures.seller;
import static io.github.orderly.workflow.Fixtures.ship;
import static io.github.orderly.workflow.GivenWhenThen.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.Rule;
import io.github.orderly.order.Cancellation;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.Party;
import io.github.orderly.order.Refund;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.RefundState;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnReason;
import io.github.orderly.order.RmaId;
import io.github.orderly.order.Shipment;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.Sku;
import io.github.orderly.order.TrackingId;
import io.github.orderly.order.UpstreamStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Scenarios from the help pages (docs/rules.md) as given history / when command / then the exact event, with its cause. */
class WorkflowScenariosTest {
  private static final CommandId WHEN = CommandId.of("when");

  private static Cause cause(WorkflowContext context) {
    return new Cause(WHEN, context.instant(), context.actor());
  }

  @Test
  @DisplayName("R4 R6: given an unshipped order, when the seller cancels for no stock with zeroing on, then the"
      + " lines are Unfulfilled / Not charged and the SKUs' inventory is to be zeroed, in one event")
  void r4_noStockCancellation() {
    WorkflowContext context = seller().withZeroInventoryOnNoStock(true);
    given(Fixtures.unshipped())
        .when(Cancel.bySeller(WHEN, CancellationReason.NO_STOCK), context)
        .then(new OrderCancelled(cause(context), Cancellation.of(CancellationReason.NO_STOCK, Party.SELLER, LATER),
            List.of(new LineStatus(L1, UNFULFILLED, NOT_CHARGED), new LineStatus(L2, UNFULFILLED, NOT_CHARGED)),
            List.of(Sku.of("SKU-1"), Sku.of("SKU-2")), Optional.empty()));
  }

  @Test
  @DisplayName("R7: given an unshipped two-line order, when one line is confirmed, then it ships and both lines"
      + " are charged in one event")
  void r7_confirmingOneLineChargesBoth() {
    ConfirmShipment confirm = ConfirmShipment.of(WHEN, Carrier.of("UPS"), TrackingId.of("1Z1"), Fixtures.SHIP_DAY,
        List.of(ShipmentLine.of(L1, 2)));
    Decision d = given(Fixtures.unshipped())
        .when(confirm, seller())
        .then(new ShipmentConfirmed(cause(seller()), Shipment.builder().trackingId(confirm.trackingId())
            .carrier(confirm.carrier()).shippedAt(confirm.shippedAt()).lines(confirm.lines()).build(),
            List.of(new LineStatus(L1, SHIPPED, PAID), new LineStatus(L2, ORDER_PLACED, PAID))));
    assertThat(d.order().shipmentLate()).isTrue();
  }

  @Test
  @DisplayName("R18: given a marketplace-fulfilled order, when the marketplace cannot fulfil it, then Unable to"
      + " fulfill / Refunded")
  void r18_cannotFulfil() {
    given(Fixtures.order(FulfilmentChannel.MARKETPLACE, PaymentStatus.AUTHORIZED))
        .when(new CannotFulfil(WHEN), marketplace())
        .then(new OrderCancelled(cause(marketplace()), Cancellation.of(CancellationReason.CANNOT_FULFIL,
            Party.MARKETPLACE, LATER), List.of(new LineStatus(L1, UNABLE_TO_FULFILL, REFUNDED),
            new LineStatus(L2, UNABLE_TO_FULFILL, REFUNDED)), List.of(), Optional.empty()));
  }

  @Test
  @DisplayName("R6 R19: given a shipped line with a return, when the return is received, then the line is Returned"
      + " and its automatic refund is processing, in one event")
  void r6_receivedReturnRefundsAutomatically() {
    GivenWhenThen g = given(Fixtures.unshipped()).and(seller(), Fixtures.ship(L1, 2, "1Z1"),
        new AuthorizeReturn(Fixtures.id(), RmaId.of("RMA-1"), ReturnReason.BUYER_RETURN,
            List.of(ReturnLine.of(L1, 2))));
    Refund refund = Refund.builder().id(RefundId.of("return-refund-1")).reason(RefundReason.CUSTOMER_RETURN)
        .issuedAt(LATER).addLine(RefundLine.of(L1, g.order().line(L1).get().charge())).build();
    g.when(new ReceiveReturn(WHEN, RmaId.of("RMA-1")), seller())
        .then(new ReturnReceived(cause(seller()), RmaId.of("RMA-1"), Optional.of(refund),
            List.of(new LineStatus(L1, RETURNED, REFUND_PROCESSING))));
  }

  @Test
  @DisplayName("R19: given a received return whose automatic refund is processing, when it fails, then the line"
      + " is Refund failed")
  void r19_failedAutomaticRefund() {
    GivenWhenThen g = given(Fixtures.unshipped()).and(seller(), Fixtures.ship(L1, 2, "1Z1"),
        new AuthorizeReturn(Fixtures.id(), RmaId.of("RMA-1"), ReturnReason.BUYER_RETURN,
            List.of(ReturnLine.of(L1, 2))),
        new ReceiveReturn(Fixtures.id(), RmaId.of("RMA-1")));
    RefundId refund = g.order().refunds().get(0).id();
    g.when(new RecordRefundOutcome(WHEN, refund, RefundState.FAILED), seller())
        .then(new RefundFailed(cause(seller()), refund, List.of(new LineStatus(L1, RETURNED, REFUND_FAILED))));
  }

  @Test
  @DisplayName("R10: given a buyer's open request, when the seller declines it, then the request is closed")
  void r10_declinedRequest() {
    given(Fixtures.unshipped()).and(marketplace(), new RequestCancellation(Fixtures.id(), Optional.empty(), List.of()))
        .when(new DeclineCancellationRequest(WHEN), seller())
        .then(new CancellationRequestDeclined(cause(seller()), List.of(L1, L2)));
  }

  @Test
  @DisplayName("R50: given an unshipped order, when the marketplace reports it cancelled, then it is cancelled as"
      + " the marketplace, not charged, and the report is kept")
  void r50_upstreamCancellation() {
    UpstreamStatus reported = new UpstreamStatus(OrderStatus.CANCELLED, Fixtures.SHIP_DAY);
    given(Fixtures.unshipped())
        .when(new RecordUpstreamStatus(WHEN, OrderStatus.CANCELLED, Fixtures.SHIP_DAY), marketplace())
        .then(new OrderCancelled(cause(marketplace()), Cancellation.of(CancellationReason.MARKETPLACE_CANCELLED,
            Party.MARKETPLACE, LATER), List.of(new LineStatus(L1, UNFULFILLED, NOT_CHARGED),
            new LineStatus(L2, UNFULFILLED, NOT_CHARGED)), List.of(), Optional.of(reported)));
  }

  @Test
  @DisplayName("R3 R43: given a shipped line, when the order is cancelled, then R3; when the confirmation is"
      + " delivered again, then a repeat")
  void r3_r43_givenShipped() {
    ConfirmShipment confirm = Fixtures.ship(L2, 1, "1Z2");
    given(Fixtures.unshipped()).and(seller(), confirm)
        .when(Cancel.bySeller(WHEN, CancellationReason.NO_STOCK), seller())
        .thenRejected(Rule.R3);
    given(Fixtures.unshipped()).and(seller(), confirm)
        .when(confirm, seller())
        .thenRepeated();
  }
}
