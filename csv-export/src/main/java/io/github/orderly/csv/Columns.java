package io.github.orderly.csv;

import io.github.orderly.money.Money;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.ToLongBiFunction;

/** The implementations behind the factories of {@link CsvColumn}, and the check of a name. */
final class Columns {
  private Columns() {}

  /** Checks a header: not blank, no surrounding white space, no line break. */
  static String checkHeader(String header) {
    return checkName("header", header);
  }

  /**
   * Checks a name shown in a file or a message: not blank, no surrounding white space, no line break.
   *
   * @param field what the name is, for the message
   * @param name the name
   * @return the name
   * @throws InvalidCsvException naming the field and the value otherwise
   */
  static String checkName(String field, String name) {
    Objects.requireNonNull(name, field);
    if (name.isBlank() || !name.strip().equals(name) || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
      throw new InvalidCsvException(field, name, "must not be blank, start or end with white space, or hold a line break");
    }
    return name;
  }

  /** See {@link CsvColumn#ofText}. */
  static CsvColumn text(String header, BiFunction<? super Order, ? super OrderLine, ? extends CharSequence> value) {
    Objects.requireNonNull(value, "value");
    return new Base(header, PersonalData.NONE) {
      @Override
      public void write(Order order, OrderLine line, CsvCell cell) {
        cell.text(value.apply(order, line));
      }
    };
  }

  /** See {@link CsvColumn#ofNumber}. */
  static CsvColumn number(String header, ToLongBiFunction<? super Order, ? super OrderLine> value) {
    Objects.requireNonNull(value, "value");
    return new Base(header, PersonalData.NONE) {
      @Override
      public void write(Order order, OrderLine line, CsvCell cell) {
        cell.number(value.applyAsLong(order, line));
      }
    };
  }

  /** See {@link CsvColumn#ofMoney}. */
  static CsvColumn money(String header, BiFunction<? super Order, ? super OrderLine, Money> value) {
    Objects.requireNonNull(value, "value");
    return new Base(header, PersonalData.NONE) {
      @Override
      public void write(Order order, OrderLine line, CsvCell cell) {
        cell.money(value.apply(order, line));
      }
    };
  }

  /** See {@link CsvColumn#ofInstant}. */
  static CsvColumn instant(String header, BiFunction<? super Order, ? super OrderLine, Instant> value) {
    Objects.requireNonNull(value, "value");
    return new Base(header, PersonalData.NONE) {
      @Override
      public void write(Order order, OrderLine line, CsvCell cell) {
        cell.instant(value.apply(order, line));
      }
    };
  }

  /** See {@link CsvColumn#withHeader} and {@link CsvColumn#withPersonalData}. */
  static CsvColumn renamed(CsvColumn column, String header, PersonalData personalData) {
    Objects.requireNonNull(column, "column");
    CsvColumn target = column instanceof Renamed renamed ? renamed.target : column;
    return new Renamed(target, header, personalData);
  }

  /**
   * Returns the standard column that writes this column's field (itself, or the one a renamed column
   * wraps), or null for a host's own column.
   */
  static StandardColumn standard(CsvColumn column) {
    CsvColumn target = column instanceof Renamed renamed ? renamed.target : column;
    return target instanceof StandardColumn s ? s : null;
  }

  private abstract static class Base implements CsvColumn {
    private final String header;
    private final PersonalData personalData;

    Base(String header, PersonalData personalData) {
      this.header = checkHeader(header);
      this.personalData = Objects.requireNonNull(personalData, "personalData");
    }

    @Override
    public final String header() {
      return header;
    }

    @Override
    public final PersonalData personalData() {
      return personalData;
    }

    @Override
    public String toString() {
      return "CsvColumn[" + header + (personalData == PersonalData.NONE ? "" : ", " + personalData) + "]";
    }
  }

  private static final class Renamed extends Base {
    private final CsvColumn target;

    Renamed(CsvColumn target, String header, PersonalData personalData) {
      super(header, personalData);
      this.target = target;
    }

    @Override
    public void write(Order order, OrderLine line, CsvCell cell) {
      target.write(order, line, cell);
    }
  }
}
