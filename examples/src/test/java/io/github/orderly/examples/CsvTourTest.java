package io.github.orderly.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.csv.CsvLayout;
import io.github.orderly.csv.CsvLayouts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV part of the demo, through the public API only: every report lands in a file it names, and
 * every file reads back with a standard reader, Commons CSV, in its format's preset.
 */
class CsvTourTest {
  private record Report(String file, List<String> headers) {}

  private static final List<Report> REPORTS = List.of(
      new Report("order-report.csv", CsvLayouts.orderReport().headers()),
      new Report("order-report-flat-file.txt", CsvLayouts.orderReportFlatFile().headers()),
      new Report("unshipped-orders.csv", CsvLayouts.unshippedOrders().headers()),
      new Report("unshipped-orders-flat-file.txt", CsvLayouts.unshippedOrdersFlatFile().headers()),
      new Report("orders-page.csv", CsvLayouts.ordersPage().headers()),
      new Report("orders-page-flat-file.txt", CsvLayouts.ordersPageFlatFile().headers()),
      new Report("order-report-redacted.csv", CsvLayouts.orderReport().headers()),
      new Report("picking-list.csv", List.of("SKU", "Item", "Quantity to ship", "Gift")));

  private static List<List<String>> read(String text, CSVFormat format) throws IOException {
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(record.toList());
      }
      return rows;
    }
  }

  @Test
  @DisplayName("R27 R44 R48: each report goes to the file it names, reads back with Commons CSV in both formats; Staff is refused")
  void writesEveryReportReadableByAStandardReader(@TempDir Path out) throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    CsvTour.run(new PrintStream(printed, true, StandardCharsets.UTF_8), out);
    String console = printed.toString(StandardCharsets.UTF_8);

    for (Report report : REPORTS) {
      Path file = out.resolve(report.file());
      assertThat(file).exists();
      assertThat(console).contains(file.toAbsolutePath().toString());
      Matcher printedRows = Pattern.compile("(\\d+) rows  " + Pattern.quote(file.toAbsolutePath().toString()))
          .matcher(console);
      assertThat(printedRows.find()).as("the tour prints the rows of %s", report.file()).isTrue();

      String text = Files.readString(file, StandardCharsets.UTF_8);
      boolean flat = report.file().endsWith(".txt");
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      List<List<String>> rows = read(text, flat ? CSVFormat.TDF : CSVFormat.RFC4180);
      assertThat(rows.get(0)).as(report.file()).isEqualTo(report.headers());
      assertThat(rows).as(report.file()).hasSize(Integer.parseInt(printedRows.group(1)) + 1)
          .allSatisfy(row -> assertThat(row).hasSize(report.headers().size()));
      if (flat) {
        String[] lines = text.split("\r\n");
        assertThat(lines).as("one line per record in %s", report.file()).hasSize(rows.size());
        for (int i = 0; i < lines.length; i++) {
          assertThat(List.of(lines[i].split("\t", -1))).as("a plain split of %s", report.file()).isEqualTo(rows.get(i));
        }
      }
    }
    String csv = Files.readString(out.resolve("order-report.csv"), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF" + String.join(",", CsvLayouts.orderReport().headers()) + "\r\n");
    assertThat(console).contains("role STAFF may not export");
  }

  @Test
  @DisplayName("R48: no text cell of the demo's report is one a spreadsheet would run; its amounts are numbers")
  void formulasAreNeutralisedAmountsAreNot(@TempDir Path out) throws IOException {
    CsvTour.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), out);
    CsvLayout layout = CsvLayouts.orderReport();
    List<List<String>> rows = read(Files.readString(out.resolve("order-report-redacted.csv"), StandardCharsets.UTF_8),
        CSVFormat.RFC4180);
    int item = layout.headers().indexOf("Item");
    int amount = layout.headers().indexOf("Amount");
    assertThat(rows.subList(1, rows.size())).allSatisfy(row -> {
      assertThat(row.get(item)).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
      assertThat(row.get(amount)).matches("[0-9]+(\\.[0-9]+)?");
    });
    // The tour's orders are believable ones, without formula payloads: those are FormulaGuardsR48Test's.
    assertThat(rows).hasSizeGreaterThan(1);
  }
}
