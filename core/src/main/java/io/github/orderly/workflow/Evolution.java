package io.github.orderly.workflow;

import io.github.orderly.Rule;
import io.github.orderly.internal.OrderDraft;
import io.github.orderly.order.BuyerCancellationRequest;
import io.github.orderly.order.InvalidOrderException;
import io.github.orderly.order.InvoiceConfirmation;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Party;
import io.github.orderly.order.Refund;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundState;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.ReturnState;
import io.github.orderly.order.RmaId;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link OrderWorkflow#evolve}: what each event type does to an order, registered once per type, then the
 * statuses the event lists, each checked against the tables (R42), then the version. Anything that does not
 * fit the order is an {@link IllegalTransitionException} naming the event.
 */
final class Evolution {
  /** What an event does to the order's records, besides its statuses. */
  @FunctionalInterface
  private interface Change<E extends Event> {
    void apply(Order order, E event, OrderDraft next);
  }

  private static final Map<Class<? extends Event>, Change<Event>> CHANGES = new HashMap<>();
  private static final ClassValue<Change<Event>> CHANGE = new ClassValue<>() {
    @Override
    protected Change<Event> computeValue(Class<?> type) {
      return CHANGES.get(type);
    }
  };

  static {
    on(PaymentConfirmed.class, (o, e, b) -> { });
    on(ShipmentPrepared.class, (o, e, b) -> { });
    on(CarrierProgressRecorded.class, (o, e, b) -> { });
    on(ShipmentConfirmed.class, (o, e, b) -> b.addShipment(e.shipment()));
    on(InvoiceConfirmed.class, (o, e, b) -> {
      if (o.invoice().filter(InvoiceConfirmation::outstanding).isEmpty()) {
        throw misfit(o, e, "it has no invoice confirmation outstanding " + Rule.R53.cite());
      }
      b.invoice(o.invoice().get().confirmed(e.at(), Party.SELLER));
    });
    on(OrderCancelled.class, (o, e, b) -> {
      b.cancellation(e.cancellation());
      b.cancellationRequests(List.of());
      e.upstream().ifPresent(b::upstream);
    });
    on(CancellationRequested.class, (o, e, b) -> b.addCancellationRequest(e.request()));
    on(CancellationRequestDeclined.class, (o, e, b) -> b.cancellationRequests(e.lines().isEmpty() ? List.of()
        : withoutLines(o, e.lines())));
    on(CancellationRequestAccepted.class, (o, e, b) -> b.cancellationRequests(withoutLines(o,
        e.statuses().stream().map(LineStatus::lineId).toList())));
    on(ReturnAuthorized.class, (o, e, b) -> b.addReturn(e.authorization()));
    on(ReturnReceived.class, (o, e, b) -> {
      b.returns(withReturnState(o, e, e.rmaId(), ReturnState.RECEIVED));
      e.refund().ifPresent(b::addRefund);
    });
    on(ReturnFailed.class, (o, e, b) -> b.returns(withReturnState(o, e, e.rmaId(), ReturnState.FAILED)));
    on(RefundIssued.class, (o, e, b) -> b.addRefund(e.refund()));
    on(RefundSucceeded.class, (o, e, b) -> b.refunds(withRefundState(o, e, e.refundId(), RefundState.SUCCEEDED)));
    on(RefundFailed.class, (o, e, b) -> b.refunds(withRefundState(o, e, e.refundId(), RefundState.FAILED)));
    on(OrderEditedByBuyer.class, (o, e, b) -> e.deliveryAddress().ifPresent(b::deliveryAddress));
    on(UpstreamStatusMerged.class, (o, e, b) -> {
      b.upstream(e.upstream());
      // The report that releases a pre-order's lines is its release: the pending window counts from it (R52);
      // a report dated before the purchase (a marketplace clock behind the host's) releases at the purchase.
      if (!e.statuses().isEmpty() && o.releasedAt().isEmpty()
          && o.status() == io.github.orderly.status.OrderStatus.PENDING_AVAILABILITY) {
        java.time.Instant reported = e.upstream().observedAt();
        b.releasedAt(reported.isBefore(o.purchasedAt()) ? o.purchasedAt() : reported);
      }
      // The marketplace reporting the order Shipped says the invoice confirmation is done (R53).
      if (e.upstream().status() == io.github.orderly.status.OrderStatus.SHIPPED && o.invoice().isPresent()
          && o.invoice().get().outstanding()) {
        // A report dated before the purchase (a marketplace clock behind the host's) confirms at the purchase.
        java.time.Instant reported = e.upstream().observedAt();
        b.invoice(o.invoice().get().confirmed(reported.isBefore(o.purchasedAt()) ? o.purchasedAt() : reported,
            Party.MARKETPLACE));
      }
    });
  }

