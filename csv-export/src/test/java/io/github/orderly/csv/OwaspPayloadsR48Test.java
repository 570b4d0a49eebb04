package io.github.orderly.csv;

import static io.github.orderly.csv.CsvRoundTripPropertyTest.meant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.InvalidValueException;
import io.github.orderly.access.Role;
import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.Buyer;
import io.github.orderly.order.LineId;
import io.github.orderly.order.ListingId;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.MerchantOrderId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.OrderSubtype;
import io.github.orderly.order.Sku;
import io.github.orderly.order.StringValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R48: OWASP's CSV-injection payloads, bare, behind hiding characters and in full-width form, in every
 * text column of every standard layout and of a host's own text columns, in both formats: every cell
 * that holds one is neutralised, every number stays a number, and the whole file reads back equal
 * through Commons CSV and Jackson CSV (and a plain tab split for the flat file).
 */
class OwaspPayloadsR48Test {
  private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final List<CsvLayout> LAYOUTS = List.of(CsvLayouts.orderReport(), CsvLayouts.orderReportFlatFile(),
      CsvLayouts.unshippedOrders(), CsvLayouts.unshippedOrdersFlatFile(), CsvLayouts.ordersPage(),
      CsvLayouts.ordersPageFlatFile());

  /** What a cell holds, stated here apart from the library: its value, and whether it is text. */
  private record Cell(BiFunction<Order, OrderLine, String> value, boolean text) {}

  private static final Map<String, Cell> CELLS = new HashMap<>();

  private static void text(BiFunction<Order, OrderLine, String> value, String... headers) {
    for (String header : headers) {
      CELLS.put(header, new Cell(value, true));
    }
  }

  private static void number(BiFunction<Order, OrderLine, String> value, String... headers) {
    for (String header : headers) {
      CELLS.put(header, new Cell(value, false));
    }
  }

  private static String amount(Money money) {
    return money.amount().toPlainString();
  }

  private static String street(Order o, int n) {
    return o.deliveryAddress().orElseThrow().streetLines().size() > n ? o.deliveryAddress().orElseThrow().streetLines().get(n) : "";
  }

