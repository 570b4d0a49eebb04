package io.github.orderly.testkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.order.Order;
import io.github.orderly.policy.DeadlineKind;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.DeadlinePolicy;
import io.github.orderly.policy.Deadlines;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.Page;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R26 with R8/R9: the orders page's "must be confirmed within N days" view, from the policy's deadlines. */
class ConfirmationDueViewTest {
  private static final Instant NOW = Instant.parse("2026-06-15T00:00:00Z");

  @Test
  @DisplayName("R26 R9: the view holds exactly the orders whose confirmation deadline falls within the window")
  void viewAgreesWithTheOrdersDeadlines() {
    DeadlinePolicy policy = DeadlinePolicies.sellerCentralJapan();
    Predicate<Order> view = Deadlines.confirmationDueWithin(policy, NOW, Duration.ofDays(3));
    OrderGenerator orders = OrderGenerator.standard().purchasedWithin(NOW.minus(Duration.ofDays(20)), Duration.ofDays(20));
    Property.named("an order is in the view exactly when its confirmation deadline is before now + 3 days")
        .check(orders, order -> {
          boolean expected = Deadlines.of(order, policy).stream()
              .anyMatch(d -> d.kind() == DeadlineKind.SHIPMENT_CONFIRMATION
                  && d.dueAt().isBefore(NOW.plus(Duration.ofDays(3))));
          assertThat(view.test(order)).isEqualTo(expected);
          if (expected) {
            assertThat(order.status()).isEqualTo(OrderStatus.UNSHIPPED);
          }
        });
  }

  @Test
  void R26_theViewCombinesWithAQuery() {
    DeadlinePolicy policy = DeadlinePolicies.sellerCentralUsSeed();
    OrderGenerator gen = OrderGenerator.standard().purchasedWithin(NOW.minus(Duration.ofDays(40)), Duration.ofDays(40));
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      orders.add(gen.next(Property.randomFor(11, i)));
    }
    Predicate<Order> view = Deadlines.confirmationDueWithin(policy, NOW, Duration.ofDays(5));
    Page page = OrderQuery.builder().pageSize(1000).build().select(orders.stream().filter(view));
    long expected = orders.stream().filter(view).count();
    assertThat(expected).as("the sample holds due orders").isPositive();
    assertThat(page.totalCount()).isEqualTo(expected);
    assertThatThrownBy(() -> Deadlines.confirmationDueWithin(policy, NOW, Duration.ofDays(-1)))
        .hasMessage("within = 'PT-24H': must not be negative");
  }
}
