package io.github.orderly.postgres;

import io.github.orderly.order.TenantId;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.postgres.internal.OrderRows;
import io.github.orderly.postgres.internal.PageStatement;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.OrderSort;
import io.github.orderly.query.Page;
import io.github.orderly.status.OrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A write, load or query for one tenant never sees or touches another tenant's orders. */
@DisplayName("Tenants: every write, load and query is scoped by its tenant")
class TenantIsolationTest {
  private final SplittableRandom random = new SplittableRandom(7);
  private final PostgresOrderStore store = PostgresOrderStore.of(TestDatabase.dataSource(), TestDatabase.SWEEP);

  @Test
  @DisplayName("The same order id under two tenants: each loads its own; a third tenant has none")
  void loadSeesOnlyTheTenantsOwnOrder() {
    TenantId acme = TestDatabase.tenant("acme");
    TenantId globex = TestDatabase.tenant("globex");
    Order mine = StoreCases.ORDERS.next(random, OrderStatus.UNSHIPPED);
    Order theirs = Order.builder().from(StoreCases.ORDERS.next(random, OrderStatus.SHIPPED)).id(mine.id()).build();
    OrderRows.replace(TestDatabase.dataSource(), acme, List.of(mine), TestDatabase.SWEEP);
    OrderRows.replace(TestDatabase.dataSource(), globex, List.of(theirs), TestDatabase.SWEEP);

    assertThat(store.load(acme, mine.id())).contains(mine);
    assertThat(store.load(globex, mine.id())).contains(theirs);
    assertThat(store.load(TestDatabase.tenant("initech"), mine.id())).isEmpty();
  }

  @Test
  @DisplayName("Replacing a tenant's order leaves the other tenant's order of the same id as it was")
  void writeTouchesOnlyTheTenantsOwnRow() {
    TenantId acme = TestDatabase.tenant("acme");
    TenantId globex = TestDatabase.tenant("globex");
    Order order = StoreCases.ORDERS.next(random, OrderStatus.UNSHIPPED);
    OrderRows.replace(TestDatabase.dataSource(), acme, List.of(order), TestDatabase.SWEEP);
    OrderRows.replace(TestDatabase.dataSource(), globex, List.of(order), TestDatabase.SWEEP);
    Order changed = Order.builder().from(StoreCases.ORDERS.next(random, OrderStatus.CANCELLED)).id(order.id())
        .version(order.version() + 1).build();

    OrderRows.replace(TestDatabase.dataSource(), acme, List.of(changed), TestDatabase.SWEEP);

    assertThat(store.load(acme, order.id())).contains(changed);
    assertThat(store.load(globex, order.id())).contains(order);
  }

  @Test
  @DisplayName("R26: a query for one tenant counts, finds and pages only that tenant's orders, even by a search "
      + "for another's id and with another's cursor")
  void queryFindsOnlyTheTenantsOwnOrders() {
    TenantId acme = TestDatabase.tenant("acme");
    TenantId globex = TestDatabase.tenant("globex");
    List<Order> acmeOrders = StoreCases.orders(random, 12);
    List<Order> globexOrders = new ArrayList<>(StoreCases.orders(random, 9));
    globexOrders.add(acmeOrders.get(0));
    OrderRows.replace(TestDatabase.dataSource(), acme, acmeOrders, TestDatabase.SWEEP);
    OrderRows.replace(TestDatabase.dataSource(), globex, globexOrders, TestDatabase.SWEEP);

    OrderQuery everything = OrderQuery.builder().includePending(true).sort(OrderSort.ORDER_ID).build();
    assertThat(store.query(acme, everything).totalCount()).isEqualTo(12);
    assertThat(StoreCases.ids(store.query(acme, everything).rows())).isEqualTo(StoreCases.ids(
        everything.select(acmeOrders).rows()));
    assertThat(store.query(globex, everything).totalCount()).isEqualTo(10);

    Order onlyGlobex = globexOrders.get(1);
    OrderQuery byGlobexId = OrderQuery.builder().includePending(true).search(onlyGlobex.id().value()).build();
    assertThat(store.query(acme, byGlobexId).rows()).isEmpty();
    assertThat(store.query(globex, byGlobexId)).isEqualTo(byGlobexId.select(globexOrders));
    assertThat(store.query(globex, byGlobexId).rows()).contains(onlyGlobex);

    OrderQuery pageOfTwo = OrderQuery.builder().from(everything).pageSize(2).build();
    Page globexPage = store.query(globex, pageOfTwo);
    OrderQuery acmeAfterGlobexCursor = pageOfTwo.withCursor(globexPage.nextCursor().orElseThrow());
    assertThat(store.query(acme, acmeAfterGlobexCursor)).isEqualTo(acmeAfterGlobexCursor.select(acmeOrders));
  }

  @Test
  @DisplayName("R26: both parts of the page's statement, the count and the rows, are scoped by the tenant")
  void everyPartOfTheStatementIsScoped() {
    TenantId acme = TestDatabase.tenant("acme");
    PageStatement statement = PageStatement.of(acme, OrderQuery.builder().search("1").build());
    assertThat(statement.sql().split("FROM orderly_orders o WHERE o.tenant = \\?", -1)).hasSize(3);
    assertThat(statement.sql()).doesNotContain("FROM orderly_orders o)").doesNotContain("orderly_orders o ORDER");
    assertThat(statement.parameters().stream().filter(acme.value()::equals)).hasSize(2);
    assertThat(store.load(acme, OrderId.of("112-0000000-0000000"))).isEmpty();
  }
}
