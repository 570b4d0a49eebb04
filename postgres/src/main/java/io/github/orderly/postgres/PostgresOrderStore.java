package io.github.orderly.postgres;

import io.github.orderly.order.CommandId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.TenantId;
import io.github.orderly.policy.Sweep;
import io.github.orderly.postgres.internal.CopyRows;
import io.github.orderly.postgres.internal.OrderRows;
import io.github.orderly.postgres.internal.PageStatement;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.Page;
import io.github.orderly.store.DuplicateCommandException;
import io.github.orderly.store.OrderStore;
import io.github.orderly.store.VersionConflictException;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.OrderPlaced;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;

/**
 * Orders and their events in PostgreSQL: core's {@link OrderStore} port, scoped by tenant in every
 * statement.
 *
 * <ul>
 *   <li>{@link #create} inserts a new order with its {@code OrderPlaced} event; a redelivered import
 *       changes nothing. {@link #createAll} does the same for many orders, a thousand per statement.
 *   <li>{@link #save} runs one transaction: the order's row and its projected columns rewritten only while
 *       the row holds the expected version (compare-and-set, else {@link VersionConflictException} naming
 *       both versions), then the events appended; a command id the tenant already stored fails the unique
 *       key on (tenant, command id) and the whole save with {@link DuplicateCommandException}, even when
 *       two copies arrive at once. Nothing of a failed save is kept.
 *   <li>{@link #apply} (the port's) loads, decides, saves, and decides again on a conflict.
 *   <li>{@link #query} runs one parameterised statement and returns the very page that
 *       {@link OrderQuery#select(Iterable)} returns over the tenant's orders (R26, R47): keyset paging, the
 *       partial search on a trigram index; a cursor from one works in the other.
 *   <li>{@link #stream} reads every match through a server-side cursor ({@value #FETCH_SIZE} rows at a
 *       time), in constant memory: what an export writes.
 *   <li>{@link #due} reads the orders the sweep acts on from the indexed next-due column; {@link PostgresSweep}
 *       claims and decides them with several workers.
 * </ul>
 *
 * <p>The tables are those of {@link OrderlySchema}, found through the connections' {@code search_path}: to
 * keep them in a schema of your own, migrate that schema and give the store a {@link DataSource} whose
 * connections have it on their path ({@code currentSchema=orderly} in the JDBC URL, for example). The
 * sweep the store is made with gives each order's next due instant, kept in step on every write.
 *
 * <p>Immutable and thread-safe; each call borrows one connection from the data source and gives it back
 * (a stream holds its connection until it is closed).
 */
public final class PostgresOrderStore implements OrderStore {
  /**
   * From this many orders on, {@link #createAll} sends them with {@code COPY ... FROM STDIN} when the
   * connections are the PostgreSQL JDBC driver's.
   */
  public static final int COPY_FROM = 100;

  /** The rows a stream reads from its server-side cursor at a time. */
  public static final int FETCH_SIZE = 500;

  private final DataSource dataSource;
  private final Sweep sweep;

  private PostgresOrderStore(DataSource dataSource, Sweep sweep) {
    this.dataSource = dataSource;
    this.sweep = sweep;
  }

  /**
   * Returns a store over the tables that the data source's connections find.
   *
   * @param dataSource the connections, for example a pool
   * @param sweep the policies of the tenants' marketplaces: they give each order's next due instant
   * @return the store
   */
  public static PostgresOrderStore of(DataSource dataSource, Sweep sweep) {
    return new PostgresOrderStore(Objects.requireNonNull(dataSource, "dataSource"),
        Objects.requireNonNull(sweep, "sweep"));
  }

  /** Returns the sweep whose policies give the stored orders' next due instants. */
  public Sweep sweep() {
    return sweep;
  }

  DataSource dataSource() {
    return dataSource;
  }

