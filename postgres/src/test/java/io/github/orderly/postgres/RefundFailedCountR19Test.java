package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.order.Order;
import io.github.orderly.order.TenantId;
import io.github.orderly.postgres.internal.OrderRows;
import io.github.orderly.postgres.internal.PageStatement;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.Page;
import io.github.orderly.testkit.Property;
import io.github.orderly.testkit.SeedReporter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R19: the refund-failed view's count that the triggers of migration V3 keep in {@code orderly_order_counts}
 * equals {@code count(*)} over the rows after any mix of the store's writes (COPY inserts, replacing upserts,
 * compare-and-set updates by the sweep) and deletes, for pending orders left out and let in, and the page
 * the store reads with it equals the in-memory view.
 */
@ExtendWith(SeedReporter.class)
@DisplayName("R19: the refund-failed view's kept count equals count(*) over the rows after random writes")
class RefundFailedCountR19Test {
  private static final OrderQuery VIEW = OrderQuery.builder().refundFailed(true).build();
  private static final OrderQuery VIEW_WITH_PENDING = OrderQuery.builder().refundFailed(true).includePending(true)
      .build();

  private final PostgresOrderStore store = PostgresOrderStore.of(TestDatabase.dataSource(), TestDatabase.SWEEP);

  @Test
  @DisplayName("R19 property: after random creates, replacements, sweeps and deletes over two tenants, the kept "
      + "count of each tenant equals count(*), with and without pending orders, and the view's page equals memory")
  void keptCountEqualsCountOfRows() {
    java.util.concurrent.atomic.AtomicLong seen = new java.util.concurrent.atomic.AtomicLong();
    Property.named("the kept refund-failed count equals count(*) after random writes")
        .withTries(Math.max(5, Property.scaledTries(40) / 4))
        .check(random -> random.nextLong(), (Long seed) -> {
          RandomGenerator random = new java.util.SplittableRandom(seed);
          List<TenantId> tenants = List.of(TestDatabase.tenant("counts"), TestDatabase.tenant("counts"));
          for (int step = 0; step < 12; step++) {
            TenantId tenant = tenants.get(random.nextInt(tenants.size()));
            write(random, tenant);
            for (TenantId t : tenants) {
              seen.addAndGet(assertCountsAgree(t));
            }
          }
        });
    assertThat(seen).as("refund-failed orders counted over all tries").hasPositiveValue();
  }

  @Test
  @DisplayName("R19: the view takes its count from the kept counts only when the refund flag is its one filter")
  void onlyTheBareViewReadsTheKeptCount() {
    TenantId tenant = TestDatabase.tenant("counts");
    assertThat(PageStatement.of(tenant, VIEW).sql()).contains("orderly_order_counts").doesNotContain("count(*)");
    assertThat(PageStatement.of(tenant, VIEW_WITH_PENDING).sql()).contains("orderly_order_counts");
    assertThat(PageStatement.of(tenant, OrderQuery.builder().refundFailed(true).shipmentLate(true).build()).sql())
        .contains("count(*)").doesNotContain("orderly_order_counts");
    assertThat(PageStatement.of(tenant, OrderQuery.builder().refundFailed(true).search("1").build()).sql())
        .doesNotContain("orderly_order_counts");
    assertThat(PageStatement.of(tenant, OrderQuery.builder().refundFailed(true)
        .dateFrom(StoreCases.START).build()).sql()).doesNotContain("orderly_order_counts");
    assertThat(PageStatement.of(tenant, OrderQuery.builder().build()).sql()).doesNotContain("orderly_order_counts");
  }

