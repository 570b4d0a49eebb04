package io.github.orderly.csv;

import io.github.orderly.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The one field a {@link CsvColumn} writes for a row. A column calls exactly one of the methods
 * below; calling none writes an empty field, calling two is a programming error.
 *
 * <p>The method chosen is the value's type: {@link #text} is where formula protection applies (R48),
 * the number, money and instant methods are written as they are. Numbers, amounts and instants
 * format the same in every JVM locale: digits, a dot, no grouping; amounts at the currency's scale;
 * instants as ISO-8601 with the offset of the export's zone.
 */
public final class CsvCell {
  private final CsvWriter writer;
  private final InstantFormat instants;
  private final ZoneId zone;
  private String header;
  private boolean written;

  CsvCell(CsvWriter writer, ZoneId zone) {
    this.writer = writer;
    this.zone = zone;
    this.instants = new InstantFormat(zone);
  }

  /** Returns the zone instants are written in, the one the export names. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Writes text; formula protection applies when the export has it on.
   *
   * @param value the text; {@code null} writes an empty field
   */
  public void text(CharSequence value) {
    once();
    writer.writeText(value);
  }

  /**
   * Writes a whole number.
   *
   * @param value the number
   */
  public void number(long value) {
    once();
    writer.writeNumber(value);
  }

  /**
   * Writes a decimal number in plain notation.
   *
   * @param value the number; {@code null} writes an empty field
   */
  public void number(BigDecimal value) {
    once();
    writer.writeNumber(value);
  }

  /**
   * Writes an amount as a plain decimal at its currency's scale, without the currency:
   * {@code 12.50}, {@code 1500}, {@code -3.000}.
   *
   * @param value the amount; {@code null} writes an empty field
   */
  public void money(Money value) {
    once();
    if (value == null) {
      writer.writeEmpty();
      return;
    }
    BigDecimal amount = value.amount();
    int scale = amount.scale();
    if (scale >= 0 && scale <= 18 && amount.precision() <= 18) {
      writer.writeDecimal(amount.unscaledValue().longValue(), scale);
    } else {
      writer.writeNumber(amount.toPlainString());
    }
  }

  /**
   * Writes an instant as ISO-8601 with the offset of the export's zone, such as
   * {@code 2026-03-01T09:30:00+09:00}.
   *
   * @param value the instant; {@code null} writes an empty field
   */
  public void instant(Instant value) {
    once();
    if (value == null) {
      writer.writeEmpty();
    } else {
      writer.writeRaw(instants.chars(), instants.format(value));
    }
  }

  /** Writes an empty field. */
  public void empty() {
    once();
    writer.writeEmpty();
  }

  void start(String header) {
    this.header = header;
    this.written = false;
  }

  void finish() {
    if (!written) {
      writer.writeEmpty();
    }
  }

  private void once() {
    if (written) {
      throw new IllegalStateException("column '" + header + "' wrote two values into one cell");
    }
    written = true;
  }
}
