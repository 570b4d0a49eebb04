package io.github.orderly.testkit.store;

import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.policy.DueAction;
import io.github.orderly.policy.Sweep;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link io.github.orderly.store.OrderStore#due} must answer, computed in memory from the sweep alone:
 * the orders on which {@link Sweep#run} has an action at an instant, earliest next due instant first.
 *
 * <p>An order's next due instant is the first instant from which the sweep acts on it; the sweep is
 * level-triggered (once an action is due it stays due until the order changes), so it is found by bisection
 * over {@code Sweep.run(List.of(order), t)}, to the nanosecond.
 */
final class DueOrders {
  private DueOrders() {}

  /** The due orders at the instant, earliest next due instant first, ties by order id. */
  static List<Order> at(Sweep sweep, List<Order> orders, Instant at) {
    Set<OrderId> due = new LinkedHashSet<>();
    for (DueAction action : sweep.run(orders, at).actions()) {
      due.add(action.orderId());
    }
    Map<OrderId, Instant> next = new HashMap<>();
    List<Order> out = new ArrayList<>();
    for (Order order : orders) {
      if (due.contains(order.id())) {
        out.add(order);
        next.put(order.id(), nextDueAt(sweep, order, at));
      }
    }
    out.sort(Comparator.comparing((Order o) -> next.get(o.id())).thenComparing(o -> o.id().value()));
    return out;
  }

  /**
   * The first instant, not after {@code due}, at which the sweep acts on the order; {@code due} is an instant
   * at which it does.
   */
  static Instant nextDueAt(Sweep sweep, Order order, Instant due) {
    Instant lo = order.purchasedAt().minus(400, ChronoUnit.DAYS);
    if (lo.isAfter(due) || acts(sweep, order, lo)) {
      return lo.isAfter(due) ? due : lo;
    }
    // Invariant: no action at lo, an action at hi. Seconds first, then nanoseconds.
    long loSecond = lo.getEpochSecond();
    long hiSecond = due.getEpochSecond() + 1;
    while (hiSecond - loSecond > 1) {
      long mid = loSecond + (hiSecond - loSecond) / 2;
      if (acts(sweep, order, Instant.ofEpochSecond(mid))) {
        hiSecond = mid;
      } else {
        loSecond = mid;
      }
    }
    Instant hi = Instant.ofEpochSecond(hiSecond);
    if (hi.isAfter(due)) {
      hi = due;
    }
    long loNano = 0;
    long hiNano = Math.min(1_000_000_000L, (hi.getEpochSecond() - loSecond) * 1_000_000_000L + hi.getNano());
    while (hiNano - loNano > 1) {
      long mid = loNano + (hiNano - loNano) / 2;
      if (acts(sweep, order, Instant.ofEpochSecond(loSecond, mid))) {
        hiNano = mid;
      } else {
        loNano = mid;
      }
    }
    return Instant.ofEpochSecond(loSecond, hiNano);
  }

  private static boolean acts(Sweep sweep, Order order, Instant at) {
    return !sweep.run(List.of(order), at).actions().isEmpty();
  }
}