  private Evolution() {}

  /** The open requests without the lines answered; a request with no line left is closed (R10). */
  private static List<BuyerCancellationRequest> withoutLines(Order order, List<LineId> answered) {
    List<BuyerCancellationRequest> open = new ArrayList<>();
    for (BuyerCancellationRequest request : order.cancellationRequests()) {
      Set<LineId> left = new LinkedHashSet<>(request.lines());
      left.removeAll(answered);
      if (!left.isEmpty()) {
        open.add(left.size() == request.lines().size() ? request
            : BuyerCancellationRequest.builder().from(request).lines(left).build());
      }
    }
    return open;
  }

  private static <E extends Event> void on(Class<E> type, Change<E> change) {
    CHANGES.put(type, (order, event, next) -> change.apply(order, type.cast(event), next));
  }

  /** Returns whether every event type but {@link OrderPlaced} has its change registered. */
  static boolean knows(Class<? extends Event> type) {
    return CHANGES.containsKey(type);
  }

  static Order apply(Order order, Event event) {
    return apply(order, event, true);
  }

  /**
   * Applies an event. The deciders' own events come from the tables, so {@code decide} applies them without
   * asking the tables again ({@code checkRows} false); every other event is checked row by row.
   */
  static Order apply(Order order, Event event, boolean checkRows) {
    Change<Event> change = CHANGE.get(event.getClass());
    if (change == null) {
      throw misfit(order, event, "an OrderPlaced starts a history and cannot follow another event");
    }
    // The next order shares what the event leaves as it was, and is checked where it changed (OrderDraft).
    OrderDraft next = OrderDraft.of(order);
    change.apply(order, event, next);
    lines(order, event, checkRows, next);
    try {
      return next.build(order.version() + 1);
    } catch (InvalidOrderException e) {
      throw misfit(order, event, e.getMessage());
    }
  }

  /**
   * Puts the lines after the event into the draft: the statuses the event lists, each a row whose guard holds,
   * and quantities. Leaves the draft's lines as they are when no line changes.
   */
  private static void lines(Order order, Event event, boolean checkRows, OrderDraft next) {
    List<LineStatus> statuses = event.statuses();
    List<ShipmentLine> shipped = event instanceof ShipmentConfirmed e ? e.shipment().lines() : List.of();
    List<LineQuantity> quantities = event instanceof OrderEditedByBuyer e ? e.quantities() : List.of();
    if (statuses.isEmpty() && shipped.isEmpty() && quantities.isEmpty()) {
      return;
    }
    List<OrderLine> lines = order.lines();
    LineIndex index = lines.size() > LineIndex.SCAN ? new LineIndex(lines) : null;
    LineChanges changed = new LineChanges(lines);
    for (int k = 0, n = statuses.size(); k < n; k++) {
      LineStatus s = statuses.get(k);
      int i = indexOf(index, order, s.lineId(), event);
      OrderLine line = lines.get(i);
      changed.touch(i);
      if (s.itemStatus() != line.itemStatus()) {
        if (checkRows && StatusTables.item().row(line.itemStatus(), s.itemStatus(), order, line, event).isEmpty()) {
          throw notARow(order, line, "item", line.itemStatus().label(), s.itemStatus().label(), line.itemStatus(),
              s.itemStatus(), event);
        }
        changed.item(i, s.itemStatus());
      }
      if (s.paymentStatus() != line.paymentStatus()) {
        if (checkRows && StatusTables.payment().row(line.paymentStatus(), s.paymentStatus(), order, line, event).isEmpty()) {
          throw notARow(order, line, "payment", line.paymentStatus().label(), s.paymentStatus().label(),
              line.paymentStatus(), s.paymentStatus(), event);
        }
        changed.payment(i, s.paymentStatus());
      }
    }
    for (int k = 0, n = shipped.size(); k < n; k++) {
      ShipmentLine sl = shipped.get(k);
      int i = indexOf(index, order, sl.lineId(), event);
      changed.touch(i);
      changed.shipped(i, lines.get(i).quantityShipped() + sl.quantity());
    }
    for (LineQuantity q : quantities) {
      int i = indexOf(index, order, q.lineId(), event);
      changed.touch(i);
      changed.ordered(i, q.quantity());
    }
    // Each changed line is checked when it is made, in the order's order, as building it would.
    for (int i = 0; i < lines.size(); i++) {
      if (!changed.touched(i)) {
        continue;
      }
      try {
        changed.apply(i, next);
      } catch (InvalidOrderException e) {
        throw misfit(order, event, "line " + lines.get(i).id() + ": " + e.getMessage());
      }
    }
  }

