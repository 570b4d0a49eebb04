package io.github.orderly.testkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.Rule;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.policy.AutomaticCancellation;
import io.github.orderly.policy.Consequence;
import io.github.orderly.policy.Deadline;
import io.github.orderly.policy.DeadlineKind;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.DeadlinePolicy;
import io.github.orderly.policy.Deadlines;
import io.github.orderly.policy.DueAction;
import io.github.orderly.policy.Escalation;
import io.github.orderly.policy.Sweep;
import io.github.orderly.policy.SweepResult;
import io.github.orderly.policy.Warning;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R45: the sweep is pure, order-independent, level-triggered and never cancels a confirmed order")
class SweepR45Test {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  /** One case: orders, a sweep, the instant of the sweep, a later one, and a seed to shuffle with. */
  record Case(List<Order> orders, Sweep sweep, String policy, Instant at, Duration later, long shuffleSeed) {
    @Override
    public String toString() {
      return "Case[policy=" + policy + ", at=" + at + ", later=" + later + ", orders=" + orders.size() + "]";
    }
  }

  private static Case randomCase(RandomGenerator random) {
    Instant at = START.plusSeconds(random.nextLong(400L * 86_400));
    OrderGenerator generator = OrderGenerator.standard().withMaxLines(3)
        .purchasedWithin(at.minus(Duration.ofDays(45)), Duration.ofDays(45));
    List<Order> orders = new ArrayList<>();
    for (int n = random.nextInt(25); n > 0; n--) {
      orders.add(generator.next(random));
    }
    int which = random.nextInt(DeadlinePolicies.all().size() + 1);
    Sweep sweep;
    String name;
    if (which < DeadlinePolicies.all().size()) {
      sweep = Sweep.of(DeadlinePolicies.all().get(which));
      name = DeadlinePolicies.all().get(which).name();
    } else {
      sweep = Sweep.byMarketplace(Map.of(
          MarketplaceId.of("amazon.com"), DeadlinePolicies.sellerCentralUs(),
          MarketplaceId.of("amazon.co.jp"), DeadlinePolicies.sellerCentralJapan(),
          MarketplaceId.of("amazon.de"), DeadlinePolicies.buyWithPrime()), DeadlinePolicies.sellerCentralUsSeed());
      name = "by marketplace";
    }
    return new Case(orders, sweep, name, at, Duration.ofSeconds(random.nextLong(1, 20L * 86_400)), random.nextLong());
  }

  private static Map<OrderId, Order> byId(List<Order> orders) {
    Map<OrderId, Order> map = new HashMap<>();
    orders.forEach(o -> map.put(o.id(), o));
    return map;
  }

  @Test
  @DisplayName("R45: the same sweep twice gives equal results, whatever the order of its input, sorted by due instant")
  void idempotentAndOrderIndependent() {
    Property.named("sweep is idempotent and independent of the input's order").check(SweepR45Test::randomCase, c -> {
      SweepResult first = c.sweep().run(c.orders(), c.at());
      assertThat(c.sweep().run(c.orders(), c.at())).isEqualTo(first);
      List<Order> shuffled = new ArrayList<>(c.orders());
      Collections.shuffle(shuffled, new Random(c.shuffleSeed()));
      assertThat(c.sweep().run(shuffled, c.at())).isEqualTo(first);
      Collections.reverse(shuffled);
      assertThat(c.sweep().run(shuffled, c.at())).isEqualTo(first);
      assertThat(first.actions()).extracting(DueAction::at).isSorted();
      assertThat(first.actions()).allSatisfy(a -> assertThat(a.at()).isBeforeOrEqualTo(c.at()));
    });
  }

  @Test
  @DisplayName("R3 R5 R45: no order with a confirmed shipment and no cancelled order is ever cancelled automatically")
  void neverCancelsConfirmedOrCancelled() {
    Property.named("no confirmed or cancelled order is auto-cancelled").check(SweepR45Test::randomCase, c -> {
      Map<OrderId, Order> orders = byId(c.orders());
      for (Instant when : List.of(c.at(), c.at().plus(c.later()), c.at().plus(Duration.ofDays(400)))) {
        for (AutomaticCancellation cancel : c.sweep().run(c.orders(), when).cancellations()) {
          Order order = orders.get(cancel.orderId());
          assertThat(order.shipments()).isEmpty();
          assertThat(order.cancellation()).isEmpty();
          assertThat(order.status()).isEqualTo(cancel.deadline().kind() == DeadlineKind.SHIPMENT_CONFIRMATION
              ? OrderStatus.UNSHIPPED : OrderStatus.PENDING);
          assertThat(cancel.deadline().kind().cancellationReason()).contains(cancel.reason());
        }
      }
    });
  }

