package io.github.orderly.postgres.internal;

import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.policy.Sweep;
import io.github.orderly.postgres.OrderStoreException;
import io.github.orderly.postgres.TenantId;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Writes and reads rows of {@code orderly_orders}. A write inserts each order, or replaces the row of an
 * order with the same id, with every projected column ({@link OrderProjection}); a batch of orders is one
 * statement per {@value #BATCH} orders (their columns passed as arrays and unnested), all in the caller's
 * transaction, or in one transaction of its own with {@link #replace(DataSource, TenantId, Collection,
 * Sweep)}.
 *
 * <p>Not yet the store's save: it checks no version and writes no events (both come with the
 * compare-and-set save).
 */
public final class OrderRows {
  /** The most orders one statement writes. */
  static final int BATCH = 1000;
  /** The columns of a row after the tenant, each passed as one array. */
  private static final int COLUMNS = 21;

  private static final String REPLACE = """
      INSERT INTO orderly_orders (tenant, order_id, version, body, order_key, marketplace, fulfilment_channel,
          status, subtypes, purchased_at, purchased_at_ns, first_reported_at, first_reported_at_ns, open_ship_by,
          open_ship_by_ns, shipment_late, refund_failed, currency, total, line_statuses, search_text, next_due_at)
      SELECT ?, u.order_id, u.version::bigint, u.body::jsonb, decode(u.order_key, 'hex'), u.marketplace,
          u.fulfilment_channel, u.status, string_to_array(u.subtypes, ','), u.purchased_at::timestamptz,
          u.purchased_at_ns::smallint, u.first_reported_at::timestamptz, u.first_reported_at_ns::smallint,
          u.open_ship_by::timestamptz, u.open_ship_by_ns::smallint, u.shipment_late::boolean,
          u.refund_failed::boolean, u.currency, u.total::numeric, string_to_array(u.line_statuses, ','),
          u.search_text, u.next_due_at::timestamptz
      FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
          ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
          ?::text[], ?::text[], ?::text[])
        AS u(order_id, version, body, order_key, marketplace, fulfilment_channel, status, subtypes, purchased_at,
          purchased_at_ns, first_reported_at, first_reported_at_ns, open_ship_by, open_ship_by_ns, shipment_late,
          refund_failed, currency, total, line_statuses, search_text, next_due_at)
      ON CONFLICT (tenant, order_id) DO UPDATE SET version = EXCLUDED.version, body = EXCLUDED.body,
          order_key = EXCLUDED.order_key, marketplace = EXCLUDED.marketplace,
          fulfilment_channel = EXCLUDED.fulfilment_channel, status = EXCLUDED.status, subtypes = EXCLUDED.subtypes,
          purchased_at = EXCLUDED.purchased_at, purchased_at_ns = EXCLUDED.purchased_at_ns,
          first_reported_at = EXCLUDED.first_reported_at, first_reported_at_ns = EXCLUDED.first_reported_at_ns,
          open_ship_by = EXCLUDED.open_ship_by, open_ship_by_ns = EXCLUDED.open_ship_by_ns,
          shipment_late = EXCLUDED.shipment_late, refund_failed = EXCLUDED.refund_failed,
          currency = EXCLUDED.currency, total = EXCLUDED.total, line_statuses = EXCLUDED.line_statuses,
          search_text = EXCLUDED.search_text, next_due_at = EXCLUDED.next_due_at
      """;

  private static final String LOAD = "SELECT body::text FROM orderly_orders WHERE tenant = ? AND order_id = ?";

  private OrderRows() {}

