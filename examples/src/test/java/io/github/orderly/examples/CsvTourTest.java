package io.github.orderly.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.csv.CsvLayouts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV part of the demo, through the public API only: every report lands in a file it names. */
class CsvTourTest {
  @Test
  @DisplayName("R27 R44: the tour writes each report to a file, prints where, and a Staff export is refused")
  void writesEveryReport(@TempDir Path out) throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    CsvTour.run(new PrintStream(printed, true, StandardCharsets.UTF_8), out);
    String console = printed.toString(StandardCharsets.UTF_8);

    List<String> files = List.of("order-report.csv", "order-report-flat-file.txt", "unshipped-orders.csv",
        "unshipped-orders-flat-file.txt", "orders-page.csv", "orders-page-flat-file.txt",
        "order-report-redacted.csv", "picking-list.csv");
    for (String name : files) {
      Path file = out.resolve(name);
      assertThat(file).exists();
      assertThat(console).contains(file.toAbsolutePath().toString());
    }
    String csv = Files.readString(out.resolve("order-report.csv"), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF" + String.join(",", CsvLayouts.orderReport().headers()) + "\r\n");
    String flat = Files.readString(out.resolve("unshipped-orders-flat-file.txt"), StandardCharsets.UTF_8);
    assertThat(flat).startsWith(String.join("\t", CsvLayouts.unshippedOrdersFlatFile().headers()) + "\r\n");
    assertThat(console).contains("role STAFF may not export");
  }
}
