package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.status.ItemStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/amazon.md's status table is {@link StatusTable}'s rendering, and the mapping of a payload of every status
 * gives the order its row states (R41, R50, R52, R53).
 */
class StatusMappingDocTest {
  private static final Path DOC = Path.of("..", "docs", "amazon.md");
  private static final String START = "<!-- status-table:start -->\n";
  private static final String END = "<!-- status-table:end -->";

  /** One fixture per v0 status, in the API's order of a standard order's life. */
  private static final Map<OrdersV0.OrderStatus, String> SCENARIOS = new LinkedHashMap<>();

  static {
    SCENARIOS.put(OrdersV0.OrderStatus.PENDING_AVAILABILITY, "preorder");
    SCENARIOS.put(OrdersV0.OrderStatus.PENDING, "pending-cvs");
    SCENARIOS.put(OrdersV0.OrderStatus.UNSHIPPED, "unshipped-business");
    SCENARIOS.put(OrdersV0.OrderStatus.PARTIALLY_SHIPPED, "partially-shipped-po");
    SCENARIOS.put(OrdersV0.OrderStatus.SHIPPED, "shipped-afn-replacement");
    SCENARIOS.put(OrdersV0.OrderStatus.INVOICE_UNCONFIRMED, "invoice-unconfirmed");
    SCENARIOS.put(OrdersV0.OrderStatus.CANCELED, "canceled");
    SCENARIOS.put(OrdersV0.OrderStatus.UNFULFILLABLE, "unfulfillable");
  }

  @Test
  @DisplayName("R41: docs/amazon.md's status table is rendered from the status table")
  void committedTableMatchesTheMapping() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int start = doc.indexOf(START);
    int end = doc.indexOf(END);
    assertThat(start).as("the table's start marker").isNotNegative();
    assertThat(end).as("the table's end marker").isGreaterThan(start);
    String expected = doc.substring(0, start + START.length()) + StatusTable.render() + doc.substring(end);
    if (Boolean.getBoolean("orderly.writeDocs")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
      doc = expected;
    }
    assertThat(doc).as("docs/amazon.md's status table is out of date; run with -Dorderly.writeDocs=true")
        .isEqualTo(expected);
    assertThat(SCENARIOS.keySet()).containsExactlyInAnyOrder(OrdersV0.OrderStatus.values());
  }

  @Test
  @DisplayName("R41 R52 R53 R18: a payload of every v0 status maps to the lines, the order and the status back that its row states")
  void everyStatusMapsAsItsRowSays() {
    for (Map.Entry<OrdersV0.OrderStatus, String> e : SCENARIOS.entrySet()) {
      StatusTable.Row row = StatusTable.of(e.getKey());
      Order order = AmazonOrders.toOrder(AmazonOrdersV0MappingTest.combined(e.getValue()));
      Set<ItemStatus> items = new LinkedHashSet<>();
      for (OrderLine line : order.lines()) {
        assertThat(line.paymentStatus()).as("%s: payment of %s", e.getKey(), line.id()).isEqualTo(row.payment());
        assertThat(line.itemStatus()).as("%s: item of %s", e.getKey(), line.id())
            .isEqualTo(row.item(line.quantityShipped()));
        items.add(line.itemStatus());
      }
      assertThat(order.status()).as("%s derives", e.getKey()).isEqualTo(row.derived())
          .isEqualTo(AmazonOrders.orderlyStatus(e.getKey()));
      assertThat(AmazonOrders.v0Status(order)).as("%s back", e.getKey()).isEqualTo(e.getKey());
      assertThat(AmazonOrders.v2026Status(order)).as("%s back in 2026-01-01", e.getKey()).isEqualTo(row.v2026Shown());
      switch (row.units()) {
        case NONE -> assertThat(order.shipments()).as("%s ships nothing", e.getKey()).isEmpty();
        case ALL -> assertThat(items).as("%s ships everything", e.getKey()).containsOnly(ItemStatus.SHIPPED);
        case SOME_NOT_ALL -> assertThat(items).as("%s ships some", e.getKey())
            .contains(ItemStatus.SHIPPED).hasSizeGreaterThan(1);
      }
      assertThat(order.cancellation().isPresent()).as("%s cancelled", e.getKey()).isEqualTo(row.consequence().cancels());
      assertThat(order.invoice().map(i -> i.required() && i.confirmedAt().isEmpty()).orElse(false))
          .as("%s awaits its invoice confirmation", e.getKey())
          .isEqualTo(row.consequence() == StatusTable.Consequence.INVOICE_REQUIRED);
    }
  }

  @Test
  @DisplayName("R41: every status of both versions has one row, and every Orderly status one row shown by default")
  void theTableCoversBothVersions() {
    assertThat(StatusTable.rows()).extracting(StatusTable.Row::v0).containsExactlyInAnyOrder(OrdersV0.OrderStatus.values());
    for (Orders2026.FulfillmentStatus s : Orders2026.FulfillmentStatus.values()) {
      assertThat(StatusTable.of(s).v2026()).as("%s", s).contains(s);
      assertThat(AmazonOrders.orderlyStatus(s)).as("%s", s).isEqualTo(StatusTable.of(s).derived());
    }
    for (io.github.orderly.status.OrderStatus s : io.github.orderly.status.OrderStatus.values()) {
      assertThat(StatusTable.rows().stream().filter(r -> r.derived() == s && r.shownWhen().isEmpty()).count())
          .as("rows shown by default for %s", s).isEqualTo(1);
    }
  }
}
