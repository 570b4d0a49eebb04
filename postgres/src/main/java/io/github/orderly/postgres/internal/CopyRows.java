package io.github.orderly.postgres.internal;

import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.TenantId;
import io.github.orderly.policy.Sweep;
import io.github.orderly.workflow.OrderPlaced;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The bulk path of new orders: {@code COPY ... FROM STDIN} (PostgreSQL's text format) through the JDBC
 * driver's {@link CopyManager} into a temporary table of the session, then one statement that moves the
 * orders the tenant does not hold yet into {@code orderly_orders} and their {@code OrderPlaced} events
 * into {@code orderly_order_events}. The rows are those that {@link OrderRows#insertNew} writes, column
 * for column: both project each order through {@link OrderProjection}.
 *
 * <p>An {@code OrderPlaced} event holds the whole order, as its body does: {@code {"type":
 * "OrderPlaced", "cause": ..., "order": <the body>}}. So the order is sent and parsed once: each staged
 * row carries the event's columns and its cause, and the server builds the event's {@code jsonb} from
 * the cause and the order's own {@code jsonb} body, the very value that parsing the event's whole JSON
 * gives ({@code jsonb} keeps no key order or spacing).
 *
 * <p>Every value is escaped as the text format reads it back exactly: backslash, tab, newline and
 * carriage return as backslash sequences, null as {@code \N}; arrays as array literals with every element
 * quoted. (NUL cannot occur: the projection rejects text PostgreSQL cannot hold.)
 */
public final class CopyRows {
  /** The bytes sent to the server per write of the copy stream. */
  private static final int CHUNK = 1 << 20;

  private static final String ORDER_COLUMNS = """
      tenant, order_id, version, body, order_key, marketplace, fulfilment_channel, status, subtypes,
          purchased_at, purchased_at_ns, first_reported_at, first_reported_at_ns, open_ship_by, open_ship_by_ns,
          shipment_late, refund_failed, currency, total, line_statuses, search_text, next_due_at, next_due_at_ns""";
  private static final String EVENT_COLUMNS =
      "tenant, order_id, version, command_id, actor_role, actor_user, occurred_at, event";
  /** The staged columns beyond the order's: its {@code OrderPlaced} event's, all but the event itself. */
  private static final String PLACED_COLUMNS =
      "placed_command_id, placed_actor_role, placed_actor_user, placed_occurred_at, placed_cause";
  /** The name {@code OrderlyJson} writes as an {@code OrderPlaced} event's {@code type}. */
  static final String PLACED_TYPE = "OrderPlaced";

  /** A session table, emptied at every commit; made once per connection. */
  private static final String STAGE = """
      CREATE TEMPORARY TABLE IF NOT EXISTS orderly_placed_orders (LIKE orderly_orders,
          placed_command_id text COLLATE "C", placed_actor_role text COLLATE "C", placed_actor_user text COLLATE "C",
          placed_occurred_at timestamptz, placed_cause jsonb) ON COMMIT DELETE ROWS;
      TRUNCATE orderly_placed_orders
      """;

  /**
   * New orders and their events in one statement: an order the tenant holds keeps its row and history.
   * The event's {@code jsonb} is built from its cause and the order's body.
   */
  private static final String MOVE = "WITH inserted AS (INSERT INTO orderly_orders (" + ORDER_COLUMNS + ")"
      + " SELECT " + ORDER_COLUMNS + " FROM orderly_placed_orders ON CONFLICT (tenant, order_id) DO NOTHING"
      + " RETURNING tenant, order_id), events AS (INSERT INTO orderly_order_events (" + EVENT_COLUMNS + ")"
      + " SELECT n.tenant, n.order_id, n.version, n.placed_command_id, n.placed_actor_role, n.placed_actor_user,"
      + " n.placed_occurred_at, jsonb_build_object('type', '" + PLACED_TYPE + "', 'cause', n.placed_cause,"
      + " 'order', n.body)"
      + " FROM orderly_placed_orders n JOIN inserted i ON i.tenant = n.tenant AND i.order_id = n.order_id)"
      + " SELECT order_id FROM inserted";

  private CopyRows() {}

  /**
   * Returns whether the connection is the PostgreSQL JDBC driver's (directly or behind a pool), which
   * {@link #insertNew} needs.
   *
   * @param connection the connection
   * @return true if it can copy
   * @throws SQLException if the connection fails
   */
  public static boolean canCopy(Connection connection) throws SQLException {
    return connection.isWrapperFor(PGConnection.class);
  }

  /**
   * Inserts the orders the tenant does not hold yet, each with its {@link OrderPlaced} event (numbered by
   * the order's version), in the connection's transaction, through {@code COPY}. An order whose id the
   * tenant already holds is left as it is, and so is its history.
   *
   * @param connection a connection of the PostgreSQL JDBC driver ({@link #canCopy}), whose transaction the
   *     caller commits
   * @param tenant whose orders they are
   * @param placed the orders' first events, no two orders with the same id
   * @param sweep whose policies give each order's next due instant
   * @return the ids of the orders inserted now
   * @throws io.github.orderly.postgres.UnstorableOrderException if an order holds a value PostgreSQL
   *     cannot keep; nothing is sent
   * @throws IllegalArgumentException if two orders have the same id; nothing is sent
   * @throws SQLException if the database fails
   */
  public static Set<String> insertNew(Connection connection, TenantId tenant, List<OrderPlaced> placed,
      Sweep sweep) throws SQLException {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(sweep, "sweep");
    Set<String> ids = new HashSet<>();
    List<OrderProjection> rows = new ArrayList<>(placed.size());
    for (OrderPlaced p : placed) {
      if (!ids.add(p.order().id().value())) {
        throw new IllegalArgumentException("orders = '" + p.order().id() + "': appears twice in one write");
      }
      rows.add(OrderProjection.of(p.order(), sweep));
    }
    if (rows.isEmpty()) {
      return Set.of();
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(STAGE);
    }
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    copyIn(copy, "COPY orderly_placed_orders (" + ORDER_COLUMNS + ", " + PLACED_COLUMNS + ") FROM STDIN",
        placed.size(), (line, i) -> placedLine(line, tenant, rows.get(i), placed.get(i)));
    Set<String> inserted = new HashSet<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(MOVE)) {
      while (rs.next()) {
        inserted.add(rs.getString(1));
      }
    }
    return inserted;
  }

  /** Streams one COPY of {@code count} rows, the {@code i}th written into a reused line by {@code format}. */
  private static void copyIn(CopyManager copy, String sql, int count, ObjIntConsumer<StringBuilder> format)
      throws SQLException {
    Chunks out = new Chunks(copy.copyIn(sql));
    try {
      StringBuilder line = new StringBuilder(4096);
      for (int i = 0; i < count; i++) {
        line.setLength(0);
        format.accept(line, i);
        out.write(line);
      }
      out.end();
    } finally {
      out.cancelIfOpen();
    }
  }

  /**
   * One staged row in COPY's text format, ending with a newline: the order's row of {@code orderly_orders},
   * then its {@code OrderPlaced} event's columns as {@link OrderRows} inserts them, the event's cause as
   * {@code OrderlyJson} writes it in the event.
   */
  static void placedLine(StringBuilder line, TenantId tenant, OrderProjection p, OrderPlaced placed) {
    orderLine(line, tenant, p);
    line.setCharAt(line.length() - 1, '\t');
    field(line, placed.commandId().value());
    field(line, placed.cause().actor().role().name());
    field(line, placed.cause().actor().user().map(u -> u.value()).orElse(null));
    field(line, StoredInstants.micros(placed.at()));
    field(line, OrderlyJson.write(placed.cause()));
    end(line);
  }

  /** One row of {@code orderly_orders} in COPY's text format, ending with a newline. */
  static void orderLine(StringBuilder line, TenantId tenant, OrderProjection p) {
    field(line, tenant.value());
    field(line, p.orderId());
    field(line, Long.toString(p.version()));
    field(line, p.body());
    field(line, "\\x" + p.orderKey());
    field(line, p.marketplace());
    field(line, p.fulfilmentChannel());
    field(line, p.status());
    field(line, array(p.subtypes()));
    field(line, p.purchasedAt());
    field(line, Short.toString(p.purchasedAtNs()));
    field(line, p.firstReportedAt());
    field(line, Short.toString(p.firstReportedAtNs()));
    field(line, p.openShipBy());
    field(line, p.openShipByNs() == null ? null : p.openShipByNs().toString());
    field(line, Boolean.toString(p.shipmentLate()));
    field(line, Boolean.toString(p.refundFailed()));
    field(line, p.currency());
    field(line, p.total().toPlainString());
    field(line, array(p.lineStatuses()));
    field(line, p.searchText());
    field(line, p.nextDueAt());
    field(line, p.nextDueAtNs() == null ? null : p.nextDueAtNs().toString());
    end(line);
  }

  /**
   * Appends a value as a field of COPY's text format, then a tab: null as {@code \N}; backslash, tab,
   * newline and carriage return escaped, every other character as it is.
   */
  static void field(StringBuilder line, String value) {
    if (value == null) {
      line.append("\\N");
    } else {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '\\' -> line.append("\\\\");
          case '\t' -> line.append("\\t");
          case '\n' -> line.append("\\n");
          case '\r' -> line.append("\\r");
          default -> line.append(c);
        }
      }
    }
    line.append('\t');
  }

  /** Ends a line: the last field's tab becomes the newline. */
  private static void end(StringBuilder line) {
    line.setCharAt(line.length() - 1, '\n');
  }

  /**
   * The array literal of a comma-joined list, as {@code string_to_array(list, ',')} reads it: every
   * element double-quoted, with its quotes and backslashes escaped; {@code {}} for the empty list.
   */
  static String array(String joined) {
    if (joined.isEmpty()) {
      return "{}";
    }
    StringBuilder literal = new StringBuilder(joined.length() + 8).append('{');
    for (String element : joined.split(",", -1)) {
      literal.append('"');
      for (int i = 0; i < element.length(); i++) {
        char c = element.charAt(i);
        if (c == '"' || c == '\\') {
          literal.append('\\');
        }
        literal.append(c);
      }
      literal.append("\",");
    }
    literal.setCharAt(literal.length() - 1, '}');
    return literal.toString();
  }

  /** A copy stream written in chunks of about {@value #CHUNK} bytes. */
  private static final class Chunks {
    private final CopyIn copyIn;
    private final StringBuilder pending = new StringBuilder(CHUNK / 2);

    Chunks(CopyIn copyIn) {
      this.copyIn = copyIn;
    }

    void write(CharSequence line) throws SQLException {
      pending.append(line);
      if (pending.length() >= CHUNK / 2) {
        flush();
      }
    }

    void end() throws SQLException {
      flush();
      copyIn.endCopy();
    }

    void cancelIfOpen() throws SQLException {
      if (copyIn.isActive()) {
        copyIn.cancelCopy();
      }
    }

    private void flush() throws SQLException {
      if (pending.length() > 0) {
        byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
        copyIn.writeToCopy(bytes, 0, bytes.length);
        pending.setLength(0);
      }
    }
  }
}
