package io.github.orderly.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.Limits;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.Order;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.DeadlinePolicy;
import io.github.orderly.policy.Deadlines;
import io.github.orderly.policy.Sweep;
import io.github.orderly.policy.SweepResult;
import io.github.orderly.status.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The generators make only possible orders, edge-case instants included, and deadlines never throw on them. */
class OrderGeneratorTest {
  private static final OrderGenerator EDGES = OrderGenerator.standard().withEdgeCaseInstants();

  /** An order, a sweep instant and a preset: the sweep at the order's limits of time. */
  record Case(Order order, Instant at) {}

  private static Case randomCase(RandomGenerator random) {
    Order order = EDGES.next(random);
    Instant later = order.purchasedAt().plus(Duration.ofDays(random.nextInt(40)));
    Instant[] instants = {Limits.EARLIEST_INSTANT, Limits.LATEST_INSTANT, order.purchasedAt(),
      Limits.isInRange(later) ? later : Limits.LATEST_INSTANT};
    return new Case(order, instants[random.nextInt(instants.length)]);
  }

  @Test
  @DisplayName("R41 R45 R46: every generated order, at edge-case instants too, rebuilds, reads back from JSON, and its"
      + " deadlines, the sweep and the confirm-within view never throw under any preset")
  void generatedOrdersArePossibleAndTheirDeadlinesNeverThrow() {
    Property.named("generated orders are valid and their deadlines never throw")
        .withTries(Property.configuredTries(2_000))
        .check(OrderGeneratorTest::randomCase, c -> {
          Order order = c.order();
          assertThat(Order.builder().from(order).build()).isEqualTo(order);
          assertThat(OrderlyJson.read(OrderlyJson.write(order), Order.class)).isEqualTo(order);
          for (DeadlinePolicy policy : DeadlinePolicies.all()) {
            assertThat(Deadlines.of(order, policy)).allSatisfy(d -> assertThat(d.dueAt()).isAfterOrEqualTo(d.warningFrom()));
            SweepResult result = Sweep.of(policy).run(List.of(order), c.at());
            assertThat(result.actions()).allSatisfy(a -> assertThat(a.at()).isBeforeOrEqualTo(c.at()));
            Deadlines.confirmationDueWithin(policy, c.at(), Duration.ofDays(Limits.MAX_WINDOW_DAYS)).test(order);
          }
        });
  }

  @Test
  @DisplayName("R48: a believable order's names, addresses and titles hold no formula prefix, quote, line break or"
      + " control character, and every such order is still valid")
  void believableOrdersHavePlainTexts() {
    OrderGenerator believable = OrderGenerator.standard().believable();
    Property.named("believable orders have plain texts")
        .withTries(Property.configuredTries(200))
        .check(believable::next, order -> {
          assertThat(Order.builder().from(order).build()).isEqualTo(order);
          List<String> texts = new java.util.ArrayList<>();
          order.deliveryAddress().ifPresent(a -> {
            texts.add(a.recipient());
            texts.addAll(a.streetLines());
          });
          order.buyer().name().ifPresent(texts::add);
          order.lines().forEach(l -> {
            texts.add(l.title());
            l.customization().ifPresent(texts::add);
          });
          assertThat(texts).allSatisfy(t -> assertThat(t)
              .doesNotContainPattern("^[=+\\-@\\t\\r]|[\"\\n\\r\\t\\p{Cntrl}]"));
        });
  }

  @Test
  @DisplayName("the longest windows a policy may have still give deadlines past the latest instant without throwing")
  void longestWindowsAtTheLatestInstant() {
    DeadlinePolicy longest = DeadlinePolicy.builder().from(DeadlinePolicies.sellerCentralUs())
        .confirmWithinDays(Limits.MAX_WINDOW_DAYS).confirmWarningDays(Limits.MAX_WINDOW_DAYS)
        .pendingDays(Limits.MAX_WINDOW_DAYS).requestResponseDays(Limits.MAX_WINDOW_DAYS)
        .returnDays(Limits.MAX_WINDOW_DAYS).buyerEditWindow(Duration.ofDays(Limits.MAX_WINDOW_DAYS)).build();
    List<Order> orders = new ArrayList<>();
    RandomGenerator random = Property.randomFor(11, 0);
    OrderGenerator atTheEnd = OrderGenerator.standard().purchasedWithin(Limits.LATEST_INSTANT.minusSeconds(60),
        Duration.ofSeconds(60));
    for (OrderStatus status : OrderStatus.values()) {
      for (int i = 0; i < 20; i++) {
        orders.add(atTheEnd.next(random, status));
      }
    }
    SweepResult result = Sweep.of(longest).run(orders, Limits.LATEST_INSTANT);
    assertThat(result.cancellations()).isEmpty();
    assertThat(result.escalations()).isEmpty();
    assertThat(result.warnings()).as("the warning opens at the anchor, the deadline falls after 9999").isNotEmpty()
        .allSatisfy(w -> assertThat(w.dueDate().getYear()).isBetween(10_009, 10_029));
    for (Order order : orders) {
      assertThat(Deadlines.of(order, longest)).allSatisfy(d -> assertThat(d.dueAt()).isAfter(Limits.LATEST_INSTANT)
          .isBefore(Instant.parse("+10030-01-01T00:00:00Z")));
    }
  }

  @Test
  @DisplayName("edge-case instants are drawn: the limits of time, a leap day, daylight-saving changes; every status is made")
  void edgeCaseInstantsAreDrawn() {
    Set<Instant> purchases = new HashSet<>();
    Set<OrderStatus> statuses = EnumSet.noneOf(OrderStatus.class);
    for (int i = 0; i < 600; i++) {
      Order order = EDGES.next(Property.randomFor(3, i));
      purchases.add(order.purchasedAt());
      statuses.add(order.status());
    }
    assertThat(purchases).contains(Limits.EARLIEST_INSTANT, Limits.LATEST_INSTANT,
        Instant.parse("2024-02-29T23:59:59Z"), Instant.parse("2026-03-08T10:00:00Z"));
    assertThat(statuses).containsExactlyInAnyOrder(OrderStatus.values());
    assertThatThrownBy(() -> OrderGenerator.standard().purchasedWithin(Limits.LATEST_INSTANT, Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("from = '9999-12-31T23:59:59.999999999Z': the window of PT24H must lie between");
  }
}
