package io.github.orderly.testkit;

import io.github.orderly.order.Address;
import io.github.orderly.order.Buyer;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Payment;
import io.github.orderly.order.Refund;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.Shipment;
import io.github.orderly.order.ShipmentLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Ready-made {@link Shrinker}s. Each is stateless and thread-safe. */
public final class Shrink {
  private Shrink() {}

  /**
   * Returns a shrinker for sequences (of commands, say): it removes chunks of elements, halving the chunk
   * size down to single elements, and keeps every removal after which the sequence still fails. The
   * result is 1-minimal: removing any one element of it makes the failure go away.
   *
   * @param <E> the element type
   * @return the shrinker
   */
  public static <E> Shrinker<List<E>> list() {
    return Shrink::shrinkList;
  }

  /**
   * Returns the shrinker that keeps the value as it is.
   *
   * @param <T> the type of value
   * @return the shrinker
   */
  public static <T> Shrinker<T> none() {
    return (value, stillFails) -> value;
  }

  /**
   * Returns a shrinker of orders that only ever yields valid orders: it tries orders with a line fewer (with
   * that line's parts of shipments, refunds and returns), without each optional field, with plain
   * ASCII texts, and keeps each change after which the order still builds (every check of {@link Order}
   * holds) and still fails. A candidate that does not build is never offered.
   *
   * @return the shrinker
   */
  public static Shrinker<Order> order() {
    return Shrink::shrinkOrder;
  }

  /**
   * Returns a shrinker that shrinks with the first shrinker, then the second, as long as either shrinks.
   *
   * @param first the first shrinker
   * @param second the second shrinker
   * @param <T> the type of value
   * @return the shrinker
   */
  public static <T> Shrinker<T> both(Shrinker<T> first, Shrinker<T> second) {
    return (value, stillFails) -> {
      T current = value;
      for (int round = 0; round < 10; round++) {
        T next = second.shrink(first.shrink(current, stillFails), stillFails);
        if (next.equals(current)) {
          return next;
        }
        current = next;
      }
      return current;
    };
  }

  private static <E> List<E> shrinkList(List<E> failing, Predicate<List<E>> stillFails) {
    List<E> current = List.copyOf(failing);
    for (int chunk = Math.max(1, current.size() / 2); chunk >= 1; chunk /= 2) {
      boolean removed = true;
      while (removed) {
        removed = false;
        for (int start = 0; start + chunk <= current.size(); ) {
          List<E> candidate = new ArrayList<>(current.subList(0, start));
          candidate.addAll(current.subList(start + chunk, current.size()));
          if (stillFails.test(candidate)) {
            current = List.copyOf(candidate);
            removed = true;
          } else {
            start += chunk;
          }
        }
      }
    }
    return current;
  }

  private static Order shrinkOrder(Order failing, Predicate<Order> stillFails) {
    Order current = failing;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Function<Order, Order> step : orderSteps(current)) {
        Order base = current;
        Order candidate = build(() -> step.apply(base));
        if (candidate != null && !candidate.equals(current) && stillFails.test(candidate)) {
          current = candidate;
          changed = true;
          break;
        }
      }
    }
    return current;
  }

  /** The candidate changes of an order, smallest result first: a line fewer, then each optional part. */
  private static List<Function<Order, Order>> orderSteps(Order order) {
    List<Function<Order, Order>> steps = new ArrayList<>();
    if (order.lines().size() > 1) {
      for (OrderLine line : order.lines()) {
        steps.add(o -> withoutLine(o, line.id()));
      }
    }
    steps.add(o -> Order.builder().from(o).merchantOrderId(Optional.empty()).build());
    steps.add(o -> Order.builder().from(o).shipBy(Optional.empty()).build());
    steps.add(o -> Order.builder().from(o).earliestShipAt(Optional.empty()).deliveryWindow(Optional.empty()).build());
    steps.add(o -> Order.builder().from(o).lines(o.lines().stream().map(l -> l.scheduledDelivery().isEmpty() ? l
        : OrderLine.builder().from(l).scheduledDelivery(Optional.empty()).build()).toList()).build());
    steps.add(o -> Order.builder().from(o).marketplaceFlags(Optional.empty()).build());
    steps.add(o -> Order.builder().from(o).payments(List.of()).build());
    steps.add(o -> Order.builder().from(o).subtypes(List.of()).businessPurchaseOrder(Optional.empty()).build());
    steps.add(o -> Order.builder().from(o).cancellationRequests(List.of()).build());
    steps.add(o -> Order.builder().from(o).buyer(Buyer.builder().build()).build());
    steps.add(o -> Order.builder().from(o).deliveryAddress(o.deliveryAddress().map(a -> Address.builder()
        .recipient("Buyer").addStreetLine("1 Main St").city("City").countryCode(a.countryCode()).build())).build());
    steps.add(o -> Order.builder().from(o).firstReportedAt(o.purchasedAt()).build());
    steps.add(o -> {
      List<OrderLine> lines = new ArrayList<>();
      for (OrderLine line : o.lines()) {
        lines.add(OrderLine.builder().from(line).title("Item").customization(Optional.empty()).build());
      }
      return Order.builder().from(o).lines(lines).build();
    });
    return steps;
  }

  private static Order withoutLine(Order order, LineId id) {
    List<OrderLine> lines = new ArrayList<>();
    for (OrderLine line : order.lines()) {
      if (!line.id().equals(id)) {
        lines.add(line);
      }
    }
    List<Shipment> shipments = new ArrayList<>();
    for (Shipment s : order.shipments()) {
      List<ShipmentLine> kept = s.lines().stream().filter(l -> !l.lineId().equals(id)).toList();
      if (!kept.isEmpty()) {
        shipments.add(Shipment.builder().from(s).lines(kept).build());
      }
    }
    List<Refund> refunds = new ArrayList<>();
    for (Refund r : order.refunds()) {
      List<RefundLine> kept = r.lines().stream().filter(l -> !l.lineId().equals(id)).toList();
      if (!kept.isEmpty()) {
        refunds.add(Refund.builder().from(r).lines(kept).build());
      }
    }
    List<ReturnAuthorization> returns = new ArrayList<>();
    for (ReturnAuthorization r : order.returns()) {
      List<ReturnLine> kept = r.lines().stream().filter(l -> !l.lineId().equals(id)).toList();
      if (!kept.isEmpty()) {
        returns.add(ReturnAuthorization.builder().from(r).lines(kept).build());
      }
    }
    // A line fewer lowers the total: the payments keep their methods, without the amounts that may now exceed it.
    List<Payment> payments = new ArrayList<>();
    for (Payment p : order.payments()) {
      payments.add(Payment.of(p.method()));
    }
    return Order.builder().from(order).lines(lines).shipments(shipments).refunds(refunds).returns(returns)
        .payments(payments).build();
  }

  /** Builds a candidate, or returns null when the change makes an invalid value (InvalidValueException is an IllegalArgumentException). */
  private static Order build(Supplier<Order> candidate) {
    try {
      return candidate.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      return null;
    }
  }
}
