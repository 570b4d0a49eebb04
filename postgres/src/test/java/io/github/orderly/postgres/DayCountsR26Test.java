package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.order.Order;
import io.github.orderly.order.TenantId;
import io.github.orderly.postgres.internal.OrderRows;
import io.github.orderly.postgres.internal.PageStatement;
import io.github.orderly.query.DateBasis;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.OrderSort;
import io.github.orderly.query.Page;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.Property;
import io.github.orderly.testkit.SeedReporter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R26: the orders page's exact count of a query by the order date alone (the default view among them),
 * which the store takes from the per-day counts the statement triggers of migration V7 keep in
 * {@code orderly_order_day_counts} plus the partial days at the range's ends counted from the index, equals
 * {@code count(*)} over the same filters after any mix of the store's writes and deletes; every other query
 * shape counts its rows.
 */
@ExtendWith(SeedReporter.class)
@DisplayName("R26: the count of an order-date range from the kept day counts equals count(*) after random writes")
class DayCountsR26Test {
  private final PostgresOrderStore store = PostgresOrderStore.of(TestDatabase.dataSource(), TestDatabase.SWEEP);

  @Test
  @DisplayName("R26 property: after random creates, replacements, sweeps, deletes and compactions over two tenants, "
      + "every kept day count equals count(*) of its rows, and the page of a random order-date range (partial days, "
      + "whole days, nanoseconds, either end open) has count(*)'s count and equals memory")
  void countOfADateRangeEqualsCountOfRows() {
    AtomicLong kept = new AtomicLong();
    AtomicLong counted = new AtomicLong();
    Property.named("the count of an order-date range from the kept day counts equals count(*)")
        .withTries(Math.max(5, Property.scaledTries(40) / 4))
        .check(random -> random.nextLong(), (Long seed) -> {
          RandomGenerator random = new SplittableRandom(seed);
          List<TenantId> tenants = List.of(TestDatabase.tenant("days"), TestDatabase.tenant("days"));
          for (int step = 0; step < 10; step++) {
            write(random, tenants.get(random.nextInt(tenants.size())));
            if (random.nextInt(3) == 0) {
              compact(tenants.get(random.nextInt(tenants.size())));
            }
            for (TenantId tenant : tenants) {
              assertDayCountsAgree(tenant);
              List<Order> orders = TestDatabase.storedOrders(tenant);
              for (int q = 0; q < 8; q++) {
                OrderQuery query = dateRange(random, orders);
                Page page = store.query(tenant, query);
                assertThat(page.totalCount()).as("count of %s of %s", query, tenant)
                    .isEqualTo(countOfRows(tenant, query));
                assertThat(page).as("%s of %s", query, tenant).isEqualTo(query.select(orders));
                if (PageStatement.of(tenant, query).sql().contains("orderly_order_day_counts")) {
                  kept.incrementAndGet();
                  counted.addAndGet(page.totalCount());
                }
              }
            }
          }
        });
    assertThat(kept).as("queries counted from the kept day counts").hasPositiveValue();
    assertThat(counted).as("orders counted from the kept day counts").hasPositiveValue();
  }

