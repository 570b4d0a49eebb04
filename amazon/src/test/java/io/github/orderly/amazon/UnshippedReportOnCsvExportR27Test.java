package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.access.Role;
import io.github.orderly.csv.CsvColumn;
import io.github.orderly.csv.CsvLayouts;
import io.github.orderly.order.Order;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R27: the Unshipped Orders report builds on csv-export's unshipped flat-file layout, and writes what it wrote
 * before it did (the committed report of the fixture orders).
 */
class UnshippedReportOnCsvExportR27Test {
  private static final Path EXPECTED = Path.of("src", "test", "resources", "reports", "unshipped-orders.txt");
  private static final Instant REPORTED_AT = Instant.parse("2026-03-12T06:00:00Z");

  private static List<Order> orders() {
    List<Order> orders = new ArrayList<>();
    for (String scenario : List.of("preorder", "pending-cvs", "unshipped-business", "cod-jp", "partially-shipped-po",
        "shipped-afn-replacement", "invoice-unconfirmed", "canceled", "unfulfillable")) {
      orders.add(AmazonOrders.toOrder(AmazonOrdersV0MappingTest.combined(scenario)));
    }
    orders.add(AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(Fixtures.v2026("getOrder-unshipped"))));
    return orders;
  }

  @Test
  @DisplayName("R27: the Unshipped Orders report of the fixture orders is the committed one, byte for byte")
  void reportUnchanged() throws IOException {
    StringWriter out = new StringWriter();
    AmazonReports.unshippedOrders(REPORTED_AT).writeTo(Role.OWNER, orders(), out);
    String report = out.toString();
    if (Boolean.getBoolean("orderly.writeDocs")) {
      Files.writeString(EXPECTED, report, StandardCharsets.UTF_8);
    }
    assertThat(report.split("\n")).as("a header and rows that must ship").hasSizeGreaterThan(2);
    assertThat(report).isEqualTo(Files.readString(EXPECTED, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("R27: every column the csv-export layout defines is in the report under the same header, in the"
      + " same order")
  void sharedColumnsComeFromCsvExport() {
    List<String> shared = new ArrayList<>();
    for (CsvColumn column : CsvLayouts.unshippedOrdersFlatFile().columns()) {
      shared.add(column.header());
    }
    List<String> report = new ArrayList<>(UnshippedOrdersReport.COLUMNS);
    report.retainAll(shared);
    assertThat(report).isEqualTo(shared);
    assertThat(AmazonReports.unshippedOrders(REPORTED_AT).layout().columns()).extracting(CsvColumn::header)
        .isEqualTo(UnshippedOrdersReport.COLUMNS);
  }
}
