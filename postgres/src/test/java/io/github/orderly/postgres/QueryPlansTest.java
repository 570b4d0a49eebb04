package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.order.Order;
import io.github.orderly.order.TenantId;
import io.github.orderly.postgres.internal.OrderRows;
import io.github.orderly.postgres.internal.PageStatement;
import io.github.orderly.query.DateBasis;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.OrderSort;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.testkit.OrderGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each query shape of the store, on a tenant of 5,000 orders (a year of them) beside another tenant's
 * 1,000, is served by its index: the plan PostgreSQL chooses names it, for the page's rows and, where the
 * query filters, for the count too (a query by the order date alone, or by nothing but the tenant, sums
 * the kept day counts). The plans are written to
 * {@code target/explain/}, where {@code docs/postgres.md} takes them from.
 */
@DisplayName("R26 R45: each query shape is served by its index")
class QueryPlansTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");
  private static final Path OUT = Path.of("target", "explain");
  private static DataSource db;
  private static List<Order> orders;

  @BeforeAll
  static void storeAYearOfOrders() throws SQLException {
    db = TestDatabase.freshDatabase("plans");
    OrderlySchema.migrate(db);
    SplittableRandom random = new SplittableRandom(2026);
    orders = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      orders.add(OrderGenerator.standard().next(random));
    }
    List<Order> others = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      others.add(OrderGenerator.standard().next(random));
    }
    PostgresOrderStore.of(db, TestDatabase.SWEEP).createAll(TENANT, orders);
    PostgresOrderStore.of(db, TestDatabase.SWEEP).createAll(TenantId.of("globex"), others);
    // The kept counts folded, as the sweep leaves them (migration V7): one row per key.
    for (TenantId tenant : List.of(TENANT, TenantId.of("globex"))) {
      try (java.sql.Connection c = db.getConnection()) {
        io.github.orderly.postgres.internal.OrderRows.inTransaction(c,
            () -> io.github.orderly.postgres.internal.OrderRows.compactCounts(c, tenant));
      }
    }
    // The test server commits asynchronously; VACUUM marks pages all-visible (for index-only scans) only
    // once the commits are on disk.
    TestDatabase.execute(db, "CHECKPOINT");
    TestDatabase.execute(db, "VACUUM ANALYZE orderly_orders");
    TestDatabase.execute(db, "VACUUM ANALYZE orderly_order_search");
    TestDatabase.execute(db, "VACUUM ANALYZE orderly_order_counts");
    TestDatabase.execute(db, "VACUUM ANALYZE orderly_order_day_counts");
  }

  static Stream<Arguments> shapes() {
    OrderQuery defaultView = OrderQuery.defaultView(NOW);
    List<Order> sorted = orders.stream().filter(defaultView::matches).sorted(OrderSort.NEWEST_FIRST.comparator())
        .toList();
    OrderQuery page6 = defaultView.withCursor(OrderSort.NEWEST_FIRST.cursorAt(sorted.get(5 * 50 - 1)));
    String byDate = "orderly_orders_by_date";
    String dayCounts = "orderly_order_day_counts";
    return Stream.of(
        // The count of an order-date range: the kept day counts (migration V7) of its whole days, and the
        // index for the partial day at its start, where "now" is not midnight.
        Arguments.of("default-view", defaultView, dayCounts, byDate),
        Arguments.of("default-view-page-6", page6, dayCounts, byDate),
        Arguments.of("default-view-at-7-13", OrderQuery.defaultView(NOW.minus(Duration.ofHours(16).plusMinutes(47))),
            dayCounts + " and " + byDate, byDate),
        // The count is the one the triggers keep (migration V3), a few rows of orderly_order_counts.
        Arguments.of("refund-failed", OrderQuery.builder().refundFailed(true).build(), "orderly_order_counts",
            "orderly_orders_refund_failed"),
        // The matches are found once, by the trigram index, in the CTE (before the count); the page reads them.
        Arguments.of("search", OrderQuery.builder().search("4567").build(), "orderly_orders_search",
            "CTE Scan on matches"),
        Arguments.of("same-line-statuses", OrderQuery.builder().addItemStatuses(ItemStatus.RETURNED)
            .addPaymentStatuses(PaymentStatus.REFUND_FAILED).build(), "orderly_orders_line_statuses", null),
        Arguments.of("amount-highest-first", OrderQuery.builder().sort(OrderSort.AMOUNT_HIGHEST_FIRST).build(),
            dayCounts, "orderly_orders_by_amount_desc"),
        Arguments.of("amount-lowest-first", OrderQuery.builder().sort(OrderSort.AMOUNT_LOWEST_FIRST).build(),
            dayCounts, "orderly_orders_by_amount"),
        Arguments.of("order-id", OrderQuery.builder().sort(OrderSort.ORDER_ID).build(), dayCounts,
            "orderly_orders_by_id"),
        Arguments.of("first-reported-week", OrderQuery.builder().dateBasis(DateBasis.FIRST_REPORTED)
            .dateFrom(NOW.minus(Duration.ofDays(37))).dateTo(NOW.minus(Duration.ofDays(30))).build(),
            "orderly_orders_by_first_reported", null),
        Arguments.of("ship-by-within-2-days", OrderQuery.builder().includePending(true)
            .shipByWithin(Duration.ofDays(2), Instant.parse("2026-06-01T00:00:00Z")).build(),
            "orderly_orders_open_ship_by", null));
  }

  @ParameterizedTest(name = "{0}: count by {2}, rows by {3}")
  @MethodSource("shapes")
  @DisplayName("R26: the orders page's query shapes use their indexes")
  void pageUsesItsIndex(String name, OrderQuery query, String countIndex, String pageIndex)
      throws SQLException, IOException {
    PageStatement statement = PageStatement.of(TENANT, query);
    String plan = explain("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY OFF) " + statement.sql(), statement::bind);
    write(name, statement.sql(), plan);
    // The count is the aggregate's subtree, the page's rows the limit's.
    int limit = plan.indexOf("->  Limit");
    assertThat(limit).as(plan).isPositive();
    String count = plan.substring(0, limit);
    String rows = plan.substring(limit);
    if (countIndex != null) {
      // A few rows of the kept counts may be read whole; the orders never are.
      for (String index : countIndex.split(" and ")) {
        assertThat(count).as(plan).contains(index).doesNotContain("Seq Scan on orderly_orders");
      }
    }
    if (pageIndex != null) {
      assertThat(rows).as(plan).contains(pageIndex);
    }
    assertThat(rows).as(plan).doesNotContain("Seq Scan");
    assertThat(PostgresOrderStore.of(db, TestDatabase.SWEEP).query(TENANT, query)).isEqualTo(query.select(orders));
  }

  @org.junit.jupiter.api.Test
  @DisplayName("R26: a partial search scans its trigram index once, for the count and the page together")
  void searchScansItsIndexOnce() throws SQLException {
    OrderQuery query = OrderQuery.builder().search("4567").build();
    PageStatement statement = PageStatement.of(TENANT, query);
    String plan = explain("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY OFF) " + statement.sql(),
        statement::bind);
    assertThat(plan.split("on orderly_orders_search", -1)).as(plan).hasSize(2);
    assertThat(PostgresOrderStore.of(db, TestDatabase.SWEEP).query(TENANT, query)).isEqualTo(query.select(orders));
  }

  @ParameterizedTest(name = "{0} uses {2}")
  @MethodSource("statements")
  @DisplayName("R43 R45: a load by id, an order's events, the command log, the due orders and the sweep's claim use "
      + "their indexes")
  void statementUsesItsIndex(String name, String sql, String index) throws SQLException, IOException {
    String plan = explain("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY OFF) " + sql, s -> {
      s.setString(1, TENANT.value());
      if (sql.contains("command_id = ?")) {
        s.setString(2, "placed:" + orders.get(42).id().value());
        return;
      }
      if (sql.contains("order_id = ?")) {
        s.setString(2, orders.get(42).id().value());
        return;
      }
      // The due orders at an instant (microsecond, nanoseconds); the claim also skips orders swept then.
      int i = 2;
      for (int pair = 0; pair < (sql.contains("swept_at") ? 2 : 1); pair++) {
        s.setString(i++, "2026-03-01T00:00:00Z");
        s.setShort(i++, (short) 0);
      }
      s.setInt(i, 500);
    });
    write(name, sql, plan);
    assertThat(plan).contains(index).doesNotContain("Seq Scan");
  }

  static Stream<Arguments> statements() {
    return Stream.of(
        Arguments.of("load", "SELECT body::text FROM orderly_orders WHERE tenant = ? AND order_id = ?",
            "orderly_orders_pkey"),
        Arguments.of("events", OrderRows.EVENTS, "orderly_order_events_pkey"),
        Arguments.of("knows-command", OrderRows.KNOWS, "orderly_order_events_command"),
        Arguments.of("due", OrderRows.DUE, "orderly_orders_due"),
        Arguments.of("claim", PostgresSweep.CLAIM, "orderly_orders_due"));
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private static String explain(String sql, Binder binder) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
    }
    return plan.toString();
  }

  private static void write(String name, String sql, String plan) throws IOException {
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve(name + ".txt"), sql + "\n\n" + plan, StandardCharsets.UTF_8);
  }
}
