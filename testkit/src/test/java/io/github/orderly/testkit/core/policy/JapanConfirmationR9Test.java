package io.github.orderly.testkit.core.policy;

import static io.github.orderly.testkit.core.policy.TestOrders.TOKYO;
import static io.github.orderly.testkit.core.policy.TestOrders.at;
import static io.github.orderly.testkit.core.policy.TestOrders.unshipped;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.Rule;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.Sweep;
import io.github.orderly.policy.SweepResult;
import io.github.orderly.policy.Warning;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.OrderGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R9: Seller Central Japan: confirm within 7 days of the ship date, warned one week before")
class JapanConfirmationR9Test {
  private static final Sweep JAPAN = Sweep.of(DeadlinePolicies.sellerCentralJapan());

  private static Order order(Instant shipDate) {
    return unshipped("503-0000001-0000001", shipDate.minus(Duration.ofDays(2)))
        .marketplace(MarketplaceId.of("amazon.co.jp")).shipBy(shipDate).build();
  }

  @Test
  @DisplayName("R9: ship date D: no warning before D, warning from D until D+7, cancellation at D+7")
  void warningFromShipDateThenCancellation() {
    Instant d = at("2026-03-01T18:00", TOKYO);
    Instant cutoff = at("2026-03-08T18:00", TOKYO);
    List<Order> orders = List.of(order(d));

    assertThat(JAPAN.run(orders, d.minusSeconds(1)).actions()).isEmpty();

    for (Instant when : List.of(d, d.plus(Duration.ofDays(3)), cutoff.minusSeconds(1))) {
      SweepResult result = JAPAN.run(orders, when);
      assertThat(result.actions()).hasSize(1);
      Warning warning = result.warnings().get(0);
      assertThat(warning.text()).isEqualTo("Confirm as shipped by 2026-03-08 to avoid cancellation");
      assertThat(warning.at()).isEqualTo(d);
      assertThat(warning.deadline().dueAt()).isEqualTo(cutoff);
      assertThat(warning.rule()).isEqualTo(Rule.R9);
      assertThat(warning.id()).isEqualTo("warn:503-0000001-0000001:shipment-confirmation");
    }

    SweepResult after = JAPAN.run(orders, cutoff);
    assertThat(after.warnings()).isEmpty();
    assertThat(after.cancellations()).singleElement().satisfies(c -> {
      assertThat(c.reason()).isEqualTo(CancellationReason.SHIPMENT_NOT_CONFIRMED);
      assertThat(c.rule()).isEqualTo(Rule.R9);
      assertThat(c.dueAt()).isEqualTo(cutoff);
    });
  }

  @Test
  @DisplayName("R9: the warning's date is the cutoff's date in Tokyo, not in UTC")
  void warningDatedInMarketplaceZone() {
    Instant d = at("2026-03-01T08:00", TOKYO); // 2026-02-28T23:00Z
    SweepResult result = JAPAN.run(List.of(order(d)), d);
    Warning warning = result.warnings().get(0);
    assertThat(warning.deadline().dueAt().toString()).startsWith("2026-03-07T23:00");
    assertThat(warning.dueDate()).isEqualTo(LocalDate.of(2026, 3, 8));
    assertThat(warning.text()).isEqualTo("Confirm as shipped by 2026-03-08 to avoid cancellation");
  }

  @Test
  @DisplayName("R9: an order confirmed as shipped gets neither the warning nor the cancellation")
  void confirmedOrderIsLeftAlone() {
    Instant d = at("2026-03-01T18:00", TOKYO);
    Order shipped = io.github.orderly.testkit.OrderGenerator.standard()
        .next(new java.util.SplittableRandom(9), io.github.orderly.status.OrderStatus.SHIPPED);
    // A ship-by earlier than the generated one: the earliest ship instant, never after ship-by, goes with it.
    Order japanese = Order.builder().from(shipped).earliestShipAt(java.util.Optional.empty()).shipBy(d).build();
    assertThat(JAPAN.run(List.of(japanese), d).actions()).isEmpty();
    assertThat(JAPAN.run(List.of(japanese), d.plus(Duration.ofDays(30))).actions()).isEmpty();
  }
}
