package io.github.orderly.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.access.Role;
import java.io.StringWriter;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R27: a host's own column set, and the mistakes a layout or a column refuses. */
class CsvLayoutTest {
  @Test
  @DisplayName("R27: a host builds its own column set with its own columns and rows")
  void hostColumnSet() {
    CsvLayout picking = CsvLayout.builder("Picking list")
        .column(OrderColumns.sku().withHeader("item-sku"))
        .column(OrderColumns.quantityToShip())
        .column(CsvColumn.ofText("Gift", (o, l) -> l.customization().isPresent() ? "yes" : "no"))
        .column(CsvColumn.ofNumber("Line count", (o, l) -> o.lines().size()))
        .rows(CsvLayouts::mustShip)
        .build();
    StringWriter out = new StringWriter();
    long rows = OrderExport.builder(picking).zone(ZoneOffset.UTC).build().writeTo(Role.ADMIN, Fixtures.all(), out);
    assertThat(rows).isEqualTo(3);
    assertThat(out).hasToString("item-sku,Quantity to ship,Gift,Line count\r\n"
        + "SKU-1,2,no,2\r\nSKU-2,1,yes,2\r\nSKU-8,1,no,3\r\n");
  }

  @Test
  @DisplayName("R27: a layout needs columns with unique, non-blank headers and a name")
  void refusesBadLayouts() {
    assertThatThrownBy(() -> CsvLayout.builder("Empty").build())
        .isInstanceOf(InvalidCsvException.class)
        .hasMessage("columns = '[]': layout 'Empty' has no column: add at least one");
    assertThatThrownBy(() -> CsvLayout.builder("Twice").column(OrderColumns.sku()).column(OrderColumns.sku()).build())
        .isInstanceOf(InvalidCsvException.class)
        .hasMessage("columns = 'SKU': layout 'Twice' has two columns with this header: headers must be unique");
    assertThatThrownBy(() -> CsvColumn.ofText(" ", (o, l) -> "x"))
        .isInstanceOf(InvalidCsvException.class)
        .hasMessage("header = ' ': must not be blank, start or end with white space, or hold a line break");
    assertThatThrownBy(() -> CsvLayout.builder("two\nlines"))
        .isInstanceOf(InvalidCsvException.class)
        .hasMessageStartingWith("name = 'two\nlines'");
    assertThatThrownBy(() -> OrderColumns.streetLine(4))
        .isInstanceOf(InvalidCsvException.class).hasMessage("number = '4': an address has street lines 1 to 3");
  }

  @Test
  @DisplayName("R48: an export needs a zone for its instants, and a column writes one value per cell")
  void refusesMissingZoneAndDoubleValues() {
    assertThatThrownBy(() -> OrderExport.builder(CsvLayouts.ordersPage()).build())
        .isInstanceOf(InvalidCsvException.class)
        .hasMessage("zone = null: export 'Orders page' needs a zone for its instants: call zone(...), for example"
            + " zone(ZoneOffset.UTC)");
    CsvColumn twice = new CsvColumn() {
      @Override
      public String header() {
        return "Twice";
      }

      @Override
      public void write(io.github.orderly.order.Order order, io.github.orderly.order.OrderLine line, CsvCell cell) {
        cell.text("a");
        cell.text("b");
      }
    };
    OrderExport export = OrderExport.builder(CsvLayout.builder("Bad").column(twice).build()).zone(ZoneOffset.UTC).build();
    assertThatThrownBy(() -> export.writeTo(Role.OWNER, Fixtures.all(), new StringWriter()))
        .isInstanceOf(IllegalStateException.class).hasMessage("column 'Twice' wrote two values into one cell");
  }
}