  @Test
  @DisplayName("R19: a TRUNCATE of the orders empties the kept counts with them")
  void truncateEmptiesTheCounts() throws SQLException {
    DataSource db = TestDatabase.freshDatabase("counts_truncate");
    OrderlySchema.migrate(db);
    PostgresOrderStore fresh = PostgresOrderStore.of(db, TestDatabase.SWEEP);
    TenantId tenant = TenantId.of("acme");
    List<Order> orders = generated(new java.util.SplittableRandom(19), 60);
    fresh.createAll(tenant, orders);
    assertThat(kept(db, tenant, false)).isEqualTo(counted(db, tenant, false)).isPositive();

    TestDatabase.execute(db, "TRUNCATE orderly_order_events, orderly_orders");

    assertThat(kept(db, tenant, false)).isZero();
    assertThat(kept(db, tenant, true)).isZero();
    fresh.createAll(tenant, orders);
    assertThat(kept(db, tenant, true)).isEqualTo(counted(db, tenant, true));
    assertThat(fresh.query(tenant, VIEW)).isEqualTo(VIEW.select(orders));
  }

  /** One random write of the tenant's orders, through the store where the store has the write. */
  private void write(RandomGenerator random, TenantId tenant) {
    List<Order> stored = TestDatabase.storedOrders(tenant);
    switch (random.nextInt(5)) {
      case 0, 1 -> store.createAll(tenant, generated(random, 1 + random.nextInt(30)));
      case 2 -> {
        // Replaced under the same ids by other orders: the refund flag and the status change at random. The
        // replacement's version lies past every stored event of the order (a replacement writes no event), so
        // that a later sweep numbers its events after them.
        List<Order> replacements = new ArrayList<>();
        for (Order old : stored) {
          if (random.nextInt(3) == 0) {
            replacements.add(Order.builder().from(generated(random, 1).get(0)).id(old.id())
                .version(old.version() + 100).build());
          }
        }
        OrderRows.replace(TestDatabase.dataSource(), tenant, replacements, TestDatabase.SWEEP);
      }
      case 3 -> PostgresSweep.of(store).withBatchSize(1 + random.nextInt(9))
          .run(tenant, StoreCases.START.plus(Duration.ofDays(random.nextInt(60))), 1 + random.nextInt(2));
      default -> {
        for (Order old : stored) {
          if (random.nextInt(4) == 0) {
            TestDatabase.deleteOrder(tenant, old.id());
          }
        }
      }
    }
  }

  /** Orders from the store's generator (about one in eight has a failed refund). */
  private static List<Order> generated(RandomGenerator random, int count) {
    return StoreCases.orders(random, count);
  }

  /** Checks the tenant's kept counts against count(*) and the view's page against memory; returns the count. */
  private long assertCountsAgree(TenantId tenant) {
    DataSource db = TestDatabase.dataSource();
    long withPending;
    try {
      withPending = counted(db, tenant, true);
      for (boolean pending : new boolean[] {false, true}) {
        assertThat(kept(db, tenant, pending)).as("kept count of %s, pending %s", tenant, pending)
            .isEqualTo(counted(db, tenant, pending));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    List<Order> orders = TestDatabase.storedOrders(tenant);
    for (OrderQuery view : List.of(VIEW, VIEW_WITH_PENDING)) {
      Page page = store.query(tenant, view);
      assertThat(page).as("%s of %s", view, tenant).isEqualTo(view.select(orders));
    }
    return withPending;
  }

  /** The count the triggers keep, as the orders page reads it. */
  private static long kept(DataSource db, TenantId tenant, boolean pending) throws SQLException {
    return single(db, "SELECT coalesce(sum(refund_failed" + (pending ? " + refund_failed_pending" : "")
        + "), 0) FROM orderly_order_counts WHERE tenant = ?", tenant);
  }

  /** The same count by counting the rows. */
  private static long counted(DataSource db, TenantId tenant, boolean pending) throws SQLException {
    return single(db, "SELECT count(*) FROM orderly_orders WHERE tenant = ? AND refund_failed"
        + (pending ? "" : " AND status NOT IN ('PENDING', 'PENDING_AVAILABILITY')"), tenant);
  }

  private static long single(DataSource db, String sql, TenantId tenant) throws SQLException {
    try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, tenant.value());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