  @Test
  @DisplayName("R26: the default view, a range of whole days and an open range read the kept day counts; a "
      + "range within a day, a first-reported range and any other filter count the rows")
  void onlyOrderDateRangesReadTheKeptCounts() {
    TenantId tenant = TestDatabase.tenant("days");
    Instant now = StoreCases.START.plus(Duration.ofDays(20)).plusSeconds(3_600 * 7 + 5);
    Instant day = StoreCases.START.plus(Duration.ofDays(3));
    for (OrderQuery served : List.of(
        OrderQuery.defaultView(now),
        OrderQuery.defaultView(StoreCases.START.plus(Duration.ofDays(30))).withCursor(
            OrderSort.NEWEST_FIRST.cursorAt(StoreCases.ORDERS.next(new SplittableRandom(1)))),
        OrderQuery.builder().dateFrom(day).dateTo(day.plus(Duration.ofDays(2))).build(),
        OrderQuery.builder().dateTo(now).includePending(true).sort(OrderSort.AMOUNT_LOWEST_FIRST).build(),
        OrderQuery.builder().build(),
        OrderQuery.builder().sort(OrderSort.ORDER_ID).pageSize(7).build())) {
      assertThat(PageStatement.of(tenant, served).sql()).as("%s", served)
          .contains("orderly_order_day_counts");
    }
    for (OrderQuery counted : List.of(
        OrderQuery.builder().dateFrom(day.plusSeconds(1)).dateTo(day.plus(Duration.ofDays(1))).build(),
        OrderQuery.builder().dateFrom(day).dateTo(day.plus(Duration.ofDays(5))).dateBasis(DateBasis.FIRST_REPORTED)
            .build(),
        OrderQuery.builder().dateFrom(day).orderStatuses(List.of(OrderStatus.SHIPPED)).build(),
        OrderQuery.builder().dateFrom(day).shipmentLate(true).build(),
        OrderQuery.builder().dateFrom(day).search("1").build(),
        OrderQuery.builder().dateFrom(Instant.parse("9999-12-30T12:00:00Z")).build())) {
      assertThat(PageStatement.of(tenant, counted).sql()).as("%s", counted)
          .doesNotContain("orderly_order_day_counts");
    }
  }

  @Test
  @DisplayName("R26: a TRUNCATE of the orders empties the kept day counts with them")
  void truncateEmptiesTheDayCounts() throws SQLException {
    DataSource db = TestDatabase.freshDatabase("days_truncate");
    OrderlySchema.migrate(db);
    PostgresOrderStore fresh = PostgresOrderStore.of(db, TestDatabase.SWEEP);
    TenantId tenant = TenantId.of("acme");
    List<Order> orders = StoreCases.orders(new SplittableRandom(26), 150);
    fresh.createAll(tenant, orders);
    OrderQuery all = OrderQuery.builder().includePending(true).build();
    assertThat(fresh.query(tenant, all).totalCount()).isEqualTo(orders.size());

    TestDatabase.execute(db, "TRUNCATE orderly_order_events, orderly_orders");

    assertThat(single(db, "SELECT count(*) FROM orderly_order_day_counts", List.of())).isZero();
    assertThat(fresh.query(tenant, all).totalCount()).isZero();
    fresh.createAll(tenant, orders);
    assertThat(fresh.query(tenant, all)).isEqualTo(all.select(orders));
  }

