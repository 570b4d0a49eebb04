package io.github.orderly.benchmarks;

import io.github.orderly.order.BuyerCancellationRequest;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.DeadlinePolicy;
import io.github.orderly.policy.Sweep;
import io.github.orderly.policy.SweepResult;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.OrderGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The deadline sweep (R45) over 1,000,000 generated orders on one thread, with one policy and with four
 * policies chosen per marketplace, against a hand-written loop doing the same 30-day check a user would
 * otherwise write.
 *
 * <p>The orders are purchased in the 60 days before the sweep instant, in every status. To keep the heap
 * small, 20,000 orders come from {@link OrderGenerator} and each is reused 50 times under a new order id
 * (an Immutables copy shares lines, address and shipments), its instants moved by up to an hour.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class SweepBenchmark {
  private static final Duration THIRTY_DAYS = Duration.ofDays(30);

  @Param({"1000000"})
  public int orderCount;

  /**
   * {@code daily}: the host swept a day earlier and applied what was due then (cancelled orders,
   * answered requests), so only what fell due in the last 24 hours is reported, as in steady operation.
   * {@code backlog}: nothing was ever applied, so every overdue order of the last 60 days is reported
   * (about a third of the orders): the worst case, a host catching up after long downtime.
   */
  @Param({"daily", "backlog"})
  public String history;

  private List<Order> orders;
  private Instant at;
  private Sweep onePolicy;
  private Sweep fourPolicies;

  @Setup(Level.Trial)
  public void setUp() {
    at = Instant.parse("2026-06-01T12:00:00Z");
    SplittableRandom random = new SplittableRandom(20260601);
    OrderGenerator generator = OrderGenerator.standard().withMaxLines(2)
        .purchasedWithin(at.minus(Duration.ofDays(60)), Duration.ofDays(60));
    int distinct = Math.min(20_000, orderCount);
    List<Order> base = new ArrayList<>(distinct);
    for (int i = 0; i < distinct; i++) {
      base.add(generator.next(random));
    }
    if (history.equals("daily")) {
      base = appliedTheDayBefore(base, generator, random);
    }
    orders = new ArrayList<>(orderCount);
    for (int i = 0; i < orderCount; i++) {
      Order order = base.get(i % distinct);
      Order copy = i < distinct ? order : copyOf(order, i, random);
      copy.status(); // derived lazily once, as a host's loaded orders would be
      orders.add(copy);
    }
    onePolicy = Sweep.of(DeadlinePolicies.sellerCentralUsSeed());
    fourPolicies = Sweep.byMarketplace(Map.of(
        MarketplaceId.of("amazon.com"), DeadlinePolicies.sellerCentralUs(),
        MarketplaceId.of("amazon.co.jp"), DeadlinePolicies.sellerCentralJapan(),
        MarketplaceId.of("amazon.de"), DeadlinePolicies.buyWithPrime()),
        DeadlinePolicies.sellerCentralUsSeed());
    // The orders are long-lived, as in a host: move them out of the young generation before measuring.
    System.gc();
  }

  /**
   * A sweep whose policies all carry the seed's rules, one per marketplace, {@code policyCount} of them:
   * the four marketplaces of the generated orders and the rest for marketplaces no order comes from.
   */
  @State(Scope.Benchmark)
  public static class ManyPolicies {
    @Param({"4", "64"})
    public int policyCount;

    Sweep sweep;

    @Setup(Level.Trial)
    public void setUp() {
      Map<MarketplaceId, DeadlinePolicy> policies = new HashMap<>();
      List<String> markets = new ArrayList<>(List.of("amazon.com", "amazon.co.jp", "amazon.de", "amazon.co.uk"));
      for (int i = markets.size(); i < policyCount; i++) {
        markets.add("marketplace-" + i + ".example");
      }
      for (String market : markets.subList(0, policyCount)) {
        policies.put(MarketplaceId.of(market), DeadlinePolicy.builder().from(DeadlinePolicies.sellerCentralUsSeed())
            .name("seed rules for " + market).build());
      }
      sweep = Sweep.byMarketplace(policies, DeadlinePolicies.sellerCentralUsSeed());
    }
  }

  /**
   * A copy of the order under a new id, its own instants moved by up to an hour either way, so that
   * copies do not share due instants (real orders rarely share a second).
   */
  private static Order copyOf(Order order, int i, SplittableRandom random) {
    Duration shift = Duration.ofSeconds(random.nextLong(-3600, 3600));
    Order.Builder copy = Order.builder().from(order)
        .id(OrderId.of(order.id() + "-" + i))
        .purchasedAt(order.purchasedAt().plus(shift))
        .firstReportedAt(order.firstReportedAt().plus(shift));
    order.shipBy().ifPresent(d -> copy.shipBy(d.plus(shift)));
    copy.cancellationRequests(order.cancellationRequests().stream().map(r -> BuyerCancellationRequest.builder()
        .from(r).requestedAt(r.requestedAt().plus(shift)).build()).toList());
    return copy.build();
  }

  /** Applies yesterday's sweep the way a host would: cancelled orders, answered requests. */
  private List<Order> appliedTheDayBefore(List<Order> base, OrderGenerator generator, SplittableRandom random) {
    Sweep yesterday = Sweep.byMarketplace(Map.of(
        MarketplaceId.of("amazon.com"), DeadlinePolicies.sellerCentralUs(),
        MarketplaceId.of("amazon.co.jp"), DeadlinePolicies.sellerCentralJapan(),
        MarketplaceId.of("amazon.de"), DeadlinePolicies.buyWithPrime()),
        DeadlinePolicies.sellerCentralUsSeed());
    Set<OrderId> cancel = new HashSet<>();
    Set<OrderId> answer = new HashSet<>();
    for (Sweep sweep : List.of(yesterday, Sweep.of(DeadlinePolicies.sellerCentralUsSeed()))) {
      SweepResult due = sweep.run(base, at.minus(Duration.ofDays(1)));
      due.cancellations().forEach(c -> cancel.add(c.orderId()));
      due.escalations().forEach(e -> answer.add(e.orderId()));
    }
    List<Order> applied = new ArrayList<>(base.size());
    for (Order order : base) {
      if (cancel.contains(order.id())) {
        applied.add(generator.next(random, OrderStatus.CANCELLED));
      } else if (answer.contains(order.id())) {
        applied.add(Order.builder().from(order).cancellationRequests(List.of()).build());
      } else {
        applied.add(order);
      }
    }
    return applied;
  }

  /** The sweep under the seed's Seller Central US preset: shipment, pending and request deadlines. */
  @Benchmark
  public SweepResult sweepOnePolicy() {
    return onePolicy.run(orders, at);
  }

  /**
   * 4 or 64 policies with the seed's rules, one per marketplace: the same work as
   * {@link #sweepOnePolicy()} plus choosing each order's policy, so the difference is the cost of
   * having several policies, and 4 against 64 shows whether it grows with their number.
   */
  @Benchmark
  public SweepResult sweepSameRulesManyPolicies(ManyPolicies policies) {
    return policies.sweep.run(orders, at);
  }

  /** The sweep with a policy per marketplace: four different presets (more rules apply, more warnings). */
  @Benchmark
  public SweepResult sweepFourPolicies() {
    return fourPolicies.run(orders, at);
  }

  /**
   * The loop a user would write for the seed's rule alone: unshipped seller-fulfilled orders whose order
   * date is 30 days (of 24 hours, ignoring the zone) in the past.
   */
  @Benchmark
  public List<OrderId> handWrittenThirtyDayLoop() {
    List<OrderId> due = new ArrayList<>();
    for (Order order : orders) {
      if (order.status() == OrderStatus.UNSHIPPED && order.fulfilmentChannel() == FulfilmentChannel.SELLER
          && !at.isBefore(order.purchasedAt().plus(THIRTY_DAYS))) {
        due.add(order.id());
      }
    }
    return due;
  }
}
