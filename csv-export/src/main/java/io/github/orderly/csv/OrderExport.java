package io.github.orderly.csv;

import io.github.orderly.access.Permission;
import io.github.orderly.access.Role;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.query.DateBasis;
import io.github.orderly.query.OrderQuery;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * An export of orders as one report: a {@link CsvLayout}, the zone its instants are written in, the one
 * {@link OrderQuery} that picks its rows, and its options. Immutable and thread-safe; each
 * {@code writeTo} call is one download.
 *
 * <pre>{@code
 * OrderExport export = OrderExport.builder(CsvLayouts.orderReport())
 *     .zone(ZoneId.of("Asia/Tokyo"))
 *     .purchasedOn(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))
 *     .byteOrderMark(true)
 *     .build();
 * long rows = export.writeTo(Role.ADMIN, orders, outputStream);
 * }</pre>
 *
 * <h2>What is written: one query</h2>
 * A header row, then a row for each line that the export's {@link OrderQuery} and the layout both
 * take: the order {@link OrderQuery#matches(Order) matches}, the line is one of its
 * {@link OrderQuery#matchingLines(Order) matching lines} (a line-level filter, item and payment status,
 * holds on the line itself, R26, R40), and the layout has a row for it ({@link CsvLayout#includes}).
 * The same query drives the orders page, so the page and its download agree. Without a query the
 * export takes every order it is given, pending ones included, and the layout decides (the Order report
 * leaves pending orders out, R27). {@link Builder#purchasedOn(LocalDate, LocalDate)} is a short way to
 * build the query of a date range.
 *
 * <p>The query's sort, page size and cursor do not apply: an export writes <b>every</b> matching row,
 * not one page, so that the button under any page of the orders page downloads the whole result. Rows
 * come in the order of the caller's {@link Iterable}, one order at a time (sort upstream, for example
 * in the database with the query's sort); the export holds no more than one order and the writer's
 * buffer (R48).
 *
 * <h2>Buyer data (R49)</h2>
 * Columns that carry {@link PersonalData} are written empty where the buyer's data must not appear: no
 * name, address or phone for a pending or cancelled order; never the phone of an order the marketplace
 * fulfils; for an order the seller fulfils, the phone only while the line is being fulfilled (placed,
 * preparing to ship, shipped, in transit, out for delivery); nothing personal at all with
 * {@link Builder#redactBuyerData(boolean)}. The header row stays the same, so a redacted file has the
 * same shape.
 *
 * <h2>Failures</h2>
 * Every {@code writeTo} first checks that the requesting role holds
 * {@link Permission#DOWNLOAD_ORDER_DATA}; if not, it throws {@link ExportRefusedException} before an
 * order is read or anything is written (R44). A text value with a lone surrogate, which no encoding can
 * write, stops the export with an {@link UnencodableTextException} naming the order, the line and the
 * column, before any of that row is written; the rows before it are written and flushed.
 */
public final class OrderExport {
  private final CsvLayout layout;
  private final ZoneId zone;
  private final CsvFormat format;
  private final FormulaGuard guard;
  private final boolean byteOrderMark;
  private final boolean redactBuyerData;
  private final OrderQuery query;
  private final boolean lineFilter;

  private OrderExport(Builder b, OrderQuery query) {
    this.layout = b.layout;
    this.zone = b.zone;
    this.format = b.format;
    this.guard = b.guard;
    this.byteOrderMark = b.byteOrderMark;
    this.redactBuyerData = b.redactBuyerData;
    this.query = query;
    this.lineFilter = !query.itemStatuses().isEmpty() || !query.paymentStatuses().isEmpty();
  }

  /**
   * Starts an export of the given report.
   *
   * @param layout the report's layout, such as {@link CsvLayouts#orderReport()}
   * @return a builder
   */
  public static Builder builder(CsvLayout layout) {
    return new Builder(layout);
  }

  /** Returns the report's layout. */
  public CsvLayout layout() {
    return layout;
  }

  /** Returns the zone instants are written in. */
  public ZoneId zone() {
    return zone;
  }

  /** Returns the format. */
  public CsvFormat format() {
    return format;
  }

  /**
   * Returns the query that picks the rows: the one given to {@link Builder#query}, the one
   * {@link Builder#purchasedOn} built, or, when neither was called, a query that matches every order,
   * pending ones included.
   */
  public OrderQuery query() {
    return query;
  }

  /**
   * Writes the report to a character stream, which is flushed but not closed.
   *
   * @param requestedBy the role of the user who asked for the download
   * @param orders the orders, read once, one at a time
   * @param out where the CSV goes
   * @return the number of rows written, the header row not counted
   * @throws ExportRefusedException if the role may not download order data (R44); nothing is written
   * @throws UnencodableTextException if a text value holds a lone surrogate; nothing of its row is written
   * @throws UncheckedIOException if the output fails
   */
  public long writeTo(Role requestedBy, Iterable<? extends Order> orders, Writer out) {
    checkPermission(requestedBy);
    Objects.requireNonNull(orders, "orders");
    return write(orders, writer().build(Objects.requireNonNull(out, "out")));
  }

  /**
   * Writes the report as UTF-8 to a byte stream, which is flushed but not closed.
   *
   * @param requestedBy the role of the user who asked for the download
   * @param orders the orders, read once, one at a time
   * @param out where the CSV goes
   * @return the number of rows written, the header row not counted
   * @throws ExportRefusedException if the role may not download order data (R44); nothing is written
   * @throws UnencodableTextException if a text value holds a lone surrogate; nothing of its row is written
   * @throws UncheckedIOException if the output fails
   */
  public long writeTo(Role requestedBy, Iterable<? extends Order> orders, OutputStream out) {
    checkPermission(requestedBy);
    Objects.requireNonNull(orders, "orders");
    return write(orders, writer().build(Objects.requireNonNull(out, "out")));
  }

  /**
   * Returns whether a line of an order is a row of this export: the query matches the order and the
   * line, and the layout has a row for it.
   *
   * @param order the order
   * @param line one of its lines
   * @return true if the export writes a row for it
   */
  public boolean includes(Order order, OrderLine line) {
    return query.matches(order) && includesLine(order, line);
  }

  private boolean includesLine(Order order, OrderLine line) {
    return (!lineFilter || query.matchesLine(line)) && layout.includes(order, line);
  }

  private void checkPermission(Role role) {
    Objects.requireNonNull(role, "requestedBy");
    if (!role.can(Permission.DOWNLOAD_ORDER_DATA)) {
      throw new ExportRefusedException(role, Permission.DOWNLOAD_ORDER_DATA, layout.name());
    }
  }

  private CsvWriter.Builder writer() {
    return CsvWriter.builder().format(format).byteOrderMark(byteOrderMark).formulaGuard(guard).bufferSize(32_768);
  }

  private long write(Iterable<? extends Order> source, CsvWriter out) {
    CsvColumn[] columns = layout.columns().toArray(new CsvColumn[0]);
    PersonalData[] kinds = new PersonalData[columns.length];
    String[] headers = new String[columns.length];
    StandardColumn[] standard = new StandardColumn[columns.length];
    for (int i = 0; i < columns.length; i++) {
      kinds[i] = columns[i].personalData();
      headers[i] = columns[i].header();
      standard[i] = Columns.standard(columns[i]);
    }
    out.writeRecord(headers);
    CsvCell cell = new CsvCell(out, zone);
    CsvWriter.Record record = out.record();
    Predicate<Order> orders = query.toPredicate();
    long rows = 0;
    for (Order order : source) {
      if (!orders.test(Objects.requireNonNull(order, "orders contains null"))) {
        continue;
      }
      boolean identity = BuyerData.showsIdentity(order, redactBuyerData);
      List<OrderLine> lines = order.lines();
      for (int l = 0, n = lines.size(); l < n; l++) {
        OrderLine line = lines.get(l);
        if (!includesLine(order, line)) {
          continue;
        }
        boolean phone = identity && BuyerData.showsPhone(order, line);
        cell.startRow();
        int i = 0;
        try {
          for (; i < columns.length; i++) {
            PersonalData kind = kinds[i];
            if (kind != PersonalData.NONE && !(kind == PersonalData.BUYER_IDENTITY ? identity : phone)) {
              out.emptyField();
            } else if (standard[i] != null) {
              standard[i].writeTo(order, line, out, cell);
            } else {
              cell.start(headers[i]);
              columns[i].write(order, line, cell);
              cell.finish();
            }
          }
        } catch (UnencodableTextException e) {
          out.discardRecord();
          out.flush();
          throw e.at(headers[i], "order " + order.id() + ", line " + line.id() + "; nothing of this row was written");
        } catch (RuntimeException e) {
          out.discardRecord();
          throw e;
        }
        record.end();
        rows++;
      }
    }
    out.flush();
    return rows;
  }

  /**
   * Configures an {@link OrderExport}. Required: the zone. Defaults: every order (no query),
   * {@link CsvFormat#RFC_4180}, {@link FormulaGuards#OWASP}, no byte-order mark, buyer data not
   * redacted. Not thread-safe.
   */
  public static final class Builder {
    private final CsvLayout layout;
    private ZoneId zone;
    private CsvFormat format = CsvFormat.RFC_4180;
    private FormulaGuard guard = FormulaGuards.OWASP;
    private boolean byteOrderMark;
    private boolean redactBuyerData;
    private OrderQuery query;
    private LocalDate firstDay;
    private LocalDate lastDay;

    private Builder(CsvLayout layout) {
      this.layout = Objects.requireNonNull(layout, "layout");
    }

    /**
     * Sets the zone whose offset instants are written with; required. It is also the zone of the days
     * of {@link #purchasedOn(LocalDate, LocalDate)}.
     *
     * @param zone such as {@code ZoneOffset.UTC} or {@code ZoneId.of("Asia/Tokyo")}
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Sets the query whose matching orders and lines are the rows (R26): the orders page's own query.
     * Its sort, page size and cursor do not apply; every matching row is written.
     *
     * @param query the query
     * @return this builder
     */
    public Builder query(OrderQuery query) {
      this.query = Objects.requireNonNull(query, "query");
      return this;
    }

    /**
     * Sets the query to the orders purchased on the given days, both included, in the export's zone:
     * the date range a seller picks for a download (R24, R27). The same as {@link #query} with
     * {@code dateFrom} the start of {@code first} and {@code dateTo} the start of the day after
     * {@code last} in the zone, by order date, pending orders included (the layout decides).
     *
     * @param first the first day included
     * @param last the last day included, not before {@code first}
     * @return this builder
     * @throws InvalidCsvException if {@code last} is before {@code first}
     */
    public Builder purchasedOn(LocalDate first, LocalDate last) {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      if (last.isBefore(first)) {
        throw new InvalidCsvException("purchasedOn.last", last, "must not be before first '" + first + "'");
      }
      this.firstDay = first;
      this.lastDay = last;
      return this;
    }

    /**
     * Sets the format: RFC 4180 CSV (default) or the tab-delimited flat file.
     *
     * @param format the format
     * @return this builder
     */
    public Builder format(CsvFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Sets which text cells are neutralised as formulas (R48); {@link FormulaGuards#OWASP} by default.
     * Choose {@link FormulaGuards#NONE} only for consumers that are not spreadsheets.
     *
     * @param guard the guard
     * @return this builder
     */
    public Builder formulaGuard(FormulaGuard guard) {
      this.guard = Objects.requireNonNull(guard, "guard");
      return this;
    }

    /**
     * Sets whether the output starts with a UTF-8 byte-order mark, for spreadsheet users.
     *
     * @param byteOrderMark true to write it
     * @return this builder
     */
    public Builder byteOrderMark(boolean byteOrderMark) {
      this.byteOrderMark = byteOrderMark;
      return this;
    }

    /**
     * Sets whether every column of buyer personal data is written empty (R49).
     *
     * @param redactBuyerData true to drop the buyer's name, address and phone
     * @return this builder
     */
    public Builder redactBuyerData(boolean redactBuyerData) {
      this.redactBuyerData = redactBuyerData;
      return this;
    }

    /**
     * Builds the export.
     *
     * @return the export
     * @throws InvalidCsvException if no zone was named, or both a query and {@code purchasedOn} were
     *     given (an export has one query: put the date range into it)
     */
    public OrderExport build() {
      if (zone == null) {
        throw new InvalidCsvException("zone", null, "export '" + layout.name()
            + "' needs a zone for its instants: call zone(...), for example zone(ZoneOffset.UTC)");
      }
      if (query != null && firstDay != null) {
        throw new InvalidCsvException("purchasedOn", firstDay + ".." + lastDay, "export '" + layout.name()
            + "' has a query already; an export has one query: set its dateFrom and dateTo instead");
      }
      OrderQuery q = query;
      if (q == null) {
        OrderQuery.Builder b = OrderQuery.builder();
        b.includePending(true);
        if (firstDay != null) {
          b.dateBasis(DateBasis.ORDER_DATE);
          b.dateFrom(firstDay.atStartOfDay(zone).toInstant());
          b.dateTo(lastDay.plusDays(1).atStartOfDay(zone).toInstant());
        }
        q = b.build();
      }
      return new OrderExport(this, q);
    }
  }
}
