package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.orderly.order.Order;
import io.github.orderly.order.TenantId;
import io.github.orderly.postgres.internal.OrderRows;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.OrderGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R45: the counts the triggers keep (migration V7: the refund-failed counts and the day counts) never make
 * one writer wait for another. A writer whose transaction stalls after changing counted orders, and a
 * compaction that stalls after folding count rows, hold nothing that a live writer, the sweep or the
 * orders page needs; every count stays exact once they commit or roll back. Every connection of the live
 * side has a lock timeout, so that a wait fails the test at once instead of hanging it.
 */
@DisplayName("R45: a stalled writer or compaction of the kept counts makes no other writer, sweep or page wait")
class StalledWriterCountsR45Test {
  private static final Instant NOW = StoreCases.START.plus(Duration.ofDays(21));
  private static final OrderQuery REFUND_FAILED = OrderQuery.builder().refundFailed(true).build();
  private static final OrderQuery REFUND_FAILED_ALL = OrderQuery.builder().refundFailed(true).includePending(true)
      .build();

  @ParameterizedTest(name = "R45: the stalled transactions {0} at the end")
  @ValueSource(strings = {"commit", "roll back"})
  @DisplayName("R45: while a writer and a compaction stall holding their changes, another writer creates, "
      + "replaces, sweeps, compacts and pages without waiting; the counts equal count(*) after both end")
  void aStalledWriterMakesNobodyWait(String ending) throws Exception {
    TenantId tenant = TestDatabase.tenant("stalled");
    DataSource live = withLockTimeout();
    PostgresOrderStore store = PostgresOrderStore.of(live, TestDatabase.SWEEP);
    SplittableRandom random = new SplittableRandom(ending.length());
    List<Order> stored = withRefundFailed(random, 120);
    store.createAll(tenant, stored);
    assertCountsAgree(store, tenant);

    // A compaction that folds the tenant's count rows and stalls before its commit: its rows stay locked.
    Connection compacting = TestDatabase.dataSource().getConnection();
    compacting.setAutoCommit(false);
    assertThat(OrderRows.compactCounts(compacting, tenant)).isPositive();

    // A writer that stalls after changing counted orders of every kind: a new order on a day already counted,
    // refund-failed; stored orders replaced with another day, another status, the refund flag flipped.
    Connection stalled = TestDatabase.dataSource().getConnection();
    stalled.setAutoCommit(false);
    List<Order> changes = new ArrayList<>();
    Order fresh = withRefundFailed(random, 30).stream().filter(REFUND_FAILED_ALL::matches).findFirst().orElseThrow();
    changes.add(Order.builder().from(fresh).id(io.github.orderly.order.OrderId.of("stalled-new")).build());
    for (int i = 0; i < 6; i++) {
      Order old = stored.get(i);
      Order other = stored.get(stored.size() - 1 - i);
      changes.add(Order.builder().from(other).id(old.id()).version(old.version() + 100).build());
    }
    assertThat(changes.stream().anyMatch(o -> REFUND_FAILED_ALL.matches(o)
        != stored.stream().filter(s -> s.id().equals(o.id())).anyMatch(REFUND_FAILED_ALL::matches))).isTrue();
    assertThat(OrderRows.replace(stalled, tenant, changes, TestDatabase.SWEEP)).isEqualTo(changes.size());

    try {
      // The live side, each statement under the lock timeout: writes of every counted kind, the sweep (which
      // compacts the counts at its end), a compaction of its own and the pages.
      List<Order> more = withRefundFailed(random, 80);
      store.createAll(tenant, more);
      List<Order> replacements = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        Order old = more.get(i);
        replacements.add(Order.builder().from(more.get(more.size() - 1 - i)).id(old.id())
            .version(old.version() + 100).build());
      }
      OrderRows.replace(live, tenant, replacements, TestDatabase.SWEEP);
      PostgresSweep.of(store).withBatchSize(7).run(tenant, StoreCases.START.plus(Duration.ofDays(45)), 2);
      try (Connection c = live.getConnection()) {
        OrderRows.inTransaction(c, () -> OrderRows.compactCounts(c, tenant));
      }
      assertCountsAgree(store, tenant);
    } finally {
      for (Connection c : List.of(stalled, compacting)) {
        if (ending.equals("commit")) {
          c.commit();
        } else {
          c.rollback();
        }
        c.close();
      }
    }

