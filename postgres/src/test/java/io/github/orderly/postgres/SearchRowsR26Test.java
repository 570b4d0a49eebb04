package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.order.Order;
import io.github.orderly.order.TenantId;
import io.github.orderly.policy.SweepResult;
import io.github.orderly.postgres.internal.OrderRows;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.testkit.Property;
import io.github.orderly.testkit.SeedReporter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R26: the partial search reads {@code orderly_order_search} (migration V6), which the triggers on
 * {@code orderly_orders} keep equal to the orders' own {@code search_text} after any mix of the store's
 * writes (COPY inserts, replacing upserts, compare-and-set saves by the sweep) and deletes; a write that
 * leaves the search text as it is (the sweep's cancellations) does not write the search row at all.
 */
@ExtendWith(SeedReporter.class)
@DisplayName("R26: the search rows beside the orders equal the orders' search text after random writes")
class SearchRowsR26Test {
  private final PostgresOrderStore store = PostgresOrderStore.of(TestDatabase.dataSource(), TestDatabase.SWEEP);

  @Test
  @DisplayName("R26 property: after random creates, replacements, sweeps and deletes over two tenants, each "
      + "tenant's search rows equal its orders' search_text, and a search page equals memory")
  void searchRowsEqualTheOrdersAfterRandomWrites() {
    AtomicLong rows = new AtomicLong();
    Property.named("the search rows equal the orders' search_text after random writes")
        .withTries(Math.max(5, Property.scaledTries(40) / 4))
        .check(random -> random.nextLong(), (Long seed) -> {
          RandomGenerator random = new java.util.SplittableRandom(seed);
          List<TenantId> tenants = List.of(TestDatabase.tenant("search_rows"), TestDatabase.tenant("search_rows"));
          for (int step = 0; step < 12; step++) {
            write(random, tenants.get(random.nextInt(tenants.size())));
            for (TenantId t : tenants) {
              rows.addAndGet(assertSearchRowsAgree(t, random));
            }
          }
        });
    assertThat(rows).as("search rows compared over all tries").hasPositiveValue();
  }

  @Test
  @DisplayName("R26 R45: the sweep's cancellations leave the search rows unwritten (same row versions), and a "
      + "search still finds the cancelled orders")
  void theSweepDoesNotWriteTheSearchRows() throws SQLException {
    DataSource db = TestDatabase.freshDatabase("search_rows_sweep");
    OrderlySchema.migrate(db);
    PostgresOrderStore fresh = PostgresOrderStore.of(db, TestDatabase.SWEEP);
    TenantId tenant = TenantId.of("acme");
    List<Order> orders = StoreCases.orders(new java.util.SplittableRandom(26), 80);
    fresh.createAll(tenant, orders);
    Map<String, String> before = versions(db, "orderly_order_search", tenant);
    Map<String, String> ordersBefore = versions(db, "orderly_orders", tenant);

    SweepResult result = PostgresSweep.of(fresh).run(tenant, StoreCases.START.plus(Duration.ofDays(90)), 2);

    assertThat(result.cancellations()).as("the sweep cancels some orders").isNotEmpty();
    Map<String, String> ordersAfter = versions(db, "orderly_orders", tenant);
    result.cancellations().forEach(c -> assertThat(ordersAfter.get(c.orderId().value()))
        .as("order row of %s rewritten", c.orderId()).isNotEqualTo(ordersBefore.get(c.orderId().value())));
    assertThat(versions(db, "orderly_order_search", tenant)).isEqualTo(before);
    assertThat(searchRows(db, tenant)).isEqualTo(orderRows(db, tenant));
    Order cancelled = fresh.load(tenant, result.cancellations().get(0).orderId()).orElseThrow();
    OrderQuery byId = OrderQuery.builder().search(cancelled.id().value()).includePending(true).build();
    assertThat(fresh.query(tenant, byId).rows()).contains(cancelled);
  }

  @Test
  @DisplayName("R26: a TRUNCATE of the orders empties the search rows with them")
  void truncateEmptiesTheSearchRows() throws SQLException {
    DataSource db = TestDatabase.freshDatabase("search_rows_truncate");
    OrderlySchema.migrate(db);
    PostgresOrderStore fresh = PostgresOrderStore.of(db, TestDatabase.SWEEP);
    TenantId tenant = TenantId.of("acme");
    List<Order> orders = StoreCases.orders(new java.util.SplittableRandom(27), 40);
    fresh.createAll(tenant, orders);
    assertThat(searchRows(db, tenant)).hasSize(40).isEqualTo(orderRows(db, tenant));

    TestDatabase.execute(db, "TRUNCATE orderly_order_events, orderly_orders");

    assertThat(searchRows(db, tenant)).isEmpty();
    fresh.createAll(tenant, orders);
    assertThat(searchRows(db, tenant)).isEqualTo(orderRows(db, tenant));
  }

  /** One random write of the tenant's orders, through the store where the store has the write. */
  private void write(RandomGenerator random, TenantId tenant) {
    List<Order> stored = TestDatabase.storedOrders(tenant);
    switch (random.nextInt(5)) {
      case 0, 1 -> store.createAll(tenant, StoreCases.orders(random, 1 + random.nextInt(30)));
      case 2 -> {
        // Replaced under the same ids by other orders: their search texts differ (other merchant ids,
        // tracking ids, e-mails); the version lies past every stored event of the order.
        List<Order> replacements = new ArrayList<>();
        for (Order old : stored) {
          if (random.nextInt(3) == 0) {
            replacements.add(Order.builder().from(StoreCases.orders(random, 1).get(0)).id(old.id())
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

  /** Checks the tenant's search rows against its orders, and one search against memory; returns the rows. */
  private long assertSearchRowsAgree(TenantId tenant, RandomGenerator random) {
    DataSource db = TestDatabase.dataSource();
    Map<String, String> expected;
    try {
      expected = orderRows(db, tenant);
      assertThat(searchRows(db, tenant)).as("search rows of %s", tenant).isEqualTo(expected);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    List<Order> orders = TestDatabase.storedOrders(tenant);
    if (!orders.isEmpty()) {
      // Up to four whole code points of a stored id (never half of a surrogate pair).
      int[] id = orders.get(random.nextInt(orders.size())).id().value().codePoints().toArray();
      int from = random.nextInt(id.length);
      String fragment = new String(id, from, Math.min(id.length, from + 4) - from);
      OrderQuery query = OrderQuery.builder().search(fragment).includePending(true).build();
      assertThat(store.query(tenant, query)).as("%s of %s", query, tenant).isEqualTo(query.select(orders));
    }
    return expected.size();
  }

  /** order id -> search text, from the search rows. */
  private static Map<String, String> searchRows(DataSource db, TenantId tenant) throws SQLException {
    return pairs(db, "SELECT order_id, search_text FROM orderly_order_search WHERE tenant = ?", tenant);
  }

  /** order id -> search text, from the orders. */
  private static Map<String, String> orderRows(DataSource db, TenantId tenant) throws SQLException {
    return pairs(db, "SELECT order_id, search_text FROM orderly_orders WHERE tenant = ?", tenant);
  }

  /** order id -> the row version's place and writer (ctid, xmin): changes whenever the row is written. */
  private static Map<String, String> versions(DataSource db, String table, TenantId tenant) throws SQLException {
    return pairs(db, "SELECT order_id, ctid::text || ' ' || xmin::text FROM " + table + " WHERE tenant = ?", tenant);
  }

  private static Map<String, String> pairs(DataSource db, String sql, TenantId tenant) throws SQLException {
    Map<String, String> pairs = new TreeMap<>();
    try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, tenant.value());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          pairs.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return pairs;
  }
}
