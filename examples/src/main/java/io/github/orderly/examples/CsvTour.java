package io.github.orderly.examples;

import io.github.orderly.access.Role;
import io.github.orderly.csv.CsvColumn;
import io.github.orderly.csv.CsvFormat;
import io.github.orderly.csv.CsvLayout;
import io.github.orderly.csv.CsvLayouts;
import io.github.orderly.csv.ExportRefusedException;
import io.github.orderly.csv.OrderColumns;
import io.github.orderly.csv.OrderExport;
import io.github.orderly.order.Order;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.testkit.OrderGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Part of the demo: each report of generated orders written to a file (R27, R44, R48, R49). */
final class CsvTour {
  private CsvTour() {}

  static void run(PrintStream console, Path out) {
    SplittableRandom random = new SplittableRandom(2027);
    Instant from = Instant.parse("2026-03-01T00:00:00Z");
    OrderGenerator generator = OrderGenerator.standard().believable().purchasedWithin(from, Duration.ofDays(30));
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      orders.add(generator.next(random));
    }
    ZoneId zone = ZoneId.of("America/Los_Angeles");

    CsvLayout picking = CsvLayout.builder("Picking list")
        .column(OrderColumns.sku())
        .column(OrderColumns.title())
        .column(OrderColumns.quantityToShip())
        .column(CsvColumn.ofText("Gift", (order, line) -> line.customization().isPresent() ? "yes" : "no"))
        .rows(CsvLayouts::mustShip)
        .build();

    write(console, out.resolve("order-report.csv"), "purchased 1-15 March", orders,
        OrderExport.builder(CsvLayouts.orderReport()).zone(zone)
            .purchasedOn(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15)).byteOrderMark(true));
    write(console, out.resolve("order-report-flat-file.txt"), "every order, tab-delimited", orders,
        OrderExport.builder(CsvLayouts.orderReportFlatFile()).zone(zone).format(CsvFormat.TAB_DELIMITED));
    write(console, out.resolve("unshipped-orders.csv"), "lines that must still ship", orders,
        OrderExport.builder(CsvLayouts.unshippedOrders()).zone(zone).byteOrderMark(true));
    write(console, out.resolve("unshipped-orders-flat-file.txt"), "the same, tab-delimited", orders,
        OrderExport.builder(CsvLayouts.unshippedOrdersFlatFile()).zone(zone).format(CsvFormat.TAB_DELIMITED));
    OrderQuery toShip = OrderQuery.builder()
        .addItemStatuses(ItemStatus.ORDER_PLACED, ItemStatus.PREPARING_TO_SHIP)
        .build();
    write(console, out.resolve("orders-page.csv"), "the orders page's query: placed or preparing", orders,
        OrderExport.builder(CsvLayouts.ordersPage()).zone(zone).query(toShip));
    write(console, out.resolve("orders-page-flat-file.txt"), "every line, tab-delimited", orders,
        OrderExport.builder(CsvLayouts.ordersPageFlatFile()).zone(zone).format(CsvFormat.TAB_DELIMITED));
    write(console, out.resolve("order-report-redacted.csv"), "every order, buyer data redacted", orders,
        OrderExport.builder(CsvLayouts.orderReport()).zone(zone).redactBuyerData(true));
    write(console, out.resolve("picking-list.csv"), "a host's own columns", orders,
        OrderExport.builder(picking).zone(zone));

    try {
      OrderExport.builder(CsvLayouts.orderReport()).zone(zone).build()
          .writeTo(Role.STAFF, orders, OutputStream.nullOutputStream());
    } catch (ExportRefusedException e) {
      console.println("  refused as it should be: " + e.getMessage());
    }
  }

  private static void write(PrintStream console, Path file, String what, List<Order> orders,
      OrderExport.Builder export) {
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream stream = Files.newOutputStream(file)) {
        OrderExport built = export.build();
        long rows = built.writeTo(Role.OWNER, orders, stream);
        console.printf("  %-36s %-46s %5d rows  %s%n", built.layout().name(), what, rows, file.toAbsolutePath());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }
}
