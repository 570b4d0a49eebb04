package io.github.orderly.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.access.Role;
import io.github.orderly.order.Buyer;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R48: a text the model let through with a lone surrogate, which no encoding can write, never becomes
 * {@code ?}: the export stops with an error naming the order, the line and the column, before any of
 * that row is written.
 */
class UnencodableTextR48Test {
  /** The shipped fixture, its second line's title broken in the middle of an emoji. */
  private static Order broken() {
    Order shipped = Fixtures.shipped();
    OrderLine line = OrderLine.builder().from(shipped.lines().get(1)).title("Mug \uD83D blue").build();
    return Order.builder().from(shipped).lines(List.of(shipped.lines().get(0), line)).build();
  }

  @Test
  @DisplayName("R48: a lone surrogate stops the export naming order, line and column; its row is not written, rows before it are")
  void loneSurrogateStopsTheExportBeforeItsRow() {
    for (CsvFormat format : CsvFormat.values()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      OrderExport export = OrderExport.builder(CsvLayouts.orderReport()).zone(ZoneOffset.UTC).format(format).build();
      assertThatThrownBy(() -> export.writeTo(Role.OWNER, List.of(Fixtures.unshipped(), broken(), Fixtures.cancelled()),
          bytes))
          .isInstanceOfSatisfying(UnencodableTextException.class, e -> {
            assertThat(e.field()).isEqualTo("Item");
            assertThat(e.value()).isEqualTo("Mug \\uD83D blue");
            assertThat(e.index()).isEqualTo(4);
            assertThat(e.getCause()).isInstanceOf(UnencodableTextException.class);
          })
          .hasMessage("Item = 'Mug \\uD83D blue': holds a lone surrogate U+D83D at index 4, which no Unicode encoding"
              + " can write; order 250-0000002-0000002, line L-4; nothing of this row was written");
      String written = bytes.toString(StandardCharsets.UTF_8);
      List<List<String>> rows = Readers.read(written, format);
      assertThat(rows).extracting(r -> r.get(0)).containsExactly("Order ID", "111-0000001-0000001",
          "111-0000001-0000001", "250-0000002-0000002");
      assertThat(rows.get(3).get(6)).isEqualTo("L-3");
      assertThat(written).doesNotContain("L-4").doesNotContain("?").doesNotContain("Mug");
    }
  }

  @Test
  @DisplayName("R48: to a character stream too, and in a personal column as in any other")
  void characterStreamsAndPersonalColumns() {
    Order order = Order.builder().from(Fixtures.unshipped())
        .buyer(Buyer.builder().name("\uDE00 Ann").build()).build();
    StringWriter out = new StringWriter();
    assertThatThrownBy(() -> OrderExport.builder(CsvLayouts.unshippedOrders()).zone(ZoneOffset.UTC).build()
        .writeTo(Role.OWNER, List.of(order), out))
        .isInstanceOf(UnencodableTextException.class)
        .hasMessageStartingWith("Buyer name = '\\uDE00 Ann': holds a lone surrogate U+DE00 at index 0")
        .hasMessageContaining("order 111-0000001-0000001, line L-1");
    assertThat(out.toString()).isEqualTo(String.join(",", CsvLayouts.unshippedOrders().headers()) + "\r\n");
  }
}
