package io.github.orderly.csv;

import io.github.orderly.money.Money;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.ToLongBiFunction;

/**
 * One column of an export: a header, how to take a value from an order and one of its lines, and how
 * to format it (by the {@link CsvCell} method it calls).
 *
 * <p>Every row of an export is one order line, so a column is given both the order and the line.
 * {@link OrderColumns} has the standard columns; the {@code of...} factories here make a host's own:
 * <pre>{@code
 * CsvColumn giftNote = CsvColumn.ofText("Gift note", (order, line) -> notes.get(line.id()));
 * CsvColumn units = CsvColumn.ofNumber("Units", (order, line) -> line.quantityOrdered());
 * CsvColumn sellerId = OrderColumns.orderId().withHeader("order-ref");
 * }</pre>
 * A column that writes something about the buyer as a person declares it with {@link #personalData()}
 * (or {@link #withPersonalData(PersonalData)}), so that the export can leave it out where the buyer's
 * data must not appear (R49). The columns made here are immutable and thread-safe; a host's own
 * implementation must be stateless or thread-safe, as one column serves every export at once.
 */
public interface CsvColumn {
  /** Returns the header, the column's name in the first row. */
  String header();

  /** Returns what the column says about the buyer; {@link PersonalData#NONE} by default. */
  default PersonalData personalData() {
    return PersonalData.NONE;
  }

  /**
   * Writes this column's value for one row into the cell.
   *
   * @param order the order
   * @param line the line of the order the row is for
   * @param cell where the value goes; call exactly one of its methods (none writes an empty field)
   */
  void write(Order order, OrderLine line, CsvCell cell);

  /**
   * Returns this column with another header, such as a marketplace's flat-file name.
   *
   * @param header the new header, not blank
   * @return the renamed column
   * @throws InvalidCsvException if the header is blank, has surrounding white space or a line break
   */
  default CsvColumn withHeader(String header) {
    return Columns.renamed(this, header, personalData());
  }

  /**
   * Returns this column declaring what it says about the buyer.
   *
   * @param personalData the kind of personal data
   * @return the column
   */
  default CsvColumn withPersonalData(PersonalData personalData) {
    return Columns.renamed(this, header(), personalData);
  }

  /**
   * Returns a text column; the export's formula guard applies to it (R48).
   *
   * @param header the header
   * @param value the value of a row; {@code null} for an empty field
   * @return the column
   */
  static CsvColumn ofText(String header, BiFunction<? super Order, ? super OrderLine, ? extends CharSequence> value) {
    return Columns.text(header, value);
  }

  /**
   * Returns a whole-number column.
   *
   * @param header the header
   * @param value the value of a row
   * @return the column
   */
  static CsvColumn ofNumber(String header, ToLongBiFunction<? super Order, ? super OrderLine> value) {
    return Columns.number(header, value);
  }

  /**
   * Returns an amount column: plain decimals at the currency's scale.
   *
   * @param header the header
   * @param value the value of a row; {@code null} for an empty field
   * @return the column
   */
  static CsvColumn ofMoney(String header, BiFunction<? super Order, ? super OrderLine, Money> value) {
    return Columns.money(header, value);
  }

  /**
   * Returns an instant column: ISO-8601 with the offset of the export's zone.
   *
   * @param header the header
   * @param value the value of a row; {@code null} for an empty field
   * @return the column
   */
  static CsvColumn ofInstant(String header, BiFunction<? super Order, ? super OrderLine, Instant> value) {
    return Columns.instant(header, value);
  }
}
