package io.github.orderly.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.InvalidValueException;
import io.github.orderly.access.Role;
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
  /** Text with a lone surrogate: an emoji broken in the middle. The model refuses it; a host's column may not. */
  private static final String BROKEN = "Mug \uD83D blue";

  /** A layout whose host column carries the broken text on line L-4 only. */
  private static CsvLayout layout() {
    return CsvLayout.builder("Gift notes")
        .column(OrderColumns.orderId())
        .column(OrderColumns.lineId())
        .column(CsvColumn.ofText("Gift note", (o, l) -> l.id().value().equals("L-4") ? BROKEN : "For you"))
        .build();
  }

  @Test
  @DisplayName("R48: the model refuses a lone surrogate in free text, naming the field and the code point")
  void theModelRefusesLoneSurrogates() {
    Order shipped = Fixtures.shipped();
    assertThatThrownBy(() -> OrderLine.builder().from(shipped.lines().get(1)).title(BROKEN).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("U+D83D");
  }

  @Test
  @DisplayName("R48: a lone surrogate stops the export naming order, line and column; its row is not written, rows before it are")
  void loneSurrogateStopsTheExportBeforeItsRow() {
    for (CsvFormat format : CsvFormat.values()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      OrderExport export = OrderExport.builder(layout()).zone(ZoneOffset.UTC).format(format).build();
      assertThatThrownBy(() -> export.writeTo(Role.OWNER, List.of(Fixtures.unshipped(), Fixtures.shipped(),
          Fixtures.cancelled()), bytes))
          .isInstanceOfSatisfying(UnencodableTextException.class, e -> {
            assertThat(e.field()).isEqualTo("Gift note");
            assertThat(e.value()).isEqualTo("Mug \\uD83D blue");
            assertThat(e.index()).isEqualTo(4);
          })
          .hasMessage("Gift note = 'Mug \\uD83D blue': holds a lone surrogate U+D83D at index 4, which no Unicode"
              + " encoding can write; order 250-0000002-0000002, line L-4; nothing of this row was written");
      String written = bytes.toString(StandardCharsets.UTF_8);
      List<List<String>> rows = Readers.read(written, format);
      assertThat(rows).extracting(r -> r.get(1)).containsExactly("Line ID", "L-1", "L-2", "L-3");
      assertThat(written).doesNotContain("L-4").doesNotContain("?").doesNotContain("Mug");
    }
  }

  @Test
  @DisplayName("R48: to a character stream too")
  void characterStreams() {
    StringWriter out = new StringWriter();
    assertThatThrownBy(() -> OrderExport.builder(layout()).zone(ZoneOffset.UTC).build()
        .writeTo(Role.OWNER, List.of(Fixtures.shipped()), out))
        .isInstanceOf(UnencodableTextException.class)
        .hasMessageStartingWith("Gift note = 'Mug \\uD83D blue': holds a lone surrogate U+D83D at index 4")
        .hasMessageContaining("order 250-0000002-0000002, line L-4");
    assertThat(out.toString()).isEqualTo("Order ID,Line ID,Gift note\r\n250-0000002-0000002,L-3,For you\r\n");
  }
}
