package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.access.Role;
import io.github.orderly.money.Money;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.TenantId;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.store.VersionConflictException;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.IssueRefund;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.WorkflowContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R43 under load: {@value #THREADS} threads send commands at the same few orders through
 * {@link PostgresOrderStore#apply}, every command delivered twice (the second copy by another thread, at
 * another moment). The issue's figures are 1,000 commands per thread: run them with
 * {@code -Dorderly.concurrency.commands=1000} (orders are added so that none takes more than 500 refunds,
 * inside {@code Limits.MAX_REFUNDS}; it runs for a few minutes); the build's default is {@value #DEFAULT_COMMANDS}
 * per thread.
 */
@DisplayName("R43: 16 threads sending commands at the same orders, with redeliveries, lose nothing and apply nothing twice")
class ConcurrentCommandsR43Test {
  static final int THREADS = 16;
  static final int DEFAULT_COMMANDS = 15;
  private static final int COMMANDS = Integer.getInteger("orderly.concurrency.commands", DEFAULT_COMMANDS);
  private static final int MOST_PER_ORDER = 500;

  private final PostgresOrderStore store = PostgresOrderStore.of(TestDatabase.dataSource(), TestDatabase.SWEEP);

  @Test
  @DisplayName("R43: every accepted command's event is stored exactly once, each command accepted once and "
      + "repeated once, versions rise by one per accepted command, and each order is its history replayed")
  void sixteenThreadsWithRedeliveries() throws Exception {
    TenantId tenant = TestDatabase.tenant("load");
    SplittableRandom random = new SplittableRandom(43);
    int orderCount = Math.max(4, (THREADS * COMMANDS + MOST_PER_ORDER - 1) / MOST_PER_ORDER);
    List<Order> orders = refundable(random, orderCount, MOST_PER_ORDER + 1);
    store.createAll(tenant, orders);

    // Thread t sends its own commands and, shuffled among them, the copies of thread t-1's.
    List<List<Delivery>> work = new ArrayList<>();
    Map<CommandId, OrderId> sent = new HashMap<>();
    List<List<Delivery>> own = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      List<Delivery> mine = new ArrayList<>();
      for (int c = 0; c < COMMANDS; c++) {
        Order order = orders.get((c + t) % orders.size());
        IssueRefund command = refund(order, "t" + t + "-c" + c);
        mine.add(new Delivery(order.id(), command));
        sent.put(command.id(), order.id());
      }
      own.add(mine);
    }
    for (int t = 0; t < THREADS; t++) {
      List<Delivery> deliveries = new ArrayList<>(own.get(t));
      deliveries.addAll(own.get((t + THREADS - 1) % THREADS));
      Collections.shuffle(deliveries, new java.util.Random(random.nextLong()));
      work.add(deliveries);
    }

    Map<CommandId, List<Decision.Outcome>> outcomes = new ConcurrentHashMap<>();
    WorkflowContext context = WorkflowContext.of(StoreCases.START.plus(Duration.ofDays(40)), Role.STAFF);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> running = new ArrayList<>();
      for (List<Delivery> deliveries : work) {
        running.add(pool.submit(() -> {
          start.await();
          for (Delivery d : deliveries) {
            Decision decision = applyRetrying(tenant, d, context);
            outcomes.computeIfAbsent(d.command().id(), id -> Collections.synchronizedList(new ArrayList<>()))
                .add(decision.outcome());
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : running) {
        f.get(10, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(outcomes).hasSize(THREADS * COMMANDS);
    outcomes.forEach((id, os) -> assertThat(os).as("the two deliveries of %s", id)
        .containsExactlyInAnyOrder(Decision.Outcome.ACCEPTED, Decision.Outcome.REPEATED));
    for (Order order : orders) {
      Set<CommandId> mine = new HashSet<>();
      sent.forEach((id, to) -> {
        if (to.equals(order.id())) {
          mine.add(id);
        }
      });
      List<Event> events = store.events(tenant, order.id());
      assertThat(events).as("events of %s: its import and one per command", order.id()).hasSize(1 + mine.size());
      assertThat(events.stream().skip(1).map(Event::commandId).toList()).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(mine);
      Order stored = store.load(tenant, order.id()).orElseThrow();
      assertThat(stored.version()).as("one version per accepted command").isEqualTo(order.version() + mine.size());
      assertThat(versions(tenant, order.id())).as("the events are numbered one by one")
          .isEqualTo(range(order.version(), order.version() + mine.size()));
      assertThat(OrderWorkflow.replay(events)).as("no update lost: the order is its history replayed").isEqualTo(stored);
      assertThat(stored.refunds()).hasSize(order.refunds().size() + mine.size());
    }
  }

  private record Delivery(OrderId orderId, IssueRefund command) {}

  /** Applies a delivery, deciding again on the conflicts apply gives up on, as a host's consumer would. */
  private Decision applyRetrying(TenantId tenant, Delivery d, WorkflowContext context) {
    VersionConflictException last = null;
    for (int attempt = 0; attempt < 10_000; attempt++) {
      try {
        return store.apply(tenant, d.orderId(), d.command(), context);
      } catch (VersionConflictException e) {
        last = e;
        Thread.onSpinWait();
      }
    }
    throw new AssertionError("10,000 applications of " + d.command().id() + " met a conflict", last);
  }

  private static List<Long> range(long from, long to) {
    List<Long> out = new ArrayList<>();
    for (long v = from; v <= to; v++) {
      out.add(v);
    }
    return out;
  }

  private static List<Long> versions(TenantId tenant, OrderId id) throws Exception {
    try (Connection c = TestDatabase.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
        "SELECT version FROM orderly_order_events WHERE tenant = ? AND order_id = ? ORDER BY version")) {
      s.setString(1, tenant.value());
      s.setString(2, id.value());
      List<Long> versions = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          versions.add(rs.getLong(1));
        }
      }
      return versions;
    }
  }

  /** Shipped, seller-fulfilled orders without refunds, each with a paid line that can take many small refunds. */
  private static List<Order> refundable(SplittableRandom random, int count, int minorUnits) {
    OrderGenerator shipped = OrderGenerator.standard().withStatuses(OrderStatus.SHIPPED)
        .withChannels(FulfilmentChannel.SELLER).purchasedWithin(StoreCases.START, Duration.ofDays(20));
    List<Order> orders = new ArrayList<>();
    Set<OrderId> ids = new HashSet<>();
    while (orders.size() < count) {
      Order o = shipped.next(random);
      if (o.refunds().isEmpty() && o.cancellationRequests().isEmpty() && o.upstream().isEmpty()
          && paidLine(o, minorUnits).isPresent() && ids.add(o.id())) {
        orders.add(Order.builder().from(o).version(0).build());
      }
    }
    return orders;
  }

  private static Optional<OrderLine> paidLine(Order order, int minorUnits) {
    return order.lines().stream().filter(l -> l.paymentStatus() == PaymentStatus.PAID
        && l.charge().isGreaterThan(Money.ofMinor(minorUnits, order.currency()))).findFirst();
  }

  private static IssueRefund refund(Order order, String n) {
    OrderLine line = paidLine(order, MOST_PER_ORDER + 1).orElseThrow();
    return IssueRefund.ofAmounts(CommandId.of("load-" + n), RefundId.of("LR-" + n), RefundReason.GENERAL_ADJUSTMENT,
        List.of(RefundLine.of(line.id(), Money.ofMinor(1, order.currency()))));
  }
}
