package io.github.orderly.postgres.internal;

import io.github.orderly.order.Order;
import io.github.orderly.order.TenantId;
import io.github.orderly.query.DateBasis;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.OrderSort;
import io.github.orderly.query.Page;
import io.github.orderly.query.PageCursor;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One page of the orders page as one SQL statement: the count of every match and the rows of the page,
 * every value of the query a bind parameter, every row the tenant's.
 *
 * <p>The statement is
 * <pre>
 * SELECT c.total_count, p.body
 * FROM (SELECT count(*) AS total_count FROM orderly_orders o WHERE <i>filters</i>) c
 * LEFT JOIN LATERAL (
 *   SELECT o.body::text AS body, <i>sort key</i> FROM orderly_orders o
 *   WHERE <i>filters</i> AND <i>after the cursor</i> ORDER BY <i>sort key</i> LIMIT <i>page size + 1</i>) p ON TRUE
 * ORDER BY <i>sort key</i>
 * </pre>
 * With a partial search the matches are found once, in a materialised CTE, and the count and the page
 * read them from there. The refund-failed view with nothing else narrowing it takes its count from the
 * counts the triggers keep per tenant ({@code orderly_order_counts}) instead of counting its rows.
 * Paging is keyset paging: "after the cursor" compares the sort key with the cursor's, in the index's
 * order, so the page after a thousand others costs what the first does. The one row past the page says
 * whether another page follows; the next cursor is core's, made of the page's last row
 * ({@link OrderSort#cursorAt(Order)}), so a cursor from this statement works in memory and the other way
 * round.
 *
 * <p>Each part of {@link OrderQuery} becomes one condition over the projected columns (see
 * {@link OrderProjection}), so the result is exactly {@link OrderQuery#select(Iterable)}'s over the
 * tenant's orders.
 */
public final class PageStatement {
  private final OrderQuery query;
  private final Sql statement;

  private PageStatement(OrderQuery query, Sql statement) {
    this.query = query;
    this.statement = statement;
  }

  /**
   * Compiles one page of the query over the tenant's orders.
   *
   * @param tenant whose orders
   * @param query the query, its cursor included
   * @return the statement
   * @throws io.github.orderly.query.InvalidQueryException if the search text holds an unpaired surrogate,
   *     which PostgreSQL cannot hold
   */
  public static PageStatement of(TenantId tenant, OrderQuery query) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(query, "query");
    Sql filters = filters(tenant, query);
    Key key = Key.of(query.sort());
    if (query.search().isPresent()) {
      return new PageStatement(query, searched(query, filters, key));
    }
    Sql page = new Sql().sql("SELECT o.body::text AS body, ").sql(key.columns).sql(" FROM orderly_orders o WHERE ")
        .append(filters);
    query.cursor().ifPresent(cursor -> page.sql(" AND ").append(after(cursor)));
    page.sql(" ORDER BY ").sql(key.order).sql(" LIMIT ").integer(query.pageSize() + 1);
    Sql statement = new Sql().sql("SELECT c.total_count, p.body FROM (").append(count(tenant, query, filters))
        .sql(") c LEFT JOIN LATERAL (").append(page).sql(") p ON TRUE ORDER BY ").sql(key.outerOrder);
    return new PageStatement(query, statement);
  }

  /**
   * The count of every match: of the refund-failed view with nothing else narrowing it, the count the
   * triggers keep in {@code orderly_order_counts} (migration V3; rows of changes since V7), summed, which
   * equals {@code count(*)} over the same filters; of every other query, {@code count(*)} over its filters.
   */
  private static Sql count(TenantId tenant, OrderQuery query, Sql filters) {
    if (isRefundFailedView(query)) {
      String kept = query.includePending() ? "refund_failed + refund_failed_pending" : "refund_failed";
      return new Sql().sql("SELECT coalesce(sum(" + kept + "), 0)::bigint AS total_count"
          + " FROM orderly_order_counts WHERE tenant = ").text(tenant.value());
    }
    Sql byDays = isDateRangeView(query) ? countedByDays(tenant, query) : null;
    if (byDays != null) {
      return byDays;
    }
    return new Sql().sql("SELECT count(*) AS total_count FROM orderly_orders o WHERE ").append(filters);
  }

  /** The last instant a bound of a count by days may be: the whole day after it must still be storable. */
  private static final Instant LAST_DAY_COUNTED = Instant.parse("9999-12-30T00:00:00Z");

  /**
   * Whether the query filters on nothing but the order date (either end or both, or neither; pending
   * orders in or out; any sort, page size and cursor, which the count does not depend on), with bounds
   * within the years the store keeps. As in {@link #isRefundFailedView}, the query is compared with the
   * bare query built from those parts, so that a filter {@code OrderQuery} gains later is counted from
   * the rows rather than from kept counts that know nothing of it.
   */
  static boolean isDateRangeView(OrderQuery query) {
    boolean dated = query.dateFrom().isPresent() || query.dateTo().isPresent();
    if (dated && query.dateBasis() != DateBasis.ORDER_DATE) {
      return false;
    }
    if (query.dateFrom().filter(PageStatement::outsideDaysCounted).isPresent()
        || query.dateTo().filter(PageStatement::outsideDaysCounted).isPresent()) {
      return false;
    }
    return query.equals(OrderQuery.builder().includePending(query.includePending()).dateBasis(query.dateBasis())
        .dateFrom(query.dateFrom()).dateTo(query.dateTo()).sort(query.sort()).pageSize(query.pageSize())
        .cursor(query.cursor()).build());
  }

  private static boolean outsideDaysCounted(Instant bound) {
    return bound.isBefore(StoredInstants.MIN) || bound.isAfter(LAST_DAY_COUNTED);
  }

  /**
   * The count of a query by the order date alone ({@link #isDateRangeView}) from the counts the triggers
   * keep per tenant, UTC purchase day and pending-or-not ({@code orderly_order_day_counts}, migration V7):
   * the whole days of the range summed, plus the orders of the partial days at its ends counted from the
   * index {@code orderly_orders_by_date}. Equal to {@code count(*)} over the same filters. Null when the
   * range holds no whole day (it lies within one or two partial days): such a range is counted from the
   * index alone.
   */
  private static Sql countedByDays(TenantId tenant, OrderQuery query) {
    LocalDate wholeFrom = null;
    LocalDate wholeTo = null;
    Instant lowEdgeEnd = null;
    Instant highEdgeStart = null;
    if (query.dateFrom().isPresent()) {
      Instant from = query.dateFrom().get();
      LocalDate day = LocalDate.ofInstant(from, ZoneOffset.UTC);
      boolean whole = startOf(day).equals(from);
      wholeFrom = whole ? day : day.plusDays(1);
      lowEdgeEnd = whole ? null : startOf(wholeFrom);
    }
    if (query.dateTo().isPresent()) {
      Instant to = query.dateTo().get();
      wholeTo = LocalDate.ofInstant(to, ZoneOffset.UTC);
      highEdgeStart = startOf(wholeTo).equals(to) ? null : startOf(wholeTo);
    }
    if (wholeFrom != null && wholeTo != null && !wholeFrom.isBefore(wholeTo)) {
      return null;
    }
    Sql count = new Sql().sql("SELECT ((SELECT coalesce(sum(d.orders), 0) FROM orderly_order_day_counts d"
        + " WHERE d.tenant = ").text(tenant.value());
    if (wholeFrom != null) {
      count.sql(" AND d.purchased_on >= ").date(wholeFrom);
    }
    if (wholeTo != null) {
      count.sql(" AND d.purchased_on < ").date(wholeTo);
    }
    if (!query.includePending()) {
      count.sql(" AND NOT d.pending");
    }
    count.sql(")");
    if (lowEdgeEnd != null) {
      count.sql(" + (SELECT count(*) FROM orderly_orders o WHERE o.tenant = ").text(tenant.value());
      leavePendingOut(query, count);
      count.sql(" AND (o.purchased_at, o.purchased_at_ns) >= ").instant(query.dateFrom().get())
          .sql(" AND o.purchased_at < ").timestamp(lowEdgeEnd).sql(")");
    }
    if (highEdgeStart != null) {
      count.sql(" + (SELECT count(*) FROM orderly_orders o WHERE o.tenant = ").text(tenant.value());
      leavePendingOut(query, count);
      count.sql(" AND o.purchased_at >= ").timestamp(highEdgeStart)
          .sql(" AND (o.purchased_at, o.purchased_at_ns) < ").instant(query.dateTo().get()).sql(")");
    }
    return count.sql(")::bigint AS total_count");
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * Whether the query's filters are the refund-failed flag alone (pending orders in or out; any sort,
   * page size and cursor, which the count does not depend on). The query is compared with that bare view
   * built from its other parts, so that a filter {@code OrderQuery} gains later makes the store count the
   * rows again rather than read a kept count that knows nothing of it.
   */
  static boolean isRefundFailedView(OrderQuery query) {
    return query.refundFailed() && query.equals(OrderQuery.builder().refundFailed(true)
        .includePending(query.includePending()).dateBasis(query.dateBasis()).sort(query.sort())
        .pageSize(query.pageSize()).cursor(query.cursor()).build());
  }

  /**
   * A page of a partial search: the matches are found once (one scan of the trigram index, kept in a
   * materialised CTE), then counted and paged from there, rather than found twice, once for the count and
   * once for the rows. The CTE has the table's columns, under the same alias, so that the cursor's
   * condition and the sort key read as they do over the table.
   */
  private static Sql searched(OrderQuery query, Sql filters, Key key) {
    Sql page = new Sql().sql("SELECT o.body::text AS body, ").sql(key.columns).sql(" FROM matches o WHERE TRUE");
    query.cursor().ifPresent(cursor -> page.sql(" AND ").append(after(cursor)));
    page.sql(" ORDER BY ").sql(key.order).sql(" LIMIT ").integer(query.pageSize() + 1);
    return new Sql()
        .sql("WITH matches AS MATERIALIZED (SELECT o.* FROM orderly_orders o WHERE ").append(filters)
        .sql(") SELECT c.total_count, p.body FROM (SELECT count(*) AS total_count FROM matches) c LEFT JOIN LATERAL (")
        .append(page).sql(") p ON TRUE ORDER BY ").sql(key.outerOrder);
  }

  /**
   * Compiles every match of the query over the tenant's orders, in its sort order, without the count and
   * ignoring the page size and cursor: what an export reads through a server-side cursor.
   *
   * @param tenant whose orders
   * @param query the filters and the sort
   * @return the statement; {@link #run} is not for it, read its rows' single column (the body) instead
   * @throws io.github.orderly.query.InvalidQueryException if the search text holds an unpaired surrogate
   */
  public static PageStatement everyMatch(TenantId tenant, OrderQuery query) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(query, "query");
    Key key = Key.of(query.sort());
    Sql statement = new Sql().sql("SELECT o.body::text AS body FROM orderly_orders o WHERE ")
        .append(filters(tenant, query)).sql(" ORDER BY ").sql(key.order);
    return new PageStatement(query, statement);
  }

  /**
   * Reads an order from the text of a row's body.
   *
   * @param body the text of the {@code body} column
   * @return the order
   */
  public static Order order(String body) {
    return OrderRows.read(body);
  }

  /**
   * Reads an order from the UTF-8 bytes of a row's body, as the driver received them ({@code
   * ResultSet.getBytes} of the text column): the same order as {@link #order(String)}, without decoding
   * the text into a {@code String} first.
   *
   * @param body the UTF-8 text of the {@code body} column
   * @return the order
   */
  public static Order order(byte[] body) {
    return OrderRows.read(body);
  }

  /** Returns the statement's text, with a {@code ?} for every value. */
  public String sql() {
    return statement.text.toString();
  }

  /** Returns the values of the statement's parameters, in order, as they are bound. */
  public List<Object> parameters() {
    List<Object> values = new ArrayList<>();
    for (Bind bind : statement.binds) {
      values.add(bind.value());
    }
    return values;
  }

  /**
   * Binds the statement's values to a statement prepared from {@link #sql()} (or from a text that holds it,
   * such as an {@code EXPLAIN}), from the first parameter on.
   *
   * @param prepared the prepared statement
   * @throws SQLException if the driver refuses a value
   */
  public void bind(PreparedStatement prepared) throws SQLException {
    for (int i = 0; i < statement.binds.size(); i++) {
      statement.binds.get(i).set(prepared, i + 1);
    }
  }

  /**
   * Runs the statement.
   *
   * @param connection the connection
   * @return the page, equal to what {@link OrderQuery#select(Iterable)} gives over the tenant's orders
   * @throws SQLException if the database fails
   */
  public Page run(Connection connection) throws SQLException {
    long total = 0;
    List<Order> rows = new ArrayList<>(Math.min(query.pageSize(), 64) + 1);
    try (PreparedStatement prepared = connection.prepareStatement(sql())) {
      bind(prepared);
      try (ResultSet rs = prepared.executeQuery()) {
        while (rs.next()) {
          total = rs.getLong(1);
          byte[] body = rs.getBytes(2);
          if (body != null) {
            rows.add(OrderRows.read(body));
          }
        }
      }
    }
    int size = query.pageSize();
    if (rows.size() <= size) {
      return Page.of(rows, total, Optional.empty());
    }
    List<Order> page = rows.subList(0, size);
    return Page.of(page, total, Optional.of(query.sort().cursorAt(page.get(size - 1))));
  }

  // ---- The parts of the query ------------------------------------------------------------------------

  private static Sql filters(TenantId tenant, OrderQuery query) {
    Sql where = new Sql().sql("o.tenant = ").text(tenant.value());
    // The search rows beside the orders (V6) hold each order's search_text under the trigram index.
    query.search().ifPresent(search -> where.sql(" AND EXISTS (SELECT 1 FROM orderly_order_search s"
        + " WHERE s.tenant = o.tenant AND s.order_id = o.order_id AND s.search_text LIKE ")
        .text(SearchText.likePattern(search)).sql(")"));
    if (!query.itemStatuses().isEmpty() || !query.paymentStatuses().isEmpty()) {
      // Some line has one of the item statuses and one of the payment statuses (R40).
      where.sql(" AND o.line_statuses && ").textArray(linePairs(query.itemStatuses(), query.paymentStatuses()));
    }
    if (!query.orderStatuses().isEmpty()) {
      where.sql(" AND o.status = ANY (").textArray(names(query.orderStatuses())).sql(")");
    }
    leavePendingOut(query, where);
    String dateColumn = query.dateBasis() == DateBasis.ORDER_DATE ? "purchased_at" : "first_reported_at";
    query.dateFrom().ifPresent(from -> where.sql(" AND ").append(compare(dateColumn, ">=", from, "TRUE")));
    query.dateTo().ifPresent(to -> where.sql(" AND ").append(compare(dateColumn, "<", to, "TRUE")));
    if (!query.subtypes().isEmpty()) {
      where.sql(" AND o.subtypes && ").textArray(names(query.subtypes()));
    }
    if (!query.fulfilmentChannels().isEmpty()) {
      where.sql(" AND o.fulfilment_channel = ANY (").textArray(names(query.fulfilmentChannels())).sql(")");
    }
    if (query.refundFailed()) {
      where.sql(" AND o.refund_failed");
    }
    if (query.shipmentLate()) {
      where.sql(" AND o.shipment_late");
    }
    // Said outright, so that the planner may use the partial index over orders still to ship.
    query.shipByBefore().ifPresent(before -> where.sql(" AND o.open_ship_by IS NOT NULL AND ")
        .append(compare("open_ship_by", "<", before, "TRUE")));
    return where;
  }

  /** Pending orders and pre-orders match only on request: the condition that leaves them out otherwise. */
  private static void leavePendingOut(OrderQuery query, Sql where) {
    if (!query.includePending()) {
      // A constant of the store, never a value of the query.
      where.sql(" AND o.status NOT IN ('").sql(OrderStatus.PENDING.name()).sql("', '")
          .sql(OrderStatus.PENDING_AVAILABILITY.name()).sql("')");
    }
  }

  /** Every (item, payment) pair a matching line may have; an empty category stands for every value. */
  private static String[] linePairs(Set<ItemStatus> items, Set<PaymentStatus> payments) {
    Set<ItemStatus> i = items.isEmpty() ? EnumSet.allOf(ItemStatus.class) : items;
    Set<PaymentStatus> p = payments.isEmpty() ? EnumSet.allOf(PaymentStatus.class) : payments;
    List<String> pairs = new ArrayList<>(i.size() * p.size());
    for (ItemStatus item : i) {
      for (PaymentStatus payment : p) {
        pairs.add(OrderProjection.lineStatus(item, payment));
      }
    }
    return pairs.toArray(new String[0]);
  }

  private static String[] names(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).sorted().toArray(String[]::new);
  }

  /**
   * Compares an instant column (with its nanoseconds) with a bound. A bound outside the storable years
   * compares the same with every stored instant, so it becomes a constant: {@code always} (the column's
   * "true", which for a nullable column is its being set) or {@code FALSE}.
   */
  private static Sql compare(String column, String operator, Instant bound, String always) {
    boolean below = operator.startsWith("<");
    if (bound.isAfter(StoredInstants.MAX)) {
      return new Sql().sql(below ? always : "FALSE");
    }
    if (bound.isBefore(StoredInstants.MIN)) {
      return new Sql().sql(below ? "FALSE" : always);
    }
    return new Sql().sql("(o." + column + ", o." + column + "_ns) " + operator + " ").instant(bound);
  }

  /** The rows after the cursor in the sort's order. */
  private static Sql after(PageCursor cursor) {
    byte[] key = OrderProjection.orderKeyBytes(cursor.lastOrderId().value());
    return switch (cursor.sort()) {
      case NEWEST_FIRST -> {
        Instant at = cursor.orderDate().orElseThrow();
        if (at.isAfter(StoredInstants.MAX) || at.isBefore(StoredInstants.MIN)) {
          yield new Sql().sql(at.isAfter(StoredInstants.MAX) ? "TRUE" : "FALSE");
        }
        // Later dates come first, and among equal dates the greater ids: the index is read forwards from
        // the cursor's date, and only rows of that very date are checked against its id.
        yield new Sql().sql("(o.purchased_at, o.purchased_at_ns) <= ").instant(at)
            .sql(" AND ((o.purchased_at, o.purchased_at_ns) < ").instant(at).sql(" OR o.order_key > ").bytes(key)
            .sql(")");
      }
      case OLDEST_FIRST -> {
        Instant at = cursor.orderDate().orElseThrow();
        if (at.isAfter(StoredInstants.MAX) || at.isBefore(StoredInstants.MIN)) {
          yield new Sql().sql(at.isAfter(StoredInstants.MAX) ? "FALSE" : "TRUE");
        }
        yield new Sql().sql("(o.purchased_at, o.purchased_at_ns, o.order_key) > (")
            .instantParts(at).sql(", ").bytes(key).sql(")");
      }
      case AMOUNT_HIGHEST_FIRST -> new Sql().sql("(o.currency, -o.total, o.order_key) > (")
          .text(cursor.currency().orElseThrow().getCurrencyCode()).sql(", ")
          .number(cursor.totalAmount().orElseThrow().negate()).sql(", ").bytes(key).sql(")");
      case AMOUNT_LOWEST_FIRST -> new Sql().sql("(o.currency, o.total, o.order_key) > (")
          .text(cursor.currency().orElseThrow().getCurrencyCode()).sql(", ")
          .number(cursor.totalAmount().orElseThrow()).sql(", ").bytes(key).sql(")");
      case ORDER_ID -> new Sql().sql("o.order_key > ").bytes(key);
    };
  }

  /** A sort's key: the columns the page selects, its ORDER BY inside and outside the lateral join. */
  private record Key(String columns, String order, String outerOrder) {
    static Key of(OrderSort sort) {
      return switch (sort) {
        case NEWEST_FIRST -> new Key("o.purchased_at AS k1, o.purchased_at_ns AS k2, o.order_key AS k3",
            "o.purchased_at DESC, o.purchased_at_ns DESC, o.order_key", "p.k1 DESC, p.k2 DESC, p.k3");
        case OLDEST_FIRST -> new Key("o.purchased_at AS k1, o.purchased_at_ns AS k2, o.order_key AS k3",
            "o.purchased_at, o.purchased_at_ns, o.order_key", "p.k1, p.k2, p.k3");
        case AMOUNT_HIGHEST_FIRST -> new Key("o.currency AS k1, -o.total AS k2, o.order_key AS k3",
            "o.currency, -o.total, o.order_key", "p.k1, p.k2, p.k3");
        case AMOUNT_LOWEST_FIRST -> new Key("o.currency AS k1, o.total AS k2, o.order_key AS k3",
            "o.currency, o.total, o.order_key", "p.k1, p.k2, p.k3");
        case ORDER_ID -> new Key("o.order_key AS k1", "o.order_key", "p.k1");
      };
    }
  }

  // ---- Building the statement ------------------------------------------------------------------------

  /** One value to bind. */
  private interface Bind {
    void set(PreparedStatement statement, int index) throws SQLException;

    Object value();
  }

  /** A statement's text and its values, appended to together so that they stay in step. */
  private static final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Bind> binds = new ArrayList<>();

    Sql sql(String fragment) {
      text.append(fragment);
      return this;
    }

    Sql append(Sql other) {
      text.append(other.text);
      binds.addAll(other.binds);
      return this;
    }

    Sql text(String value) {
      return bind("?", value, (s, i) -> s.setString(i, value));
    }

    Sql textArray(String[] values) {
      return bind("?::text[]", List.of(values),
          (s, i) -> s.setArray(i, s.getConnection().createArrayOf("text", values)));
    }

    Sql bytes(byte[] value) {
      return bind("?", value.clone(), (s, i) -> s.setBytes(i, value));
    }

    Sql number(BigDecimal value) {
      return bind("?::numeric", value, (s, i) -> s.setBigDecimal(i, value));
    }

    Sql integer(int value) {
      return bind("?", value, (s, i) -> s.setInt(i, value));
    }

    /** A day, as a {@code date}. */
    Sql date(LocalDate value) {
      String day = value.toString();
      return bind("?::date", day, (s, i) -> s.setString(i, day));
    }

    /** An instant of a whole microsecond, as a {@code timestamptz}. */
    Sql timestamp(Instant value) {
      String micros = StoredInstants.micros(value);
      return bind("?::timestamptz", micros, (s, i) -> s.setString(i, micros));
    }

    /** An instant as the row {@code (timestamptz, smallint)} that it is stored as. */
    Sql instant(Instant value) {
      return sql("(").instantParts(value).sql(")");
    }

    Sql instantParts(Instant value) {
      String micros = StoredInstants.micros(value);
      short nanos = StoredInstants.nanos(value);
      bind("?::timestamptz", micros, (s, i) -> s.setString(i, micros));
      return sql(", ").bind("?::smallint", nanos, (s, i) -> s.setShort(i, nanos));
    }

    private Sql bind(String placeholder, Object value, Setter setter) {
      text.append(placeholder);
      binds.add(new Bind() {
        @Override
        public void set(PreparedStatement statement, int index) throws SQLException {
          setter.set(statement, index);
        }

        @Override
        public Object value() {
          return value;
        }
      });
      return this;
    }
  }

  private interface Setter {
    void set(PreparedStatement statement, int index) throws SQLException;
  }
}