  /**
   * {@inheritDoc}
   *
   * @throws UnstorableOrderException if the order holds a value PostgreSQL cannot keep; nothing is written
   * @throws OrderStoreException if the database fails; nothing is written
   */
  @Override
  public boolean create(TenantId tenant, OrderPlaced placed) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(placed, "placed");
    return insert(tenant, List.of(placed)) == 1;
  }

  /**
   * Stores many new orders at once, each with its {@code OrderPlaced} event ({@link OrderPlaced#of}), in
   * one transaction. Orders whose ids the tenant already holds are left as they are (a redelivered
   * import). The rows, their projected columns and the events are those {@link #create} writes.
   *
   * <p>From {@value #COPY_FROM} orders on, and when the data source's connections are the PostgreSQL JDBC
   * driver's (directly or behind a pool that unwraps to {@code org.postgresql.PGConnection}), the orders
   * go to the server through one {@code COPY ... FROM STDIN} into a temporary table of the session (each
   * order sent once: the server builds its {@code OrderPlaced} event from the order's body) and then into
   * the store's tables in one statement; otherwise a thousand orders per statement. To load
   * faster still, call it from several threads with separate slices of the orders: each call is a
   * transaction on a connection of its own.
   *
   * @param tenant the tenant
   * @param orders the orders, no two with the same id
   * @return how many orders were stored now
   * @throws IllegalArgumentException if two orders have the same id; nothing is written
   * @throws UnstorableOrderException if an order holds a value PostgreSQL cannot keep; nothing is written
   * @throws OrderStoreException if the database fails; nothing is written
   */
  public int createAll(TenantId tenant, Collection<Order> orders) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(orders, "orders");
    List<OrderPlaced> placed = new ArrayList<>(orders.size());
    orders.forEach(o -> placed.add(OrderPlaced.of(Objects.requireNonNull(o, "orders[]"))));
    return insert(tenant, placed);
  }

  private int insert(TenantId tenant, List<OrderPlaced> placed) {
    try (Connection connection = dataSource.getConnection()) {
      if (placed.size() >= COPY_FROM && CopyRows.canCopy(connection)) {
        return OrderRows.inTransaction(connection, () -> CopyRows.insertNew(connection, tenant, placed, sweep)).size();
      }
      return OrderRows.inTransaction(connection, () -> OrderRows.insertNew(connection, tenant, placed, sweep)).size();
    } catch (SQLException e) {
      throw new OrderStoreException("cannot create " + placed.size() + " orders of tenant " + tenant, e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws OrderStoreException if the database fails
   */
  @Override
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
   * {@inheritDoc}
   *
   * @throws UnstorableOrderException if the order holds a value PostgreSQL cannot keep; nothing is written
   * @throws OrderStoreException if the database fails; nothing is written
   */
  @Override
  public void save(TenantId tenant, Order order, long expectedVersion, List<Event> events) {
    Objects.requireNonNull(tenant, "tenant");
    checkSave(order, expectedVersion, events);
    try (Connection connection = dataSource.getConnection()) {
      save(connection, tenant, order, expectedVersion, events, null);
    } catch (SQLException e) {
      throw new OrderStoreException("cannot save order " + order.id() + " of tenant " + tenant, e);
    }
  }

  /** The save on a connection, in one transaction of its own; {@code sweptAt} is the sweep's instant or null. */
  void save(Connection connection, TenantId tenant, Order order, long expectedVersion, List<Event> events,
      Instant sweptAt) throws SQLException {
    OptionalLong stored;
    try {
      stored = OrderRows.inTransaction(connection,
          () -> OrderRows.update(connection, tenant, order, expectedVersion, events, sweep, sweptAt));
    } catch (SQLException e) {
      if (OrderRows.isDuplicateCommand(e)) {
        throw new DuplicateCommandException(tenant, storedCommand(connection, tenant, events));
      }
      throw e;
    }
    if (stored.isPresent()) {
      throw new VersionConflictException(tenant, order.id(), expectedVersion, stored.getAsLong());
    }
  }

  static void checkSave(Order order, long expectedVersion, List<Event> events) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(events, "events");
    events.forEach(e -> Objects.requireNonNull(e, "events[]"));
    if (events.isEmpty()) {
      throw new IllegalArgumentException("events = '[]': a save carries at least one event");
    }
    if (order.version() != expectedVersion + events.size()) {
      throw new IllegalArgumentException("order.version = '" + order.version() + "': must be the expected version "
          + expectedVersion + " plus the " + events.size() + " event(s)");
    }
  }

  /** The first of the events' command ids that the tenant holds (the one the failed save collided with). */
  private static CommandId storedCommand(Connection connection, TenantId tenant, List<Event> events)
      throws SQLException {
    List<CommandId> seen = new ArrayList<>();
    for (Event event : events) {
      if (seen.contains(event.commandId()) || OrderRows.knowsCommand(connection, tenant, event.commandId())) {
        return event.commandId();
      }
      seen.add(event.commandId());
    }
    return events.get(0).commandId();
  }

  /**
   * {@inheritDoc}
   *
   * @throws OrderStoreException if the database fails
   */
  @Override
  public List<Event> events(TenantId tenant, OrderId id) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(id, "id");
    try (Connection connection = dataSource.getConnection()) {
      return List.copyOf(OrderRows.events(connection, tenant, id));
    } catch (SQLException e) {
      throw new OrderStoreException("cannot read the events of order " + id + " of tenant " + tenant, e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws OrderStoreException if the database fails
   */
  @Override
  public boolean knowsCommand(TenantId tenant, CommandId id) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(id, "id");
    try (Connection connection = dataSource.getConnection()) {
      return OrderRows.knowsCommand(connection, tenant, id);
    } catch (SQLException e) {
      throw new OrderStoreException("cannot look up command " + id + " of tenant " + tenant, e);
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
  @Override
  public Page query(TenantId tenant, OrderQuery query) {
    PageStatement statement = PageStatement.of(tenant, query);
    try (Connection connection = dataSource.getConnection()) {
      return statement.run(connection);
    } catch (SQLException e) {
      throw new OrderStoreException("cannot select the orders page of tenant " + tenant, e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The rows come through a server-side cursor, {@value #FETCH_SIZE} at a time, in one read-only
   * transaction on one connection (auto-commit off, as PostgreSQL's cursors need): memory stays constant
   * however many orders match. Closing the stream ends the transaction and gives the connection back;
   * until then the connection is held.
   *
   * @throws io.github.orderly.query.InvalidQueryException if the search text holds an unpaired surrogate
   * @throws OrderStoreException if the database fails, when the stream is made or while it is read
   */
  @Override
  public Stream<Order> stream(TenantId tenant, OrderQuery query) {
    PageStatement statement = PageStatement.everyMatch(tenant, query);
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      PreparedStatement prepared = connection.prepareStatement(statement.sql(), ResultSet.TYPE_FORWARD_ONLY,
          ResultSet.CONCUR_READ_ONLY);
      prepared.setFetchSize(FETCH_SIZE);
      statement.bind(prepared);
      ResultSet rs = prepared.executeQuery();
      Cursor cursor = new Cursor(tenant, connection, prepared, rs);
      return StreamSupport.stream(cursor, false).onClose(cursor::close);
    } catch (SQLException e) {
      if (connection != null) {
        Cursor.release(connection);
      }
      throw new OrderStoreException("cannot stream the orders of tenant " + tenant, e);
    }
  }

  /** The rows of a server-side cursor as a spliterator; closing it ends the transaction and frees the connection. */
  private static final class Cursor extends Spliterators.AbstractSpliterator<Order> {
    private final TenantId tenant;
    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rs;
    private boolean closed;

    Cursor(TenantId tenant, Connection connection, PreparedStatement statement, ResultSet rs) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.tenant = tenant;
      this.connection = connection;
      this.statement = statement;
      this.rs = rs;
    }

    @Override
    public boolean tryAdvance(Consumer<? super Order> action) {
      if (closed) {
        return false;
      }
      try {
        if (!rs.next()) {
          return false;
        }
        action.accept(PageStatement.order(rs.getBytes(1)));
        return true;
      } catch (SQLException e) {
        throw new OrderStoreException("cannot read the orders of tenant " + tenant, e);
      }
    }

    void close() {
      if (closed) {
        return;
      }
      closed = true;
      try {
        rs.close();
        statement.close();
      } catch (SQLException e) {
        // The connection is released below whatever the cursor says.
      }
      release(connection);
    }

    static void release(Connection connection) {
      try (connection) {
        connection.rollback();
        connection.setReadOnly(false);
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        // A broken connection: closing it is all that is left; the pool discards it.
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement on the partial index over the orders the sweep acts on
   * ({@code orderly_orders_due}), earliest next due instant first, then by order id.
   *
   * @throws OrderStoreException if the database fails
   */
  @Override
  public List<Order> due(TenantId tenant, Instant at, int limit) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(at, "at");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit = '" + limit + "': must be positive");
    }
    try (Connection connection = dataSource.getConnection()) {
      return List.copyOf(OrderRows.due(connection, tenant, at, limit));
    } catch (SQLException e) {
      throw new OrderStoreException("cannot read the due orders of tenant " + tenant, e);
    }
  }
}
