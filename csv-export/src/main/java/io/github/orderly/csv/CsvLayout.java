package io.github.orderly.csv;

import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The shape of a report: its name, its columns in order, and which lines it is made of (one row per
 * line). Immutable and thread-safe.
 *
 * <p>{@link CsvLayouts} has the standard reports (R27); a host builds its own column set with
 * {@link #builder(String)}:
 * <pre>{@code
 * CsvLayout picking = CsvLayout.builder("Picking list")
 *     .column(OrderColumns.orderId())
 *     .column(OrderColumns.sku())
 *     .column(OrderColumns.quantityToShip())
 *     .rows(CsvLayouts::mustShip)
 *     .build();
 * }</pre>
 */
public final class CsvLayout {
  private final String name;
  private final List<CsvColumn> columns;
  private final BiPredicate<? super Order, ? super OrderLine> rows;

  private CsvLayout(Builder b) {
    this.name = b.name;
    this.columns = List.copyOf(b.columns);
    this.rows = b.rows;
  }

  /**
   * Starts a layout.
   *
   * @param name what the report is called, such as {@code "Order report"}
   * @return a builder with no columns, whose rows are every line
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Returns the report's name. */
  public String name() {
    return name;
  }

  /** Returns the columns, in order. */
  public List<CsvColumn> columns() {
    return columns;
  }

  /** Returns the headers, in order: the report's first row. */
  public List<String> headers() {
    List<String> headers = new ArrayList<>(columns.size());
    for (CsvColumn column : columns) {
      headers.add(column.header());
    }
    return headers;
  }

  /**
   * Returns whether a line of an order is a row of this report, before any filter of the export.
   *
   * @param order the order
   * @param line one of its lines
   * @return true if the report has a row for it
   */
  public boolean includes(Order order, OrderLine line) {
    return rows.test(order, line);
  }

  @Override
  public String toString() {
    return "CsvLayout[" + name + ", " + headers() + "]";
  }

  /** Builds a {@link CsvLayout}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final List<CsvColumn> columns = new ArrayList<>();
    private BiPredicate<? super Order, ? super OrderLine> rows = (o, l) -> true;

    private Builder(String name) {
      this.name = Columns.checkName("name", name);
    }

    /**
     * Appends a column.
     *
     * @param column the column
     * @return this builder
     */
    public Builder column(CsvColumn column) {
      columns.add(Objects.requireNonNull(column, "column"));
      return this;
    }

    /**
     * Appends columns.
     *
     * @param columns the columns, in order
     * @return this builder
     */
    public Builder columns(List<? extends CsvColumn> columns) {
      columns.forEach(this::column);
      return this;
    }

    /**
     * Sets which lines are rows of the report; every line by default.
     *
     * @param rows true for a line that is a row
     * @return this builder
     */
    public Builder rows(BiPredicate<? super Order, ? super OrderLine> rows) {
      this.rows = Objects.requireNonNull(rows, "rows");
      return this;
    }

    /**
     * Builds the layout.
     *
     * @return the layout
     * @throws InvalidCsvException if there is no column, or two columns share a header
     */
    public CsvLayout build() {
      if (columns.isEmpty()) {
        throw new InvalidCsvException("columns", "[]", "layout '" + name + "' has no column: add at least one");
      }
      Set<String> seen = new HashSet<>();
      for (CsvColumn column : columns) {
        if (!seen.add(column.header())) {
          throw new InvalidCsvException("columns", column.header(), "layout '" + name
              + "' has two columns with this header: headers must be unique");
        }
      }
      return new CsvLayout(this);
    }
  }
}
