package io.github.orderly.postgres.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.TenantId;
import io.github.orderly.policy.Sweep;
import io.github.orderly.postgres.OrderStoreException;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.OrderPlaced;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Writes and reads rows of {@code orderly_orders} and {@code orderly_order_events}, on a connection whose
 * transaction the caller runs. Every write of an order goes through {@link OrderProjection}, so the
 * projected columns never disagree with the body; several orders are written by one statement per
 * {@value #BATCH} orders (their columns passed as arrays and unnested).
 *
 * <ul>
 *   <li>{@link #insertNew}: orders the tenant does not hold yet, with their {@link OrderPlaced} events; an
 *       order whose id the tenant holds is left as it is (a redelivered import).
 *   <li>{@link #update}: the compare-and-set save: the row is rewritten only while it holds the expected
 *       version.
 *   <li>{@link #replace}: inserts or overwrites rows, checking no version and writing no events: for
 *       tests and benchmarks that set up a database, never for a host's writes.
 * </ul>
 */
public final class OrderRows {
  /** The most orders one statement writes. */
  static final int BATCH = 1000;
  /** The columns of a row after the tenant, each passed as one array. */
  private static final int COLUMNS = 22;

  private static final String TARGET = """
      (tenant, order_id, version, body, order_key, marketplace, fulfilment_channel,
          status, subtypes, purchased_at, purchased_at_ns, first_reported_at, first_reported_at_ns, open_ship_by,
          open_ship_by_ns, shipment_late, refund_failed, currency, total, line_statuses, search_text, next_due_at,
          next_due_at_ns)""";

  private static final String VALUES = """
      u.order_id, u.version::bigint, u.body::jsonb, decode(u.order_key, 'hex'), u.marketplace,
          u.fulfilment_channel, u.status, string_to_array(u.subtypes, ','), u.purchased_at::timestamptz,
          u.purchased_at_ns::smallint, u.first_reported_at::timestamptz, u.first_reported_at_ns::smallint,
          u.open_ship_by::timestamptz, u.open_ship_by_ns::smallint, u.shipment_late::boolean,
          u.refund_failed::boolean, u.currency, u.total::numeric, string_to_array(u.line_statuses, ','),
          u.search_text, u.next_due_at::timestamptz, u.next_due_at_ns::smallint""";

  private static final String UNNEST = """
      unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
          ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
          ?::text[], ?::text[], ?::text[], ?::text[])
        AS u(order_id, version, body, order_key, marketplace, fulfilment_channel, status, subtypes, purchased_at,
          purchased_at_ns, first_reported_at, first_reported_at_ns, open_ship_by, open_ship_by_ns, shipment_late,
          refund_failed, currency, total, line_statuses, search_text, next_due_at, next_due_at_ns)""";

  private static final String REPLACE = "INSERT INTO orderly_orders " + TARGET + "\nSELECT ?, " + VALUES
      + "\nFROM " + UNNEST + """

      ON CONFLICT (tenant, order_id) DO UPDATE SET version = EXCLUDED.version, body = EXCLUDED.body,
          order_key = EXCLUDED.order_key, marketplace = EXCLUDED.marketplace,
          fulfilment_channel = EXCLUDED.fulfilment_channel, status = EXCLUDED.status, subtypes = EXCLUDED.subtypes,
          purchased_at = EXCLUDED.purchased_at, purchased_at_ns = EXCLUDED.purchased_at_ns,
          first_reported_at = EXCLUDED.first_reported_at, first_reported_at_ns = EXCLUDED.first_reported_at_ns,
          open_ship_by = EXCLUDED.open_ship_by, open_ship_by_ns = EXCLUDED.open_ship_by_ns,
          shipment_late = EXCLUDED.shipment_late, refund_failed = EXCLUDED.refund_failed,
          currency = EXCLUDED.currency, total = EXCLUDED.total, line_statuses = EXCLUDED.line_statuses,
          search_text = EXCLUDED.search_text, next_due_at = EXCLUDED.next_due_at,
          next_due_at_ns = EXCLUDED.next_due_at_ns, swept_at = NULL, swept_at_ns = NULL
      """;

  private static final String INSERT_NEW = "INSERT INTO orderly_orders " + TARGET + "\nSELECT ?, " + VALUES
      + "\nFROM " + UNNEST + "\nON CONFLICT (tenant, order_id) DO NOTHING RETURNING order_id";

  /** The compare-and-set: the row is rewritten only while it holds the version the order was decided on. */
  private static final String UPDATE = """
      UPDATE orderly_orders o SET (version, body, order_key, marketplace, fulfilment_channel, status, subtypes,
          purchased_at, purchased_at_ns, first_reported_at, first_reported_at_ns, open_ship_by, open_ship_by_ns,
          shipment_late, refund_failed, currency, total, line_statuses, search_text, next_due_at, next_due_at_ns,
          swept_at, swept_at_ns) = (""" + VALUES.substring("u.order_id, ".length()) + """
      , ?::timestamptz, ?::smallint)
      FROM\s""" + UNNEST + """

      WHERE o.tenant = ? AND o.order_id = u.order_id AND o.version = ?
      """;

  /**
   * The compare-and-set of many rows at once: each row is rewritten only while it holds the version its
   * order was decided on (the extra array {@code expected}); returns the ids of the rows rewritten.
   */
  private static final String UPDATE_ALL = """
      UPDATE orderly_orders o SET (version, body, order_key, marketplace, fulfilment_channel, status, subtypes,
          purchased_at, purchased_at_ns, first_reported_at, first_reported_at_ns, open_ship_by, open_ship_by_ns,
          shipment_late, refund_failed, currency, total, line_statuses, search_text, next_due_at, next_due_at_ns,
          swept_at, swept_at_ns) = (""" + VALUES.substring("u.order_id, ".length()) + """
      , ?::timestamptz, ?::smallint)
      FROM\s""" + UNNEST.replace("?::text[])\n", "?::text[], ?::bigint[])\n")
          .replace("next_due_at, next_due_at_ns)", "next_due_at, next_due_at_ns, expected)") + """

      WHERE o.tenant = ? AND o.order_id = u.order_id AND o.version = u.expected
      RETURNING o.order_id
      """;

  /** Marks many rows decided by the sweep at an instant: instant (microsecond, nanoseconds), tenant, ids. */
  private static final String MARK_ALL_SWEPT = """
      UPDATE orderly_orders SET swept_at = ?::timestamptz, swept_at_ns = ?
      WHERE tenant = ? AND order_id = ANY (?::text[])
      """;

  /** Appends many events in one statement, their columns passed as arrays. */
  private static final String INSERT_EVENTS = """
      INSERT INTO orderly_order_events (tenant, order_id, version, command_id, actor_role, actor_user,
          occurred_at, event)
      SELECT ?, e.order_id, e.version, e.command_id, e.actor_role, e.actor_user, e.occurred_at::timestamptz,
          e.event::jsonb
      FROM unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
        AS e(order_id, version, command_id, actor_role, actor_user, occurred_at, event)
      """;

  /** Which of the command ids the tenant stored an event of: tenant, command ids. */
  private static final String KNOWN_COMMANDS = """
      SELECT command_id FROM orderly_order_events WHERE tenant = ? AND command_id = ANY (?::text[])
      """;

  private static final String INSERT_EVENT = """
      INSERT INTO orderly_order_events (tenant, order_id, version, command_id, actor_role, actor_user,
          occurred_at, event)
      VALUES (?, ?, ?, ?, ?, ?, ?::timestamptz, ?::jsonb)
      """;

  private static final String LOAD = "SELECT body::text FROM orderly_orders WHERE tenant = ? AND order_id = ?";
  private static final String VERSION = "SELECT version FROM orderly_orders WHERE tenant = ? AND order_id = ?";
  /** An order's events in the order saved: tenant, order id. */
  public static final String EVENTS =
      "SELECT event::text FROM orderly_order_events WHERE tenant = ? AND order_id = ? ORDER BY version";
  /** Whether the tenant stored an event of a command: tenant, command id. */
  public static final String KNOWS =
      "SELECT EXISTS (SELECT 1 FROM orderly_order_events WHERE tenant = ? AND command_id = ?)";
  /** The due orders of a tenant at an instant, earliest first: tenant, instant (microsecond, nanoseconds), limit. */
  public static final String DUE = """
      SELECT body::text FROM orderly_orders
      WHERE tenant = ? AND next_due_at IS NOT NULL AND (next_due_at, next_due_at_ns) <= (?::timestamptz, ?::smallint)
      ORDER BY next_due_at, next_due_at_ns, order_key LIMIT ?
      """;

  /** The SQL state of a unique violation. */
  private static final String UNIQUE_VIOLATION = "23505";
  /** The unique key on (tenant, command id) of the events table. */
  private static final String COMMAND_KEY = "orderly_order_events_command";

  private OrderRows() {}

  /**
   * Inserts the orders, or replaces the rows of orders with the same ids, in one transaction of its own;
   * checks no version and writes no events.
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
      return inTransaction(connection, () -> write(connection, REPLACE, tenant, rows));
    } catch (SQLException e) {
      throw new OrderStoreException("cannot write " + rows.size() + " orders of tenant " + tenant, e);
    }
  }

  /**
   * Inserts the orders, or replaces the rows of orders with the same ids, in the connection's transaction;
   * checks no version and writes no events.
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
    return write(connection, REPLACE, tenant, project(orders, sweep));
  }

  /**
   * Inserts the orders the tenant does not hold yet, each with its {@link OrderPlaced} event (numbered by
   * the order's version), in the connection's transaction. An order whose id the tenant already holds is
   * left as it is, and so is its history.
   *
   * @param connection the connection, whose transaction the caller commits
   * @param tenant whose orders they are
   * @param placed the orders' first events, no two orders with the same id
   * @param sweep whose policies give each order's next due instant
   * @return the ids of the orders inserted now
   * @throws SQLException if the database fails
   */
  public static Set<String> insertNew(Connection connection, TenantId tenant, List<OrderPlaced> placed,
      Sweep sweep) throws SQLException {
    Objects.requireNonNull(tenant, "tenant");
    List<Order> orders = new ArrayList<>(placed.size());
    placed.forEach(p -> orders.add(p.order()));
    List<OrderProjection> rows = project(orders, sweep);
    Set<String> inserted = new HashSet<>();
    try (PreparedStatement statement = connection.prepareStatement(INSERT_NEW)) {
      for (int from = 0; from < rows.size(); from += BATCH) {
        List<OrderProjection> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
        statement.setString(1, tenant.value());
        bindColumns(connection, statement, 2, batch);
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            inserted.add(rs.getString(1));
          }
        }
      }
    }
    List<Event> events = new ArrayList<>(inserted.size());
    List<Order> of = new ArrayList<>(inserted.size());
    for (OrderPlaced p : placed) {
      if (inserted.contains(p.order().id().value())) {
        events.add(p);
        of.add(p.order());
      }
    }
    insertEvents(connection, tenant, of, events);
    return inserted;
  }

  /**
   * The compare-and-set save, in the connection's transaction: rewrites the order's row (and its projected
   * columns) if it holds {@code expectedVersion}, then appends the events, numbered from
   * {@code expectedVersion + 1}.
   *
   * @param connection the connection, whose transaction the caller commits or rolls back
   * @param tenant whose order it is
   * @param order the order after the events
   * @param expectedVersion the version the order was decided on
   * @param events the events
   * @param sweep whose policies give the order's next due instant
   * @param sweptAt the instant of the sweep that decided the order, or null for any other write
   * @return empty if the row was rewritten; else the version stored (-1 if the tenant holds no such order),
   *     and nothing was written
   * @throws SQLException if the database fails, a unique violation if a command id is already stored
   */
  public static OptionalLong update(Connection connection, TenantId tenant, Order order, long expectedVersion,
      List<Event> events, Sweep sweep, Instant sweptAt) throws SQLException {
    List<OrderProjection> row = List.of(OrderProjection.of(order, sweep));
    try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
      int index = 1;
      if (sweptAt == null) {
        statement.setString(index++, null);
        statement.setString(index++, null);
      } else {
        statement.setString(index++, StoredInstants.micros(StoredInstants.clamp(sweptAt)));
        statement.setShort(index++, StoredInstants.nanos(StoredInstants.clamp(sweptAt)));
      }
      index = bindColumns(connection, statement, index, row);
      statement.setString(index++, tenant.value());
      statement.setLong(index, expectedVersion);
      if (statement.executeUpdate() == 0) {
        return OptionalLong.of(version(connection, tenant, order.id()));
      }
    }
    List<Order> orders = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      orders.add(order);
    }
    insertEvents(connection, tenant, orders, events, expectedVersion + 1);
    return OptionalLong.empty();
  }

  /**
   * The compare-and-set save of many orders in one statement per {@value #BATCH} orders, in the
   * connection's transaction: rewrites each order's row (and its projected columns) if it holds its
   * expected version and marks it swept at {@code sweptAt}, then appends every event in one statement per
   * {@value #BATCH} events, numbered from the expected version + 1 of its order. Writes the same rows,
   * columns, versions and events as {@link #update} of each order in turn.
   *
   * @param connection the connection, whose transaction the caller commits or rolls back
   * @param tenant whose orders they are
   * @param saves the orders to save, no two of the same order
   * @param sweep whose policies give the orders' next due instants
   * @param sweptAt the instant of the sweep that decided the orders
   * @return the ids of the orders whose row did not hold the expected version (or is missing): their rows
   *     were not rewritten, and the caller rolls back
   * @throws SQLException if the database fails, a unique violation if a command id is already stored
   */
  public static Set<String> updateAll(Connection connection, TenantId tenant, List<Save> saves, Sweep sweep,
      Instant sweptAt) throws SQLException {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(sweptAt, "sweptAt");
    Set<String> missed = new HashSet<>();
    if (saves.isEmpty()) {
      return missed;
    }
    Instant swept = StoredInstants.clamp(sweptAt);
    try (PreparedStatement statement = connection.prepareStatement(UPDATE_ALL)) {
      for (int from = 0; from < saves.size(); from += BATCH) {
        List<Save> batch = saves.subList(from, Math.min(saves.size(), from + BATCH));
        List<OrderProjection> rows = new ArrayList<>(batch.size());
        Long[] expected = new Long[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
          rows.add(OrderProjection.of(batch.get(i).order(), sweep));
          expected[i] = batch.get(i).expectedVersion();
          missed.add(batch.get(i).order().id().value());
        }
        int index = 1;
        statement.setString(index++, StoredInstants.micros(swept));
        statement.setShort(index++, StoredInstants.nanos(swept));
        index = bindColumns(connection, statement, index, rows);
        statement.setArray(index++, connection.createArrayOf("bigint", expected));
        statement.setString(index, tenant.value());
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            missed.remove(rs.getString(1));
          }
        }
      }
    }
    if (!missed.isEmpty()) {
      return missed;
    }
    List<String> orderIds = new ArrayList<>();
    List<Long> versions = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (Save save : saves) {
      for (int i = 0; i < save.events().size(); i++) {
        orderIds.add(save.order().id().value());
        versions.add(save.expectedVersion() + 1 + i);
        events.add(save.events().get(i));
      }
    }
    try (PreparedStatement statement = connection.prepareStatement(INSERT_EVENTS)) {
      for (int from = 0; from < events.size(); from += BATCH) {
        int to = Math.min(events.size(), from + BATCH);
        int n = to - from;
        String[] ids = new String[n];
        Long[] numbers = new Long[n];
        String[] commands = new String[n];
        String[] roles = new String[n];
        String[] users = new String[n];
        String[] instants = new String[n];
        String[] bodies = new String[n];
        for (int i = 0; i < n; i++) {
          Event event = events.get(from + i);
          ids[i] = orderIds.get(from + i);
          numbers[i] = versions.get(from + i);
          commands[i] = event.commandId().value();
          roles[i] = event.cause().actor().role().name();
          users[i] = event.cause().actor().user().map(u -> u.value()).orElse(null);
          instants[i] = StoredInstants.micros(event.at());
          bodies[i] = OrderlyJson.write(event);
        }
        statement.setString(1, tenant.value());
        statement.setArray(2, connection.createArrayOf("text", ids));
        statement.setArray(3, connection.createArrayOf("bigint", numbers));
        statement.setArray(4, connection.createArrayOf("text", commands));
        statement.setArray(5, connection.createArrayOf("text", roles));
        statement.setArray(6, connection.createArrayOf("text", users));
        statement.setArray(7, connection.createArrayOf("text", instants));
        statement.setArray(8, connection.createArrayOf("text", bodies));
        statement.executeUpdate();
      }
    }
    return missed;
  }

  /**
   * Records in one statement that the sweep at an instant decided the orders and found nothing to save,
   * in the connection's transaction.
   *
   * @param connection the connection
   * @param tenant whose orders they are
   * @param ids the orders' ids
   * @param sweptAt the sweep's instant
   * @throws SQLException if the database fails
   */
  public static void markAllSwept(Connection connection, TenantId tenant, Collection<OrderId> ids, Instant sweptAt)
      throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    String[] values = ids.stream().map(OrderId::value).toArray(String[]::new);
    try (PreparedStatement statement = connection.prepareStatement(MARK_ALL_SWEPT)) {
      statement.setString(1, StoredInstants.micros(StoredInstants.clamp(sweptAt)));
      statement.setShort(2, StoredInstants.nanos(StoredInstants.clamp(sweptAt)));
      statement.setString(3, tenant.value());
      statement.setArray(4, connection.createArrayOf("text", values));
      statement.executeUpdate();
    }
  }

  /**
   * Returns which of the command ids the tenant stored an event of, in one statement.
   *
   * @param connection the connection
   * @param tenant the tenant
   * @param ids the command ids
   * @return the ids stored
   * @throws SQLException if the database fails
   */
  public static Set<CommandId> knownCommands(Connection connection, TenantId tenant, Collection<CommandId> ids)
      throws SQLException {
    Set<CommandId> known = new HashSet<>();
    if (ids.isEmpty()) {
      return known;
    }
    String[] values = ids.stream().map(CommandId::value).toArray(String[]::new);
    try (PreparedStatement statement = connection.prepareStatement(KNOWN_COMMANDS)) {
      statement.setString(1, tenant.value());
      statement.setArray(2, connection.createArrayOf("text", values));
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          known.add(CommandId.of(rs.getString(1)));
        }
      }
    }
    return known;
  }

  /**
   * One order of a set-based save: the order after its events, the version it was decided on, the events.
   * Immutable and thread-safe if the list is.
   *
   * @param order the order after the events
   * @param expectedVersion the version the order was decided on
   * @param events the events, numbered from {@code expectedVersion + 1}
   */
  public record Save(Order order, long expectedVersion, List<Event> events) {
    /** Checks the parts are present. */
    public Save {
      Objects.requireNonNull(order, "order");
      events = List.copyOf(events);
    }
  }

  /**
   * Records that the sweep at an instant decided the order and found nothing to save, in the connection's
   * transaction.
   *
   * @param connection the connection
   * @param tenant whose order it is
   * @param id the order
   * @param sweptAt the sweep's instant
   * @throws SQLException if the database fails
   */
  public static void markSwept(Connection connection, TenantId tenant, OrderId id, Instant sweptAt)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "UPDATE orderly_orders SET swept_at = ?::timestamptz, swept_at_ns = ? WHERE tenant = ? AND order_id = ?")) {
      statement.setString(1, StoredInstants.micros(StoredInstants.clamp(sweptAt)));
      statement.setShort(2, StoredInstants.nanos(StoredInstants.clamp(sweptAt)));
      statement.setString(3, tenant.value());
      statement.setString(4, id.value());
      statement.executeUpdate();
    }
  }

  /**
   * Returns whether a failure is the unique key on (tenant, command id) of the events table: a command
   * stored already (R43).
   *
   * @param e the failure
   * @return true if it is
   */
  public static boolean isDuplicateCommand(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if (UNIQUE_VIOLATION.equals(s.getSQLState()) && s.getMessage() != null && s.getMessage().contains(COMMAND_KEY)) {
        return true;
      }
    }
    return false;
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
        return rs.next() ? Optional.of(read(rs.getBytes(1))) : Optional.empty();
      }
    }
  }

  /**
   * Returns an order's events in the order they were saved.
   *
   * @param connection the connection
   * @param tenant whose order it is
   * @param id the order's id
   * @return the events, empty if the tenant holds no such order
   * @throws SQLException if the database fails
   */
  public static List<Event> events(Connection connection, TenantId tenant, OrderId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(EVENTS)) {
      statement.setString(1, tenant.value());
      statement.setString(2, id.value());
      List<Event> events = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          events.add(OrderlyJson.read(rs.getString(1), Event.class));
        }
      }
      return events;
    }
  }

  /**
   * Returns whether an event of the command is stored for the tenant.
   *
   * @param connection the connection
   * @param tenant the tenant
   * @param id the command id
   * @return true if it is
   * @throws SQLException if the database fails
   */
  public static boolean knowsCommand(Connection connection, TenantId tenant, CommandId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(KNOWS)) {
      statement.setString(1, tenant.value());
      statement.setString(2, id.value());
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  /**
   * Returns the orders whose next due instant is not after the instant, earliest first, then by id.
   *
   * @param connection the connection
   * @param tenant the tenant
   * @param at the instant
   * @param limit the most orders
   * @return the orders
   * @throws SQLException if the database fails
   */
  public static List<Order> due(Connection connection, TenantId tenant, Instant at, int limit) throws SQLException {
    if (at.isBefore(StoredInstants.MIN)) {
      return List.of();
    }
    Instant bound = StoredInstants.clamp(at);
    try (PreparedStatement statement = connection.prepareStatement(DUE)) {
      statement.setString(1, tenant.value());
      statement.setString(2, StoredInstants.micros(bound));
      statement.setShort(3, StoredInstants.nanos(bound));
      statement.setInt(4, limit);
      List<Order> orders = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          orders.add(read(rs.getBytes(1)));
        }
      }
      return orders;
    }
  }

  /**
   * Reads the store's own bodies: a mapper with {@link OrderlyJson}'s configuration (its module, read
   * limits, duplicate-key check and coercion rules), bound to {@link Order}. Thread-safe.
   */
  private static final ObjectReader BODIES = OrderlyJson.mapper().readerFor(Order.class);

  /**
   * Reads an order from the text of its {@code body} column. Unlike {@link OrderlyJson#read(String, Class)},
   * it does not first scan the text for its limits on arrays and elements (a second pass over every
   * body): every body was written by {@link OrderlyJson#write} from a valid {@link Order}, which holds
   * those limits, and the order is built and checked as it is read all the same.
   */
  static Order read(String body) {
    try {
      return present(BODIES.readValue(body));
    } catch (JsonProcessingException e) {
      throw OrderlyJson.explain(e);
    }
  }

  /**
   * Reads an order from the UTF-8 bytes of its {@code body} column, as the driver received them ({@code
   * ResultSet.getBytes} of a text column): as {@link #read(String)}, without decoding the text into a
   * {@code String} first, and with the same messages for a body that is not a valid order.
   *
   * @param body the UTF-8 text of the {@code body} column
   * @return the order
   * @throws io.github.orderly.json.JsonInputException if the body is not a valid order
   */
  public static Order read(byte[] body) {
    try {
      return present(BODIES.readValue(body));
    } catch (JsonProcessingException e) {
      throw OrderlyJson.explain(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a stored body", e);
    }
  }

  private static Order present(Order order) {
    if (order == null) {
      throw new IllegalStateException("a stored body reads as JSON null");
    }
    return order;
  }

  /**
   * Folds the tenant's kept count rows (the deltas the counting triggers insert, migration V7) into one
   * row per key, in the connection's transaction: only the committed rows no other transaction holds,
   * so that it never waits for a writer or for another compaction. The counts read are the same before
   * and after.
   *
   * @param connection the connection, whose transaction the caller commits
   * @param tenant whose counts to fold
   * @return how many rows were folded
   * @throws SQLException if the database fails
   */
  public static long compactCounts(Connection connection, TenantId tenant) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT orderly_compact_counts(?)")) {
      statement.setString(1, tenant.value());
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Runs the work in one transaction of the connection: committed if it returns, rolled back if it throws. */
  public static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      T result = work.run();
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /**
   * Work on a connection that may fail with an {@link SQLException}.
   *
   * @param <T> what it returns
   */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * Does the work.
     *
     * @return its result
     * @throws SQLException if the database fails
     */
    T run() throws SQLException;
  }

  private static long version(Connection connection, TenantId tenant, OrderId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(VERSION)) {
      statement.setString(1, tenant.value());
      statement.setString(2, id.value());
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    }
  }

  private static void insertEvents(Connection connection, TenantId tenant, List<Order> orders, List<Event> events)
      throws SQLException {
    insertEvents(connection, tenant, orders, events, -1);
  }

  /**
   * Appends events: the i-th of {@code orders}' order; numbered from {@code firstVersion} on, or each by its
   * order's version when {@code firstVersion} is negative (an import).
   */
  private static void insertEvents(Connection connection, TenantId tenant, List<Order> orders, List<Event> events,
      long firstVersion) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(INSERT_EVENT)) {
      for (int i = 0; i < events.size(); i++) {
        Event event = events.get(i);
        Order order = orders.get(i);
        statement.setString(1, tenant.value());
        statement.setString(2, order.id().value());
        statement.setLong(3, firstVersion < 0 ? order.version() : firstVersion + i);
        statement.setString(4, event.commandId().value());
        statement.setString(5, event.cause().actor().role().name());
        statement.setString(6, event.cause().actor().user().map(u -> u.value()).orElse(null));
        statement.setString(7, StoredInstants.micros(event.at()));
        statement.setString(8, OrderlyJson.write(event));
        if (events.size() == 1) {
          statement.executeUpdate();
        } else {
          statement.addBatch();
        }
      }
      if (events.size() > 1) {
        statement.executeBatch();
      }
    }
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

  private static int write(Connection connection, String sql, TenantId tenant, List<OrderProjection> rows)
      throws SQLException {
    Objects.requireNonNull(tenant, "tenant");
    int written = 0;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int from = 0; from < rows.size(); from += BATCH) {
        List<OrderProjection> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
        statement.setString(1, tenant.value());
        bindColumns(connection, statement, 2, batch);
        written += statement.executeUpdate();
      }
    }
    return written;
  }

  /** Binds the rows' columns as {@value #COLUMNS} arrays from the parameter {@code first}; returns the next. */
  private static int bindColumns(Connection connection, PreparedStatement statement, int first,
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
        p.searchText(), p.nextDueAt(), p.nextDueAtNs() == null ? null : p.nextDueAtNs().toString(),
      };
      for (int c = 0; c < row.length; c++) {
        columns[c][i] = row[c];
      }
    }
    for (int c = 0; c < columns.length; c++) {
      Array array = connection.createArrayOf("text", columns[c]);
      statement.setArray(first + c, array);
    }
    return first + columns.length;
  }
}
