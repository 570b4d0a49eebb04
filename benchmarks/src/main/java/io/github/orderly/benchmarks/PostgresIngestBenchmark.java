package io.github.orderly.benchmarks;

import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.TenantId;
import io.github.orderly.postgres.PostgresOrderStore;
import io.github.orderly.postgres.internal.OrderProjection;
import io.github.orderly.postgres.internal.OrderRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Storing orders into the table that holds the 1,000,000 orders of {@link PostgresBenchmarkData}: the
 * store's bulk path ({@code createAll}: {@code COPY}, rows and {@code OrderPlaced} events, {@value #BATCH}
 * orders one transaction; also split over two writers), the part-1 writer (one multi-row {@code INSERT}
 * of unnested arrays, rows only), and beside them the same rows inserted one {@code INSERT} per order,
 * each its own transaction, as a host writes them one by one. Scores are orders per second, projection included; every order is new (a
 * fresh id), so every row is an insert. The written orders belong to a tenant of their own and are
 * deleted at the end of the trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PostgresIngestBenchmark {
  static final int BATCH = 1000;
  static final int ONE_BY_ONE = 100;
  static final TenantId TENANT = TenantId.of("ingest");
  private static final String INSERT_ONE = """
      INSERT INTO orderly_orders (tenant, order_id, version, body, order_key, marketplace, fulfilment_channel,
          status, subtypes, purchased_at, purchased_at_ns, first_reported_at, first_reported_at_ns, open_ship_by,
          open_ship_by_ns, shipment_late, refund_failed, currency, total, line_statuses, search_text, next_due_at)
      VALUES (?, ?, ?, ?::jsonb, decode(?, 'hex'), ?, ?, ?, string_to_array(?, ','), ?::timestamptz, ?,
          ?::timestamptz, ?, ?::timestamptz, ?, ?, ?, ?, ?::numeric, string_to_array(?, ','), ?, ?::timestamptz)
      """;

  PostgresBenchmarkData data;
  List<Order> templates;
  List<Order> next;
  long sequence;
  PostgresOrderStore store;
  ExecutorService writers;

  @Setup(Level.Trial)
  public void setUp() {
    data = PostgresBenchmarkData.open();
    templates = PostgresBenchmarkData.distinctOrders().subList(0, 10_000);
    data.execute("DELETE FROM orderly_order_events WHERE tenant = '" + TENANT + "'");
    data.execute("DELETE FROM orderly_orders WHERE tenant = '" + TENANT + "'");
    store = PostgresOrderStore.of(data.dataSource(), PostgresBenchmarkData.SWEEP);
    writers = Executors.newFixedThreadPool(2);
  }

  /** The next orders to write, under ids never written before; made outside the measured time. */
  @Setup(Level.Invocation)
  public void nextOrders() {
    next = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      Order template = templates.get((int) (sequence % templates.size()));
      next.add(Order.builder().from(template).id(OrderId.of("I-" + sequence++)).build());
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    writers.shutdownNow();
    data.execute("DELETE FROM orderly_order_events WHERE tenant = '" + TENANT + "'");
    data.execute("DELETE FROM orderly_orders WHERE tenant = '" + TENANT + "'");
    data.execute("VACUUM ANALYZE orderly_orders");
    data.close();
  }

  /** The store's bulk path: {@code createAll} of 1,000 orders, COPY, rows and events, one transaction. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int ingestCopy() {
    return store.createAll(TENANT, next);
  }

  /** The same 1,000 orders as two {@code createAll} calls of 500 at once, each on a connection of its own. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int ingestCopyTwoWriters() throws InterruptedException, ExecutionException {
    Future<Integer> first = writers.submit(() -> store.createAll(TENANT, next.subList(0, BATCH / 2)));
    int second = store.createAll(TENANT, next.subList(BATCH / 2, BATCH));
    return first.get() + second;
  }

  /** The part-1 writer: one multi-row INSERT of unnested arrays per 1,000 orders, rows only, no events. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int ingestBatched() {
    return OrderRows.replace(data.dataSource(), TENANT, next, PostgresBenchmarkData.SWEEP);
  }

  @Benchmark
  @OperationsPerInvocation(ONE_BY_ONE)
  public int ingestOneByOne() throws SQLException {
    int written = 0;
    try (Connection c = data.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(INSERT_ONE)) {
      for (Order order : next.subList(0, ONE_BY_ONE)) {
        OrderProjection p = OrderProjection.of(order, PostgresBenchmarkData.SWEEP);
        int i = 1;
        s.setString(i++, TENANT.value());
        s.setString(i++, p.orderId());
        s.setLong(i++, p.version());
        s.setString(i++, p.body());
        s.setString(i++, p.orderKey());
        s.setString(i++, p.marketplace());
        s.setString(i++, p.fulfilmentChannel());
        s.setString(i++, p.status());
        s.setString(i++, p.subtypes());
        s.setString(i++, p.purchasedAt());
        s.setShort(i++, p.purchasedAtNs());
        s.setString(i++, p.firstReportedAt());
        s.setShort(i++, p.firstReportedAtNs());
        s.setString(i++, p.openShipBy());
        s.setObject(i++, p.openShipByNs(), java.sql.Types.SMALLINT);
        s.setBoolean(i++, p.shipmentLate());
        s.setBoolean(i++, p.refundFailed());
        s.setString(i++, p.currency());
        s.setBigDecimal(i++, p.total());
        s.setString(i++, p.lineStatuses());
        s.setString(i++, p.searchText());
        s.setString(i, p.nextDueAt());
        written += s.executeUpdate();
      }
    }
    return written;
  }
}