    assertCountsAgree(store, tenant);
    try (Connection c = live.getConnection()) {
      OrderRows.inTransaction(c, () -> OrderRows.compactCounts(c, tenant));
    }
    assertCountsAgree(store, tenant);
    // With no other transaction open, a compaction leaves one row per key.
    assertThat(single("SELECT count(*) - count(DISTINCT (purchased_on, pending)) FROM orderly_order_day_counts"
        + " WHERE tenant = ?", tenant)).isZero();
    assertThat(single("SELECT count(*) FROM orderly_order_counts WHERE tenant = ?", tenant)).isLessThanOrEqualTo(1);
    ((HikariDataSource) live).close();
  }

  /** Connections to the tests' schema whose every lock wait gives up after two seconds. */
  private static DataSource withLockTimeout() {
    TestDatabase.dataSource();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(TestDatabase.server().getJdbcUrl("postgres", "postgres") + "&currentSchema="
        + TestDatabase.SCHEMA);
    config.setConnectionInitSql("SELECT set_config('lock_timeout', '2s', false),"
        + " set_config('statement_timeout', '60s', false)");
    config.setMaximumPoolSize(4);
    config.setPoolName("orderly-stalled-writer");
    return new HikariDataSource(config);
  }

  /** Orders of the store's generator, a fifth of them due to the sweep, some refund-failed, some pending. */
  private static List<Order> withRefundFailed(SplittableRandom random, int count) {
    List<Order> orders = new ArrayList<>(StoreCases.orders(random, count));
    OrderGenerator due = StoreCases.SWEPT_ORDERS.withStatuses(OrderStatus.PENDING, OrderStatus.UNSHIPPED);
    for (int i = 0; i < count / 5; i++) {
      Order o = due.next(random);
      orders.add(Order.builder().from(o).id(io.github.orderly.order.OrderId.of("due-" + random.nextLong())).build());
    }
    return orders;
  }

  /** Every kept count of the tenant equals count(*) of its rows, and the views' pages count as memory does. */
  private static void assertCountsAgree(PostgresOrderStore store, TenantId tenant) throws SQLException {
    assertThat(TestDatabase.texts("""
        SELECT purchased_on::text || ' ' || pending || ' ' || sum(orders) FROM orderly_order_day_counts
        WHERE tenant = ? GROUP BY purchased_on, pending HAVING sum(orders) <> 0 ORDER BY 1""", tenant))
        .as("kept day counts").isEqualTo(TestDatabase.texts("""
        SELECT (purchased_at AT TIME ZONE 'UTC')::date::text || ' ' || (status IN ('PENDING', 'PENDING_AVAILABILITY'))
          || ' ' || count(*) FROM orderly_orders WHERE tenant = ?
        GROUP BY (purchased_at AT TIME ZONE 'UTC')::date, status IN ('PENDING', 'PENDING_AVAILABILITY') ORDER BY 1""",
        tenant));
    long refundFailed = single("SELECT count(*) FROM orderly_orders WHERE tenant = ? AND refund_failed"
        + " AND status NOT IN ('PENDING', 'PENDING_AVAILABILITY')", tenant);
    long refundFailedAll = single("SELECT count(*) FROM orderly_orders WHERE tenant = ? AND refund_failed", tenant);
    assertThat(refundFailedAll).as("refund-failed orders").isPositive();
    assertThat(single("SELECT coalesce(sum(refund_failed), 0) FROM orderly_order_counts WHERE tenant = ?", tenant))
        .as("kept refund-failed count").isEqualTo(refundFailed);
    assertThat(single("SELECT coalesce(sum(refund_failed + refund_failed_pending), 0) FROM orderly_order_counts"
        + " WHERE tenant = ?", tenant)).as("kept refund-failed count with pending").isEqualTo(refundFailedAll);
    assertThat(store.query(tenant, REFUND_FAILED).totalCount()).isEqualTo(refundFailed);
    assertThat(store.query(tenant, REFUND_FAILED_ALL).totalCount()).isEqualTo(refundFailedAll);
    OrderQuery defaultView = OrderQuery.defaultView(NOW);
    assertThat(store.query(tenant, defaultView).totalCount()).as("the default view's count")
        .isEqualTo(single("SELECT count(*) FROM orderly_orders WHERE tenant = ? AND purchased_at >= '"
            + NOW.minus(Duration.ofDays(30)) + "' AND purchased_at < '" + NOW + "'"
            + " AND status NOT IN ('PENDING', 'PENDING_AVAILABILITY')", tenant));
  }

  private static long single(String sql, TenantId tenant) throws SQLException {
    try (Connection c = TestDatabase.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, tenant.value());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
