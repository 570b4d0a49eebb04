package io.github.orderly.postgres;

import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.postgres.internal.OrderRows;
import io.github.orderly.postgres.internal.PageStatement;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.Page;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Orders in PostgreSQL, read by tenant: load one order, or evaluate the orders page
 * ({@link OrderQuery}) in the database (R26, R47).
 *
 * <p>The tables are those of {@link OrderlySchema}, found through the connections' {@code search_path}: to
 * keep them in a schema of your own, migrate that schema and give the store a {@link DataSource} whose
 * connections have it on their path ({@code currentSchema=orderly} in the JDBC URL, for example).
 *
 * <p>{@link #select(TenantId, OrderQuery)} runs one parameterised statement and returns the very page that
 * {@link OrderQuery#select(Iterable)} returns over the tenant's orders: the same rows in the same order,
 * the same count, the same cursor. A cursor from one works in the other. Paging is keyset paging (no
 * {@code OFFSET}); the partial search runs on a trigram index. Every statement is scoped by the tenant:
 * no call for one tenant sees another's orders.
 *
 * <p>Immutable and safe to share between threads; each call borrows one connection from the data source
 * and gives it back.
 *
 * <p>Not yet here (they come with the compare-and-set save): saving orders with their events, applying a
 * command with retries, the sweep over due orders, and exports from a server-side cursor.
 *
 * <p>Immutable and thread-safe.
 */
public final class PostgresOrderStore {
  private final DataSource dataSource;

  private PostgresOrderStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Returns a store over the tables that the data source's connections find.
   *
   * @param dataSource the connections, for example a pool
   * @return the store
   */
  public static PostgresOrderStore of(DataSource dataSource) {
    return new PostgresOrderStore(Objects.requireNonNull(dataSource, "dataSource"));
  }

  /**
   * Loads one order of the tenant.
   *
   * @param tenant whose order
   * @param id the order's id
   * @return the order, equal to the one written; empty when the tenant has no order with that id (even if
   *     another tenant has)
   * @throws OrderStoreException if the database fails
   */
  public Optional<Order> load(TenantId tenant, OrderId id) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(id, "id");
    try (Connection connection = dataSource.getConnection()) {
      return OrderRows.load(connection, tenant, id);
    } catch (SQLException e) {
      throw new OrderStoreException("cannot load order " + id + " of tenant " + tenant, e);
    }
  }

  /**
   * Evaluates one page of the orders page over the tenant's orders, in one SQL statement.
   *
   * @param tenant whose orders
   * @param query the query, with its cursor for a page after the first
   * @return the page that {@link OrderQuery#select(Iterable)} returns over the tenant's orders
   * @throws io.github.orderly.query.InvalidQueryException if the search text holds an unpaired surrogate,
   *     which PostgreSQL cannot hold (such a text matches no stored order)
   * @throws OrderStoreException if the database fails
   */
  public Page select(TenantId tenant, OrderQuery query) {
    PageStatement statement = PageStatement.of(tenant, query);
    try (Connection connection = dataSource.getConnection()) {
      return statement.run(connection);
    } catch (SQLException e) {
      throw new OrderStoreException("cannot select the orders page of tenant " + tenant, e);
    }
  }
}
