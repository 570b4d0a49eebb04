package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.access.Role;
import io.github.orderly.money.Money;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.TrackingId;
import io.github.orderly.workflow.Cancel;
import io.github.orderly.workflow.Command;
import io.github.orderly.workflow.ConfirmInvoice;
import io.github.orderly.workflow.ConfirmShipment;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.InvoiceConfirmed;
import io.github.orderly.workflow.IssueRefund;
import io.github.orderly.workflow.OrderCancelled;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.RefundIssued;
import io.github.orderly.workflow.ShipmentConfirmed;
import io.github.orderly.workflow.WorkflowContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The marketplace's requests derived from the workflow's events, with the codes of one table (R25, R4, R13). */
class AmazonWriteBackTest {
  private static final AmazonWriteBack WRITE_BACK = AmazonWriteBack.with(ReasonCodes.standard());
  private static final Instant NOW = Instant.parse("2026-03-08T10:00:00Z");

  private static Decision decide(Order order, Command command, Instant at) {
    Decision d = OrderWorkflow.decide(order, command, WorkflowContext.of(at, Role.OWNER));
    assertThat(d.rejection()).as("rejection of %s", command).isEmpty();
    return d;
  }

  @Test
  @DisplayName("R7: the confirmShipment body of a shipment-confirmed event: carrier code, tracking number, ship"
      + " date and the order items")
  void confirmShipmentFromTheEvent() {
    Order order = AmazonOrders.toOrder(Fixtures.combined("cod-jp"));
    Instant shipped = Instant.parse("2026-03-09T01:00:00Z");
    Decision d = decide(order, ConfirmShipment.of(CommandId.of("c1"), Carrier.of("Yamato"),
        TrackingId.of("4455-0001-0002"), shipped, List.of(ShipmentLine.of(LineId.of("20045517830012"), 2))),
        shipped.plusSeconds(60));
    ShipmentConfirmed event = (ShipmentConfirmed) d.events().get(0);
    ShipmentConfirmation body = WRITE_BACK.confirmShipment(d.order(), event, 1);
    assertThat(body.marketplaceId()).isEqualTo("A1VC38T7YXB528");
    assertThat(body.packageDetail().carrierCode()).isEqualTo("Yamato");
    assertThat(body.packageDetail().trackingNumber()).isEqualTo("4455-0001-0002");
    assertThat(body.packageDetail().shipDate()).isEqualTo(shipped);
    assertThat(body.toJson()).contains("\"packageReferenceId\":\"1\"").contains("\"orderItemId\":\"20045517830012\"")
        .contains("\"shipDate\":\"2026-03-09T01:00:00Z\"");
  }

  @Test
  @DisplayName("a shipment the marketplace reported has nothing to confirm")
  void reportedShipment_isRefused() {
    Order order = AmazonOrders.toOrder(AmazonOrdersV0MappingTest.combined("partially-shipped-po"));
    ShipmentConfirmed reported = new ShipmentConfirmed(
        new io.github.orderly.workflow.Cause(CommandId.of("x"), NOW, io.github.orderly.access.Actor.of(Role.OWNER)),
        order.shipments().get(0), List.of());
    assertThatThrownBy(() -> WRITE_BACK.confirmShipment(order, reported, 1))
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("shipment.trackingId = null: a shipment the marketplace reported has nothing to confirm");
  }

