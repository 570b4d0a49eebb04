package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.Buyer;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.TenantId;
import io.github.orderly.testkit.Property;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.OrderPlaced;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bulk path of {@link PostgresOrderStore#createAll} ({@code COPY ... FROM STDIN} from
 * {@link PostgresOrderStore#COPY_FROM} orders on) writes what {@link PostgresOrderStore#create} writes:
 * the same rows, every projected column, the same events; hostile text included.
 */
@DisplayName("R47: orders stored in bulk through COPY equal the orders stored one by one: rows, columns, events")
class BulkCreateR47Test {
  private static final int TRIES = Math.max(3, Property.configuredTries(1000) / 200);
  /** Text that COPY's text format and array literals must escape, and text beyond ASCII. */
  private static final String[] HOSTILE = {
    "tab\there", "back\\slash", "\\N", "\\\\N", "line\nbreak", "carriage\r\nreturn", "\"quoted\"", "{braces,comma}",
    "\\x00ff", "Zoë 😀 日本語 ＡＢ", "trailing\\", "\t", "'; DROP TABLE orderly_orders;--", "%_",
  };

  private final PostgresOrderStore store = PostgresOrderStore.of(TestDatabase.dataSource(), TestDatabase.SWEEP);

  @Test
  @DisplayName("R47: createAll through COPY and create one by one store equal rows (every column) and equal events,"
      + " hostile text included")
  void bulkEqualsOneByOne() {
    Property.named("orders stored by COPY and one by one read back equal, with equal columns and events")
        .withTries(TRIES)
        .check(random -> hostile(random, StoreCases.orders(random, PostgresOrderStore.COPY_FROM + 20)), orders -> {
          assertThat(orders.size()).isGreaterThanOrEqualTo(PostgresOrderStore.COPY_FROM);
          TenantId bulk = TestDatabase.tenant("bulk");
          TenantId single = TestDatabase.tenant("single");

          assertThat(store.createAll(bulk, orders)).isEqualTo(orders.size());
          for (Order order : orders) {
            assertThat(store.create(single, OrderPlaced.of(order))).isTrue();
          }

          for (Order order : orders) {
            assertThat(store.load(bulk, order.id())).as("read back equal").contains(order);
            assertThat(store.events(bulk, order.id())).containsExactly(OrderPlaced.of(order));
          }
          assertThat(TestDatabase.rows(bulk, "orderly_orders"))
              .isEqualTo(TestDatabase.rows(single, "orderly_orders"));
          assertThat(TestDatabase.rows(bulk, "orderly_order_events"))
              .isEqualTo(TestDatabase.rows(single, "orderly_order_events"));
        });
  }

  @Test
  @DisplayName("R47: a redelivered bulk import stores only the orders not held yet; the held ones keep row and"
      + " history")
  void redeliveredBulkImportStoresOnlyTheNewOrders() {
    RandomGenerator random = new java.util.SplittableRandom(47);
    List<Order> orders = StoreCases.orders(random, 3 * PostgresOrderStore.COPY_FROM);
    TenantId tenant = TestDatabase.tenant("redelivered");
    List<Order> first = orders.subList(0, orders.size() / 2);
    assertThat(store.createAll(tenant, first)).isEqualTo(first.size());
    List<String> before = TestDatabase.rows(tenant, "orderly_order_events");

    assertThat(store.createAll(tenant, orders)).isEqualTo(orders.size() - first.size());
    assertThat(TestDatabase.rows(tenant, "orderly_orders")).hasSize(orders.size());
    List<String> after = TestDatabase.rows(tenant, "orderly_order_events");
    assertThat(after).hasSize(orders.size()).containsAll(before);
    for (Order order : orders) {
      assertThat(store.load(tenant, order.id())).contains(order);
    }
  }

  @Test
  @DisplayName("R47: the OrderPlaced event that the bulk path builds on the server from the order's body equals,"
      + " as jsonb, the event's own JSON as OrderlyJson writes it, hostile text included")
  void serverBuiltPlacedEventEqualsItsJson() {
    Property.named("every event stored by COPY equals OrderlyJson.write(OrderPlaced.of(order))::jsonb")
        .withTries(TRIES)
        .check(random -> hostile(random, StoreCases.orders(random, PostgresOrderStore.COPY_FROM + 5)), orders -> {
          TenantId tenant = TestDatabase.tenant("bulk-event");
          assertThat(store.createAll(tenant, orders)).isEqualTo(orders.size());
          try (Connection c = TestDatabase.dataSource().getConnection();
              PreparedStatement s = c.prepareStatement("SELECT event = ?::jsonb, event::text FROM"
                  + " orderly_order_events WHERE tenant = ? AND order_id = ?")) {
            for (Order order : orders) {
              String json = OrderlyJson.write(OrderPlaced.of(order));
              s.setString(1, json);
              s.setString(2, tenant.value());
              s.setString(3, order.id().value());
              try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("one event of " + order.id()).isTrue();
                assertThat(rs.getBoolean(1)).as("event of " + order.id() + ": " + rs.getString(2)).isTrue();
                assertThat(OrderlyJson.read(rs.getString(2), Event.class)).isEqualTo(OrderPlaced.of(order));
                assertThat(rs.next()).isFalse();
              }
            }
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Test
  @DisplayName("Two orders with one id in one bulk write are refused, and nothing is written")
  void duplicateIdsAreRefused() {
    List<Order> orders = new ArrayList<>(StoreCases.orders(new java.util.SplittableRandom(5),
        PostgresOrderStore.COPY_FROM + 1));
    orders.add(orders.get(0));
    TenantId tenant = TestDatabase.tenant("bulk-twice");
    assertThatThrownBy(() -> store.createAll(tenant, orders)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orders = '" + orders.get(0).id() + "': appears twice in one write");
    assertThat(TestDatabase.rows(tenant, "orderly_orders")).isEmpty();
  }

  /** Puts hostile text into line titles, buyer names and order ids of about half the orders. */
  private static List<Order> hostile(RandomGenerator random, List<Order> orders) {
    List<Order> out = new ArrayList<>(orders.size());
    for (int i = 0; i < orders.size(); i++) {
      Order order = orders.get(i);
      if (random.nextBoolean()) {
        String text = HOSTILE[random.nextInt(HOSTILE.length)];
        OrderLine line = order.lines().get(0);
        List<OrderLine> lines = new ArrayList<>(order.lines());
        lines.set(0, OrderLine.builder().from(line).title("Mug " + text + " 350 ml").build());
        String singleLine = text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        Order.Builder b = Order.builder().from(order).lines(lines)
            .buyer(Buyer.builder().from(order.buyer()).name("Buyer " + singleLine + " Smith").build());
        if (random.nextBoolean()) {
          b.id(OrderId.of(order.id().value() + singleLine.strip() + "-" + i));
        }
        order = b.build();
      }
      out.add(order);
    }
    return out;
  }

}
