package io.github.orderly.csv;

import static io.github.orderly.csv.CsvRoundTripPropertyTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.access.Role;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R49: an export shows only what a merchant may see of the buyer, and the phone only during fulfilment. */
class BuyerDataR49Test {
  /** Every line, with every buyer column the library offers. */
  private static final CsvLayout ALL_BUYER_COLUMNS = CsvLayout.builder("Buyer columns")
      .column(OrderColumns.orderId())
      .column(OrderColumns.lineId())
      .column(OrderColumns.buyerName())
      .column(OrderColumns.buyerPhone())
      .column(OrderColumns.recipient())
      .column(OrderColumns.streetLine(1))
      .column(OrderColumns.city())
      .column(OrderColumns.postalCode())
      .build();

  /** Item statuses at which the line is delivered, or after delivery, or no longer being fulfilled. */
  private static final Set<ItemStatus> NO_PHONE = EnumSet.of(ItemStatus.DELIVERED, ItemStatus.UNABLE_TO_DELIVER,
      ItemStatus.RETURN_STARTED, ItemStatus.RETURNING, ItemStatus.RETURNED, ItemStatus.RETURN_FAILED,
      ItemStatus.UNFULFILLED, ItemStatus.UNABLE_TO_FULFILL);

  private static List<List<String>> export(List<Order> orders, boolean redact) {
    StringWriter out = new StringWriter();
    OrderExport.builder(ALL_BUYER_COLUMNS).zone(ZoneOffset.UTC).formulaProtection(false)
        .redactBuyerData(redact).build().writeTo(Role.ADMIN, orders, out);
    List<List<String>> rows = parse(out.toString());
    return rows.subList(1, rows.size());
  }

  @Test
  @DisplayName("R49: the phone is shown while a line is fulfilled and gone once it is delivered or later")
  void phoneOnlyDuringFulfilment() {
    List<List<String>> rows = export(List.of(Fixtures.shipped(), Fixtures.unshipped()), false);
    assertThat(rows).extracting(r -> r.get(1) + "=" + r.get(3)).containsExactly(
        "L-3=", "L-4=" + Fixtures.PHONE_JP, "L-1=" + Fixtures.PHONE_IN_TRANSIT,
        "L-2=" + Fixtures.PHONE_IN_TRANSIT);
    assertThat(rows.get(0).get(2)).isEqualTo("山田 太郎");
  }

  @Test
  @DisplayName("R49: no name, address or phone of a pending or cancelled order")
  void nothingForPendingOrCancelled() {
    List<List<String>> rows = export(List.of(Fixtures.pending(), Fixtures.cancelled()), false);
    assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r.subList(2, r.size())).containsOnly(""));
  }

  @Test
  @DisplayName("R49: redaction drops all buyer personal data and keeps the columns")
  void redactionDropsEverything() {
    List<List<String>> rows = export(Fixtures.all(), true);
    assertThat(rows).hasSize(9).allSatisfy(r -> {
      assertThat(r).hasSize(8);
      assertThat(r.get(0)).isNotEmpty();
      assertThat(r.subList(2, r.size())).containsOnly("");
    });
  }

  @Test
  @DisplayName("R49: on generated orders, every row follows the buyer-data table, and no e-mail is ever exported")
  void everyRowFollowsTheTable() {
    List<CsvLayout> standard = List.of(CsvLayouts.orderReport(), CsvLayouts.orderReportFlatFile(),
        CsvLayouts.unshippedOrders(), CsvLayouts.unshippedOrdersFlatFile(), CsvLayouts.ordersPage(),
        CsvLayouts.ordersPageFlatFile());
    Property.named("buyer data appears exactly where R49 allows it").withTries(Property.configuredTries(300))
        .check(OrderGenerator.standard(), order -> {
          List<List<String>> rows = export(List.of(order), false);
          assertThat(rows).hasSize(order.lines().size());
          boolean hidden = order.status() == OrderStatus.PENDING || order.status() == OrderStatus.CANCELLED;
          for (int i = 0; i < rows.size(); i++) {
            OrderLine line = order.lines().get(i);
            List<String> row = rows.get(i);
            assertThat(row.get(2)).isEqualTo(hidden ? "" : order.buyer().name().orElse(""));
            assertThat(row.get(4)).isEqualTo(hidden ? "" : order.deliveryAddress().recipient());
            boolean phone = !hidden && !NO_PHONE.contains(line.itemStatus());
            assertThat(row.get(3)).isEqualTo(phone ? order.buyer().phone().orElse("") : "");
          }
          order.buyer().email().ifPresent(email -> {
            for (CsvLayout layout : standard) {
              StringWriter out = new StringWriter();
              OrderExport.builder(layout).zone(ZoneOffset.UTC).build().writeTo(Role.OWNER, List.of(order), out);
              assertThat(out.toString()).doesNotContain(email);
            }
          });
        });
  }
}
