package io.github.orderly.policy;

import io.github.orderly.order.BuyerCancellationRequest;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The sweep (R45): many orders and one instant in, the due actions out.
 *
 * <p>For each order the sweep takes the policy of its marketplace and the order's deadlines
 * ({@link Deadlines}); at the instant it reports:
 * <ul>
 *   <li>an {@link AutomaticCancellation} for each passed deadline whose consequence is
 *       {@link Consequence#AUTOMATIC_CANCELLATION} (R8, R9, R12);
 *   <li>an {@link Escalation} for each passed {@link Consequence#ESCALATION} deadline (R10);
 *   <li>a {@link Warning} for each deadline whose warning is open and which has not passed (R9).
 * </ul>
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li>Pure: the result depends only on the orders, the instant and the policies. The same sweep twice
 *       at the same instant gives equal results; the order of the input does not matter (the result is
 *       sorted, see {@link SweepResult}).
 *   <li>Level, not edge: an action stays due in every later sweep until the order changes (cancelled,
 *       confirmed, request answered), so a host that sweeps late, after a day of downtime, gets every
 *       cancellation and escalation it missed, sorted by when each fell due. A warning is reported only
 *       while its deadline has not passed; after that the cancellation replaces it.
 *   <li>An order with a confirmed shipment (Partially shipped or Shipped) or a Cancelled order is never
 *       cancelled automatically; a Pending order only by its pending window.
 *   <li>Each action has a stable {@link DueAction#id()}: applying a cancellation twice is one command.
 *   <li>The cost per order does not grow with the number of policies: one map lookup per order.
 * </ul>
 *
 * <h2>Sweeping only what is due</h2>
 * {@link #nextDueAt(Order)} is the earliest instant at which the sweep acts on an order: from that
 * instant on, every sweep reports an action for it, until the order changes; before it, none does. A
 * store that keeps this instant beside each order (and recomputes it whenever the order changes) can
 * sweep at {@code t} only the orders whose instant is at or before {@code t}, and gets the same result
 * as sweeping every order.
 *
 * <p>Immutable and thread-safe: one sweep may run on many threads at once.
 */
public final class Sweep {
  private static final Comparator<DueAction> SORTED = Comparator.comparing(DueAction::at)
      .thenComparing(DueAction::orderId)
      .thenComparing(a -> a.deadline().kind())
      .thenComparingInt(Sweep::rank)
      .thenComparing(Object::toString);

  private final Map<MarketplaceId, DeadlinePolicy> byMarketplace;
  private final DeadlinePolicy fallback;

  private Sweep(Map<MarketplaceId, DeadlinePolicy> byMarketplace, DeadlinePolicy fallback) {
    this.byMarketplace = byMarketplace;
    this.fallback = fallback;
  }

  /**
   * Returns a sweep that applies one policy to every order.
   *
   * @param policy the policy
   * @return the sweep
   */
  public static Sweep of(DeadlinePolicy policy) {
    return new Sweep(Map.of(), Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Returns a sweep that applies to each order the policy of its marketplace, and the fallback to orders
   * of any other marketplace.
   *
   * @param policies the policy of each marketplace; copied
   * @param fallback the policy of marketplaces not in the map
   * @return the sweep
   */
  public static Sweep byMarketplace(Map<MarketplaceId, DeadlinePolicy> policies, DeadlinePolicy fallback) {
    return new Sweep(Map.copyOf(policies), Objects.requireNonNull(fallback, "fallback"));
  }

  /**
   * Returns the policy this sweep applies to the order.
   *
   * @param order the order
   * @return the policy of its marketplace, or the fallback
   */
  public DeadlinePolicy policyFor(Order order) {
    if (byMarketplace.isEmpty()) {
      return fallback;
    }
    return byMarketplace.getOrDefault(order.marketplace(), fallback);
  }

  /**
   * Returns the earliest instant at which this sweep acts on the order (a warning, an automatic
   * cancellation or an escalation) under the policy of its marketplace, as {@link #nextDueAt(Order,
   * DeadlinePolicy)} computes it.
   *
   * @param order the order
   * @return the instant, or empty when no sweep ever acts on the order as it stands
   */
  public Optional<Instant> nextDueAt(Order order) {
    Objects.requireNonNull(order, "order");
    return nextDueAt(order, policyFor(order));
  }

  /**
   * Returns the earliest instant at which a sweep under the policy acts on the order: the earliest
   * instant, over the deadlines a sweep considers, at which a deadline's warning opens or a deadline
   * that cancels or escalates falls due. {@code run(List.of(order), t)} reports an action for the order
   * exactly when the result is present and not after {@code t} (R45). Pure: it depends on the order
   * and the policy, never on a clock.
   *
   * @param order the order
   * @param policy the policy of the order's marketplace
   * @return the instant, or empty when no sweep ever acts on the order as it stands (a shipped or
   *     cancelled order without an open buyer request, for example)
   */
  public static Optional<Instant> nextDueAt(Order order, DeadlinePolicy policy) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(policy, "policy");
    // The same deadlines, in the same order, as run() considers.
    Instant next = earlier(null, Deadlines.shipment(order, policy));
    next = earlier(next, Deadlines.pending(order, policy));
    for (int i = 0, n = order.cancellationRequests().size(); i < n; i++) {
      next = earlier(next, Deadlines.request(order, order.cancellationRequests().get(i), policy));
    }
    return Optional.ofNullable(next);
  }

  private static Instant earlier(Instant next, Deadline deadline) {
    Instant acts = deadline == null ? null : firstActionAt(deadline);
    return acts == null || next != null && !acts.isBefore(next) ? next : acts;
  }

  /**
   * The first instant at which {@link #consider} reports an action for the deadline, or null if it never
   * does: the warning opens at {@code warningFrom} when there is a warning; otherwise the deadline acts at
   * {@code dueAt}, unless all it does is close a window.
   */
  private static Instant firstActionAt(Deadline deadline) {
    if (deadline.warningFrom().isBefore(deadline.dueAt())) {
      return deadline.warningFrom();
    }
    return deadline.consequence() == Consequence.WINDOW_CLOSES ? null : deadline.dueAt();
  }

  /**
   * Returns what is due at the instant among the orders.
   *
   * @param orders the orders, in any order
   * @param at the instant of the sweep
   * @return the due actions, sorted
   */
  public SweepResult run(Iterable<? extends Order> orders, Instant at) {
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(at, "at");
    List<DueAction> actions = new ArrayList<>();
    for (Order order : orders) {
      DeadlinePolicy policy = policyFor(order);
      // nextDueAt(Order, DeadlinePolicy) considers the same deadlines: keep the two in step.
      consider(order, Deadlines.shipment(order, policy), null, policy, at, actions);
      consider(order, Deadlines.pending(order, policy), null, policy, at, actions);
      for (int i = 0, n = order.cancellationRequests().size(); i < n; i++) {
        BuyerCancellationRequest request = order.cancellationRequests().get(i);
        consider(order, Deadlines.request(order, request, policy), request.requestedAt(), policy, at, actions);
      }
    }
    return new SweepResult(at, sorted(actions));
  }

  /** Adds the deadline's action, if any is due; {@code requestedAt} is the buyer request's, for R10's. */
  private static void consider(Order order, Deadline deadline, Instant requestedAt, DeadlinePolicy policy,
      Instant at, List<DueAction> actions) {
    if (deadline == null) {
      return;
    }
    if (deadline.isDueAt(at)) {
      switch (deadline.consequence()) {
        case AUTOMATIC_CANCELLATION ->
            actions.add(new AutomaticCancellation(order.id(), deadline, deadline.kind().reasonOrNull()));
        case ESCALATION ->
            actions.add(new Escalation(order.id(), deadline, requestedAt));
        case WINDOW_CLOSES -> {
          // nothing to do: the window just closed
        }
      }
    } else if (deadline.isWarningAt(at)) {
      actions.add(new Warning(order.id(), deadline, deadline.dueAt().atZone(policy.zone()).toLocalDate()));
    }
  }

  /**
   * Sorts by {@link #SORTED}. Sorting hundreds of thousands of actions through a comparator is
   * dominated by cache misses, so the actions are first sorted as primitive keys (second of the due
   * instant, index), and only runs that share a second are then sorted with the full comparator.
   */
  private static List<DueAction> sorted(List<DueAction> actions) {
    int n = actions.size();
    DueAction[] out = actions.toArray(new DueAction[0]);
    if (n < 2) {
      return Arrays.asList(out);
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (DueAction action : out) {
      long second = action.at().getEpochSecond();
      min = Math.min(min, second);
      max = Math.max(max, second);
    }
    if (max - min >= 1L << 31) {
      // Due instants more than 68 years apart: no room for the packed key.
      Arrays.sort(out, SORTED);
      return Arrays.asList(out);
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((out[i].at().getEpochSecond() - min) << 32) | i;
    }
    Arrays.sort(keys);
    DueAction[] sorted = new DueAction[n];
    for (int j = 0; j < n; j++) {
      sorted[j] = out[(int) keys[j]];
    }
    int runStart = 0;
    for (int j = 1; j <= n; j++) {
      if (j == n || keys[j] >>> 32 != keys[runStart] >>> 32) {
        if (j - runStart > 1) {
          Arrays.sort(sorted, runStart, j, SORTED);
        }
        runStart = j;
      }
    }
    return Arrays.asList(sorted);
  }

  private static int rank(DueAction action) {
    if (action instanceof Warning) {
      return 0;
    }
    if (action instanceof AutomaticCancellation) {
      return 1;
    }
    if (action instanceof Escalation) {
      return 2;
    }
    throw new AssertionError(action);
  }
}
