package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.json.JsonInputException;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.Order;
import io.github.orderly.order.TenantId;
import io.github.orderly.query.OrderQuery;
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

  private static String catchMessage(String json) {
    try {
      OrderlyJson.read(json, Order.class);
    } catch (JsonInputException e) {
      return e.getMessage();
    }
    throw new AssertionError("the document was read: " + json);
  }
}
