package io.github.orderly.benchmarks;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.orderly.access.Role;
import io.github.orderly.csv.CsvLayout;
import io.github.orderly.csv.CsvWriter;
import io.github.orderly.csv.FormulaGuards;
import io.github.orderly.csv.OrderColumns;
import io.github.orderly.csv.OrderExport;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.testkit.OrderGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CSV export (R48): the same 1,000,000 order lines, already formatted as the same twelve text values
 * each, written by Orderly's {@link CsvWriter} (with its default guard, {@link FormulaGuards#OWASP},
 * and without a guard), FastCSV, Jackson CSV and Commons CSV to one discarding {@link Writer}; plus
 * Orderly's full report path (columns, formatting, buyer-data rules, the guard and the writer) over
 * the same lines. Every method returns the number of characters written.
 *
 * <p>The lines are the lines of {@link #orders} generated orders (Unicode titles and names with quotes,
 * commas and line breaks), repeated in order until there are 1,000,000. Orderly and FastCSV write
 * through buffers of their own, Jackson through its generator's buffer; Commons CSV, which writes
 * field by field to the {@link Appendable} it is given, gets a {@link BufferedWriter} as its users
 * would give it.
 *
 * <p>The methods ending in {@code Stream} write the same records as UTF-8 to one discarding
 * {@link OutputStream} (it counts the bytes), as exports to files and HTTP bodies do, each library by
 * its own best way to a byte stream: Orderly's {@code build(OutputStream)} (its own UTF-8 encoding),
 * FastCSV's {@code build(OutputStream)} (UTF-8 by default), Jackson's {@code writeValues(OutputStream)}
 * (its own UTF-8 writer) and Commons CSV through an {@link OutputStreamWriter} wrapped in a
 * {@link BufferedWriter}. Every one of them returns the number of bytes written.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CsvExportBenchmark {
  static final int LINES = 1_000_000;
  static final String[] HEADERS = {
    "Order ID", "Order date", "SKU", "Item", "Quantity", "Item status", "Payment status", "Currency",
    "Amount", "Buyer name", "City", "Country",
  };

  /**
   * How many distinct generated orders the 1,000,000 lines repeat: 10,000 (about 20,000 distinct
   * lines, some 15 MB of strings and orders, more than the caches hold: the realistic case), or 100
   * (about 200 lines, which stay in the caches: what the code itself costs).
   */
  @Param({"10000", "100"})
  public int orders;

  private String[][] rows;
  private List<Order> pool;
  private OrderExport report;
  private CsvMapper jackson;

  /** Generates the orders and formats their lines once. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(48);
    OrderGenerator generator = OrderGenerator.standard();
    pool = new ArrayList<>();
    List<String[]> distinct = new ArrayList<>();
    for (int i = 0; i < orders; i++) {
      Order order = generator.next(random);
      pool.add(order);
      for (OrderLine line : order.lines()) {
        distinct.add(new String[] {
          order.id().value(),
          DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(order.purchasedAt().atOffset(ZoneOffset.UTC)),
          line.sku().value(),
          line.title(),
          Integer.toString(line.quantityOrdered()),
          line.itemStatus().label(),
          line.paymentStatus().label(),
          order.currency().getCurrencyCode(),
          line.charge().amount().toPlainString(),
          order.buyer().name().orElse(""),
          order.deliveryAddress().orElseThrow().city(),
          order.deliveryAddress().orElseThrow().countryCode(),
        });
      }
    }
    rows = new String[LINES][];
    for (int i = 0; i < LINES; i++) {
      rows[i] = distinct.get(i % distinct.size());
    }
    CsvLayout layout = CsvLayout.builder("Benchmark")
        .column(OrderColumns.orderId())
        .column(OrderColumns.orderDate())
        .column(OrderColumns.sku())
        .column(OrderColumns.title())
        .column(OrderColumns.quantity())
        .column(OrderColumns.itemStatus())
        .column(OrderColumns.paymentStatus())
        .column(OrderColumns.currency())
        .column(OrderColumns.amount())
        .column(OrderColumns.buyerName())
        .column(OrderColumns.city())
        .column(OrderColumns.country())
        .build();
    report = OrderExport.builder(layout).zone(ZoneOffset.UTC).build();
    jackson = new CsvMapper();
  }

  /** Orderly's writer with its default guard, {@link FormulaGuards#OWASP} (R48): the goal's measure. */
  @Benchmark
  public long orderly() {
    Discard out = new Discard();
    try (CsvWriter w = CsvWriter.builder().build(out)) {
      w.writeRecord(HEADERS);
      for (String[] row : rows) {
        w.writeRecord(row);
      }
    }
    return out.chars;
  }

  /** Orderly's writer without a guard: the same characters as FastCSV and Commons CSV write. */
  @Benchmark
  public long orderlyUnguarded() {
    Discard out = new Discard();
    try (CsvWriter w = CsvWriter.builder().formulaGuard(FormulaGuards.NONE).build(out)) {
      w.writeRecord(HEADERS);
      for (String[] row : rows) {
        w.writeRecord(row);
      }
    }
    return out.chars;
  }

  /** FastCSV with its defaults (comma, CRLF, quote when required). */
  @Benchmark
  public long fastCsv() throws IOException {
    Discard out = new Discard();
    try (de.siegmar.fastcsv.writer.CsvWriter w = de.siegmar.fastcsv.writer.CsvWriter.builder().build(out)) {
      w.writeRecord(HEADERS);
      for (String[] row : rows) {
        w.writeRecord(row);
      }
    }
    return out.chars;
  }

  /** Jackson CSV writing each row as a String[] with CRLF record ends. */
  @Benchmark
  public long jacksonCsv() throws IOException {
    Discard out = new Discard();
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
    try (SequenceWriter w = jackson.writerFor(String[].class).with(schema).writeValues(out)) {
      w.write(HEADERS);
      for (String[] row : rows) {
        w.write(row);
      }
    }
    return out.chars;
  }

  /** Commons CSV, RFC 4180 format, through a BufferedWriter. */
  @Benchmark
  public long commonsCsv() throws IOException {
    Discard out = new Discard();
    try (CSVPrinter p = new CSVPrinter(new BufferedWriter(out, 16_384), CSVFormat.RFC4180)) {
      p.printRecord((Object[]) HEADERS);
      for (String[] row : rows) {
        p.printRecord((Object[]) row);
      }
    }
    return out.chars;
  }

  /** {@link #orderly()} to a byte stream: Orderly's own UTF-8 encoding, OWASP guard on. */
  @Benchmark
  public long orderlyStream() {
    DiscardBytes out = new DiscardBytes();
    try (CsvWriter w = CsvWriter.builder().build(out)) {
      w.writeRecord(HEADERS);
      for (String[] row : rows) {
        w.writeRecord(row);
      }
    }
    return out.bytes;
  }

  /** {@link #fastCsv()} to a byte stream: FastCSV's {@code build(OutputStream)}, UTF-8. */
  @Benchmark
  public long fastCsvStream() throws IOException {
    DiscardBytes out = new DiscardBytes();
    try (de.siegmar.fastcsv.writer.CsvWriter w = de.siegmar.fastcsv.writer.CsvWriter.builder().build(out)) {
      w.writeRecord(HEADERS);
      for (String[] row : rows) {
        w.writeRecord(row);
      }
    }
    return out.bytes;
  }

  /** {@link #jacksonCsv()} to a byte stream: Jackson's {@code writeValues(OutputStream)}, UTF-8. */
  @Benchmark
  public long jacksonCsvStream() throws IOException {
    DiscardBytes out = new DiscardBytes();
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
    try (SequenceWriter w = jackson.writerFor(String[].class).with(schema).writeValues(out)) {
      w.write(HEADERS);
      for (String[] row : rows) {
        w.write(row);
      }
    }
    return out.bytes;
  }

  /** {@link #commonsCsv()} to a byte stream: through a buffered {@link OutputStreamWriter}, UTF-8. */
  @Benchmark
  public long commonsCsvStream() throws IOException {
    DiscardBytes out = new DiscardBytes();
    Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16_384);
    try (CSVPrinter p = new CSVPrinter(text, CSVFormat.RFC4180)) {
      p.printRecord((Object[]) HEADERS);
      for (String[] row : rows) {
        p.printRecord((Object[]) row);
      }
    }
    return out.bytes;
  }

  /** {@link #orderlyReport()} to a byte stream, as a download is written. */
  @Benchmark
  public long orderlyReportStream() {
    DiscardBytes out = new DiscardBytes();
    report.writeTo(Role.OWNER, this::lines, out);
    return out.bytes;
  }

  /**
   * Orderly's full report path on the same 1,000,000 lines: the orders themselves, the export's query,
   * the twelve columns taking and formatting each value (instants, amounts, quantities, labels), the
   * buyer-data rules, the OWASP guard and the writer.
   */
  @Benchmark
  public long orderlyReport() {
    Discard out = new Discard();
    report.writeTo(Role.OWNER, this::lines, out);
    return out.chars;
  }

  private Iterator<Order> lines() {
    return new Iterator<>() {
      long given;
      int next;

      @Override
      public boolean hasNext() {
        return given < LINES;
      }

      @Override
      public Order next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Order order = pool.get(next++ % pool.size());
        given += order.lines().size();
        return order;
      }
    };
  }

  /** A byte stream that keeps nothing and counts the bytes it is given. */
  static final class DiscardBytes extends OutputStream {
    long bytes;

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }

    @Override
    public void write(int b) {
      bytes++;
    }
  }

  /** A writer that keeps nothing and counts the characters it is given. */
  static final class Discard extends Writer {
    long chars;

    @Override
    public void write(char[] cbuf, int off, int len) {
      chars += len;
    }

    @Override
    public void write(String str, int off, int len) {
      chars += len;
    }

    @Override
    public void write(int c) {
      chars++;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
