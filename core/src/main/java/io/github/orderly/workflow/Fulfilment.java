package io.github.orderly.workflow;

import static io.github.orderly.workflow.Deciders.derive;
import static io.github.orderly.workflow.Deciders.id;
import static io.github.orderly.workflow.Deciders.noSuchLine;
import static io.github.orderly.workflow.Deciders.notARow;

import io.github.orderly.Rule;
import io.github.orderly.money.Money;
import io.github.orderly.order.InvoiceConfirmation;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Party;
import io.github.orderly.order.Shipment;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The fulfilment family: confirm the payment, prepare, confirm shipments and the invoice (R53), record the
 * carrier's progress.
 */
final class Fulfilment {
  private Fulfilment() {}

  static Verdict confirmPayment(Order order, ConfirmPayment c, WorkflowContext context, Cause cause) {
    return Verdict.accept(new PaymentConfirmed(cause, derive(order, new PaymentConfirmed(cause, List.of()))));
  }

  static Verdict prepareShipment(Order order, PrepareShipment c, WorkflowContext context, Cause cause) {
    Deciders.StatusList changes = new Deciders.StatusList();
    if (c.lines().isEmpty()) {
      for (OrderLine line : order.lines()) {
        if (StatusTables.item().allows(line.itemStatus(), ItemStatus.PREPARING_TO_SHIP, ShipmentPrepared.class)) {
          changes.add(new LineStatus(line.id(), ItemStatus.PREPARING_TO_SHIP, line.paymentStatus()));
        }
      }
      if (changes.isEmpty()) {
        return Verdict.refuse(Rejection.of(Rule.R42, order.id(), id(order) + " has no line in "
            + ItemStatus.ORDER_PLACED.label() + " to prepare").from(order.status()));
      }
    }
    for (LineId lineId : c.lines()) {
      Optional<OrderLine> line = order.line(lineId);
      if (line.isEmpty()) {
        return Verdict.refuse(noSuchLine(order, lineId));
      }
      OrderLine l = line.get();
      if (!StatusTables.item().allows(l.itemStatus(), ItemStatus.PREPARING_TO_SHIP, ShipmentPrepared.class)) {
        return Verdict.refuse(notARow(order, l, ItemStatus.PREPARING_TO_SHIP, ShipmentPrepared.class));
      }
      changes.add(new LineStatus(lineId, ItemStatus.PREPARING_TO_SHIP, l.paymentStatus()));
    }
    return Verdict.accept(new ShipmentPrepared(cause, changes.list()));
  }

  /** A shipment with the command's tracking id is on the order: a repeat if it is the same shipment (R43). */
  static Verdict repeatedShipment(Order order, ConfirmShipment c) {
    Optional<Shipment> known = order.shipment(c.trackingId());
    if (known.isEmpty()) {
      return null;
    }
    Shipment s = known.get();
    boolean same = s.carrier().equals(Optional.of(c.carrier())) && s.shippedAt().equals(c.shippedAt())
        && s.actualShippingCost().equals(c.actualShippingCost())
        && sameLines(s.lines(), c.lines());
    return same ? Verdict.REPEAT : Verdict.refuse(Rejection.of(Rule.R43, order.id(), id(order) + ": tracking id "
        + c.trackingId() + " is already confirmed on this order with other lines, carrier or ship date",
        "A repeated command carries the same shipment; a new parcel needs its own tracking id."));
  }

  /** Whether two parcels hold the same lines in any order; a scan for the few lines a parcel usually has. */
  private static boolean sameLines(List<ShipmentLine> a, List<ShipmentLine> b) {
    if (a.size() > 8 || b.size() > 8) {
      return new HashSet<>(a).equals(new HashSet<>(b));
    }
    return a.containsAll(b) && b.containsAll(a);
  }

