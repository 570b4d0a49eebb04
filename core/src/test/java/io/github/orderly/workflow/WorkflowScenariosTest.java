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
import static io.github.orderly.workflow.Fixtures.L1;
import static io.github.orderly.workflow.Fixtures.L2;
import static io.github.orderly.workflow.Fixtures.LATER;
import static io.github.orderly.workflow.Fixtures.marketplace;
import static io.github.orderly.workflow.Fixtures.seller;
import static io.github.orderly.workflow.Fixtures.ship;
import static io.github.orderly.workflow.GivenWhenThen.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.order.Cancellation;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.Party;
import io.github.orderly.order.RefundState;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnReason;
import io.github.orderly.order.RmaId;
import io.github.orderly.order.Shipment;
import io.github.orderly.order.Sku;
import io.github.orderly.status.PaymentStatus;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Scenarios from the seeds as given history / when command / then exact events. */
class WorkflowScenariosTest {
  private static final CommandId WHEN = CommandId.of("when");

  @Test
  @DisplayName("R4 R6: given an unshipped order, when the seller cancels for no stock with zeroing on, then the"
      + " lines are Unfulfilled / Not charged and the SKUs' inventory is to be zeroed")
  void r4_noStockCancellation() {
    given(Fixtures.unshipped())
        .when(Command.Cancel.bySeller(WHEN, CancellationReason.NO_STOCK), seller().withZeroInventoryOnNoStock(true))
        .then(new Event.OrderCancelled(WHEN, Cancellation.of(CancellationReason.NO_STOCK, Party.SELLER, LATER),
                List.of(new LineStatus(L1, UNFULFILLED, NOT_CHARGED), new LineStatus(L2, UNFULFILLED, NOT_CHARGED))),
            new Event.InventoryZeroingRequested(WHEN, List.of(Sku.of("SKU-1"), Sku.of("SKU-2"))));
  }

  @Test
  @DisplayName("R7: given an unshipped two-line order, when one line is confirmed, then it ships and both lines"
      + " are charged in one event")
  void r7_confirmingOneLineChargesBoth() {
    Command.ConfirmShipment confirm = ship(L1, 2, "1Z1");
    Decision d = given(Fixtures.unshipped())
        .when(confirm, seller())
        .then(new Event.ShipmentConfirmed(confirm.id(), Shipment.builder().trackingId(confirm.trackingId())
            .carrier(confirm.carrier()).shippedAt(confirm.shippedAt()).lines(confirm.lines()).build(),
            List.of(new LineStatus(L1, SHIPPED, PAID), new LineStatus(L2, ORDER_PLACED, PAID))));
    assertThat(d.order().shipmentLate()).isTrue();
  }

  @Test
  @DisplayName("R18: given a marketplace-fulfilled order, when the marketplace cannot fulfil it, then Unable to"
      + " fulfill / Refunded")
  void r18_cannotFulfil() {
    given(Fixtures.order(FulfilmentChannel.MARKETPLACE, PaymentStatus.AUTHORIZED))
        .when(new Command.CannotFulfil(WHEN), marketplace())
        .then(new Event.OrderCancelled(WHEN, Cancellation.of(CancellationReason.CANNOT_FULFIL, Party.MARKETPLACE,
            LATER), List.of(new LineStatus(L1, UNABLE_TO_FULFILL, REFUNDED),
            new LineStatus(L2, UNABLE_TO_FULFILL, REFUNDED))));
  }

  @Test
  @DisplayName("R19: given a received return whose automatic refund is processing, when it fails, then the line"
      + " is Refund failed")
  void r19_failedAutomaticRefund() {
    GivenWhenThen g = given(Fixtures.unshipped()).and(seller(), ship(L1, 2, "1Z1"),
        new Command.AuthorizeReturn(Fixtures.id(), RmaId.of("RMA-1"), ReturnReason.BUYER_RETURN,
            List.of(ReturnLine.of(L1, 2))),
        new Command.ReceiveReturn(Fixtures.id(), RmaId.of("RMA-1")));
    var refund = g.order().refunds().get(0).id();
    g.when(new Command.RecordRefundOutcome(WHEN, refund, RefundState.FAILED), seller())
        .then(new Event.RefundFailed(WHEN, refund, List.of(new LineStatus(L1, RETURNED, REFUND_FAILED))));
  }

  @Test
  @DisplayName("R3 R43: given a shipped line, when the order is cancelled, then R3; when a command repeats, then"
      + " nothing")
  void r3_r43_givenShipped() {
    Command.ConfirmShipment confirm = ship(L2, 1, "1Z2");
    given(Fixtures.unshipped()).and(seller(), confirm)
        .when(Command.Cancel.bySeller(WHEN, CancellationReason.NO_STOCK), seller())
        .thenRejected("R3");
    given(Fixtures.unshipped()).and(seller(), confirm)
        .when(confirm, seller())
        .then();
  }
}
