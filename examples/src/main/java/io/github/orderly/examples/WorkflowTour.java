package io.github.orderly.examples;

import io.github.orderly.access.Role;
import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.LineId;
import io.github.orderly.order.ListingId;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.RefundState;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnReason;
import io.github.orderly.order.RmaId;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.Sku;
import io.github.orderly.order.TrackingId;
import io.github.orderly.order.UserId;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.workflow.AuthorizeReturn;
import io.github.orderly.workflow.Cancel;
import io.github.orderly.workflow.Command;
import io.github.orderly.workflow.ConfirmPayment;
import io.github.orderly.workflow.ConfirmShipment;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.IssueRefund;
import io.github.orderly.workflow.LineStatus;
import io.github.orderly.workflow.OrderPlaced;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.PrepareShipment;
import io.github.orderly.workflow.ReceiveReturn;
import io.github.orderly.workflow.RecordCarrierProgress;
import io.github.orderly.workflow.RecordRefundOutcome;
import io.github.orderly.workflow.RecordUpstreamStatus;
import io.github.orderly.workflow.WorkflowContext;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Part of the demo: one order's life through the workflow (pay, ship part, refund the rest, return), printing
 * every event and every rejection it meets on the way.
 */
final class WorkflowTour {
  private static final LineId MUG = LineId.of("05123456789012-1");
  private static final LineId TEA = LineId.of("05123456789012-2");

  private final PrintStream out;
  private final List<Event> history = new ArrayList<>();
  private Order order;
  private Instant now;
  private int serial;

  private WorkflowTour(PrintStream out, Order order) {
    this.out = out;
    this.order = order;
    this.now = order.purchasedAt();
    history.add(OrderPlaced.of(order));
  }

  static void run(PrintStream out) {
    Order placed = Order.builder()
        .id(OrderId.of("112-3456789-0123456"))
        .marketplace(MarketplaceId.of("amazon.com"))
        .purchasedAt(Instant.parse("2026-03-01T09:00:00Z"))
        .deliveryAddress(Address.builder().recipient("Jane Doe").addStreetLine("1 Main St").city("Seattle")
            .region("WA").postalCode("98109").countryCode("US").build())
        .addLine(OrderLine.builder().id(MUG).sku(Sku.of("MUG-01")).listingId(ListingId.of("B0MUG00001"))
            .title("Kaffeebecher").quantityOrdered(2).unitPrice(Money.of("12.50", "USD"))
            .shippingCharge(Money.of("4.00", "USD")).paymentStatus(PaymentStatus.PAYMENT_PROCESSING).build())
        .addLine(OrderLine.builder().id(TEA).sku(Sku.of("TEA-07")).listingId(ListingId.of("B0TEA00007"))
            .title("Tea, green").quantityOrdered(1).unitPrice(Money.of("8.00", "USD"))
            .paymentStatus(PaymentStatus.PAYMENT_PROCESSING).build())
        .build();
    WorkflowTour tour = new WorkflowTour(out, placed);
    tour.show("Placed");

    tour.send("The seller tries to ship while payment is pending", Role.STAFF,
        ship(tour.id(), MUG, 2, "1Z0001"));
    tour.send("The marketplace confirms the payment", Role.MARKETPLACE, new ConfirmPayment(tour.id()));
    tour.later(Duration.ofHours(20));
    tour.send("The seller prepares both lines", Role.STAFF, new PrepareShipment(tour.id(), List.of()));
    ConfirmShipment shipMugs = ship(tour.id(), MUG, 2, "1Z0002");
    tour.send("Only the mugs are in stock: ship them (R16), which charges the whole order (R7)", Role.STAFF,
        shipMugs);
    tour.send("The same confirmation arrives twice (R43)", Role.STAFF, shipMugs);
    tour.send("The seller tries to cancel the tea", Role.STAFF,
        Cancel.bySeller(tour.id(), CancellationReason.NO_STOCK));
    tour.send("A viewer tries to refund it", Role.VIEWER, IssueRefund.ofLines(tour.id(),
        RefundId.of("R-1"), RefundReason.COULD_NOT_SHIP, List.of(TEA)));
    tour.send("The seller refunds the tea instead (R16)", Role.STAFF, IssueRefund.ofLines(tour.id(),
        RefundId.of("R-1"), RefundReason.COULD_NOT_SHIP, List.of(TEA)));
    tour.send("The refund settles", Role.STAFF,
        new RecordRefundOutcome(tour.id(), RefundId.of("R-1"), RefundState.SUCCEEDED));
    tour.later(Duration.ofDays(2));
    tour.send("The carrier delivers", Role.STAFF,
        new RecordCarrierProgress(tour.id(), List.of(MUG), ItemStatus.DELIVERED));
    tour.later(Duration.ofDays(5));
    tour.send("One mug arrived chipped: a return under an RMA id (R20)", Role.STAFF,
        new AuthorizeReturn(tour.id(), RmaId.of("RMA-7781"), ReturnReason.DEFECTIVE,
            List.of(ReturnLine.of(MUG, 1))));
    tour.later(Duration.ofDays(4));
    tour.send("The mug is back: the automatic refund is issued", Role.STAFF,
        new ReceiveReturn(tour.id(), RmaId.of("RMA-7781")));
    RefundId automatic = tour.order.refunds().get(tour.order.refunds().size() - 1).id();
    tour.send("The automatic refund fails (R19)", Role.STAFF,
        new RecordRefundOutcome(tour.id(), automatic, RefundState.FAILED));
    tour.send("The seller refunds by hand", Role.STAFF, IssueRefund.ofAmounts(tour.id(),
        RefundId.of("R-2"), RefundReason.CUSTOMER_RETURN, List.of(io.github.orderly.order.RefundLine.of(MUG,
            Money.of("14.50", "USD")))));
    tour.send("It settles", Role.STAFF,
        new RecordRefundOutcome(tour.id(), RefundId.of("R-2"), RefundState.SUCCEEDED));
    tour.show("Finally");
    Order replayed = OrderWorkflow.replay(tour.history);
    out.printf("%nReplaying the %d events from OrderPlaced gives the same order (R43): %s; version %d%n",
        tour.history.size(), replayed.equals(tour.order), tour.order.version());
    tour.auditTrail();

    out.printf("%n-- A second order: the marketplace cancels it before the seller ships (R50) --%n");
    WorkflowTour other = new WorkflowTour(out, Order.builder().from(placed).id(OrderId.of("112-3456789-0999999"))
        .lines(List.of(OrderLine.builder().from(placed.lines().get(0)).paymentStatus(PaymentStatus.AUTHORIZED)
            .build())).build());
    other.later(Duration.ofHours(3));
    other.send("The marketplace reports the order Unshipped", Role.MARKETPLACE,
        new RecordUpstreamStatus(other.id(), OrderStatus.UNSHIPPED, Instant.parse("2026-03-01T10:00:00Z")));
    other.send("Then it reports it cancelled", Role.MARKETPLACE,
        new RecordUpstreamStatus(other.id(), OrderStatus.CANCELLED, Instant.parse("2026-03-01T11:30:00Z")));
    other.send("An older report arrives late: it never rolls the order back", Role.MARKETPLACE,
        new RecordUpstreamStatus(other.id(), OrderStatus.UNSHIPPED, Instant.parse("2026-03-01T10:00:00Z")));
    other.send("The seller, unaware, confirms the shipment", Role.STAFF, ship(other.id(), MUG, 2, "1Z0099"));
  }

