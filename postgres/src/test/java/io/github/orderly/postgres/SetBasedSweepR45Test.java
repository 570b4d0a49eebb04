package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.TenantId;
import io.github.orderly.policy.SweepResult;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.Generator;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import io.github.orderly.testkit.SeedReporter;
import io.github.orderly.testkit.Shrink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
  private static final OrderGenerator ORDERS = OrderGenerator.standard()
      .withStatuses(OrderStatus.PENDING, OrderStatus.UNSHIPPED, OrderStatus.UNSHIPPED, OrderStatus.PARTIALLY_SHIPPED,
          OrderStatus.SHIPPED, OrderStatus.CANCELLED)
      .purchasedWithin(START, Duration.ofDays(20)).withMaxLines(3);

  private final PostgresOrderStore store = PostgresOrderStore.of(TestDatabase.dataSource(), TestDatabase.SWEEP);

  @Test
  @DisplayName("R45 property: a set-based sweep in batches of 1 to 50 writes the same rows (every column, version "
      + "and swept instant), the same events and reports the same actions as the per-order sweep")
  void setBasedSaveEqualsPerOrderSave() {
    Property.named("the set-based sweep writes what the per-order sweep writes")
        .withTries(Math.max(3, Property.scaledTries(12) / 2))
        .check(orders(), orders -> {
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
          assertThat(rows(batched, "orderly_orders")).isEqualTo(rows(single, "orderly_orders"));
          assertThat(rows(batched, "orderly_order_events")).isEqualTo(rows(single, "orderly_order_events"));
        }, Shrink.list(), os -> StoreCases.ids(os).toString());
  }

  /** Every row of a tenant in a table as JSON text without the tenant, by order id and version. */
  private static List<String> rows(TenantId tenant, String table) {
    String order = table.equals("orderly_orders") ? "order_id" : "order_id, version";
    try (Connection c = TestDatabase.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT (to_jsonb(t) - 'tenant')::text FROM " + table
            + " t WHERE tenant = ? ORDER BY " + order)) {
      s.setString(1, tenant.value());
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Generator<List<Order>> orders() {
    return random -> {
      List<Order> orders = new ArrayList<>();
      Set<OrderId> ids = new HashSet<>();
      int count = 5 + random.nextInt(60);
      while (orders.size() < count) {
        Order o = ORDERS.next(random);
        if (ids.add(o.id())) {
          orders.add(o);
        }
      }
      return List.copyOf(orders);
    };
  }
}
