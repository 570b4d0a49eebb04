package io.github.orderly.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.access.Role;
import io.github.orderly.order.Order;
import io.github.orderly.testkit.Generator;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R48: given an {@link java.io.OutputStream}, the writer encodes UTF-8 itself (its byte path): the
 * bytes are exactly the UTF-8 encoding of what it writes to a {@link java.io.Writer}, whatever the
 * text, format, quote strategy, guard and buffer size, and a lone surrogate is still refused.
 */
class Utf8OutputR48Test {
  private static final List<QuoteStrategy> RFC_STRATEGIES = List.of(QuoteStrategies.REQUIRED,
      QuoteStrategies.NON_EMPTY, QuoteStrategies.EMPTY, QuoteStrategies.ALWAYS);

  /** A record as a host writes it field by field: text, numbers, empty fields, in any order. */
  private static final Generator<List<Object>> MIXED = random -> {
    List<Object> fields = new ArrayList<>();
    int width = 1 + random.nextInt(9);
    for (int f = 0; f < width; f++) {
      switch (random.nextInt(5)) {
        case 0 -> fields.add(random.nextLong());
        case 1 -> fields.add(BigDecimal.valueOf(random.nextLong(-100_000, 100_000), random.nextInt(0, 4)));
        case 2 -> fields.add(null);
        default -> fields.add(CsvRoundTripPropertyTest.TEXT.next(random));
      }
    }
    return fields;
  };

  private static final Generator<List<List<Object>>> MIXED_RECORDS = random -> {
    List<List<Object>> records = new ArrayList<>();
    int count = 1 + random.nextInt(8);
    for (int r = 0; r < count; r++) {
      records.add(MIXED.next(random));
    }
    return records;
  };

  @Test
  @DisplayName("R48: the bytes written to an OutputStream are the UTF-8 of the text written to a Writer (any text, format, strategy, guard, buffer)")
  void bytesAreTheUtf8OfTheText() {
    for (CsvFormat format : CsvFormat.values()) {
      for (QuoteStrategy quoting : format == CsvFormat.RFC_4180 ? RFC_STRATEGIES : List.of(QuoteStrategies.REQUIRED)) {
        for (FormulaGuard guard : List.of(FormulaGuards.OWASP, FormulaGuards.NONE, (FormulaGuard) t -> t.length() > 3)) {
          Property.named("stream bytes equal the UTF-8 of the writer's text (" + format + ", " + quoting + ")")
              .withTries(200)
              .check(MIXED_RECORDS, records -> {
                int size = 64 + records.size() * 7;
                CsvWriter.Builder b = CsvWriter.builder().format(format).quoteStrategy(quoting).formulaGuard(guard)
                    .byteOrderMark(records.size() % 2 == 0).bufferSize(size);
                StringWriter text = new StringWriter();
                try (CsvWriter w = b.build(text)) {
                  records.forEach(r -> write(w, r));
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (CsvWriter w = b.build(bytes)) {
                  records.forEach(r -> write(w, r));
                }
                assertThat(bytes.toByteArray()).isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
              });
        }
      }
    }
  }

  @Test
  @DisplayName("R48: whole records of text, of any length, written to an OutputStream are the UTF-8 of the Writer's text")
  void wholeRecordsAreTheUtf8OfTheText() {
    for (CsvFormat format : CsvFormat.values()) {
      Property.named("writeRecord to a stream equals the UTF-8 of writeRecord to a writer (" + format + ")")
          .check(CsvRoundTripPropertyTest.RECORDS, records -> {
            StringWriter text = new StringWriter();
            try (CsvWriter w = CsvWriter.builder().format(format).bufferSize(64).build(text)) {
              records.forEach(r -> w.writeRecord(r.toArray(new String[0])));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (CsvWriter w = CsvWriter.builder().format(format).bufferSize(64).build(bytes)) {
              records.forEach(r -> w.writeRecord(r.toArray(new String[0])));
            }
            assertThat(bytes.toByteArray()).isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
          });
    }
  }

  @Test
  @DisplayName("R48: an export to an OutputStream is the UTF-8 of the same export to a Writer")
  void exportBytesAreTheUtf8OfTheText() {
    Generator<List<Order>> orders = random -> {
      List<Order> list = new ArrayList<>();
      OrderGenerator generator = OrderGenerator.standard();
      for (int i = 0, n = random.nextInt(1, 40); i < n; i++) {
        list.add(generator.next(random));
      }
      return list;
    };
    for (CsvFormat format : CsvFormat.values()) {
      OrderExport export = OrderExport.builder(CsvLayouts.orderReport()).zone(ZoneId.of("Asia/Tokyo")).format(format)
          .build();
      Property.named("export bytes equal the UTF-8 of the export's text (" + format + ")").withTries(100)
          .check(orders, list -> {
            StringWriter text = new StringWriter();
            long rows = export.writeTo(Role.OWNER, list, text);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            assertThat(export.writeTo(Role.OWNER, list, bytes)).isEqualTo(rows);
            assertThat(bytes.toByteArray()).isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
          });
    }
  }

  @Test
  @DisplayName("R48: a lone surrogate is refused on the byte path too, in short, long and quoted fields; the records before stand")
  void loneSurrogatesAreRefusedOnTheBytePath() {
    String longText = "a long title, with a comma and \"quotes\" and more than twenty-four chars ";
    for (CsvFormat format : CsvFormat.values()) {
      for (String bad : List.of("\uD83D", "x\uDE00", longText + "\uD83D", "\uDE00" + longText, longText + "\uD83D,")) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvWriter w = CsvWriter.builder().format(format).bufferSize(64).build(bytes);
        w.writeRecord("before", longText, "😀 pair");
        w.startRecord().number(12L);
        assertThatThrownBy(() -> w.record().text("dropped").text(bad).end())
            .as("%s in %s", bad, format)
            .isInstanceOf(UnencodableTextException.class);
        w.writeRecord("after");
        w.close();
        StringWriter expected = new StringWriter();
        try (CsvWriter t = CsvWriter.builder().format(format).build(expected)) {
          t.writeRecord("before", longText, "😀 pair");
          t.writeRecord("after");
        }
        assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
      }
    }
  }

  @Test
  @DisplayName("R48: the UTF-8 encoder writes pairs as four bytes and refuses a lone surrogate rather than write '?'")
  void encoderPairsAndLoneSurrogates() {
    String text = "aé山😀z";
    char[] chars = text.toCharArray();
    byte[] out = new byte[3 * chars.length];
    int end = Utf8Sink.encode(chars, 0, chars.length, out, 0);
    assertThat(java.util.Arrays.copyOf(out, end)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    for (String lone : List.of("\uD83D", "a\uDE00", "\uD83Dx", "\uDE00\uD83D")) {
      char[] c = lone.toCharArray();
      assertThatThrownBy(() -> Utf8Sink.encode(c, 0, c.length, new byte[3 * c.length], 0))
          .as(lone)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("lone surrogate");
    }
  }

  private static void write(CsvWriter w, List<Object> record) {
    CsvWriter.Record r = w.startRecord();
    for (Object field : record) {
      if (field instanceof Long n) {
        r.number(n);
      } else if (field instanceof BigDecimal d) {
        r.number(d);
      } else if (field == null) {
        r.empty();
      } else {
        r.text((String) field);
      }
    }
    r.end();
  }
}
