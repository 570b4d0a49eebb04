package io.github.orderly.workflow;

import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Party;
import io.github.orderly.order.Refund;
import io.github.orderly.order.RefundState;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.RmaId;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The condition of a {@link Transition}: a row applies to a line only when its guard holds for the order
 * before the event, the line and the event. So one status may lead to two others on the same event, each
 * under its own condition, and the table says which; for example {@code AUTHORIZED → NOT_CHARGED} on
 * {@code OrderCancelled} when the order is seller-fulfilled, {@code → REFUNDED} when the marketplace
 * fulfils it (R6, R18). Guards that can share a status and an event form a group whose members exclude each
 * other; {@link TransitionTable} refuses any other overlap. Immutable and thread-safe.
 */
public enum Guard {
  /** Always: every line in the row's from-status changes. */
  ALWAYS("", null, Event.class),
  /**
   * The event names the line and its new status: the command chose it (which lines to prepare, what the
   * carrier reported), and the table only says whether the change is allowed. Several such rows may leave
   * one status on one event.
   */
  NAMED("", null, ShipmentPrepared.class, CarrierProgressRecorded.class, CancellationRequestAccepted.class),
  /** The line is in the confirmed shipment. */
  LINE_SHIPS("line ships", null, ShipmentConfirmed.class),
  /** The marketplace cancels a marketplace-fulfilled order because it cannot fulfil it (R18). */
  CANNOT_FULFIL("marketplace cannot fulfil", "reason", OrderCancelled.class),
  /** The order is cancelled for any other reason, or by anyone else. */
  OTHER_REASON("otherwise", "reason", OrderCancelled.class),
  /** The seller fulfils the order. */
  SELLER_FULFILLED("seller-fulfilled", "channel", OrderCancelled.class),
  /** The marketplace fulfils the order. */
  MARKETPLACE_FULFILLED("marketplace-fulfilled", "channel", OrderCancelled.class),
  /** The marketplace reports the order past Pending availability: the pre-order is released (R52). */
  RELEASED("released", null, UpstreamStatusMerged.class),
  /** The line awaits its release and the marketplace reports the order Unshipped or later (R52). */
  RELEASED_PAYABLE("released, payable", null, UpstreamStatusMerged.class),
  /** The line is in the return the event is about. */
  LINE_IN_RETURN("line in return", null, ReturnAuthorized.class, ReturnReceived.class, ReturnFailed.class),
  /** The line is in the refund the event is about. */
  LINE_IN_REFUND("line in refund", null, RefundIssued.class, ReturnReceived.class, RefundFailed.class),
  /** The line is in the settled refund, no other refund of it is in flight, and part of its charge is kept. */
  SETTLED_IN_PART("settled, part kept", "settlement", RefundSucceeded.class),
  /** The line is in the settled refund, no other refund of it is in flight, and all its charge is given back. */
  SETTLED_IN_FULL("settled in full", "settlement", RefundSucceeded.class);

  /** The marketplace's statuses that say a released pre-order's payment was authorized (R52). */
  private static final Set<OrderStatus> PAYABLE = EnumSet.of(OrderStatus.UNSHIPPED, OrderStatus.PARTIALLY_SHIPPED,
      OrderStatus.INVOICE_UNCONFIRMED, OrderStatus.SHIPPED);

  private final String label;
  private final String group;
  private final Set<Class<? extends Event>> events;

  @SafeVarargs
  Guard(String label, String group, Class<? extends Event>... events) {
    this.label = label;
    this.group = group;
    Set<Class<? extends Event>> types = new java.util.HashSet<>();
    for (Class<? extends Event> type : events) {
      types.add(type);
    }
    this.events = Set.copyOf(types);
  }

  /** Returns the words the diagrams show, such as {@code line ships}; empty for {@link #ALWAYS}. */
  public String label() {
    return label;
  }

  /**
   * Returns the group of guards that exclude each other, such as {@code channel}, if this guard is in one.
   */
  public Optional<String> group() {
    return Optional.ofNullable(group);
  }