  static {
    text((o, l) -> o.id().value(), "Order ID", "amazon-order-id", "order-id");
    text((o, l) -> o.merchantOrderId().map(StringValue::value).orElse(""), "Merchant order ID", "merchant-order-id");
    number((o, l) -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(o.purchasedAt().atZone(ZONE)),
        "Order date", "purchase-date");
    number((o, l) -> o.shipBy().map(t -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(ZONE))).orElse(""),
        "Ship by", "promise-date");
    text((o, l) -> o.status().label(), "Order status", "order-status");
    text((o, l) -> o.fulfilmentChannel().name(), "Fulfilment channel", "fulfillment-channel");
    text((o, l) -> o.marketplace().value(), "Marketplace", "sales-channel");
    text((o, l) -> l.id().value(), "Line ID", "order-item-id");
    text((o, l) -> l.sku().value(), "SKU", "sku");
    text((o, l) -> l.title(), "Item", "Items", "product-name");
    text((o, l) -> l.customization().orElse(""), "Customisation");
    text((o, l) -> l.itemStatus().label(), "Item status", "item-status");
    text((o, l) -> l.paymentStatus().label(), "Payment status", "payment-status");
    number((o, l) -> Integer.toString(l.quantityOrdered()), "Quantity", "quantity", "quantity-purchased");
    number((o, l) -> Integer.toString(l.quantityShipped()), "Quantity shipped", "quantity-shipped");
    number((o, l) -> Integer.toString(l.quantityUnshipped()), "Quantity to ship", "quantity-to-ship");
    text((o, l) -> o.currency().getCurrencyCode(), "Currency", "currency");
    number((o, l) -> amount(l.unitPrice()), "Unit price");
    number((o, l) -> amount(l.itemSubtotal()), "Item price", "item-price");
    number((o, l) -> amount(l.shippingCharge()), "Shipping", "shipping-price");
    number((o, l) -> amount(l.tax()), "Tax", "item-tax");
    number((o, l) -> amount(l.discount()), "Discount", "item-promotion-discount");
    number((o, l) -> amount(l.charge()), "Amount");
    text((o, l) -> o.buyer().name().orElse(""), "Buyer name", "buyer-name");
    text((o, l) -> o.buyer().phone().orElse(""), "Buyer phone", "buyer-phone-number");
    text((o, l) -> o.deliveryAddress().orElseThrow().recipient(), "Recipient", "recipient-name");
    text((o, l) -> street(o, 0), "Street 1", "ship-address-1");
    text((o, l) -> street(o, 1), "Street 2", "ship-address-2");
    text((o, l) -> street(o, 2), "Street 3", "ship-address-3");
    text((o, l) -> o.deliveryAddress().orElseThrow().city(), "City", "ship-city");
    text((o, l) -> o.deliveryAddress().orElseThrow().region().orElse(""), "Region", "ship-state");
    text((o, l) -> o.deliveryAddress().orElseThrow().postalCode().orElse(""), "Postal code", "ship-postal-code");
    text((o, l) -> o.deliveryAddress().orElseThrow().countryCode(), "Country", "ship-country");
    text((o, l) -> o.subtypes().contains(OrderSubtype.BUSINESS) ? "true" : "false", "Business order",
        "is-business-order");
    text((o, l) -> o.businessPurchaseOrder().orElse(""), "Purchase order", "purchase-order-number");
  }

  /** The value, if the model accepts it for that field; {@code fallback} otherwise. */
  private static <T> T accepted(Function<String, T> factory, String value, T fallback) {
    try {
      return factory.apply(value);
    } catch (InvalidValueException e) {
      return fallback;
    }
  }

  /**
   * A live, seller-fulfilled business order whose lines await shipment (so that every buyer column is
   * shown, R49) and whose every text field holds the payload, where the model takes it for that field (it
   * refuses control characters, line breaks in single-line fields and over-long values; those payloads are
   * covered by {@link #hostColumnsNeutraliseEveryPayload()}).
   */
  private static Order carrying(String payload) {
    Order base = Fixtures.unshipped();
    List<OrderLine> lines = new ArrayList<>();
    int n = 0;
    for (OrderLine line : base.lines()) {
      n++;
      String title = accepted(v -> OrderLine.builder().from(line).title(v).build().title(), payload, line.title());
      String note = accepted(v -> OrderLine.builder().from(line).customization(v).build().customization().get(),
          payload, "Engrave: J");
      lines.add(OrderLine.builder().from(line).title(title).customization(note)
          .id(accepted(LineId::of, payload + " #" + n, line.id()))
          .sku(accepted(Sku::of, payload, line.sku()))
          .listingId(accepted(ListingId::of, payload, line.listingId()))
          .build());
    }
    String name = accepted(v -> Buyer.builder().name(v).build().name().get(), payload, "Jane Doe");
    String phone = accepted(v -> Buyer.builder().phone(v).build().phone().get(), payload, "+1 206 555 0100");
    Function<String, String> addressLine = v -> Address.builder().recipient(v).addStreetLine(v).city(v).region(v)
        .countryCode("US").build().recipient();
    String line = accepted(addressLine, payload, "1 Main St");
    String postal = accepted(v -> Address.builder().recipient("A").addStreetLine("B").city("C").postalCode(v)
        .countryCode("US").build().postalCode().get(), payload, "98109");
    Order.Builder order = Order.builder().from(base).subtypes(List.of(OrderSubtype.BUSINESS));
    String purchaseOrder = accepted(v -> Order.builder().from(base).subtypes(List.of(OrderSubtype.BUSINESS))
        .businessPurchaseOrder(v).build().businessPurchaseOrder().get(), payload, "PO-1");
    return order
        .id(accepted(OrderId::of, payload, base.id()))
        .merchantOrderId(accepted(MerchantOrderId::of, payload, base.merchantOrderId().orElseThrow()))
        .marketplace(accepted(MarketplaceId::of, payload, base.marketplace()))
        .businessPurchaseOrder(purchaseOrder)
        .buyer(Buyer.builder().name(name).phone(phone).build())
        .deliveryAddress(Address.builder().recipient(line).addStreetLine(line).addStreetLine(line)
            .addStreetLine(line).city(line).region(line).postalCode(postal).countryCode("US").build())
        .lines(lines)
        .build();
  }

  private static String write(OrderExport export, List<Order> orders) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    export.writeTo(Role.OWNER, orders, bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("R48 R27: every OWASP payload in every text column of every layout: neutralised, numbers intact, read back equal")
  void everyLayoutNeutralisesEveryPayload() {
    int cells = 0;
    for (String payload : Payloads.all()) {
      Order order = carrying(payload);
      for (CsvLayout layout : LAYOUTS) {
        for (CsvFormat format : CsvFormat.values()) {
          OrderExport export = OrderExport.builder(layout).zone(ZONE).format(format).build();
          List<List<String>> rows = Readers.read(write(export, List.of(order)), format);
          assertThat(rows.get(0)).isEqualTo(layout.headers());
          assertThat(rows).as("%s %s", layout.name(), format).hasSize(order.lines().size() + 1);
          for (int r = 1; r < rows.size(); r++) {
            OrderLine line = order.lines().get(r - 1);
            List<String> row = rows.get(r);
            List<String> expected = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
              String header = layout.headers().get(c);
              Cell cell = CELLS.get(header);
              assertThat(cell).as("the test knows column %s", header).isNotNull();
              String raw = cell.value().apply(order, line);
              String written = row.get(c);
              if (cell.text() && raw.startsWith(payload)) {
                assertThat(written).as("%s in %s (%s)", header, layout.name(), format).startsWith("'");
                cells++;
              }
              if (!cell.text()) {
                assertThat(written).as("%s stays as it is", header).isEqualTo(raw);
              }
              expected.add(cell.text() ? meant(raw, FormulaGuards.OWASP, format) : raw);
            }
            assertThat(row).as("%s %s", layout.name(), format).isEqualTo(expected);
            assertThat(row.stream().filter(v -> NUMBER.matcher(v).matches()).count())
                .as("quantities and amounts are still numbers").isPositive();
          }
        }
      }
    }
    assertThat(cells).as("payload cells checked").isGreaterThan(5_000);
  }

  @Test
  @DisplayName("R48: every OWASP payload, the ones the model refuses included, in a host's text columns; -12.50 stays -12.50")
  void hostColumnsNeutraliseEveryPayload() {
    List<String> payloads = Payloads.all();
    CsvLayout.Builder builder = CsvLayout.builder("Host columns");
    for (int i = 0; i < payloads.size(); i++) {
      String payload = payloads.get(i);
      builder.column(CsvColumn.ofText("Note " + i, (o, l) -> payload));
    }
    CsvLayout layout = builder
        .column(CsvColumn.ofMoney("Adjustment", (o, l) -> Money.of("-12.50", "USD")))
        .column(CsvColumn.ofNumber("Units returned", (o, l) -> -3))
        .column(CsvColumn.ofInstant("At", (o, l) -> Instant.parse("-0001-01-01T00:00:00Z")))
        .build();
    for (CsvFormat format : CsvFormat.values()) {
      String file = write(OrderExport.builder(layout).zone(ZoneOffset.UTC).format(format).build(),
          List.of(Fixtures.unshipped()));
      List<List<String>> rows = Readers.read(file, format);
      assertThat(rows).hasSize(3);
      for (List<String> row : rows.subList(1, 3)) {
        for (int i = 0; i < payloads.size(); i++) {
          assertThat(row.get(i)).as("payload %d in %s", i, format).startsWith("'")
              .isEqualTo(meant(payloads.get(i), FormulaGuards.OWASP, format));
        }
        assertThat(row.subList(payloads.size(), row.size())).containsExactly("-12.50", "-3", "-0001-01-01T00:00:00Z");
      }
    }
  }
}
