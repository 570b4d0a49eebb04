package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.json.JsonInputException;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.Order;
import io.github.orderly.order.TenantId;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.policy.SweepResult;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The store reads its bodies with {@link OrderlyJson}'s mapper and rules (without its extra pre-scan): a
 * body is read back equal, and a body changed behind the store's back into something that is not a valid
 * order is refused as {@link OrderlyJson#read} refuses it.
 */
@DisplayName("Stored bodies: read back equal; a body changed in the database into an invalid order is refused")
class StoredBodiesTest {
  private final PostgresOrderStore store = PostgresOrderStore.of(TestDatabase.dataSource(), TestDatabase.SWEEP);

  @Test
  @DisplayName("Every stored order loads, pages and streams equal to the order written")
  void bodiesReadBackEqual() {
    TenantId tenant = TestDatabase.tenant("bodies");
    List<Order> orders = StoreCases.orders(new SplittableRandom(26), 40);
    store.createAll(tenant, orders);
    for (Order order : orders) {
      assertThat(store.load(tenant, order.id())).contains(order);
    }
    OrderQuery all = OrderQuery.builder().includePending(true).pageSize(100).build();
    assertThat(store.query(tenant, all)).isEqualTo(all.select(orders));
    try (var stream = store.stream(tenant, all)) {
      assertThat(stream.toList()).isEqualTo(all.select(orders).rows());
    }
  }

  @Test
  @DisplayName("R45 V4: a body whose row fits in 8,160 bytes is stored uncompressed, by createAll and by the "
      + "sweep's save; a larger one is still compressed")
  void bodiesAreStoredUncompressed() {
    TenantId tenant = TestDatabase.tenant("bodies");
    List<Order> orders = StoreCases.orders(new SplittableRandom(28), 60);
    store.createAll(tenant, orders);
    String where = " WHERE tenant = '" + tenant + "'";
    String of = " FROM orderly_orders" + where;
    // Rows past PostgreSQL's default toast_tuple_target (about 2 KB), which it compressed before V4.
    long large = count("SELECT count(*)" + of + " AND octet_length(body::text) BETWEEN 2100 AND 7000");
    assertThat(large).as("bodies of 2,100 to 7,000 bytes").isPositive();
    assertThat(count("SELECT count(*)" + of + " AND pg_column_compression(body) IS NOT NULL")).isZero();

    SweepResult swept = PostgresSweep.of(store).run(tenant, StoreCases.START.plus(Duration.ofDays(60)), 2);
    assertThat(swept.cancellations()).as("orders the sweep cancelled and saved").isNotEmpty();
    assertThat(count("SELECT count(*)" + of + " AND octet_length(body::text) BETWEEN 2100 AND 7000"
        + " AND status = 'CANCELLED'")).as("large bodies written by the sweep's save").isPositive();
    assertThat(count("SELECT count(*)" + of + " AND pg_column_compression(body) IS NOT NULL")).isZero();

    // A row past the page's 8,160 bytes is compressed as before V4.
    TestDatabase.execute(TestDatabase.dataSource(), "UPDATE orderly_orders SET body = jsonb_set(body, '{padding}',"
        + " to_jsonb(repeat('x', 9000)))" + where + " AND order_id = '" + orders.get(0).id().value().replace("'", "''")
        + "'");
    assertThat(count("SELECT count(*)" + of + " AND pg_column_compression(body) IS NOT NULL")).isEqualTo(1);
  }

  private static long count(String sql) {
    try (Connection c = TestDatabase.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  @Test
  @DisplayName("A body with an unknown field, or with a line that breaks the order's checks, is refused on load "
      + "with the same message OrderlyJson.read gives")
  void anInvalidBodyIsRefused() {
    TenantId tenant = TestDatabase.tenant("bodies");
    Order order = StoreCases.orders(new SplittableRandom(27), 1).get(0);
    store.createAll(tenant, List.of(order));
    String where = " WHERE tenant = '" + tenant + "' AND order_id = '" + order.id().value().replace("'", "''") + "'";

    TestDatabase.execute(TestDatabase.dataSource(),
        "UPDATE orderly_orders SET body = body || '{\"unexpected\": 1}'" + where);
    String unknown = OrderlyJson.write(order).replaceFirst("\\{", "{\"unexpected\":1,");
    assertThatThrownBy(() -> store.load(tenant, order.id())).isInstanceOf(JsonInputException.class)
        .hasMessage(catchMessage(unknown));

    TestDatabase.execute(TestDatabase.dataSource(),
        "UPDATE orderly_orders SET body = jsonb_set(body - 'unexpected', '{lines,0,quantityOrdered}', '-1')" + where);
    assertThatThrownBy(() -> store.load(tenant, order.id())).isInstanceOf(JsonInputException.class)
        .hasMessageContaining("quantityOrdered");
  }

  @Test
  @DisplayName("R45: the sweep reads its claimed bodies from the driver's bytes; a claimed body changed into an "
      + "invalid order is refused with the same message OrderlyJson.read gives, and the batch is not saved")
  void theSweepRefusesAnInvalidClaimedBody() {
    TenantId tenant = TestDatabase.tenant("bodies");
    List<Order> orders = StoreCases.orders(new SplittableRandom(29), 20);
    store.createAll(tenant, orders);
    Instant at = StoreCases.START.plus(Duration.ofDays(60));
    String where = " WHERE tenant = '" + tenant + "'";
    TestDatabase.execute(TestDatabase.dataSource(),
        "UPDATE orderly_orders SET body = body || '{\"unexpected\": 1}'" + where);
    String unknown = OrderlyJson.write(orders.get(0)).replaceFirst("\\{", "{\"unexpected\":1,");
    long events = count("SELECT count(*) FROM orderly_order_events" + where);
    assertThatThrownBy(() -> PostgresSweep.of(store).run(tenant, at, 1)).isInstanceOf(JsonInputException.class)
        .hasMessage(catchMessage(unknown));
    assertThat(count("SELECT count(*) FROM orderly_order_events" + where)).isEqualTo(events);
    assertThat(count("SELECT count(*) FROM orderly_orders" + where + " AND swept_at IS NOT NULL")).isZero();

    TestDatabase.execute(TestDatabase.dataSource(), "UPDATE orderly_orders SET body = body - 'unexpected'" + where);
    SweepResult swept = PostgresSweep.of(store).run(tenant, at, 1);
    assertThat(swept).isEqualTo(store.sweep().run(orders, at));
  }

  private static String catchMessage(String json) {
    try {
      OrderlyJson.read(json, Order.class);
    } catch (JsonInputException e) {
      return e.getMessage();
    }
    throw new AssertionError("the document was read: " + json);
  }
}
