package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.order.TenantId;
import io.github.orderly.policy.SweepResult;
import io.github.orderly.testkit.Property;
import io.github.orderly.testkit.SeedReporter;
import io.github.orderly.testkit.Shrink;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R45: the sweep's set-based save of a batch (a few statements for all its orders) writes exactly what the
 * save of each order with statements of its own writes.
 */
@ExtendWith(SeedReporter.class)
@DisplayName("R45: the set-based save of a sweep's batch equals the per-order save, row for row and event for event")
class SetBasedSweepR45Test {
  private static final Instant START = StoreCases.START;
  private final PostgresOrderStore store = PostgresOrderStore.of(TestDatabase.dataSource(), TestDatabase.SWEEP);

  @Test
  @DisplayName("R45 property: a set-based sweep in batches of 1 to 50 writes the same rows (every column, version "
      + "and swept instant), the same events and reports the same actions as the per-order sweep")
  void setBasedSaveEqualsPerOrderSave() {
    Property.named("the set-based sweep writes what the per-order sweep writes")
        .withTries(Math.max(3, Property.scaledTries(12) / 2))
        .check(StoreCases.sweptOrders(60), orders -> {
          RandomGenerator random = new SplittableRandom(orders.hashCode());
          TenantId batched = TestDatabase.tenant("set-based");
          TenantId single = TestDatabase.tenant("per-order");
          store.createAll(batched, orders);
          store.createAll(single, orders);
          Instant at = START.plusSeconds(random.nextLong(Duration.ofDays(40).getSeconds()));
          PostgresSweep sweep = PostgresSweep.of(store).withBatchSize(1 + random.nextInt(50));

          SweepResult setBased = sweep.run(batched, at, 1);
          SweepResult perOrder = sweep.perOrder().run(single, at, 1);

          assertThat(setBased).isEqualTo(perOrder);
          assertThat(TestDatabase.rows(batched, "orderly_orders"))
              .isEqualTo(TestDatabase.rows(single, "orderly_orders"));
          assertThat(TestDatabase.rows(batched, "orderly_order_events"))
              .isEqualTo(TestDatabase.rows(single, "orderly_order_events"));
        }, Shrink.list(), os -> StoreCases.ids(os).toString());
  }

}
