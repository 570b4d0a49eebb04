package io.github.orderly.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.access.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R27: each report layout, on the fixed orders of {@link Fixtures}, is byte for byte the golden file
 * under {@code src/test/resources/golden}. A change of output fails here; after checking the new
 * output by eye, regenerate with {@code -Dorderly.golden.update=true}.
 */
class GoldenReportsTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final ZoneId ZONE = ZoneId.of("America/New_York");

  static Stream<Arguments> reports() {
    return Stream.of(
        Arguments.of("order-report.csv", CsvLayouts.orderReport(), CsvFormat.RFC_4180),
        Arguments.of("order-report-flat-file.txt", CsvLayouts.orderReportFlatFile(), CsvFormat.TAB_DELIMITED),
        Arguments.of("order-report-flat-file.csv", CsvLayouts.orderReportFlatFile(), CsvFormat.RFC_4180),
        Arguments.of("unshipped-orders.csv", CsvLayouts.unshippedOrders(), CsvFormat.RFC_4180),
        Arguments.of("unshipped-orders-flat-file.txt", CsvLayouts.unshippedOrdersFlatFile(), CsvFormat.TAB_DELIMITED),
        Arguments.of("unshipped-orders-flat-file.csv", CsvLayouts.unshippedOrdersFlatFile(), CsvFormat.RFC_4180),
        Arguments.of("orders-page.csv", CsvLayouts.ordersPage(), CsvFormat.RFC_4180),
        Arguments.of("orders-page-flat-file.txt", CsvLayouts.ordersPageFlatFile(), CsvFormat.TAB_DELIMITED),
        Arguments.of("orders-page-flat-file.csv", CsvLayouts.ordersPageFlatFile(), CsvFormat.RFC_4180));
  }

  @ParameterizedTest(name = "R27 golden {0}")
  @MethodSource("reports")
  @DisplayName("R27: every report layout writes exactly its golden file")
  void matchesGoldenFile(String file, CsvLayout layout, CsvFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OrderExport.builder(layout).zone(ZONE).format(format).build().writeTo(Role.OWNER, Fixtures.all(), out);
    byte[] actual = out.toByteArray();
    Path golden = GOLDEN.resolve(file);
    if (Boolean.getBoolean("orderly.golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.write(golden, actual);
    }
    assertThat(golden).exists();
    assertThat(new String(actual, StandardCharsets.UTF_8))
        .isEqualTo(new String(Files.readAllBytes(golden), StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("R48: numbers, amounts and instants are written the same whatever the JVM's default locale")
  void sameBytesInEveryLocale() throws IOException {
    byte[] golden = Files.readAllBytes(GOLDEN.resolve("order-report.csv"));
    Locale saved = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.GERMANY, Locale.forLanguageTag("ar-SA-u-nu-arab"),
          Locale.forLanguageTag("hi-IN-u-nu-deva"), Locale.forLanguageTag("th-TH-u-nu-thai"), Locale.FRANCE)) {
        Locale.setDefault(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OrderExport.builder(CsvLayouts.orderReport()).zone(ZONE).build().writeTo(Role.OWNER, Fixtures.all(), out);
        assertThat(out.toByteArray()).as("in %s", locale).isEqualTo(golden);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  @DisplayName("R27: the flat-file layouts use the marketplace's own column names")
  void flatFileHeadersAreTheMarketplaces() {
    // The All Orders report of the marketplace (by order date).
    assertThat(CsvLayouts.orderReportFlatFile().headers()).containsExactly(
        "amazon-order-id", "merchant-order-id", "purchase-date", "order-status", "fulfillment-channel",
        "sales-channel", "product-name", "sku", "item-status", "quantity", "currency", "item-price",
        "item-tax", "shipping-price", "item-promotion-discount", "ship-city", "ship-state",
        "ship-postal-code", "ship-country", "is-business-order", "purchase-order-number");
    // The Unshipped Orders report of the marketplace, less buyer-email (R49).
    assertThat(CsvLayouts.unshippedOrdersFlatFile().headers()).containsExactly(
        "order-id", "order-item-id", "purchase-date", "promise-date", "buyer-name", "buyer-phone-number",
        "sku", "product-name", "quantity-purchased", "quantity-shipped", "quantity-to-ship",
        "recipient-name", "ship-address-1", "ship-address-2", "ship-address-3", "ship-city", "ship-state",
        "ship-postal-code", "ship-country", "is-business-order", "purchase-order-number");
    assertThat(CsvLayouts.ordersPageFlatFile().headers()).containsExactly(
        "amazon-order-id", "purchase-date", "product-name", "quantity", "item-status", "payment-status",
        "currency", "item-price", "item-tax", "shipping-price", "item-promotion-discount");
    assertThat(List.of(CsvLayouts.orderReportFlatFile(), CsvLayouts.unshippedOrdersFlatFile(),
        CsvLayouts.ordersPageFlatFile())).allSatisfy(l -> assertThat(l.headers()).doesNotContain("buyer-email"));
  }

  @Test
  @DisplayName("R27: the orders-page export has the orders page's columns")
  void ordersPageColumns() {
    assertThat(CsvLayouts.ordersPage().headers()).containsExactly(
        "Order ID", "Order date", "Items", "Quantity", "Item status", "Payment status", "Currency", "Amount");
  }
}