  @Test
  @DisplayName("R4, R25: cancellations become acknowledgements with the official cancel reason, 15 to a feed document")
  void cancellationsBecomeAcknowledgements_inBatchesOf15() {
    Order order = AmazonOrders.toOrder(Fixtures.combined("cod-jp"));
    List<AmazonWriteBack.OrderEvent> events = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      Order copy = Order.builder().from(order).id(io.github.orderly.order.OrderId.of("249-3308814-09266" + (10 + i)))
          .build();
      Decision d = decide(copy, Cancel.bySeller(CommandId.of("k" + i), CancellationReason.NO_STOCK), NOW);
      events.add(new AmazonWriteBack.OrderEvent(d.order(), d.events().get(0)));
    }
    List<OrderAcknowledgement> messages = WRITE_BACK.acknowledgements(events);
    assertThat(messages).hasSize(16).allSatisfy(m -> {
      assertThat(m.statusCode()).isEqualTo(OrderAcknowledgement.Status.FAILURE);
      assertThat(m.items()).singleElement().satisfies(item -> {
        assertThat(item.amazonOrderItemCode()).isEqualTo("20045517830012");
        assertThat(item.cancelReason()).contains(CancelReason.NO_INVENTORY);
      });
    });
    assertThat(events.get(0).event()).isInstanceOf(OrderCancelled.class);
    List<String> documents = FeedDocuments.forMerchant("A2MERCHANT").orderAcknowledgements(messages);
    assertThat(documents).hasSize(2);
    assertThat(documents.get(0)).contains("<CancelReason>NoInventory</CancelReason>");
    assertThat(AmazonWriteBack.batches(messages)).extracting(List::size).containsExactly(15, 1);
  }

  @Test
  @DisplayName("R13: a refund becomes a payment adjustment with the official adjustment reason, per line")
  void refundBecomesAnAdjustment() {
    Order order = AmazonOrders.toOrder(Fixtures.combined("cod-jp"));
    Instant shipped = Instant.parse("2026-03-09T01:00:00Z");
    Order sent = decide(order, ConfirmShipment.of(CommandId.of("c1"), Carrier.of("Yamato"),
        TrackingId.of("4455-0001-0003"), shipped, List.of(ShipmentLine.of(LineId.of("20045517830012"), 2))),
        shipped).order();
    Decision d = decide(sent, IssueRefund.wholeOrder(CommandId.of("r1"), RefundId.of("RF-1"),
        RefundReason.COULD_NOT_SHIP), shipped.plusSeconds(3_600));
    RefundIssued event = (RefundIssued) d.events().get(0);
    OrderAdjustment adjustment = WRITE_BACK.adjustments(List.of(new AmazonWriteBack.OrderEvent(d.order(), event)))
        .get(0);
    assertThat(adjustment.amazonOrderId()).isEqualTo("249-3308814-0926645");
    assertThat(adjustment.adjustedItems()).singleElement().satisfies(item -> {
      assertThat(item.adjustmentReason()).isEqualTo(AdjustmentReason.COULD_NOT_SHIP);
      assertThat(item.merchantAdjustmentItemId()).contains("RF-1");
      assertThat(item.itemPriceAdjustments()).singleElement().satisfies(p -> {
        assertThat(p.type()).isEqualTo(PriceComponent.PRINCIPAL);
        assertThat(p.amount()).isEqualTo(Money.of("2800", "JPY"));
      });
    });
    assertThat(FeedDocuments.forMerchant("A2MERCHANT").orderAdjustments(List.of(adjustment))).singleElement()
        .asString().contains("<AdjustmentReason>CouldNotShip</AdjustmentReason>");
  }

  @Test
  @DisplayName("R53: the seller's invoice confirmation of an InvoiceUnconfirmed order leaves it Shipped (v0 Shipped)"
      + " and is not written back: it makes no acknowledgement, adjustment or confirmShipment")
  void r53_invoiceConfirmed_isNotWrittenBack() {
    Order order = AmazonOrdersV0MappingTest.mapped("invoice-unconfirmed");
    assertThat(AmazonOrders.v0Status(order)).isEqualTo(OrdersV0.OrderStatus.INVOICE_UNCONFIRMED);
    Instant at = order.shipments().stream().map(io.github.orderly.order.Shipment::shippedAt).max(Instant::compareTo)
        .orElseThrow().plusSeconds(3_600);
    Decision d = decide(order, new ConfirmInvoice(CommandId.of("ci-1")), at);
    assertThat(d.events()).singleElement().isInstanceOf(InvoiceConfirmed.class);
    assertThat(AmazonOrders.v0Status(d.order())).isEqualTo(OrdersV0.OrderStatus.SHIPPED);
    List<AmazonWriteBack.OrderEvent> queue = List.of(new AmazonWriteBack.OrderEvent(d.order(), d.events().get(0)));
    assertThat(WRITE_BACK.acknowledgements(queue)).isEmpty();
    assertThat(WRITE_BACK.adjustments(queue)).isEmpty();
  }
}