  /**
   * Inserts the orders, or replaces the rows of orders with the same ids, in one transaction of its own.
   *
   * @param dataSource where the tables are
   * @param tenant whose orders they are
   * @param orders the orders, no two with the same id
   * @param sweep whose policies give each order's next due instant
   * @return how many rows were written
   * @throws io.github.orderly.postgres.UnstorableOrderException if an order holds a value PostgreSQL cannot
   *     keep; nothing is written
   * @throws IllegalArgumentException if two orders have the same id; nothing is written
   * @throws OrderStoreException if the database fails; nothing is written
   */
  public static int replace(DataSource dataSource, TenantId tenant, Collection<Order> orders, Sweep sweep) {
    List<OrderProjection> rows = project(orders, sweep);
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        int written = write(connection, tenant, rows);
        connection.commit();
        return written;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new OrderStoreException("cannot write " + rows.size() + " orders of tenant " + tenant, e);
    }
  }

  /**
   * Inserts the orders, or replaces the rows of orders with the same ids, in the connection's transaction.
   *
   * @param connection the connection, whose transaction the caller commits
   * @param tenant whose orders they are
   * @param orders the orders, no two with the same id
   * @param sweep whose policies give each order's next due instant
   * @return how many rows were written
   * @throws SQLException if the database fails
   */
  public static int replace(Connection connection, TenantId tenant, Collection<Order> orders, Sweep sweep)
      throws SQLException {
    return write(connection, tenant, project(orders, sweep));
  }

  /**
   * Loads one order.
   *
   * @param connection the connection
   * @param tenant whose order it is
   * @param id the order's id
   * @return the order as it was written, or empty when the tenant has no order with that id
   * @throws SQLException if the database fails
   */
  public static Optional<Order> load(Connection connection, TenantId tenant, OrderId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(LOAD)) {
      statement.setString(1, tenant.value());
      statement.setString(2, id.value());
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() ? Optional.of(read(rs.getString(1))) : Optional.empty();
      }
    }
  }

  /** Reads an order from the text of its {@code body} column. */
  static Order read(String body) {
    return OrderlyJson.read(body, Order.class);
  }

  private static List<OrderProjection> project(Collection<Order> orders, Sweep sweep) {
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(sweep, "sweep");
    List<OrderProjection> rows = new ArrayList<>(orders.size());
    Set<String> ids = new HashSet<>();
    for (Order order : orders) {
      if (!ids.add(order.id().value())) {
        throw new IllegalArgumentException("orders = '" + order.id() + "': appears twice in one write");
      }
      rows.add(OrderProjection.of(order, sweep));
    }
    return rows;
  }

  private static int write(Connection connection, TenantId tenant, List<OrderProjection> rows) throws SQLException {
    Objects.requireNonNull(tenant, "tenant");
    int written = 0;
    try (PreparedStatement statement = connection.prepareStatement(REPLACE)) {
      for (int from = 0; from < rows.size(); from += BATCH) {
        List<OrderProjection> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
        bind(connection, statement, tenant, batch);
        written += statement.executeUpdate();
      }
    }
    return written;
  }

  private static void bind(Connection connection, PreparedStatement statement, TenantId tenant,
      List<OrderProjection> batch) throws SQLException {
    int n = batch.size();
    String[][] columns = new String[COLUMNS][n];
    for (int i = 0; i < n; i++) {
      OrderProjection p = batch.get(i);
      String[] row = {
        p.orderId(), Long.toString(p.version()), p.body(), p.orderKey(), p.marketplace(), p.fulfilmentChannel(),
        p.status(), p.subtypes(), p.purchasedAt(), Short.toString(p.purchasedAtNs()), p.firstReportedAt(),
        Short.toString(p.firstReportedAtNs()), p.openShipBy(),
        p.openShipByNs() == null ? null : p.openShipByNs().toString(), Boolean.toString(p.shipmentLate()),
        Boolean.toString(p.refundFailed()), p.currency(), p.total().toPlainString(), p.lineStatuses(),
        p.searchText(), p.nextDueAt(),
      };
      for (int c = 0; c < row.length; c++) {
        columns[c][i] = row[c];
      }
    }
    statement.setString(1, tenant.value());
    for (int c = 0; c < columns.length; c++) {
      Array array = connection.createArrayOf("text", columns[c]);
      statement.setArray(c + 2, array);
    }
  }
}
