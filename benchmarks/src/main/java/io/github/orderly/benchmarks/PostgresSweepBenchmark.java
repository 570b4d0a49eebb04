package io.github.orderly.benchmarks;

import io.github.orderly.access.Role;
import io.github.orderly.order.Order;
import io.github.orderly.policy.AutomaticCancellation;
import io.github.orderly.policy.SweepResult;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.postgres.PostgresOrderStore;
import io.github.orderly.postgres.PostgresSweep;
import io.github.orderly.workflow.AutoCancel;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.WorkflowContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sweep over the 1,000,000 orders of {@link PostgresBenchmarkData} at an instant when 1 % of them
 * ({@value #DUE} orders) are due: every due order decided and saved (the cancellation's event written,
 * the row rewritten), by {@link PostgresSweep} with {@code workers} workers (2 unless set) claiming batches from the
 * partial index over due orders, beside the naive host: load every open order (pending, unshipped,
 * partially shipped: the statuses the sweep can act on), run core's {@code Sweep.run} over them, then
 * decide and save each cancellation one order per transaction.
 *
 * <p>Each measured sweep runs on the same data: before every iteration (outside the measured time) the
 * due orders' rows are restored from a copy taken at the start of the trial, and the events the previous
 * sweep wrote are deleted. Each iteration is one sweep ({@code SingleShotTime}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx8g"})
public class PostgresSweepBenchmark {
  static final int DUE = 10_000;

  /** The orders one batch claims (the default, 1,000); other sizes with {@code -p batchSize=100}. */
  @Param({"1000"})
  public int batchSize;

  /** The sweep's workers; other counts with {@code -p workers=1}. */
  @Param({"2"})
  public int workers;
  /** The columns a sweep may rewrite, restored before each iteration. */
  private static final String COLUMNS = "version, body, order_key, marketplace, fulfilment_channel, status,"
      + " subtypes, purchased_at, purchased_at_ns, first_reported_at, first_reported_at_ns, open_ship_by,"
      + " open_ship_by_ns, shipment_late, refund_failed, currency, total, line_statuses, search_text, next_due_at,"
      + " next_due_at_ns, swept_at, swept_at_ns";
  private static final String OPEN = "SELECT body::text FROM orderly_orders WHERE tenant = ?"
      + " AND status IN ('PENDING', 'UNSHIPPED', 'PARTIALLY_SHIPPED')";

  PostgresBenchmarkData data;
  PostgresOrderStore store;
  /** The sweep's instant: the next due instant of the {@value #DUE}th order to fall due. */
  Instant at;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    data = PostgresBenchmarkData.open();
    store = PostgresOrderStore.of(data.dataSource(), PostgresBenchmarkData.SWEEP);
    try (Connection c = data.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
        "SELECT next_due_at, next_due_at_ns FROM orderly_orders WHERE tenant = ? AND next_due_at IS NOT NULL"
            + " ORDER BY next_due_at, next_due_at_ns, order_key OFFSET ? LIMIT 1")) {
      s.setString(1, PostgresBenchmarkData.TENANT.value());
      s.setInt(2, DUE - 1);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        at = rs.getObject(1, OffsetDateTime.class).toInstant().plusNanos(rs.getShort(2));
      }
    }
    data.execute("DROP TABLE IF EXISTS orderly_benchmark_sweep_before");
    data.execute("CREATE TABLE orderly_benchmark_sweep_before AS SELECT * FROM orderly_orders WHERE tenant = '"
        + PostgresBenchmarkData.TENANT + "' AND next_due_at IS NOT NULL AND (next_due_at, next_due_at_ns) <= ('"
        + at.truncatedTo(java.time.temporal.ChronoUnit.MICROS) + "'::timestamptz, " + (at.getNano() % 1000) + ")");
    System.out.printf("%nsweep at %s: %,d orders due, %,d open orders%n", at,
        data.count("SELECT count(*) FROM orderly_benchmark_sweep_before"),
        data.count("SELECT count(*) FROM orderly_orders WHERE tenant = '" + PostgresBenchmarkData.TENANT
            + "' AND status IN ('PENDING', 'UNSHIPPED', 'PARTIALLY_SHIPPED')"));
  }

  /** Puts the due orders back as they were and deletes the events the last sweep wrote; not measured. */
  @Setup(Level.Iteration)
  public void restore() {
    data.execute("DELETE FROM orderly_order_events e USING orderly_benchmark_sweep_before b"
        + " WHERE e.tenant = b.tenant AND e.order_id = b.order_id AND e.version > b.version");
    data.execute("UPDATE orderly_orders o SET (" + COLUMNS + ") = (" + COLUMNS.replaceAll("(\\w+)", "b.$1")
        + ") FROM orderly_benchmark_sweep_before b WHERE o.tenant = b.tenant AND o.order_id = b.order_id");
  }

  /** Reports what the last sweep saved (outside the measured time), so that both sweeps can be compared. */
  @TearDown(Level.Iteration)
  public void report() {
    System.out.printf("  [%,d events written by the sweep]", data.count("SELECT count(*) FROM orderly_order_events e"
        + " JOIN orderly_benchmark_sweep_before b ON e.tenant = b.tenant AND e.order_id = b.order_id"
        + " AND e.version > b.version"));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    restore();
    data.execute("DROP TABLE orderly_benchmark_sweep_before");
    data.execute("VACUUM ANALYZE orderly_orders");
    data.close();
  }

  @Benchmark
  public SweepResult sweepInPostgres() {
    return PostgresSweep.of(store).withBatchSize(batchSize).run(PostgresBenchmarkData.TENANT, at, workers);
  }

  /**
   * The naive peer. It loads some 600,000 open orders each time, which takes a minute or more here, so it
   * runs fewer iterations than the class's: one to warm up, three measured.
   */
  @Benchmark
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public SweepResult loadOpenOrdersAndSweepRun() throws SQLException {
    List<Order> open = new ArrayList<>();
    try (Connection c = data.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement(OPEN)) {
        s.setFetchSize(1000);
        s.setString(1, PostgresBenchmarkData.TENANT.value());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            open.add(OrderlyJson.read(rs.getString(1), Order.class));
          }
        }
      }
      c.commit();
      c.setAutoCommit(true);
    }
    SweepResult result = PostgresBenchmarkData.SWEEP.run(open, at);
    Map<String, Order> byId = new HashMap<>();
    for (AutomaticCancellation due : result.cancellations()) {
      byId.putIfAbsent(due.orderId().value(), null);
    }
    for (Order order : open) {
      if (byId.containsKey(order.id().value())) {
        byId.put(order.id().value(), order);
      }
    }
    Map<String, List<AutomaticCancellation>> dueOf = new HashMap<>();
    result.cancellations().forEach(d -> dueOf.computeIfAbsent(d.orderId().value(), k -> new ArrayList<>()).add(d));
    for (Map.Entry<String, List<AutomaticCancellation>> entry : dueOf.entrySet()) {
      Order order = byId.get(entry.getKey());
      Order current = order;
      List<Event> events = new ArrayList<>();
      for (AutomaticCancellation due : entry.getValue()) {
        WorkflowContext context = WorkflowContext.of(due.at(), Role.MARKETPLACE,
            PostgresBenchmarkData.SWEEP.policyFor(order))
            .withCommandLog(id -> store.knowsCommand(PostgresBenchmarkData.TENANT, id));
        Decision decision = OrderWorkflow.decide(current, AutoCancel.from(due), context);
        if (decision.isAccepted()) {
          current = decision.order();
          events.addAll(decision.events());
        }
      }
      if (!events.isEmpty()) {
        store.save(PostgresBenchmarkData.TENANT, current, order.version(), events);
      }
    }
    return result;
  }
}
