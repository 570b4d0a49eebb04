package io.github.orderly.csv;

import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The one field a {@link CsvColumn} writes for a row. A column calls exactly one of the methods
 * below; calling none writes an empty field, calling two is a programming error.
 *
 * <p>The method chosen is the value's type: {@link #text} is where the export's {@link FormulaGuard}
 * applies (R48); the number, money and instant methods are written as they are. Numbers, amounts and
 * instants format the same in every JVM locale: digits, a dot, no grouping; amounts at the currency's
 * scale; instants as ISO-8601 with the offset of the export's zone.
 *
 * <p>A cell belongs to one {@code writeTo} call and is not thread-safe; a column must not keep it.
 */
public final class CsvCell {
  private final CsvWriter.Record record;
  private final CsvWriter writer;
  private final InstantFormat instants;
  private final ZoneId zone;
  private String header;
  private boolean written;
  private Order addressOf;
  private Address address;
  private Order buyerNameOf;
  private String buyerName;

  CsvCell(CsvWriter writer, ZoneId zone) {
    this.writer = writer;
    this.record = writer.record();
    this.zone = zone;
    this.instants = new InstantFormat(zone);
  }

  /** Returns the zone instants are written in, the one the export names. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Writes text; the export's formula guard applies.
   *
   * @param value the text; {@code null} writes an empty field
   */
  public void text(CharSequence value) {
    once();
    record.text(value);
  }

  /**
   * Writes a whole number.
   *
   * @param value the number
   */
  public void number(long value) {
    once();
    record.number(value);
  }

  /**
   * Writes a decimal number in plain notation.
   *
   * @param value the number; {@code null} writes an empty field
   */
  public void number(BigDecimal value) {
    once();
    record.number(value);
  }

  /**
   * Writes an amount as a plain decimal at its currency's scale, without the currency:
   * {@code 12.50}, {@code 1500}, {@code -3.000}.
   *
   * @param value the amount; {@code null} writes an empty field
   */
  public void money(Money value) {
    once();
    record.number(value == null ? null : value.amount());
  }

  /**
   * Writes an instant as ISO-8601 with the offset of the export's zone, such as
   * {@code 2026-03-01T09:30:00+09:00}.
   *
   * @param value the instant; {@code null} writes an empty field
   */
  public void instant(Instant value) {
    once();
    writer.plain(value == null ? null : instants.format(value));
  }

  /** Writes an empty field. */
  public void empty() {
    once();
    record.empty();
  }

  /** Writes a standard column's field, which is one field exactly. */
  void standard(StandardColumn column, Order order, OrderLine line) {
    once();
    column.writeTo(order, line, writer, this);
  }

  /**
   * Returns the order's delivery address or null, looked up once per order: the lines of an order
   * share it, and its address columns take it in turn.
   */
  Address address(Order order) {
    if (order != addressOf) {
      address = order.deliveryAddress().orElse(null);
      addressOf = order;
    }
    return address;
  }

  /** Returns the buyer's name or null, looked up once per order. */
  String buyerName(Order order) {
    if (order != buyerNameOf) {
      buyerName = order.buyer().name().orElse(null);
      buyerNameOf = order;
    }
    return buyerName;
  }

  /** Returns the instant format of this cell's export. */
  InstantFormat instants() {
    return instants;
  }

  /** Starts a row: the writer's record, to be filled one cell per column. */
  void startRow() {
    writer.startRecord();
  }

  /** Starts the cell of the given column. */
  void start(String header) {
    this.header = header;
    this.written = false;
  }

  /** Finishes the cell: an empty field if the column wrote nothing; returns whether it wrote one. */
  boolean finish() {
    if (!written) {
      record.empty();
      return false;
    }
    return true;
  }

  private void once() {
    if (written) {
      throw new IllegalStateException("column '" + header + "' wrote two values into one cell");
    }
    written = true;
  }
}