  /** Prints the order's events as its audit trail: when, who, which command, what happened. */
  private void auditTrail() {
    out.printf("%nAudit trail of order %s (every event carries its command id, instant and actor):%n", order.id());
    Table table = Table.of("When", "Actor", "Command", "Event");
    for (Event e : history) {
      table.row(Table.at(e.at(), java.time.ZoneId.of("UTC")), e.actor(), e.commandId(), e.getClass().getSimpleName());
    }
    table.print(out);
  }

  private static ConfirmShipment ship(CommandId id, LineId line, int quantity, String tracking) {
    return ConfirmShipment.of(id, Carrier.of("UPS"), TrackingId.of(tracking), Instant.parse("2026-03-02T08:00:00Z"),
        List.of(ShipmentLine.of(line, quantity))).withActualShippingCost(Money.of("5.10", "USD"));
  }

  private CommandId id() {
    return CommandId.of("tour-" + (++serial));
  }

  private void later(Duration d) {
    now = now.plus(d);
  }

  private void send(String what, Role role, Command command) {
    out.printf("%n> %s%n  %s as %s%n", what, command.getClass().getSimpleName(), role);
    WorkflowContext context = WorkflowContext.of(now, role);
    if (role != Role.MARKETPLACE) {
      context = context.withUser(UserId.of(role == Role.STAFF ? "u-ana" : "u-" + role.name().toLowerCase(
          java.util.Locale.ROOT)));
    }
    Decision d = OrderWorkflow.decide(order, command, context);
    if (d.rejection().isPresent()) {
      out.println("  REJECTED " + d.rejection().get().rule() + ": " + d.rejection().get().message());
      return;
    }
    if (d.isRepeat()) {
      out.println("  repeat: nothing changes (R43)");
      return;
    }
    for (Event e : d.events()) {
      StringBuilder sb = new StringBuilder("  + ").append(e.getClass().getSimpleName());
      for (LineStatus s : e.statuses()) {
        sb.append("  [").append(s.lineId()).append(" -> ").append(s.itemStatus().label()).append(" / ")
            .append(s.paymentStatus().label()).append(']');
      }
      out.println(sb);
    }
    history.addAll(d.events());
    order = d.order();
    show("  now");
  }

  private void show(String label) {
    out.printf("%s: order %s  %s%s%n", label, order.id(), order.status().label(),
        order.shipmentLate() ? "  [Shipment is late]" : "");
    Table table = Table.of("Line", "Item status", "Payment status", "Charged", "Refunded");
    for (OrderLine line : order.lines()) {
      table.row(line.id(), line.itemStatus().label(), line.paymentStatus().label(), line.charge(),
          order.refunded(line.id()));
    }
    table.print(out);
  }
}
