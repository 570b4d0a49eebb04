package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
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

/** docs/amazon.md's status table is the mapping's own rendering over this module's fixtures (R41). */
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

  private static String api(Enum<?> status) {
    return status.name().equals("CANCELED") ? "Canceled" : switch (status.name()) {
      case "PENDING_AVAILABILITY" -> "PendingAvailability";
      case "PARTIALLY_SHIPPED" -> "PartiallyShipped";
      case "INVOICE_UNCONFIRMED" -> "InvoiceUnconfirmed";
      default -> status.name().charAt(0) + status.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    };
  }

  static String render() {
    StringBuilder sb = new StringBuilder();
    sb.append("| Orders API v0 | 2026-01-01 | Orderly lines (item / payment) | derived Orderly status | back (v0 / 2026-01-01) |\n")
        .append("|---|---|---|---|---|\n");
    for (Map.Entry<OrdersV0.OrderStatus, String> e : SCENARIOS.entrySet()) {
      Order order = AmazonOrders.toOrder(AmazonOrdersV0MappingTest.combined(e.getValue()));
      Set<String> lines = new LinkedHashSet<>();
      for (OrderLine line : order.lines()) {
        lines.add(line.itemStatus().label() + " / " + line.paymentStatus().label());
      }
      String v2026 = e.getKey() == OrdersV0.OrderStatus.INVOICE_UNCONFIRMED ? "(none)"
          : e.getKey() == OrdersV0.OrderStatus.CANCELED ? "`CANCELLED`" : "`" + e.getKey().name() + "`";
      sb.append("| `").append(api(e.getKey())).append("` | ").append(v2026).append(" | ")
          .append(String.join("; ", lines)).append(" | ").append(order.status().label()).append(" | `")
          .append(api(AmazonOrders.v0Status(order))).append("` / `").append(AmazonOrders.v2026Status(order).name())
          .append("` |\n");
    }
    return sb.toString();
  }

  @Test
  @DisplayName("R41: docs/amazon.md's status table is rendered from the mapping of every v0 status")
  void committedTableMatchesTheMapping() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int start = doc.indexOf(START);
    int end = doc.indexOf(END);
    assertThat(start).as("the table's start marker").isNotNegative();
    assertThat(end).as("the table's end marker").isGreaterThan(start);
    String expected = doc.substring(0, start + START.length()) + render() + doc.substring(end);
    if (Boolean.getBoolean("orderly.writeDocs")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
      doc = expected;
    }
    assertThat(doc).as("docs/amazon.md's status table is out of date; run with -Dorderly.writeDocs=true")
        .isEqualTo(expected);
    assertThat(SCENARIOS.keySet()).containsExactlyInAnyOrder(OrdersV0.OrderStatus.values());
  }
}
