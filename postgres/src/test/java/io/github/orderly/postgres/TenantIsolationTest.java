package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.TenantId;
import io.github.orderly.policy.SweepResult;
import io.github.orderly.access.Role;
import io.github.orderly.store.UnknownOrderException;
import io.github.orderly.store.VersionConflictException;
import io.github.orderly.workflow.Cancel;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.OrderPlaced;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.WorkflowContext;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
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
@DisplayName("Tenants: every operation of the store and the sweep is scoped by its tenant")
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
    // The refund-failed view's kept count (R19) is the tenant's own too.
    for (boolean pending : new boolean[] {false, true}) {
      OrderQuery refundFailed = OrderQuery.builder().refundFailed(true).includePending(pending).build();
      assertThat(store.query(acme, refundFailed)).isEqualTo(refundFailed.select(acmeOrders));
      assertThat(store.query(globex, refundFailed)).isEqualTo(refundFailed.select(globexOrders));
    }

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
  @DisplayName("R26: every read of the table in the page's statement is scoped by the tenant: the count and the rows,"
      + " or with a search the one CTE both of them read")
  void everyPartOfTheStatementIsScoped() {
    TenantId acme = TestDatabase.tenant("acme");
    PageStatement statement = PageStatement.of(acme, OrderQuery.builder().refundFailed(true).shipmentLate(true).build());
    assertThat(statement.sql().split("FROM orderly_orders o WHERE o.tenant = \\?", -1)).hasSize(3);
    assertThat(statement.sql()).doesNotContain("FROM orderly_orders o)").doesNotContain("orderly_orders o ORDER");
    assertThat(statement.parameters().stream().filter(acme.value()::equals)).hasSize(2);

    // The bare refund-failed view: the kept count of the tenant, and the tenant's rows.
    PageStatement kept = PageStatement.of(acme, OrderQuery.builder().refundFailed(true).build());
    assertThat(kept.sql()).contains("FROM orderly_order_counts WHERE tenant = ?");
    assertThat(kept.sql().split("FROM orderly_orders o WHERE o.tenant = \\?", -1)).hasSize(2);
    assertThat(kept.parameters().stream().filter(acme.value()::equals)).hasSize(2);

    PageStatement searched = PageStatement.of(acme, OrderQuery.builder().search("1").build());
    assertThat(searched.sql().split("orderly_orders", -1)).as("the table is read once").hasSize(2);
    assertThat(searched.sql()).contains("WITH matches AS MATERIALIZED (SELECT o.* FROM orderly_orders o WHERE"
        + " o.tenant = ?").contains("FROM matches)").contains("FROM matches o WHERE");
    assertThat(searched.parameters().stream().filter(acme.value()::equals)).hasSize(1);
    assertThat(store.load(acme, OrderId.of("112-0000000-0000000"))).isEmpty();
  }

  @Test
  @DisplayName("Every operation across two tenants: create, createAll, save, apply, load, events, knowsCommand, "
      + "query, stream, due and the sweep of one tenant never see or change the other's orders of the same ids")
  void everyOperationStaysInItsTenant() {
    TenantId a = TestDatabase.tenant("acme");
    TenantId b = TestDatabase.tenant("globex");
    Order shared = StoreCases.ORDERS.next(random, OrderStatus.UNSHIPPED);
    Order onlyA = StoreCases.ORDERS.next(random, OrderStatus.UNSHIPPED);
    Order sharedInB = Order.builder().from(StoreCases.ORDERS.next(random, OrderStatus.UNSHIPPED)).id(shared.id())
        .build();
    assertThat(store.createAll(a, List.of(shared, onlyA))).isEqualTo(2);
    assertThat(store.create(b, OrderPlaced.of(sharedInB))).as("the same id in another tenant is new").isTrue();
    assertThat(store.create(b, OrderPlaced.of(shared))).as("b holds that id already").isFalse();
    assertThat(store.load(a, shared.id())).as("b's second create did not reach a").contains(shared);

    // A save in a: b's order of the same id stays as it was.
    Instant later = shared.purchasedAt().plus(Duration.ofHours(1));
    Cancel cancel = Cancel.bySeller(io.github.orderly.order.CommandId.of("cancel-shared"),
        io.github.orderly.order.CancellationReason.NO_STOCK);
    Decision cancelled = OrderWorkflow.decide(shared, cancel, WorkflowContext.of(later, Role.STAFF));
    assertThat(cancelled.isAccepted()).as("%s", cancelled.rejection()).isTrue();
    store.save(a, cancelled.order(), shared.version(), cancelled.events());
    assertThat(store.load(b, shared.id())).contains(sharedInB);
    assertThat(store.events(b, shared.id())).containsExactly(OrderPlaced.of(sharedInB));
    assertThat(store.knowsCommand(a, cancel.id())).isTrue();
    assertThat(store.knowsCommand(b, cancel.id())).isFalse();

    // b cannot save, apply to, load or read the history of an order only a holds.
    Instant laterA = onlyA.purchasedAt().plus(Duration.ofHours(1));
    Decision onA = OrderWorkflow.decide(onlyA, cancel, WorkflowContext.of(laterA, Role.STAFF));
    assertThat(onA.isAccepted()).as("%s", onA.rejection()).isTrue();
    assertThatThrownBy(() -> store.save(b, onA.order(), onlyA.version(), onA.events()))
        .isInstanceOf(VersionConflictException.class).hasMessageContaining("the order is not stored");
    assertThatThrownBy(() -> store.apply(b, onlyA.id(), cancel, WorkflowContext.of(laterA, Role.STAFF)))
        .isInstanceOf(UnknownOrderException.class);
    assertThat(store.load(b, onlyA.id())).isEmpty();
    assertThat(store.events(b, onlyA.id())).isEmpty();
    assertThat(store.load(a, onlyA.id())).contains(onlyA);
    assertThat(store.events(a, onlyA.id())).containsExactly(OrderPlaced.of(onlyA));

    // Reads: each tenant's page, export and due orders hold its own orders only.
    OrderQuery everything = OrderQuery.builder().includePending(true).sort(OrderSort.ORDER_ID).build();
    assertThat(StoreCases.ids(store.query(b, everything).rows())).containsExactly(shared.id().value());
    try (Stream<Order> exported = store.stream(b, everything)) {
      assertThat(exported.toList()).containsExactly(sharedInB);
    }
    Instant farLater = StoreCases.START.plus(Duration.ofDays(400));
    assertThat(store.due(b, farLater, 100)).containsExactly(sharedInB);
    assertThat(store.due(a, farLater, 100)).extracting(Order::id).containsExactly(onlyA.id());

    // b's sweep cancels b's order and leaves a's due order for a's own sweep.
    SweepResult sweptB = PostgresSweep.of(store).run(b, farLater, 2);
    assertThat(sweptB.actions()).isNotEmpty().allMatch(action -> action.orderId().equals(shared.id()));
    assertThat(store.load(a, onlyA.id())).contains(onlyA);
    assertThat(store.load(a, shared.id())).contains(cancelled.order());
    assertThat(PostgresSweep.of(store).run(a, farLater, 2)).isEqualTo(TestDatabase.SWEEP.run(
        List.of(onlyA), farLater));
    List<Event> bHistory = store.events(b, shared.id());
    assertThat(bHistory).hasSizeGreaterThan(1);
    assertThat(store.events(a, shared.id())).hasSize(2);
  }
}
