package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.access.Role;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.TenantId;
import io.github.orderly.policy.AutomaticCancellation;
import io.github.orderly.policy.SweepResult;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import io.github.orderly.testkit.SeedReporter;
import io.github.orderly.testkit.Shrink;
import io.github.orderly.workflow.AutoCancel;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.WorkflowContext;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R45: the sweep in PostgreSQL ({@link PostgresSweep}) against the in-memory {@code Sweep.run} over the same
 * orders: the same actions, every automatic cancellation applied once, with several workers sharing the
 * batches, and a worker that dies mid-batch leaving nothing behind.
 */
@ExtendWith(SeedReporter.class)
@DisplayName("R45: the PostgreSQL sweep equals Sweep.run, with several workers and with a worker that dies")
class PostgresSweepR45Test {
  private static final Instant START = StoreCases.START;
  private final PostgresOrderStore store = PostgresOrderStore.of(TestDatabase.dataSource(), TestDatabase.SWEEP);

  @Test
  @DisplayName("R45 property: 1 to 4 workers in batches of 1 to 7 report exactly Sweep.run's actions, apply each "
      + "automatic cancellation once as the workflow decides it in memory, and a second sweep at the instant "
      + "finds nothing left")
  void workersEqualSweepRun() {
    Property.named("PostgresSweep with several workers equals Sweep.run and the workflow in memory")
        .withTries(Math.max(3, Property.scaledTries(12) / 2))
        .check(StoreCases.sweptOrders(35), orders -> {
          RandomGenerator random = new SplittableRandom(orders.hashCode());
          TenantId tenant = TestDatabase.tenant("sweep");
          store.createAll(tenant, orders);
          Instant at = START.plusSeconds(random.nextLong(Duration.ofDays(40).getSeconds()));
          int workers = 1 + random.nextInt(4);
          PostgresSweep sweep = PostgresSweep.of(store).withBatchSize(1 + random.nextInt(7));

          SweepResult expected = TestDatabase.SWEEP.run(orders, at);
          SweepResult actual = sweep.run(tenant, at, workers);

          assertThat(actual).as("%d workers at %s", workers, at).isEqualTo(expected);
          assertStoredAsDecidedInMemory(tenant, orders, expected);
          assertThat(sweep.run(tenant, at, workers).actions()).as("a second sweep at the same instant").isEmpty();
        }, Shrink.list(), os -> StoreCases.ids(os).toString());
  }

  @Test
  @DisplayName("R45: a worker that dies mid-batch (its transaction never committed, its connection closed) leaves "
      + "nothing half-applied; while it holds its rows the other workers skip them, and the next sweep picks them up")
  void aWorkerThatDiesLeavesNothingBehind() throws Exception {
    TenantId tenant = TestDatabase.tenant("crash");
    List<Order> orders = dueOrders(new SplittableRandom(45), 30);
    store.createAll(tenant, orders);
    Instant at = START.plus(Duration.ofDays(40));
    SweepResult expected = TestDatabase.SWEEP.run(orders, at);
    assertThat(expected.cancellations()).hasSizeGreaterThan(5);
    Map<OrderId, List<Event>> before = events(tenant, orders);
    PostgresSweep sweep = PostgresSweep.of(store).withBatchSize(5);

    // A connection of its own, outside the pool, that the test can kill.
    Connection dying = TestDatabase.server().getPostgresDatabase().getConnection();
    TestDatabase.execute(dying, "SET search_path = " + TestDatabase.SCHEMA);
    dying.setAutoCommit(false);
    List<Order> held = sweep.batch(dying, tenant, at);
    assertThat(held).hasSize(5);
    // The other workers run while the dying one holds its batch: they skip its rows and take the rest.
    SweepResult others = sweep.run(tenant, at, 2);
    Set<OrderId> heldIds = ids(held);
    assertThat(others.actions()).isNotEmpty().noneMatch(a -> heldIds.contains(a.orderId()));
    // It dies: the connection goes away without a commit.
    int backend = backendPid(dying);
    dying.abort(Runnable::run);
    assertThat(dying.isClosed()).isTrue();
    // The server rolls the dead backend back on its own time: wait (boundedly) until it has let go of the rows.
    awaitGone(backend);

    for (Order order : held) {
      assertThat(store.load(tenant, order.id())).as("held order %s", order.id()).contains(order);
      assertThat(store.events(tenant, order.id())).isEqualTo(before.get(order.id()));
    }
    SweepResult next = PostgresSweep.of(store).run(tenant, at, 2);
    assertThat(ids(next.actions().stream().map(a -> orders.stream().filter(o -> o.id().equals(a.orderId()))
        .findFirst().orElseThrow()).toList())).isEqualTo(heldIds);
    List<io.github.orderly.policy.DueAction> together = new ArrayList<>(others.actions());
    together.addAll(next.actions());
    assertThat(together).containsExactlyInAnyOrderElementsOf(expected.actions());
    assertStoredAsDecidedInMemory(tenant, orders, expected);
  }

