package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.github.orderly.order.Order;
import io.github.orderly.order.TenantId;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.OrderSort;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The export's read, {@link PostgresOrderStore#stream}: more rows than one fetch of the server-side cursor,
 * in the query's order, and the connection given back when the stream is closed, read to its end or not.
 */
@DisplayName("R26 R47: stream reads every match through a server-side cursor and gives its connection back on close")
class StoreStreamTest {
  private static final int ORDERS = PostgresOrderStore.FETCH_SIZE * 2 + 137;
  private static final TenantId TENANT = TestDatabase.tenant("stream");
  private static final List<Order> STORED = new ArrayList<>();
  private static PostgresOrderStore store;

  @BeforeAll
  static void storeOrders() {
    SplittableRandom random = new SplittableRandom(47);
    Set<String> ids = new HashSet<>();
    while (STORED.size() < ORDERS) {
      Order o = StoreCases.ORDERS.next(random);
      if (ids.add(o.id().value())) {
        STORED.add(o);
      }
    }
    store = PostgresOrderStore.of(TestDatabase.dataSource(), TestDatabase.SWEEP);
    store.createAll(TENANT, STORED);
  }

  @Test
  @DisplayName("R47: every sort streams all of more than two fetches' rows, in the order select sorts them")
  void streamsMoreThanOneFetchInOrder() {
    for (OrderSort sort : OrderSort.values()) {
      OrderQuery query = OrderQuery.builder().includePending(true).sort(sort).pageSize(3).build();
      List<Order> expected = STORED.stream().filter(query::matches).sorted(sort.comparator()).toList();
      try (Stream<Order> exported = store.stream(TENANT, query)) {
        assertThat(StoreCases.ids(exported.toList())).as("%s", sort).isEqualTo(StoreCases.ids(expected));
      }
    }
  }

  @Test
  @DisplayName("A stream holds one connection while open and gives it back when closed, after a partial read too")
  void closingGivesTheConnectionBack() {
    HikariDataSource pool = (HikariDataSource) TestDatabase.dataSource();
    int before = pool.getHikariPoolMXBean().getActiveConnections();
    Stream<Order> exported = store.stream(TENANT, OrderQuery.builder().includePending(true).build());
    Iterator<Order> it = exported.iterator();
    for (int i = 0; i < 10; i++) {
      assertThat(it.hasNext()).isTrue();
      it.next();
    }
    assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("while open").isEqualTo(before + 1);
    exported.close();
    assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("after close").isEqualTo(before);
    // The connection came back usable: autocommit on, writable.
    assertThat(store.createAll(TENANT, List.of())).isZero();
    assertThat(store.query(TENANT, OrderQuery.builder().includePending(true).build()).totalCount()).isEqualTo(ORDERS);
  }
}