  @Test
  @DisplayName("R45: a deadline never moves earlier as time passes; a late sweep still reports every cancellation and escalation")
  void deadlinesNeverMoveEarlier() {
    Property.named("what is due at t1 is still due at t2 > t1, with the same due instant").check(SweepR45Test::randomCase, c -> {
      SweepResult early = c.sweep().run(c.orders(), c.at());
      SweepResult late = c.sweep().run(c.orders(), c.at().plus(c.later()));
      Map<String, DueAction> lateById = late.actions().stream()
          .collect(Collectors.toMap(DueAction::id, a -> a, (a, b) -> a));
      for (DueAction action : early.actions()) {
        if (action instanceof Warning) {
          DueAction then = lateById.getOrDefault(action.id(),
              lateById.get("auto-cancel:" + action.orderId() + ":" + action.deadline().kind().code()));
          assertThat(then).as("%s is still due later, as a warning or a cancellation", action).isNotNull();
          assertThat(then.deadline().dueAt()).isEqualTo(action.deadline().dueAt());
        } else {
          assertThat(lateById.get(action.id())).isEqualTo(action);
        }
      }
      for (Order order : c.orders()) {
        DeadlinePolicy policy = c.sweep().policyFor(order);
        assertThat(Deadlines.of(order, policy)).isEqualTo(Deadlines.of(order, policy));
      }
    });
  }

  @Test
  @DisplayName("R45: a host that sweeps once after ten days of downtime gets every action the daily sweeps reported, in order")
  void lateSweepGetsEverythingMissed() {
    Property.named("one late sweep holds every cancellation and escalation of the daily sweeps it missed")
        .withTries(Property.configuredTries(300))
        .check(SweepR45Test::randomCase, c -> {
          Set<DueAction> daily = new java.util.HashSet<>();
          for (int day = 0; day <= 10; day++) {
            c.sweep().run(c.orders(), c.at().plus(Duration.ofDays(day))).actions().stream()
                .filter(a -> !(a instanceof Warning)).forEach(daily::add);
          }
          SweepResult late = c.sweep().run(c.orders(), c.at().plus(Duration.ofDays(10)));
          assertThat(late.actions()).containsAll(daily);
          assertThat(late.actions()).extracting(DueAction::at).isSorted();
        });
  }

  @Test
  @DisplayName("R45 R46: a sweep by marketplace applies each order's policy, and a one-policy map equals the one-policy sweep")
  void byMarketplaceAppliesEachPolicy() {
    Property.named("a sweep by marketplace with one policy equals the plain sweep").withTries(Property.configuredTries(300))
        .check(SweepR45Test::randomCase, c -> {
          DeadlinePolicy japan = DeadlinePolicies.sellerCentralJapan();
          Sweep all = Sweep.byMarketplace(Map.of(MarketplaceId.of("amazon.co.jp"), japan), japan);
          assertThat(all.run(c.orders(), c.at())).isEqualTo(Sweep.of(japan).run(c.orders(), c.at()));
        });
    Order jp = TestOrders.unshipped("503-1", START).marketplace(MarketplaceId.of("amazon.co.jp")).build();
    Sweep mixed = Sweep.byMarketplace(Map.of(MarketplaceId.of("amazon.co.jp"), DeadlinePolicies.sellerCentralJapan()),
        DeadlinePolicies.sellerCentralUsSeed());
    assertThat(mixed.policyFor(jp)).isEqualTo(DeadlinePolicies.sellerCentralJapan());
    assertThat(mixed.policyFor(TestOrders.unshipped("112-1", START).build()))
        .isEqualTo(DeadlinePolicies.sellerCentralUsSeed());
  }

  @Test
  @DisplayName("R45: every kind of due action has its accessor on the sweep result")
  void everyActionTypeIsCovered() {
    Deadline deadline = new Deadline(DeadlineKind.SHIPMENT_CONFIRMATION, START, START, Consequence.AUTOMATIC_CANCELLATION, Rule.R8);
    OrderId id = OrderId.of("112-1");
    List<DueAction> one = List.of(
        new AutomaticCancellation(id, deadline, io.github.orderly.order.CancellationReason.SHIPMENT_NOT_CONFIRMED),
        new Warning(id, deadline, java.time.LocalDate.of(2026, 1, 1)),
        new Escalation(id, deadline, START));
    assertThat(one).extracting(Object::getClass).containsExactlyInAnyOrder(DueAction.class.getPermittedSubclasses());
    SweepResult result = new SweepResult(START, one);
    assertThat(result.cancellations().size() + result.warnings().size() + result.escalations().size())
        .isEqualTo(DueAction.class.getPermittedSubclasses().length);
  }

  @Test
  @DisplayName("R45: actions due at the same instant are sorted by order id; due instants a century apart still sort")
  void tiesAndFarApartInstants() {
    Instant placed = Instant.parse("2026-02-01T10:00:00Z");
    List<Order> orders = new ArrayList<>();
    for (String id : List.of("112-3", "112-1", "112-2")) {
      orders.add(TestOrders.pending(id, placed).build());
    }
    orders.add(TestOrders.pending("112-9", placed.minusSeconds(1)).build());
    Sweep sweep = Sweep.of(DeadlinePolicies.sellerCentralUs());
    Instant later = placed.plus(Duration.ofDays(30));
    assertThat(sweep.run(orders, later).actions()).extracting(a -> a.orderId().value())
        .containsExactly("112-9", "112-1", "112-2", "112-3");
    // Instants lie in 1970 to 9999 (Limits), so the far one is in the future: 73 years after the others.
    orders.add(TestOrders.pending("112-0", Instant.parse("2099-06-01T10:00:00Z")).build());
    Instant muchLater = Instant.parse("2100-01-01T00:00:00Z");
    assertThat(sweep.run(orders, muchLater).actions()).extracting(a -> a.orderId().value())
        .containsExactly("112-9", "112-1", "112-2", "112-3", "112-0");
  }
}