  /**
   * What the event makes of each line it names, in one array of four ints a line: its item and payment status
   * (ordinal + 1, 0 for a line not named), quantity shipped and quantity ordered, from the line's own at first.
   */
  private static final class LineChanges {
    private static final ItemStatus[] ITEM = ItemStatus.values();
    private static final PaymentStatus[] PAYMENT = PaymentStatus.values();
    final List<OrderLine> lines;
    final int[] values;

    LineChanges(List<OrderLine> lines) {
      this.lines = lines;
      values = new int[4 * lines.size()];
    }

    void touch(int i) {
      if (values[4 * i] == 0) {
        OrderLine line = lines.get(i);
        values[4 * i] = line.itemStatus().ordinal() + 1;
        values[4 * i + 1] = line.paymentStatus().ordinal() + 1;
        values[4 * i + 2] = line.quantityShipped();
        values[4 * i + 3] = line.quantityOrdered();
      }
    }

    boolean touched(int i) {
      return values[4 * i] != 0;
    }

    void item(int i, ItemStatus status) {
      values[4 * i] = status.ordinal() + 1;
    }

    void payment(int i, PaymentStatus status) {
      values[4 * i + 1] = status.ordinal() + 1;
    }

    void shipped(int i, int quantity) {
      values[4 * i + 2] = quantity;
    }

    void ordered(int i, int quantity) {
      values[4 * i + 3] = quantity;
    }

    void apply(int i, OrderDraft next) {
      next.line(i, ITEM[values[4 * i] - 1], PAYMENT[values[4 * i + 1] - 1], values[4 * i + 2], values[4 * i + 3]);
    }
  }

  /** The position of a line: a scan for the few lines most orders have, the index for many. */
  private static int indexOf(LineIndex index, Order order, LineId id, Event event) {
    int i = -1;
    if (index != null) {
      i = index.of(id);
    } else {
      List<OrderLine> lines = order.lines();
      for (int j = 0; j < lines.size(); j++) {
        if (lines.get(j).id().equals(id)) {
          i = j;
          break;
        }
      }
    }
    if (i < 0) {
      throw new IllegalTransitionException(Rejection.of(Rule.R40, order.id(), "Order " + order.id()
          + " has no line " + id + " (" + describe(event) + ")").onLine(id));
    }
    return i;
  }

  /** Lines by id, for orders with many lines. */
  private static final class LineIndex {
    static final int SCAN = 16;
    private final Map<LineId, Integer> byId = new HashMap<>();

    LineIndex(List<OrderLine> lines) {
      for (int i = 0; i < lines.size(); i++) {
        byId.put(lines.get(i).id(), i);
      }
    }

    int of(LineId id) {
      Integer i = byId.get(id);
      return i == null ? -1 : i;
    }
  }

  private static List<ReturnAuthorization> withReturnState(Order order, Event event, RmaId rmaId,
      ReturnState state) {
    List<ReturnAuthorization> result = new ArrayList<>(order.returns());
    for (int i = 0; i < result.size(); i++) {
      if (result.get(i).rmaId().equals(rmaId)) {
        result.set(i, ReturnAuthorization.builder().from(result.get(i)).state(state).build());
        return result;
      }
    }
    throw misfit(order, event, "it has no return " + rmaId);
  }

  private static List<Refund> withRefundState(Order order, Event event, RefundId refundId, RefundState state) {
    List<Refund> result = new ArrayList<>(order.refunds());
    for (int i = 0; i < result.size(); i++) {
      if (result.get(i).id().equals(refundId)) {
        result.set(i, Refund.builder().from(result.get(i)).state(state).build());
        return result;
      }
    }
    throw misfit(order, event, "it has no refund " + refundId);
  }

  private static String describe(Event event) {
    return event.getClass().getSimpleName() + " of command " + event.commandId();
  }

  /** R43: the event does not fit the order, so it cannot be one of the order's own events. */
  private static IllegalTransitionException misfit(Order order, Event event, String why) {
    return new IllegalTransitionException(Rejection.of(Rule.R43, order.id(), "Order " + order.id() + ": "
        + describe(event) + " does not fit the order: " + why));
  }

  private static IllegalTransitionException notARow(Order order, OrderLine line, String kind, String fromLabel,
      String toLabel, Enum<?> from, Enum<?> to, Event event) {
    return new IllegalTransitionException(Rejection.of(Rule.R42, order.id(), "Order " + order.id() + ", line "
        + line.id() + ": the " + kind + " status cannot change from " + fromLabel + " to " + toLabel + " on "
        + event.getClass().getSimpleName()).onLine(line.id()).from(from).to(to));
  }
}