  /** One random write of the tenant's orders, through the store where the store has the write. */
  private void write(RandomGenerator random, TenantId tenant) {
    List<Order> stored = TestDatabase.storedOrders(tenant);
    switch (random.nextInt(5)) {
      case 0, 1 -> store.createAll(tenant, StoreCases.orders(random, 1 + random.nextInt(random.nextBoolean() ? 30 : 150)));
      case 2 -> {
        // Replaced under the same ids by other orders (another day, another status, at random); some new ids
        // among them, so the replacing upsert both inserts and updates. The version lies past every stored
        // event of the order, so that a later sweep numbers its events after them.
        List<Order> replacements = new ArrayList<>();
        for (Order old : stored) {
          if (random.nextInt(3) == 0) {
            replacements.add(Order.builder().from(StoreCases.orders(random, 1).get(0)).id(old.id())
                .version(old.version() + 100).build());
          }
        }
        for (Order fresh : StoreCases.orders(random, random.nextInt(4))) {
          if (stored.stream().noneMatch(o -> o.id().equals(fresh.id()))
              && replacements.stream().noneMatch(o -> o.id().equals(fresh.id()))) {
            replacements.add(fresh);
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

  /**
   * A query by the order date alone: each end open, on a day's first instant, on a stored order's
   * purchase instant (or a nanosecond either side), or anywhere in the orders' days, to the nanosecond;
   * pending orders in or out; any sort and page size.
   */
  private static OrderQuery dateRange(RandomGenerator random, List<Order> orders) {
    Instant from = bound(random, orders);
    Instant to = bound(random, orders);
    if (from != null && to != null && !from.isBefore(to)) {
      Instant low = from.isBefore(to) ? from : to;
      from = low;
      to = low.plus(Duration.ofHours(random.nextInt(24 * 6))).plusNanos(1 + random.nextInt(1000));
    }
    OrderQuery.Builder b = OrderQuery.builder().includePending(random.nextBoolean())
        .sort(OrderSort.values()[random.nextInt(OrderSort.values().length)])
        .pageSize(1 + random.nextInt(random.nextBoolean() ? 5 : 60));
    if (from != null) {
      b.dateFrom(from);
    }
    if (to != null) {
      b.dateTo(to);
    }
    return b.build();
  }

  private static Instant bound(RandomGenerator random, List<Order> orders) {
    Instant firstDay = StoreCases.START.minus(Duration.ofDays(2));
    return switch (random.nextInt(6)) {
      case 0 -> null;
      case 1 -> firstDay.plus(Duration.ofDays(random.nextInt(26)));
      case 2 -> {
        if (orders.isEmpty()) {
          yield firstDay;
        }
        Instant at = orders.get(random.nextInt(orders.size())).purchasedAt();
        yield at.plusNanos(random.nextInt(3) - 1);
      }
      case 3 -> {
        if (orders.isEmpty()) {
          yield firstDay;
        }
        // The first instant of a stored order's day: a bound right on a day edge with orders on it.
        yield orders.get(random.nextInt(orders.size())).purchasedAt().truncatedTo(ChronoUnit.DAYS);
      }
      default -> firstDay.plusSeconds(random.nextInt(26 * 86_400)).plusNanos(random.nextInt(1_000_000_000));
    };
  }

  /** Checks every kept day count of the tenant (the sum of its rows of changes) against count(*) of its rows. */
  private static void assertDayCountsAgree(TenantId tenant) {
    String kept = """
        SELECT purchased_on::text || ' ' || pending || ' ' || sum(orders) FROM orderly_order_day_counts
        WHERE tenant = ? GROUP BY purchased_on, pending HAVING sum(orders) <> 0 ORDER BY 1""";
    String counted = """
        SELECT (purchased_at AT TIME ZONE 'UTC')::date::text || ' ' || (status IN ('PENDING', 'PENDING_AVAILABILITY'))
          || ' ' || count(*) FROM orderly_orders WHERE tenant = ?
        GROUP BY (purchased_at AT TIME ZONE 'UTC')::date, status IN ('PENDING', 'PENDING_AVAILABILITY') ORDER BY 1""";
    assertThat(TestDatabase.texts(kept, tenant)).as("kept day counts of %s", tenant).isEqualTo(TestDatabase.texts(counted, tenant));
  }

  /** The query's count by count(*) over the rows, its date range and pending filter written out by hand. */
  private static long countOfRows(TenantId tenant, OrderQuery query) {
    StringBuilder sql = new StringBuilder("SELECT count(*) FROM orderly_orders WHERE tenant = ?");
    List<Object> values = new ArrayList<>();
    values.add(tenant.value());
    if (!query.includePending()) {
      sql.append(" AND status NOT IN ('PENDING', 'PENDING_AVAILABILITY')");
    }
    query.dateFrom().ifPresent(from -> {
      sql.append(" AND (purchased_at > ?::timestamptz OR (purchased_at = ?::timestamptz AND purchased_at_ns >= ?))");
      addInstant(values, from);
    });
    query.dateTo().ifPresent(to -> {
      sql.append(" AND (purchased_at < ?::timestamptz OR (purchased_at = ?::timestamptz AND purchased_at_ns < ?))");
      addInstant(values, to);
    });
    try {
      return single(TestDatabase.dataSource(), sql.toString(), values);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void addInstant(List<Object> values, Instant at) {
    String micros = at.truncatedTo(ChronoUnit.MICROS).toString();
    values.add(micros);
    values.add(micros);
    values.add(at.getNano() % 1000);
  }

  private static long single(DataSource db, String sql, List<Object> values) throws SQLException {
    try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        s.setObject(i + 1, values.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Folds the tenant's kept count rows, as the sweep does at its end. */
  private static void compact(TenantId tenant) {
    try (Connection c = TestDatabase.dataSource().getConnection()) {
      OrderRows.inTransaction(c, () -> OrderRows.compactCounts(c, tenant));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
