package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.Limits;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.TenantId;
import io.github.orderly.postgres.internal.OrderRows;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.OrderSort;
import io.github.orderly.query.Page;
import io.github.orderly.query.PageCursor;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.testkit.Property;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The differential test of the orders page in SQL: random orders of several tenants stored in a real
 * PostgreSQL, random queries over every field of {@link OrderQuery}, and every page the store returns
 * compared with {@link OrderQuery#select(Iterable)} over the same tenant's orders in memory.
 */
@DisplayName("R26 R47: the orders page in SQL is the orders page in memory")
class OrdersPageInSqlR26R47Test {
  /**
   * Tries of each property: a 40th of -Dorderly.tries (25 by default), each storing up to 75 orders and
   * paging through every sort; {@code -Dorderly.tries=40000} runs a thousand.
   */
  private static final int TRIES = Math.max(10, Property.configuredTries(1000) / 40);
  private static PostgresOrderStore store;

  /** The orders of a few tenants, and a query for each. */
  record Case(StoreCases.Tenants tenants, Map<TenantId, OrderQuery> queries, long cursorSeed) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("Case{").append(tenants).append(", queries=");
      queries.forEach((t, q) -> sb.append(t).append('=').append(StoreCases.json(q)).append(' '));
      return sb.append('}').toString();
    }
  }

  private static Case randomCase(RandomGenerator random) {
    StoreCases.Tenants tenants = StoreCases.tenants(random, 25);
    Map<TenantId, OrderQuery> queries = new java.util.LinkedHashMap<>();
    List<Order> all = tenants.all();
    // A query may draw its search and dates from another tenant's orders: it must then find only its own.
    tenants.orders().forEach((tenant, orders) ->
        queries.put(tenant, StoreCases.query(random, random.nextInt(4) == 0 ? all : orders)));
    return new Case(tenants, queries, random.nextLong());
  }

  /** The order's lines as they were before anything happened to them: nothing shipped, refunded or cancelled. */
  private static List<io.github.orderly.order.OrderLine> unshippedLines(Order order) {
    List<io.github.orderly.order.OrderLine> lines = new ArrayList<>();
    for (io.github.orderly.order.OrderLine line : order.lines()) {
      lines.add(io.github.orderly.order.OrderLine.builder().from(line).quantityShipped(0)
          .itemStatus(io.github.orderly.status.ItemStatus.ORDER_PLACED)
          .paymentStatus(io.github.orderly.status.PaymentStatus.AUTHORIZED).build());
    }
    return lines;
  }

  private static void store(Case c) {
    c.tenants().orders().forEach((tenant, orders) ->
        OrderRows.replace(TestDatabase.dataSource(), tenant, orders, TestDatabase.SWEEP));
  }

  @BeforeAll
  static void startDatabase() {
    store = PostgresOrderStore.of(TestDatabase.dataSource(), TestDatabase.SWEEP);
  }

  @Test
  @DisplayName("R26 R47 R24 R40 R19 R7 R22 R1: every page of every query in SQL equals select over the tenant's "
      + "orders (rows, their order, count, cursor), for every sort; the export's stream holds every page's rows in order")
  void everyPageEqualsSelect() {
    Property.named("every page of a query in SQL equals select in memory over the same tenant's orders, for every sort")
        .withTries(TRIES)
        .check(OrdersPageInSqlR26R47Test::randomCase, c -> {
          store(c);
          c.queries().forEach((tenant, query) -> {
            List<Order> orders = c.tenants().orders().get(tenant);
            for (OrderSort sort : OrderSort.values()) {
              pageThrough(tenant, OrderQuery.builder().from(query).sort(sort).build(), orders);
            }
          });
        });
  }

  /** Pages with the cursors SQL gives, checking each page against memory, and the pages against the whole. */
  private static void pageThrough(TenantId tenant, OrderQuery first, List<Order> orders) {
    OrderQuery query = first;
    List<Order> seen = new ArrayList<>();
    Page whole = OrderQuery.builder().from(first).pageSize(OrderQuery.MAX_PAGE_SIZE).build().select(orders);
    for (int pages = 0; ; pages++) {
      assertThat(pages).as("pages").isLessThanOrEqualTo(orders.size());
      Page inSql = store.query(tenant, query);
      Page inMemory = query.select(orders);
      assertThat(inSql).as("page %s of %s", pages + 1, StoreCases.json(query)).isEqualTo(inMemory);
      seen.addAll(inSql.rows());
      if (inSql.nextCursor().isEmpty()) {
        break;
      }
      query = query.withCursor(inSql.nextCursor().get());
    }
    assertThat(StoreCases.ids(seen)).isEqualTo(StoreCases.ids(whole.rows()));
    try (java.util.stream.Stream<Order> exported = store.stream(tenant, first)) {
      assertThat(StoreCases.ids(exported.toList())).as("stream of %s", StoreCases.json(first))
          .isEqualTo(StoreCases.ids(whole.rows()));
    }
  }

  @Test
  @DisplayName("R47: a cursor from select in memory, even one marking an order the store never saw, starts the "
      + "same page in SQL")
  void cursorsFromMemoryWorkInSql() {
    Property.named("a page after any cursor, in SQL, equals the page after it in memory")
        .withTries(TRIES)
        .check(OrdersPageInSqlR26R47Test::randomCase, c -> {
          store(c);
          RandomGenerator random = Property.randomFor(c.cursorSeed(), 0);
          c.queries().forEach((tenant, query) -> {
            List<Order> orders = c.tenants().orders().get(tenant);
            List<Order> marks = new ArrayList<>(c.tenants().all());
            for (int n = 3; n > 0; n--) {
              marks.add(StoreCases.exotic(random, StoreCases.ORDERS.next(random)));
            }
            marks.add(Order.builder().from(marks.get(marks.size() - 1)).shipments(List.of()).refunds(List.of())
                .returns(List.of()).cancellation(java.util.Optional.empty()).lines(unshippedLines(marks.get(marks.size() - 1)))
                .purchasedAt(Limits.LATEST_INSTANT).firstReportedAt(Limits.LATEST_INSTANT).shipBy(java.util.Optional.empty())
                .cancellationRequests(List.of()).build());
            for (OrderSort sort : OrderSort.values()) {
              Order mark = marks.get(random.nextInt(marks.size()));
              PageCursor cursor = sort.cursorAt(mark);
              OrderQuery after = OrderQuery.builder().from(query).sort(sort).cursor(cursor).build();
              assertThat(store.query(tenant, after)).as("after %s under %s", mark.id(), sort)
                  .isEqualTo(after.select(orders));
            }
          });
        });
  }
}
