package io.github.orderly.testkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.order.BuyerCancellationRequest;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import io.github.orderly.policy.DayCount;
import io.github.orderly.policy.DeadlineAnchor;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.DeadlinePolicy;
import io.github.orderly.policy.Sweep;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link Sweep#nextDueAt(Order)}: the instant a store keeps beside each order so that it sweeps only the
 * orders that are due, and still gets what sweeping every order would give.
 */
@DisplayName("R45: nextDueAt is the earliest instant at which the sweep acts on an order")
class SweepNextDueAtR45Test {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/Los_Angeles"), ZoneId.of("Asia/Tokyo"),
      ZoneId.of("Europe/London"), ZoneId.of("UTC"));

  /** One order, the sweep that looks at it, and instants to sweep at. */
  record Case(Order order, Sweep sweep, String policy, List<Instant> instants) {
    @Override
    public String toString() {
      return "Case[policy=" + policy + ", order=" + order + ", instants=" + instants + "]";
    }
  }

  private static Case randomCase(RandomGenerator random) {
    Instant around = START.plusSeconds(random.nextLong(400L * 86_400));
    Order order = OrderGenerator.standard().withMaxLines(3)
        .purchasedWithin(around.minus(Duration.ofDays(20)), Duration.ofDays(20)).next(random);
    if (random.nextInt(3) == 0 && order.status() != OrderStatus.CANCELLED && order.cancellationRequests().isEmpty()) {
      // An open buyer request on an order in any status but Cancelled (R10).
      order = Order.builder().from(order).addCancellationRequest(BuyerCancellationRequest.builder()
          .requestedAt(order.purchasedAt().plusSeconds(random.nextInt(3 * 86_400)).plusNanos(random.nextInt(1000)))
          .reason("Ordered by mistake").build()).build();
    }
    Sweep sweep;
    String name;
    int which = random.nextInt(DeadlinePolicies.all().size() + 2);
    if (which < DeadlinePolicies.all().size()) {
      sweep = Sweep.of(DeadlinePolicies.all().get(which));
      name = DeadlinePolicies.all().get(which).name();
    } else if (which == DeadlinePolicies.all().size()) {
      sweep = Sweep.byMarketplace(Map.of(
          MarketplaceId.of("amazon.co.jp"), DeadlinePolicies.sellerCentralJapan(),
          MarketplaceId.of("amazon.de"), DeadlinePolicies.buyWithPrime()), DeadlinePolicies.sellerCentralUs());
      name = "by marketplace";
    } else {
      DeadlinePolicy policy = randomPolicy(random);
      sweep = Sweep.of(policy);
      name = policy.toString();
    }
    List<Instant> instants = new ArrayList<>();
    for (int n = 3; n > 0; n--) {
      instants.add(order.purchasedAt().plusSeconds(random.nextLong(-86_400, 60L * 86_400)));
    }
    Optional<Instant> next = sweep.nextDueAt(order);
    if (next.isPresent()) {
      // The edges: the instant itself, a nanosecond before, a nanosecond after.
      instants.add(next.get());
      instants.add(next.get().minusNanos(1));
      instants.add(next.get().plusNanos(1));
      instants.add(next.get().plus(Duration.ofDays(random.nextInt(1, 90))));
    }
    return new Case(order, sweep, name, instants);
  }

  private static DeadlinePolicy randomPolicy(RandomGenerator random) {
    int within = random.nextInt(0, 31);
    Set<FulfilmentChannel> channels = EnumSet.noneOf(FulfilmentChannel.class);
    for (FulfilmentChannel channel : FulfilmentChannel.values()) {
      if (random.nextBoolean()) {
        channels.add(channel);
      }
    }
    return DeadlinePolicy.builder()
        .name("random")
        .zone(ZONES.get(random.nextInt(ZONES.size())))
        .confirmWithinDays(within)
        .confirmWarningDays(random.nextInt(0, within + 1))
        .confirmCountsFrom(random.nextBoolean() ? DeadlineAnchor.ORDER_DATE : DeadlineAnchor.SHIP_BY_DATE)
        .confirmDayCount(random.nextBoolean() ? DayCount.CALENDAR_DAYS : DayCount.BUSINESS_DAYS)
        .autoCancelChannels(channels)
        .requestResponseDays(random.nextInt(0, 5))
        .escalateUnansweredRequests(random.nextBoolean())
        .pendingDays(random.nextInt(0, 10))
        .cancelPendingAfterWindow(random.nextBoolean())
        .build();
  }

  private static boolean actsOn(Sweep sweep, Order order, Instant at) {
    return sweep.run(List.of(order), at).actions().stream().anyMatch(a -> a.orderId().equals(order.id()));
  }

  @Test
  @DisplayName("R45: sweep.run(List.of(order), t) has an action for the order iff nextDueAt(order) is present and <= t")
  void actsExactlyFromNextDueAt() {
    Property.named("sweep.run(List.of(order), t) has an action for the order iff nextDueAt(order) is present and <= t")
        .check(SweepNextDueAtR45Test::randomCase, c -> {
          Optional<Instant> next = c.sweep().nextDueAt(c.order());
          assertThat(next).isEqualTo(Sweep.nextDueAt(c.order(), c.sweep().policyFor(c.order())));
          for (Instant t : c.instants()) {
            assertThat(actsOn(c.sweep(), c.order(), t))
                .as("acts at %s with nextDueAt %s", t, next)
                .isEqualTo(next.isPresent() && !next.get().isAfter(t));
          }
        });
  }

  @Test
  @DisplayName("R45: sweeping only the orders whose nextDueAt is <= t gives what sweeping every order gives")
  void sweepingTheDueOrdersIsSweepingAll() {
    Property.named("run(orders with nextDueAt <= t, t) equals run(all orders, t)")
        .withTries(Math.max(50, Property.configuredTries(1000) / 5))
        .check(random -> {
          List<Case> cases = new ArrayList<>();
          Case first = randomCase(random);
          cases.add(first);
          for (int n = random.nextInt(20); n > 0; n--) {
            cases.add(randomCase(random));
          }
          return cases;
        }, cases -> {
          Sweep sweep = cases.get(0).sweep();
          List<Order> all = cases.stream().map(Case::order).toList();
          for (Instant t : cases.get(0).instants()) {
            List<Order> due = all.stream()
                .filter(o -> sweep.nextDueAt(o).map(next -> !next.isAfter(t)).orElse(false)).toList();
            assertThat(sweep.run(due, t)).isEqualTo(sweep.run(all, t));
          }
        });
  }

  @Test
  @DisplayName("R45 R9 R8: the warning of Seller Central Japan opens first; a shipped order with no request is never due")
  void examples() {
    Instant placed = Instant.parse("2026-06-02T01:00:00Z");
    Instant shipBy = placed.plus(Duration.ofDays(2));
    Order unshipped = TestOrders.unshipped("503-1", placed).shipBy(shipBy).build();
    // Japan: cancelled 7 days after the ship date, the warning opens on the ship date itself.
    assertThat(Sweep.of(DeadlinePolicies.sellerCentralJapan()).nextDueAt(unshipped)).contains(shipBy);
    // The US seed: cancelled 30 days after the order date, no warning.
    assertThat(Sweep.of(DeadlinePolicies.sellerCentralUsSeed()).nextDueAt(unshipped))
        .contains(placed.plus(Duration.ofDays(30)));
    // An open request is answered within 2 days, else it escalates; it comes due before the cancellation.
    Order requested = Order.builder().from(unshipped).addCancellationRequest(TestOrders.request(placed.plusSeconds(60)))
        .build();
    assertThat(Sweep.of(DeadlinePolicies.sellerCentralUsSeed()).nextDueAt(requested))
        .contains(placed.plusSeconds(60).plus(Duration.ofDays(2)));
    // Buy with Prime neither cancels for want of a confirmation nor escalates a request.
    assertThat(Sweep.of(DeadlinePolicies.buyWithPrime()).nextDueAt(requested)).isEmpty();
    Order marketplaceFulfilled = Order.builder().from(unshipped).fulfilmentChannel(FulfilmentChannel.MARKETPLACE)
        .build();
    assertThat(Sweep.of(DeadlinePolicies.sellerCentralJapan()).nextDueAt(marketplaceFulfilled)).isEmpty();
    Order shipped = OrderGenerator.standard().next(new java.util.SplittableRandom(7), OrderStatus.SHIPPED);
    assertThat(shipped.cancellationRequests()).isEmpty();
    for (DeadlinePolicy policy : DeadlinePolicies.all()) {
      assertThat(Sweep.nextDueAt(shipped, policy)).as(policy.name()).isEmpty();
    }
  }
}