  /**
   * Returns whether this guard can be asked about an event of the given type.
   *
   * @param event the event type
   * @return true if a row on that event may carry this guard
   */
  public boolean appliesTo(Class<? extends Event> event) {
    for (Class<? extends Event> type : events) {
      if (type.isAssignableFrom(event)) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether the guard holds for the order before the event, one of its lines and the event. */
  boolean holds(Order order, OrderLine line, Event event) {
    LineId id = line.id();
    return switch (this) {
      case ALWAYS -> true;
      case NAMED -> names(event, id);
      case LINE_SHIPS -> event instanceof ShipmentConfirmed e && e.shipment().carries(id);
      case CANNOT_FULFIL -> event instanceof OrderCancelled e && cannotFulfil(order, e);
      case OTHER_REASON -> event instanceof OrderCancelled e && !cannotFulfil(order, e);
      case SELLER_FULFILLED -> order.fulfilmentChannel() == FulfilmentChannel.SELLER;
      case MARKETPLACE_FULFILLED -> order.fulfilmentChannel() == FulfilmentChannel.MARKETPLACE;
      case RELEASED -> event instanceof UpstreamStatusMerged e
          && e.upstream().status() != OrderStatus.PENDING_AVAILABILITY;
      case RELEASED_PAYABLE -> event instanceof UpstreamStatusMerged e && line.itemStatus() == ItemStatus.AWAITING_RELEASE
          && PAYABLE.contains(e.upstream().status());
      case LINE_IN_RETURN -> inReturn(order, id, event);
      case LINE_IN_REFUND -> inRefund(order, id, event);
      case SETTLED_IN_PART -> settles(order, line, event) && !refundedInFull(order, line);
      case SETTLED_IN_FULL -> settles(order, line, event) && refundedInFull(order, line);
    };
  }

  private static boolean cannotFulfil(Order order, OrderCancelled e) {
    return e.cancellation().reason().equals(CancellationReason.CANNOT_FULFIL) && e.cancellation().by() == Party.MARKETPLACE
        && order.fulfilmentChannel() == FulfilmentChannel.MARKETPLACE;
  }

  private static boolean inReturn(Order order, LineId line, Event event) {
    if (event instanceof ReturnAuthorized e) {
      return e.authorization().quantityOf(line) > 0;
    }
    if (event instanceof ReturnReceived e) {
      return returnCovers(order, e.rmaId(), line);
    }
    return event instanceof ReturnFailed e && returnCovers(order, e.rmaId(), line);
  }

  private static boolean inRefund(Order order, LineId line, Event event) {
    if (event instanceof RefundIssued e) {
      return e.refund().covers(line);
    }
    if (event instanceof ReturnReceived e) {
      Optional<Refund> refund = e.refund();
      return refund.isPresent() && refund.get().covers(line);
    }
    if (event instanceof RefundFailed e) {
      Optional<Refund> refund = order.refund(e.refundId());
      return refund.isPresent() && refund.get().covers(line);
    }
    return false;
  }

  private static boolean names(Event event, LineId line) {
    for (int i = 0, n = event.statuses().size(); i < n; i++) {
      LineStatus s = event.statuses().get(i);
      if (s.lineId().equals(line)) {
        return true;
      }
    }
    return false;
  }

  private static boolean returnCovers(Order order, RmaId rma, LineId line) {
    Optional<ReturnAuthorization> known = order.returnOf(rma);
    return known.isPresent() && known.get().quantityOf(line) > 0;
  }

  /** The event settles a refund of the line, and no other refund of the line is still in flight. */
  private static boolean settles(Order order, OrderLine line, Event event) {
    if (!(event instanceof RefundSucceeded e)) {
      return false;
    }
    boolean covered = false;
    for (int i = 0, n = order.refunds().size(); i < n; i++) {
      Refund r = order.refunds().get(i);
      if (r.covers(line.id())) {
        if (r.id().equals(e.refundId())) {
          covered = true;
        } else if (r.state() == RefundState.PROCESSING) {
          return false;
        }
      }
    }
    return covered;
  }

  private static boolean refundedInFull(Order order, OrderLine line) {
    return order.refunded(line.id()).equals(line.charge());
  }
}
