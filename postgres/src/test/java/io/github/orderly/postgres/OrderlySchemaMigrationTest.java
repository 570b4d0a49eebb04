package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The schema's migrations, run by Flyway, on empty and on lived-in databases. */
@DisplayName("Schema: Flyway runs the migrations on an empty database, and a second run changes nothing")
class OrderlySchemaMigrationTest {

  @Test
  @DisplayName("Flyway migrates an empty database, then finds nothing to do; the history records versions 1 to 4, 6 and 7")
  void migratesAnEmptyDatabaseOnce() throws SQLException {
    DataSource empty = TestDatabase.freshDatabase("empty");
    assertThat(rows(empty, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).isEmpty();

    assertThat(OrderlySchema.migrate(empty)).isEqualTo(6);
    assertThat(OrderlySchema.migrate(empty)).isZero();

    assertThat(rows(empty, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"))
        .containsExactly("orderly_order_counts", "orderly_order_day_counts", "orderly_order_events",
            "orderly_order_search", "orderly_orders",
            "orderly_schema_history");
    assertThat(rows(empty, "SELECT version || ' ' || success FROM orderly_schema_history ORDER BY installed_rank"))
        .containsExactly("1 true", "2 true", "3 true", "4 true", "6 true", "7 true");
    assertThat(rows(empty, "SELECT extname FROM pg_extension ORDER BY 1")).contains("btree_gin", "pg_trgm");
    assertThat(Flyway.configure().dataSource(empty).locations(OrderlySchema.LOCATION)
        .table(OrderlySchema.HISTORY_TABLE).load().validateWithResult().validationSuccessful).isTrue();
  }

  @Test
  @DisplayName("Every key and every index of every table starts with the tenant (ready to distribute by it)")
  void everyKeyAndIndexLeadsWithTheTenant() throws SQLException {
    DataSource db = TestDatabase.freshDatabase("keys");
    OrderlySchema.migrate(db);
    List<String> indexes = rows(db, """
        SELECT c.relname || ' ' || a.attname
        FROM pg_index i
        JOIN pg_class c ON c.oid = i.indexrelid
        JOIN pg_class t ON t.oid = i.indrelid
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]
        WHERE t.relname IN ('orderly_orders', 'orderly_order_events', 'orderly_order_search') ORDER BY 1""");
    assertThat(indexes).hasSize(14).allSatisfy(index -> assertThat(index).endsWith(" tenant"));
    assertThat(indexes).contains("orderly_orders_search tenant", "orderly_orders_due tenant",
        "orderly_order_events_command tenant", "orderly_order_events_pkey tenant", "orderly_orders_pkey tenant");
    assertThat(rows(db, """
        SELECT pg_get_constraintdef(oid) FROM pg_constraint
        WHERE conrelid = 'orderly_order_events'::regclass AND contype IN ('p', 'u', 'f') ORDER BY conname"""))
        .containsExactly("UNIQUE (tenant, command_id)",
            "FOREIGN KEY (tenant, order_id) REFERENCES orderly_orders(tenant, order_id)",
            "PRIMARY KEY (tenant, order_id, version)");
    assertThat(rows(db, "SELECT pg_get_indexdef('orderly_orders_due'::regclass)"))
        .singleElement().asString().endsWith("WHERE (next_due_at IS NOT NULL)");
    // R45: the kept counts have no key that two writers could meet on (their writers only insert, V7).
    assertThat(rows(db, "SELECT conname FROM pg_constraint WHERE conrelid IN ('orderly_order_counts'::regclass,"
        + " 'orderly_order_day_counts'::regclass) AND contype IN ('p', 'u')")).isEmpty();
    assertThat(rows(db, "SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid IN"
        + " ('orderly_order_counts'::regclass, 'orderly_order_day_counts'::regclass) ORDER BY 1"))
        .containsExactly(
            "CREATE INDEX orderly_order_counts_by_tenant ON public.orderly_order_counts USING btree (tenant)"
                + " INCLUDE (refund_failed, refund_failed_pending)",
            "CREATE INDEX orderly_order_day_counts_by_day ON public.orderly_order_day_counts USING btree"
                + " (tenant, purchased_on, pending) INCLUDE (orders)");
  }

  @Test
  @DisplayName("Into a named schema that Flyway creates, with pg_trgm already installed in another schema")
  void migratesANamedSchema() throws SQLException {
    DataSource db = TestDatabase.freshDatabase("named");
    TestDatabase.execute(db, "CREATE SCHEMA extensions");
    TestDatabase.execute(db, "CREATE EXTENSION pg_trgm SCHEMA extensions");

    assertThat(OrderlySchema.migrate(db, "sales")).isEqualTo(6);
    assertThat(OrderlySchema.migrate(db, "sales")).isZero();

    assertThat(rows(db, "SELECT tablename FROM pg_tables WHERE schemaname = 'sales' ORDER BY 1"))
        .containsExactly("orderly_order_counts", "orderly_order_day_counts", "orderly_order_events",
            "orderly_order_search", "orderly_orders",
            "orderly_schema_history");
    assertThat(rows(db, "SELECT indexdef FROM pg_indexes WHERE indexname = 'orderly_orders_search'"))
        .singleElement().asString().contains("extensions.gin_trgm_ops");
  }

  @Test
  @DisplayName("Beside a host's own tables and Flyway history: both histories are kept, the host's tables untouched")
  void migratesBesideAHostsOwnSchema() throws SQLException {
    DataSource db = TestDatabase.freshDatabase("host");
    TestDatabase.execute(db, "CREATE TABLE flyway_schema_history (installed_rank int)");
    TestDatabase.execute(db, "CREATE TABLE customers (id int PRIMARY KEY)");
    TestDatabase.execute(db, "INSERT INTO customers VALUES (1), (2)");

    assertThat(OrderlySchema.migrate(db)).isEqualTo(6);

    assertThat(rows(db, "SELECT count(*)::text FROM customers")).containsExactly("2");
    assertThat(rows(db, "SELECT count(*)::text FROM flyway_schema_history")).containsExactly("0");
    assertThat(rows(db, "SELECT version FROM orderly_schema_history WHERE success ORDER BY installed_rank"))
        .containsExactly("0", "1", "2", "3", "4", "6", "7");
  }

  @Test
  @DisplayName("A schema at version 1 is upgraded to 7 in place: the due index gains the nanoseconds, events may be "
      + "numbered from 0, the sweep's columns are added")
  void upgradesVersionOneInPlace() throws SQLException {
    DataSource db = TestDatabase.freshDatabase("upgrade");
    Flyway.configure().dataSource(db).locations(OrderlySchema.LOCATION).table(OrderlySchema.HISTORY_TABLE)
        .target("1").load().migrate();
    assertThat(rows(db, "SELECT count(*)::text FROM information_schema.columns WHERE column_name = 'swept_at'"))
        .containsExactly("0");

    assertThat(OrderlySchema.migrate(db)).isEqualTo(5);

    assertThat(rows(db, "SELECT pg_get_indexdef('orderly_orders_due'::regclass)")).singleElement().asString()
        .contains("(tenant, next_due_at, next_due_at_ns, order_key)");
    assertThat(rows(db, "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = "
        + "'orderly_order_events_version_check'")).containsExactly("CHECK ((version >= 0))");
    assertThat(rows(db, "SELECT column_name::text FROM information_schema.columns WHERE table_name = 'orderly_orders'"
        + " AND column_name IN ('next_due_at_ns', 'swept_at', 'swept_at_ns') ORDER BY 1"))
        .containsExactly("next_due_at_ns", "swept_at", "swept_at_ns");
  }

  @Test
  @DisplayName("R26, R19: a schema at version 6 holding orders is upgraded in place: V7 counts the stored orders by "
      + "day and folds the refund-failed counts into one row per tenant, each equal to count(*)")
  void upgradesVersionSixWithOrdersInPlace() throws SQLException {
    DataSource db = TestDatabase.freshDatabase("upgrade6");
    Flyway.configure().dataSource(db).locations(OrderlySchema.LOCATION).table(OrderlySchema.HISTORY_TABLE)
        .target("6").load().migrate();
    io.github.orderly.order.TenantId tenant = io.github.orderly.order.TenantId.of("acme");
    PostgresOrderStore store = PostgresOrderStore.of(db, TestDatabase.SWEEP);
    List<io.github.orderly.order.Order> orders = StoreCases.orders(new java.util.SplittableRandom(7), 200);
    store.createAll(tenant, orders);
    String refundFailed = "SELECT count(*)::text FROM orderly_orders WHERE refund_failed";
    assertThat(rows(db, refundFailed)).singleElement().isNotEqualTo("0");

    assertThat(OrderlySchema.migrate(db)).isEqualTo(1);

    assertThat(rows(db, "SELECT count(*)::text FROM orderly_order_counts")).containsExactly("1");
    assertThat(rows(db, "SELECT (refund_failed + refund_failed_pending)::text FROM orderly_order_counts"))
        .isEqualTo(rows(db, refundFailed));
    assertThat(rows(db, "SELECT purchased_on || ' ' || pending || ' ' || orders FROM orderly_order_day_counts"
        + " ORDER BY 1")).isEqualTo(rows(db, "SELECT (purchased_at AT TIME ZONE 'UTC')::date || ' '"
        + " || (status IN ('PENDING', 'PENDING_AVAILABILITY')) || ' ' || count(*) FROM orderly_orders"
        + " GROUP BY (purchased_at AT TIME ZONE 'UTC')::date, status IN ('PENDING', 'PENDING_AVAILABILITY')"
        + " ORDER BY 1"));
    io.github.orderly.query.OrderQuery view = io.github.orderly.query.OrderQuery.defaultView(
        StoreCases.START.plus(java.time.Duration.ofDays(25)));
    assertThat(store.query(tenant, view)).isEqualTo(view.select(orders));
  }

  @Test
  @DisplayName("R26: a schema at version 4 holding orders is upgraded in place: V6 copies every order's search text "
      + "beside it, moves the trigram index there, and a search finds what it found before")
  void upgradesVersionFourWithOrdersInPlace() throws SQLException {
    DataSource db = TestDatabase.freshDatabase("upgrade4");
    Flyway.configure().dataSource(db).locations(OrderlySchema.LOCATION).table(OrderlySchema.HISTORY_TABLE)
        .target("4").load().migrate();
    io.github.orderly.order.TenantId tenant = io.github.orderly.order.TenantId.of("acme");
    PostgresOrderStore store = PostgresOrderStore.of(db, TestDatabase.SWEEP);
    List<io.github.orderly.order.Order> orders = StoreCases.orders(new java.util.SplittableRandom(6), 50);
    store.createAll(tenant, orders);
    io.github.orderly.query.OrderQuery search = io.github.orderly.query.OrderQuery.builder()
        .search(orders.get(7).id().value().substring(2, 6)).includePending(true).build();
    assertThat(rows(db, "SELECT count(*)::text FROM pg_tables WHERE tablename = 'orderly_order_search'"))
        .containsExactly("0");

    assertThat(OrderlySchema.migrate(db)).isEqualTo(2);

    assertThat(rows(db, "SELECT order_id || ' ' || search_text FROM orderly_order_search ORDER BY 1"))
        .hasSize(50).isEqualTo(rows(db, "SELECT order_id || ' ' || search_text FROM orderly_orders ORDER BY 1"));
    assertThat(rows(db, "SELECT tablename FROM pg_indexes WHERE indexname = 'orderly_orders_search'"))
        .containsExactly("orderly_order_search");
    assertThat(store.query(tenant, search)).isEqualTo(search.select(orders));
  }

  @Test
  @DisplayName("A database that is not UTF8 is refused with the reason, and nothing is created")
  void refusesADatabaseThatIsNotUtf8() throws SQLException {
    String name = "latin_" + System.nanoTime();
    TestDatabase.execute(TestDatabase.server().getPostgresDatabase(),
        "CREATE DATABASE " + name + " ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0");
    DataSource latin = TestDatabase.server().getDatabase("postgres", name);

    assertThatThrownBy(() -> OrderlySchema.migrate(latin))
        .isInstanceOf(FlywayException.class)
        .hasStackTraceContaining("Orderly needs a UTF8 database; this one is SQL_ASCII");
    assertThat(rows(latin, "SELECT tablename FROM pg_tables WHERE tablename LIKE 'orderly_orders%'")).isEmpty();
  }

  @Test
  @DisplayName("The events table keeps one event per (tenant, command id) and per (tenant, order id, version)")
  void eventsAreUniqueByCommandAndByVersion() throws SQLException {
    DataSource db = TestDatabase.freshDatabase("events");
    OrderlySchema.migrate(db);
    TestDatabase.execute(db, """
        INSERT INTO orderly_orders (tenant, order_id, version, body, order_key, marketplace, fulfilment_channel, status,
          subtypes, purchased_at, purchased_at_ns, first_reported_at, first_reported_at_ns, shipment_late,
          refund_failed, currency, total, line_statuses, search_text)
        VALUES ('acme', '112-1', 1, '{}', '\\x0031', 'amazon.com', 'SELLER', 'UNSHIPPED', '{}', now(), 0, now(), 0,
          false, false, 'USD', 1, '{}', '112-1')""");
    String event = "INSERT INTO orderly_order_events VALUES ('acme', '112-1', %d, '%s', 'SELLER', null, now(), '{}')";
    TestDatabase.execute(db, event.formatted(1, "c-1"));
    assertThatThrownBy(() -> TestDatabase.execute(db, event.formatted(2, "c-1")))
        .rootCause().hasMessageContaining("orderly_order_events_command");
    assertThatThrownBy(() -> TestDatabase.execute(db, event.formatted(1, "c-2")))
        .rootCause().hasMessageContaining("orderly_order_events_pkey");
    assertThatThrownBy(() -> TestDatabase.execute(db,
        "INSERT INTO orderly_order_events VALUES ('globex', '112-1', 1, 'c-9', 'SELLER', null, now(), '{}')"))
        .rootCause().hasMessageContaining("orderly_order_events_order");
    // Another tenant may use the same command id.
    TestDatabase.execute(db, """
        INSERT INTO orderly_orders SELECT 'globex', order_id, version, body, order_key, marketplace, fulfilment_channel,
          status, subtypes, purchased_at, purchased_at_ns, first_reported_at, first_reported_at_ns, open_ship_by,
          open_ship_by_ns, shipment_late, refund_failed, currency, total, line_statuses, search_text, next_due_at
        FROM orderly_orders WHERE tenant = 'acme'""");
    TestDatabase.execute(db, event.replace("'acme'", "'globex'").formatted(1, "c-1"));
    assertThat(rows(db, "SELECT tenant || ' ' || command_id FROM orderly_order_events ORDER BY 1"))
        .containsExactly("acme c-1", "globex c-1");
  }

  static List<String> rows(DataSource dataSource, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }
}