  private static int backendPid(Connection connection) throws java.sql.SQLException {
    try (java.sql.Statement st = connection.createStatement();
        java.sql.ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Waits up to 30 s until the server has ended the backend and released its locks. */
  private static void awaitGone(int pid) throws Exception {
    try (Connection c = TestDatabase.dataSource().getConnection();
        java.sql.PreparedStatement ps = c.prepareStatement(
            "SELECT (SELECT count(*) FROM pg_stat_activity WHERE pid = ?) + (SELECT count(*) FROM pg_locks WHERE pid = ?)")) {
      ps.setInt(1, pid);
      ps.setInt(2, pid);
      for (int i = 0; i < 3000; i++) {
        try (java.sql.ResultSet rs = ps.executeQuery()) {
          rs.next();
          if (rs.getLong(1) == 0) {
            return;
          }
        }
        Thread.sleep(10);
      }
    }
    throw new AssertionError("backend " + pid + " still holds its rows 30 s after its connection was closed");
  }

  /** Every order is stored as the workflow decides the sweep's cancellations in memory, each event once. */
  private void assertStoredAsDecidedInMemory(TenantId tenant, List<Order> orders, SweepResult expected) {
    Map<OrderId, Order> after = new LinkedHashMap<>();
    orders.forEach(o -> after.put(o.id(), o));
    Map<OrderId, Integer> added = new LinkedHashMap<>();
    for (AutomaticCancellation due : expected.cancellations()) {
      Order order = after.get(due.orderId());
      Decision d = OrderWorkflow.decide(order, AutoCancel.from(due),
          WorkflowContext.of(due.at(), Role.MARKETPLACE, TestDatabase.SWEEP.policyFor(order)));
      if (d.isAccepted()) {
        after.put(order.id(), d.order());
        added.merge(order.id(), 1, Integer::sum);
      }
    }
    for (Order order : orders) {
      assertThat(store.load(tenant, order.id())).as("order %s after the sweep", order.id())
          .contains(after.get(order.id()));
      List<Event> events = store.events(tenant, order.id());
      assertThat(events).as("events of %s", order.id()).hasSize(1 + added.getOrDefault(order.id(), 0));
      assertThat(events.stream().map(Event::commandId).distinct()).hasSize(events.size());
    }
  }

  private Map<OrderId, List<Event>> events(TenantId tenant, List<Order> orders) {
    Map<OrderId, List<Event>> events = new LinkedHashMap<>();
    orders.forEach(o -> events.put(o.id(), store.events(tenant, o.id())));
    return events;
  }

  private static Set<OrderId> ids(List<Order> orders) {
    Set<OrderId> ids = new HashSet<>();
    orders.forEach(o -> ids.add(o.id()));
    return ids;
  }

  private static List<Order> dueOrders(RandomGenerator random, int count) {
    OrderGenerator unshipped = StoreCases.SWEPT_ORDERS.withStatuses(OrderStatus.PENDING, OrderStatus.UNSHIPPED);
    List<Order> orders = new ArrayList<>();
    Set<OrderId> ids = new HashSet<>();
    while (orders.size() < count) {
      Order o = unshipped.next(random);
      if (ids.add(o.id())) {
        orders.add(o);
      }
    }
    return orders;
  }
}
