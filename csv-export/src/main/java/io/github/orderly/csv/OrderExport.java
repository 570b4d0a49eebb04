package io.github.orderly.csv;

import io.github.orderly.access.Permission;
import io.github.orderly.access.Role;
import io.github.orderly.csv.internal.BuyerData;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * An export of orders as one report: a {@link CsvLayout}, the zone its instants are written in, its
 * filters and its options. Immutable and reusable; each {@code writeTo} call is one download.
 *
 * <pre>{@code
 * OrderExport export = OrderExport.builder(CsvLayouts.orderReport())
 *     .zone(ZoneId.of("Asia/Tokyo"))
 *     .purchasedBetween(from, to)
 *     .byteOrderMark(true)
 *     .build();
 * long rows = export.writeTo(Role.ADMIN, orders, outputStream);
 * }</pre>
 *
 * <h2>What is written</h2>
 * A header row, then one row per order line that passes, in this order: the order's date range
 * ({@link Builder#purchasedBetween}, {@link Builder#reportedBetween}, R24), the order filter
 * ({@link Builder#orders}), the layout's own rows ({@link CsvLayout#includes}), the status filters
 * ({@link Builder#itemStatuses}, {@link Builder#paymentStatuses}) and the line filter
 * ({@link Builder#lines}). Orders are written in the order the caller's {@link Iterable} gives them,
 * one at a time: the export holds no more than one order and the writer's buffer (R48).
 *
 * <h2>Filters: the orders page's semantics</h2>
 * Item status and payment status are properties of a line (R40), so their filters are satisfied per
 * line: a row is written for each line that matches. Several values of one category are OR-ed, the
 * categories are AND-ed, and a category with no value matches anything (R26). An orders-page query
 * plugs in as an order predicate plus its two status sets.
 *
 * <h2>Buyer data (R49)</h2>
 * Columns that carry {@link PersonalData} are written empty where the buyer's data must not appear:
 * no name or address for a pending or cancelled order, no phone once a line is delivered or later
 * (or was cancelled), and nothing personal at all when {@link Builder#redactBuyerData(boolean)} is
 * set. The header row stays the same, so a redacted file has the same shape.
 *
 * <h2>Permission (R44)</h2>
 * Every {@code writeTo} first checks that the requesting role holds
 * {@link Permission#DOWNLOAD_ORDER_DATA}; if not, it throws {@link ExportRefusedException} before
 * anything is written to the output.
 */
public final class OrderExport {
  private final CsvLayout layout;
  private final ZoneId zone;
  private final CsvFormat format;
  private final boolean byteOrderMark;
  private final boolean formulaProtection;
  private final boolean redactBuyerData;
  private final Instant purchasedFrom;
  private final Instant purchasedTo;
  private final Instant reportedFrom;
  private final Instant reportedTo;
  private final Predicate<? super Order> orders;
  private final BiPredicate<? super Order, ? super OrderLine> lines;
  private final Set<ItemStatus> itemStatuses;
  private final Set<PaymentStatus> paymentStatuses;

  private OrderExport(Builder b) {
    this.layout = b.layout;
    this.zone = b.zone;
    this.format = b.format;
    this.byteOrderMark = b.byteOrderMark;
    this.formulaProtection = b.formulaProtection;
    this.redactBuyerData = b.redactBuyerData;
    this.purchasedFrom = b.purchasedFrom;
    this.purchasedTo = b.purchasedTo;
    this.reportedFrom = b.reportedFrom;
    this.reportedTo = b.reportedTo;
    this.orders = b.orders;
    this.lines = b.lines;
    this.itemStatuses = b.itemStatuses.isEmpty() ? Set.of() : EnumSet.copyOf(b.itemStatuses);
    this.paymentStatuses = b.paymentStatuses.isEmpty() ? Set.of() : EnumSet.copyOf(b.paymentStatuses);
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
   * Writes the report to a character stream, which is flushed but not closed.
   *
   * @param requestedBy the role of the user who asked for the download
   * @param orders the orders, read once, one at a time
   * @param out where the CSV goes
   * @return the number of rows written, the header row not counted
   * @throws ExportRefusedException if the role may not download order data (R44); nothing is written
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
   * @throws UncheckedIOException if the output fails
   */
  public long writeTo(Role requestedBy, Iterable<? extends Order> orders, OutputStream out) {
    checkPermission(requestedBy);
    Objects.requireNonNull(orders, "orders");
    return write(orders, writer().build(Objects.requireNonNull(out, "out")));
  }

  /**
   * Returns whether a line of an order is a row of this export: the date ranges, the filters and the
   * layout's own rows all pass.
   *
   * @param order the order
   * @param line one of its lines
   * @return true if the export writes a row for it
   */
  public boolean includes(Order order, OrderLine line) {
    return includesOrder(order) && includesLine(order, line);
  }

  private void checkPermission(Role role) {
    Objects.requireNonNull(role, "requestedBy");
    if (!role.can(Permission.DOWNLOAD_ORDER_DATA)) {
      throw new ExportRefusedException(role, Permission.DOWNLOAD_ORDER_DATA, layout.name());
    }
  }

  private CsvWriter.Builder writer() {
    return CsvWriter.builder().format(format).byteOrderMark(byteOrderMark)
        .formulaProtection(formulaProtection).bufferSize(32_768);
  }

  private long write(Iterable<? extends Order> source, CsvWriter out) {
    CsvColumn[] columns = layout.columns().toArray(new CsvColumn[0]);
    PersonalData[] kinds = new PersonalData[columns.length];
    String[] headers = new String[columns.length];
    for (int i = 0; i < columns.length; i++) {
      kinds[i] = columns[i].personalData();
      headers[i] = columns[i].header();
      out.writeText(headers[i]);
    }
    out.endRecord();
    CsvCell cell = new CsvCell(out, zone);
    long rows = 0;
    for (Order order : source) {
      if (!includesOrder(order)) {
        continue;
      }
      for (OrderLine line : order.lines()) {
        if (!includesLine(order, line)) {
          continue;
        }
        for (int i = 0; i < columns.length; i++) {
          if (kinds[i] == PersonalData.NONE || BuyerData.shows(kinds[i], order, line, redactBuyerData)) {
            cell.start(headers[i]);
            columns[i].write(order, line, cell);
            cell.finish();
          } else {
            out.writeEmpty();
          }
        }
        out.endRecord();
        rows++;
      }
    }
    out.flush();
    return rows;
  }

  private boolean includesOrder(Order order) {
    Instant purchased = order.purchasedAt();
    if (purchasedFrom != null && (purchased.isBefore(purchasedFrom) || !purchased.isBefore(purchasedTo))) {
      return false;
    }
    Instant reported = order.firstReportedAt();
    if (reportedFrom != null && (reported.isBefore(reportedFrom) || !reported.isBefore(reportedTo))) {
      return false;
    }
    return orders.test(order);
  }

  private boolean includesLine(Order order, OrderLine line) {
    return layout.includes(order, line)
        && (itemStatuses.isEmpty() || itemStatuses.contains(line.itemStatus()))
        && (paymentStatuses.isEmpty() || paymentStatuses.contains(line.paymentStatus()))
        && lines.test(order, line);
  }

  /**
   * Configures an {@link OrderExport}. Required: the zone. Defaults: {@link CsvFormat#RFC_4180}, no
   * byte-order mark, formula protection on, buyer data not redacted, no date range, no filter.
   */
  public static final class Builder {
    private final CsvLayout layout;
    private ZoneId zone;
    private CsvFormat format = CsvFormat.RFC_4180;
    private boolean byteOrderMark;
    private boolean formulaProtection = true;
    private boolean redactBuyerData;
    private Instant purchasedFrom;
    private Instant purchasedTo;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private Instant reportedFrom;
    private Instant reportedTo;
    private Predicate<? super Order> orders = o -> true;
    private BiPredicate<? super Order, ? super OrderLine> lines = (o, l) -> true;
    private Set<ItemStatus> itemStatuses = Set.of();
    private Set<PaymentStatus> paymentStatuses = Set.of();

    private Builder(CsvLayout layout) {
      this.layout = Objects.requireNonNull(layout, "layout");
    }

    /**
     * Sets the zone whose offset instants are written with; required.
     *
     * @param zone such as {@code ZoneOffset.UTC} or {@code ZoneId.of("Asia/Tokyo")}
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Sets the format: RFC 4180 CSV (default) or tab-delimited flat file.
     *
     * @param format the format
     * @return this builder
     */
    public Builder format(CsvFormat format) {
      this.format = Objects.requireNonNull(format, "format");
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
     * Sets whether text cells that a spreadsheet would run as a formula are neutralised with a leading
     * single quote (R48); on by default. Turn it off only for consumers that are not spreadsheets.
     *
     * @param formulaProtection false to write text exactly as it is
     * @return this builder
     */
    public Builder formulaProtection(boolean formulaProtection) {
      this.formulaProtection = formulaProtection;
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
     * Keeps only orders purchased in {@code [from, to)}: the report's date range by order date (R24).
     *
     * @param from the first instant included
     * @param to the first instant excluded, after {@code from}
     * @return this builder
     * @throws IllegalArgumentException if {@code to} is not after {@code from}
     */
    public Builder purchasedBetween(Instant from, Instant to) {
      checkRange("purchasedBetween", from, to);
      this.firstDay = null;
      this.lastDay = null;
      this.purchasedFrom = from;
      this.purchasedTo = to;
      return this;
    }

    /**
     * Keeps only orders purchased on the given days, in the export's zone: the date range a seller
     * picks for a download (R24, R27). Both days are included; the zone is the one given to
     * {@link #zone(ZoneId)}, whenever it is set.
     *
     * @param first the first day included
     * @param last the last day included, not before {@code first}
     * @return this builder
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public Builder purchasedOn(LocalDate first, LocalDate last) {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      if (last.isBefore(first)) {
        throw new IllegalArgumentException("purchasedOn: last '" + last + "' must not be before first '" + first + "'");
      }
      this.purchasedFrom = null;
      this.purchasedTo = null;
      this.firstDay = first;
      this.lastDay = last;
      return this;
    }

    /**
     * Keeps only orders first reported in {@code [from, to)} (R24).
     *
     * @param from the first instant included
     * @param to the first instant excluded, after {@code from}
     * @return this builder
     * @throws IllegalArgumentException if {@code to} is not after {@code from}
     */
    public Builder reportedBetween(Instant from, Instant to) {
      checkRange("reportedBetween", from, to);
      this.reportedFrom = from;
      this.reportedTo = to;
      return this;
    }

    /**
     * Keeps only orders the predicate accepts, such as an orders-page query's order criteria.
     *
     * @param orders true for an order to export
     * @return this builder
     */
    public Builder orders(Predicate<? super Order> orders) {
      this.orders = Objects.requireNonNull(orders, "orders");
      return this;
    }

    /**
     * Keeps only lines the predicate accepts; applied per line, after the layout's own rows.
     *
     * @param lines true for a line to export
     * @return this builder
     */
    public Builder lines(BiPredicate<? super Order, ? super OrderLine> lines) {
      this.lines = Objects.requireNonNull(lines, "lines");
      return this;
    }

    /**
     * Filters the export exactly as the orders page filters with this query (R26): an order is exported
     * when {@link OrderQuery#matches(Order)} accepts it, and of its rows only the lines
     * {@link OrderQuery#matchesLine(OrderLine)} accepts, so that the item and payment statuses a seller
     * selected are met by each exported line. The query's sort and paging do not apply: the export
     * writes the orders in the order it is given them. Replaces earlier {@link #orders} and
     * {@link #lines} filters.
     *
     * @param query the orders-page query
     * @return this builder
     */
    public Builder query(OrderQuery query) {
      Objects.requireNonNull(query, "query");
      this.orders = query::matches;
      this.lines = (order, line) -> query.matchesLine(line);
      return this;
    }

    /**
     * Keeps only lines whose item status is one of these (R26, R40); empty (the default) keeps any.
     *
     * @param statuses the statuses, OR-ed
     * @return this builder
     */
    public Builder itemStatuses(Collection<ItemStatus> statuses) {
      this.itemStatuses = Set.copyOf(statuses);
      return this;
    }

    /**
     * Keeps only lines whose payment status is one of these (R26, R40); empty (the default) keeps any.
     *
     * @param statuses the statuses, OR-ed
     * @return this builder
     */
    public Builder paymentStatuses(Collection<PaymentStatus> statuses) {
      this.paymentStatuses = Set.copyOf(statuses);
      return this;
    }

    /**
     * Builds the export.
     *
     * @return the export
     * @throws IllegalStateException if no zone was named
     */
    public OrderExport build() {
      if (zone == null) {
        throw new IllegalStateException("export '" + layout.name()
            + "' needs a zone for its instants: call zone(...), for example zone(ZoneOffset.UTC)");
      }
      if (firstDay != null) {
        purchasedFrom = firstDay.atStartOfDay(zone).toInstant();
        purchasedTo = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
      }
      return new OrderExport(this);
    }

    private static void checkRange(String field, Instant from, Instant to) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (!to.isAfter(from)) {
        throw new IllegalArgumentException(field + ": to '" + to + "' must be after from '" + from + "'");
      }
    }
  }
}