  static Verdict confirmShipment(Order order, ConfirmShipment c, WorkflowContext context, Cause cause) {
    if (c.actualShippingCost().isPresent() && !c.actualShippingCost().get().currency().equals(order.currency())) {
      return Verdict.refuse(Rejection.of(Rule.R14, order.id(), id(order) + ": the actual shipping cost "
          + c.actualShippingCost().get() + " is not in the order's currency " + order.currency()));
    }
    if (c.shippedAt().isBefore(order.purchasedAt())) {
      return Verdict.refuse(Rejection.of(Rule.R24, order.id(), id(order) + ": the parcel cannot have left on "
          + c.shippedAt() + ", before the order date " + order.purchasedAt()));
    }
    for (ShipmentLine sl : c.lines()) {
      Optional<OrderLine> found = order.line(sl.lineId());
      if (found.isEmpty()) {
        return Verdict.refuse(noSuchLine(order, sl.lineId()));
      }
      OrderLine line = found.get();
      if (line.itemStatus().isCancelled()) {
        return Verdict.refuse(Rejection.of(Rule.R5, order.id(), id(order) + ", line " + line.id()
            + " was cancelled (" + line.itemStatus().label() + ") and cannot ship").onLine(line.id()));
      }
      Money refunded = order.refunded(line.id());
      if (line.paymentStatus() == PaymentStatus.REFUNDED
          || refunded.isPositive() && !line.charge().isGreaterThan(refunded)) {
        return Verdict.refuse(Rejection.of(Rule.R16, order.id(), id(order) + ", line " + line.id()
            + " was refunded instead of shipped; it cannot ship now").onLine(line.id()));
      }
      if (sl.quantity() > line.quantityUnshipped()) {
        return Verdict.refuse(Rejection.of(Rule.R16, order.id(), id(order) + ", line " + line.id() + ": only "
            + line.quantityUnshipped() + " of " + line.quantityOrdered() + " units are left to ship, not "
            + sl.quantity(), "Ship what is available and refund the rest.").onLine(line.id()));
      }
    }
    Shipment shipment = Shipment.builder()
        .trackingId(c.trackingId())
        .carrier(c.carrier())
        .shippedAt(c.shippedAt())
        .lines(c.lines())
        .actualShippingCost(c.actualShippingCost())
        .build();
    List<LineStatus> statuses = derive(order, new ShipmentConfirmed(cause, shipment, List.of()));
    return Verdict.accept(new ShipmentConfirmed(cause, shipment, statuses));
  }

  /**
   * The seller already confirmed the order's invoice: a repeat (R43). The command carries nothing but its id, so
   * every confirmation by the seller is its payload; a confirmation the marketplace gave is refused by the guard
   * {@link Precondition#INVOICE_OUTSTANDING} (R53).
   */
  static Verdict repeatedInvoiceConfirmation(Order order, ConfirmInvoice c) {
    return order.invoice().flatMap(InvoiceConfirmation::confirmedBy).filter(p -> p == Party.SELLER).isPresent()
        ? Verdict.REPEAT : null;
  }

  /** The guards checked all R53 asks (required, outstanding, shipped in full): the invoice is confirmed. */
  static Verdict confirmInvoice(Order order, ConfirmInvoice c, WorkflowContext context, Cause cause) {
    return Verdict.accept(new InvoiceConfirmed(cause));
  }

  static Verdict recordCarrierProgress(Order order, RecordCarrierProgress c, WorkflowContext context, Cause cause) {
    Deciders.StatusList changes = new Deciders.StatusList();
    if (c.lines().isEmpty()) {
      for (OrderLine line : order.lines()) {
        if (StatusTables.item().allows(line.itemStatus(), c.status(), CarrierProgressRecorded.class)) {
          changes.add(new LineStatus(line.id(), c.status(), line.paymentStatus()));
        }
      }
      if (changes.isEmpty()) {
        return Verdict.refuse(Rejection.of(Rule.R42, order.id(), id(order) + " has no line that can become "
            + c.status().label()).from(order.status()).to(c.status()));
      }
    }
    for (LineId lineId : c.lines()) {
      Optional<OrderLine> line = order.line(lineId);
      if (line.isEmpty()) {
        return Verdict.refuse(noSuchLine(order, lineId));
      }
      OrderLine l = line.get();
      if (!StatusTables.item().allows(l.itemStatus(), c.status(), CarrierProgressRecorded.class)) {
        return Verdict.refuse(notARow(order, l, c.status(), CarrierProgressRecorded.class));
      }
      changes.add(new LineStatus(lineId, c.status(), l.paymentStatus()));
    }
    return Verdict.accept(new CarrierProgressRecorded(cause, changes.list()));
  }
}
