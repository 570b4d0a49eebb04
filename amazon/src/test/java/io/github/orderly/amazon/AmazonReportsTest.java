package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.access.Role;
import io.github.orderly.order.ChargeComponent;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The marketplace's reports written from Orderly orders (R27, R48), and the All Orders report read back. */
class AmazonReportsTest {
  private static final List<String> SCENARIOS = List.of("preorder", "pending-cvs", "unshipped-business", "cod-jp",
      "partially-shipped-po", "shipped-afn-replacement", "invoice-unconfirmed", "canceled", "unfulfillable");

  private static List<Order> orders() {
    List<Order> orders = new ArrayList<>();
    for (String scenario : SCENARIOS) {
      orders.add(AmazonOrders.toOrder(AmazonOrdersV0MappingTest.combined(scenario)));
    }
    orders.add(AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(Fixtures.v2026("getOrder-unshipped"))));
    return orders;
  }

  /** An independent reading: the flat file split at line ends and tabs. */
  private static List<List<String>> split(String text) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      rows.add(Arrays.asList(line.split("\t", -1)));
    }
    return rows;
  }

  @Test
  @DisplayName("R27: the All Orders report written from Orderly orders reads back as the same orders, as far as the"
      + " report carries them: ids, dates with +00:00, status, channel, SKU, quantities and amounts (itemised lines by"
      + " component: taxes, gift wrap, discounts), address, PO")
  void allOrdersRoundTrip() {
    List<Order> orders = orders();
    StringWriter out = new StringWriter();
    long rows = AmazonReports.allOrders().writeTo(Role.OWNER, orders, out);
    String text = out.toString();
    assertThat(split(text).get(0)).isEqualTo(AllOrdersReport.COLUMNS);
    assertThat(text).contains("2026-02-20T11:45:09+00:00").doesNotContain("Z\t");
    List<AllOrdersRow> read = AllOrdersReport.readAll(new StringReader(text));
    assertThat(read).hasSize((int) rows);
    int r = 0;
    int itemised = 0;
    boolean shippingTaxed = false;
    for (Order order : orders) {
      for (OrderLine line : order.lines()) {
        AllOrdersRow row = read.get(r++);
        assertThat(row.amazonOrderId()).isEqualTo(order.id().value());
        assertThat(row.merchantOrderId()).isEqualTo(order.merchantOrderId().map(m -> m.value()));
        // The report's dates carry whole seconds.
        assertThat(row.purchaseDate()).isEqualTo(order.purchasedAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(row.lastUpdatedDate())
            .isEqualTo(order.upstream().orElseThrow().observedAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(row.orderStatus()).isEqualTo(AmazonReports.v0Name(AmazonOrders.v0Status(order)));
        assertThat(row.fulfillmentChannel()).isEqualTo(order.fulfilmentChannel() == FulfilmentChannel.MARKETPLACE
            ? AllOrdersReport.Channel.AMAZON : AllOrdersReport.Channel.MERCHANT);
        assertThat(row.sku()).isEqualTo(line.sku().value());
        assertThat(row.asin()).contains(line.listingId().value());
        assertThat(row.productName()).contains(line.title());
        assertThat(row.quantity()).isEqualTo(line.quantityOrdered());
        assertThat(row.currency()).contains(order.currency());
        assertThat(row.itemPrice()).contains(line.itemSubtotal());
        assertThat(row.shippingPrice()).contains(line.shippingCharge());
        if (line.components().isEmpty()) {
          assertThat(row.itemTax()).contains(line.tax());
          assertThat(row.itemPromotionDiscount()).contains(line.discount().negated());
          assertThat(List.of(row.shippingTax(), row.giftWrapPrice(), row.giftWrapTax(), row.shipPromotionDiscount()))
              .allMatch(Optional::isEmpty);
        } else {
          itemised++;
          assertThat(row.itemTax()).contains(line.component(ChargeComponent.ITEM_TAX));
          assertThat(row.shippingTax()).contains(line.component(ChargeComponent.SHIPPING_TAX));
          assertThat(row.giftWrapPrice()).contains(line.component(ChargeComponent.GIFT_WRAP));
          assertThat(row.giftWrapTax()).contains(line.component(ChargeComponent.GIFT_WRAP_TAX));
          assertThat(row.itemPromotionDiscount()).contains(line.component(ChargeComponent.PROMOTION_DISCOUNT).negated());
          assertThat(row.shipPromotionDiscount()).contains(line.component(ChargeComponent.SHIPPING_DISCOUNT).negated());
          // The three tax columns are the line's whole tax: nothing taxed is lost between them.
          assertThat(row.itemTax().orElseThrow().plus(row.shippingTax().orElseThrow())
              .plus(row.giftWrapTax().orElseThrow())).isEqualTo(line.tax());
          shippingTaxed |= line.component(ChargeComponent.SHIPPING_TAX).isPositive();
        }
        assertThat(row.shipCity()).isEqualTo(order.deliveryAddress().map(a -> a.city()));
        assertThat(row.shipCountry()).isEqualTo(order.deliveryAddress().map(a -> a.countryCode()));
        assertThat(row.purchaseOrderNumber()).isEqualTo(order.businessPurchaseOrder());
      }
    }
    assertThat(r).isEqualTo(read.size());
    assertThat(itemised).as("lines whose charge is itemised (v0 item amounts)").isPositive();
    assertThat(shippingTaxed).as("a line with shipping tax, so the shipping-tax column is proven").isTrue();
  }

  @Test
  @DisplayName("R27: the Unshipped Orders report as of an instant: only lines that must ship, days past the promise"
      + " and the quantity to ship, dates with +00:00")
  void unshippedOrders() {
    Order order = AmazonOrders.toOrder(AmazonOrdersV0MappingTest.combined("partially-shipped-po"));
    Order cancelled = AmazonOrders.toOrder(Fixtures.combined("canceled"));
    Instant reportedAt = Instant.parse("2026-02-26T00:00:00Z");
    StringWriter out = new StringWriter();
    AmazonReports.unshippedOrders(reportedAt).writeTo(Role.OWNER, List.of(order, cancelled), out);
    List<List<String>> rows = split(out.toString());
    assertThat(rows.get(0)).isEqualTo(UnshippedOrdersReport.COLUMNS);
    assertThat(rows).hasSize(3);
    int toShip = UnshippedOrdersReport.COLUMNS.indexOf("quantity-to-ship");
    int days = UnshippedOrdersReport.COLUMNS.indexOf("days-past-promise");
    int item = UnshippedOrdersReport.COLUMNS.indexOf("order-item-id");
    assertThat(rows.get(1).get(item)).isEqualTo("60221834470981");
    assertThat(rows.get(1).get(toShip)).isEqualTo("2");
    assertThat(rows.get(2).get(toShip)).isEqualTo("1");
    assertThat(rows.get(1).get(days)).isEqualTo("2");
    assertThat(rows.get(1).get(UnshippedOrdersReport.COLUMNS.indexOf("reporting-date")))
        .isEqualTo("2026-02-26T00:00:00+00:00");
    assertThat(rows.get(1).get(UnshippedOrdersReport.COLUMNS.indexOf("promise-date")))
        .isEqualTo("2026-02-23T23:59:59+00:00");
    assertThat(rows.get(1).get(UnshippedOrdersReport.COLUMNS.indexOf("purchase-order-number")))
        .isEqualTo("HOUSE-REFIT-12");
    assertThat(rows.get(1).get(UnshippedOrdersReport.COLUMNS.indexOf("buyer-email"))).isEmpty();
  }
}
