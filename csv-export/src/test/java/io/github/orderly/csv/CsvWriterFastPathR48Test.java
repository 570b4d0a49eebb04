package io.github.orderly.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import io.github.orderly.access.Role;
import io.github.orderly.order.Order;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R48: the writer's fast case (a short string copied and classified in one loop, a number or an
 * instant copied without classifying) at its edges: a special char only at the end, only at the start,
 * after white space, an empty value, values at and past the fast case's length and past the buffer,
 * surrogate pairs across the buffer's end. Each is checked against the expected text, and every short
 * value also against the same value given as a {@code StringBuilder}, which never takes the fast case.
 */
class CsvWriterFastPathR48Test {
  private static final List<String> EDGES = edges();

  private static List<String> edges() {
    List<String> values = new ArrayList<>();
    String[] specials = {",", "\"", "\r", "\n", "\t", " ", "=", "+", "-", "@", "\u00A0", "\uFEFF", "\u0000",
        "'", "\uFF1D", "😀"};
    for (String special : specials) {
      values.add(special);
      values.add(special + "abc");
      values.add("abc" + special);
      values.add("ab" + special + "c");
      values.add(" " + special + "abc");
      values.add("\u00A0" + special + "1+1");
    }
    values.add("");
    values.add("x".repeat(23));
    values.add("x".repeat(24));
    values.add("x".repeat(25));
    values.add("x".repeat(23) + ",");
    values.add("x".repeat(24) + ",");
    values.add("x".repeat(25) + ",");
    values.add("=" + "x".repeat(24));
    return values;
  }

  private static String write(CsvWriter.Builder builder, boolean asBuilder, String... fields) {
    StringWriter out = new StringWriter();
    try (CsvWriter w = builder.build(out)) {
      CsvWriter.Record r = w.startRecord();
      for (String f : fields) {
        r.text(asBuilder ? new StringBuilder(f) : f);
      }
      r.end();
    }
    return out.toString();
  }

  @Test
  @DisplayName("R48: a special char only at the end, only at the start or after white space is quoted or guarded")
  void specialCharsAtEitherEnd() {
    CsvWriter.Builder rfc = CsvWriter.builder();
    assertThat(write(rfc, false, "abc,", "abc\"", "abc\r", "abc\n")).isEqualTo(
        "\"abc,\",\"abc\"\"\",\"abc\r\",\"abc\n\"\r\n");
    assertThat(write(rfc, false, ",abc", "\"abc", "\rabc", "\nabc")).isEqualTo(
        "\",abc\",\"\"\"abc\",\"'\rabc\",\"'\nabc\"\r\n");
    assertThat(write(rfc, false, " =1+1", "\u00A0+1", "\uFEFF@SUM(1)", " a=b", "a-", "x@")).isEqualTo(
        "' =1+1,'\u00A0+1,'\uFEFF@SUM(1), a=b,a-,x@\r\n");
    assertThat(write(rfc, false, " ,=1")).isEqualTo("\" ,=1\"\r\n");
    CsvWriter.Builder flat = CsvWriter.builder().format(CsvFormat.TAB_DELIMITED);
    assertThat(write(flat, false, "abc\t", "\tabc", " abc ", "abc\"", "\"abc", " \"abc")).isEqualTo(
        "abc\t'abc\tabc\tabc\"\t'\"abc\t'\"abc\r\n");
  }

  @Test
  @DisplayName("R48: empty values are empty fields; a record of one empty value is \"\"")
  void emptyValues() {
    assertThat(write(CsvWriter.builder(), false, "")).isEqualTo("\"\"\r\n");
    assertThat(write(CsvWriter.builder(), false, "", "a", "")).isEqualTo(",a,\r\n");
    assertThat(write(CsvWriter.builder().quoteStrategy(QuoteStrategies.ALWAYS), false, "", "a")).isEqualTo(
        "\"\",\"a\"\r\n");
  }

  @Test
  @DisplayName("R48: every short value is written as the general path writes it, in every format, guard and strategy")
  void shortValuesAsTheGeneralPathWritesThem() {
    List<CsvWriter.Builder> builders = new ArrayList<>();
    for (FormulaGuard guard : List.of(FormulaGuards.OWASP, FormulaGuards.NONE,
        (FormulaGuard) text -> text.toString().contains("x"))) {
      builders.add(CsvWriter.builder().formulaGuard(guard).format(CsvFormat.TAB_DELIMITED));
      for (QuoteStrategy quoting : List.of(QuoteStrategies.REQUIRED, QuoteStrategies.NON_EMPTY,
          QuoteStrategies.EMPTY, QuoteStrategies.ALWAYS)) {
        builders.add(CsvWriter.builder().formulaGuard(guard).quoteStrategy(quoting));
      }
    }
    for (CsvWriter.Builder builder : builders) {
      for (String value : EDGES) {
        String[] record = {"a", value, value};
        assertThat(write(builder, false, record)).as("%s", value).isEqualTo(write(builder, true, record));
        assertThat(write(builder, false, value)).as("%s alone", value).isEqualTo(write(builder, true, value));
      }
    }
  }

  @Test
  @DisplayName("R48: values at and past the fast case's length, and fields that do not fit the rest of the buffer")
  void valuesAroundTheLimits() {
    StringWriter out = new StringWriter();
    StringBuilder expected = new StringBuilder();
    try (CsvWriter w = CsvWriter.builder().bufferSize(64).build(out)) {
      for (int n = 1; n <= 70; n++) {
        String plain = "p".repeat(n);
        String quoted = "q".repeat(n - 1) + ",";
        w.startRecord().text(plain).number(-n).text(quoted).number(BigDecimal.valueOf(-n, 2)).end();
        expected.append(plain).append(",-").append(n).append(",\"").append(quoted).append("\",")
            .append(BigDecimal.valueOf(-n, 2).toPlainString()).append("\r\n");
      }
    }
    assertThat(out).hasToString(expected.toString());
  }

  @Test
  @DisplayName("R48: surrogate pairs across the buffer's end are written whole; a lone one at a short value's end is refused")
  void surrogatePairsAcrossTheBuffer() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringBuilder expected = new StringBuilder();
    try (CsvWriter w = CsvWriter.builder().bufferSize(64).build(bytes)) {
      for (int n = 0; n < 80; n++) {
        String value = "s".repeat(n % 31) + "😀" + "t".repeat(n % 7);
        w.writeRecord(value, "😀", "a😀");
        expected.append(value).append(",😀,a😀\r\n");
      }
      assertThatThrownBy(() -> w.writeRecord("ok", "ab\uD83D"))
          .isInstanceOfSatisfying(UnencodableTextException.class, e -> assertThat(e.index()).isEqualTo(2));
      assertThatThrownBy(() -> w.writeRecord("\uDE00ab")).isInstanceOf(UnencodableTextException.class);
      assertThatThrownBy(() -> w.writeRecord("x".repeat(40) + "\uD83D")).isInstanceOf(UnencodableTextException.class);
      w.writeRecord("after");
      expected.append("after\r\n");
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString()).doesNotContain("?");
  }

  @Test
  @DisplayName("R48: numbers written straight into the buffer equal Long.toString and BigDecimal.toPlainString at every scale and buffer position")
  void numbersStraightIntoTheBuffer() {
    SplittableRandom random = new SplittableRandom(48);
    StringWriter out = new StringWriter();
    StringBuilder expected = new StringBuilder();
    try (CsvWriter w = CsvWriter.builder().bufferSize(64).build(out)) {
      for (int i = 0; i < 20_000; i++) {
        long whole = switch (i % 4) {
          case 0 -> random.nextLong();
          case 1 -> random.nextLong(-1_000, 1_000);
          case 2 -> i % 8 == 2 ? Long.MAX_VALUE : Long.MIN_VALUE;
          default -> (long) Math.pow(10, random.nextInt(19)) * (random.nextBoolean() ? -1 : 1);
        };
        long unscaled = i % 3 == 0 ? random.nextLong(-100_000, 100_000)
            : random.nextLong() / (long) Math.pow(10, random.nextInt(19));
        BigDecimal decimal = BigDecimal.valueOf(unscaled, random.nextInt(-3, 24));
        String pad = "p".repeat(random.nextInt(30));
        w.startRecord().text(pad).number(whole).number(decimal).number(decimal.negate()).end();
        expected.append(pad).append(',').append(whole).append(',').append(decimal.toPlainString()).append(',')
            .append(decimal.negate().toPlainString()).append("\r\n");
      }
    }
    assertThat(out).hasToString(expected.toString());
  }

  @Test
  @DisplayName("R48: numbers take the fast case unguarded and unchanged in both formats, quoted when the strategy says so")
  void numbersInEveryFormat() {
    StringWriter rfc = new StringWriter();
    try (CsvWriter w = CsvWriter.builder().build(rfc)) {
      w.startRecord().number(-12).number(new BigDecimal("-12.50")).number(new BigDecimal("0.005"))
          .number(Long.MIN_VALUE).number(0).number(new BigDecimal("0.00")).end();
    }
    assertThat(rfc).hasToString("-12,-12.50,0.005,-9223372036854775808,0,0.00\r\n");
    StringWriter flat = new StringWriter();
    try (CsvWriter w = CsvWriter.builder().format(CsvFormat.TAB_DELIMITED).build(flat)) {
      w.startRecord().number(-12).number(new BigDecimal("-12.50")).end();
    }
    assertThat(flat).hasToString("-12\t-12.50\r\n");
    StringWriter quoted = new StringWriter();
    try (CsvWriter w = CsvWriter.builder().quoteStrategy(QuoteStrategies.NON_EMPTY).build(quoted)) {
      w.startRecord().number(-12).number(new BigDecimal("-12.50")).end();
    }
    assertThat(quoted).hasToString("\"-12\",\"-12.50\"\r\n");
  }

  @Test
  @DisplayName("R48: an export's quantities and instants at the end of its buffer are written, not dropped")
  void exportRowsAcrossTheBuffer() {
    CsvLayout layout = CsvLayout.builder("Across the buffer")
        .column(OrderColumns.orderId()).column(OrderColumns.orderDate()).column(OrderColumns.quantity())
        .column(OrderColumns.shipBy()).column(OrderColumns.sku()).build();
    OrderExport export = OrderExport.builder(layout).zone(ZoneOffset.UTC).build();
    Order order = Fixtures.unshipped();
    StringWriter out = new StringWriter();
    long rows = export.writeTo(Role.OWNER, Collections.nCopies(3_000, order), out);
    assertThat(rows).isEqualTo(6_000);
    assertThat(out.toString().length()).as("many times the export's buffer").isGreaterThan(10 * 32_768);
    List<List<String>> read = Readers.rfc(out.toString());
    assertThat(read).hasSize(6_001);
    List<String> first = List.of("111-0000001-0000001", "2026-03-01T10:15:30Z", "2", "2026-03-03T23:59:59Z", "SKU-1");
    List<String> second = List.of("111-0000001-0000001", "2026-03-01T10:15:30Z", "1", "2026-03-03T23:59:59Z", "SKU-2");
    for (int i = 1; i < read.size(); i += 2) {
      assertThat(read.get(i)).as("row %d", i).isEqualTo(first);
      assertThat(read.get(i + 1)).as("row %d", i + 1).isEqualTo(second);
    }
  }

  @Test
  @DisplayName("R48: one instant format over many instants (same day, next day, back, outside 0-9999) equals ISO_OFFSET_DATE_TIME")
  void instantsInSequenceKeepTheirDates() {
    List<Instant> instants = new ArrayList<>();
    Instant base = Instant.parse("2026-03-28T22:59:59.5Z");
    for (int minutes = 0; minutes < 3 * 24 * 60; minutes += 17) {
      instants.add(base.plusSeconds(60L * minutes));
    }
    instants.add(base);
    instants.add(Instant.parse("+10000-01-01T00:00:00Z"));
    instants.add(base);
    instants.add(Instant.parse("9999-12-31T23:59:59Z"));
    instants.add(Instant.parse("0000-01-01T00:00:00Z"));
    instants.add(Instant.parse("-0001-12-31T23:59:59Z"));
    instants.add(base.plusSeconds(1));
    SplittableRandom random = new SplittableRandom(48);
    for (int i = 0; i < 2_000; i++) {
      Instant previous = instants.get(instants.size() - 1);
      instants.add(random.nextBoolean()
          ? previous.plusSeconds(random.nextLong(-90_000, 90_000))
          : Instant.ofEpochSecond(random.nextLong(-62_200_000_000L, 253_500_000_000L), random.nextInt(1_000_000_000)));
    }
    for (ZoneId zone : List.of(ZoneOffset.UTC, ZoneId.of("Europe/Berlin"), ZoneId.of("America/St_Johns"),
        ZoneOffset.ofHoursMinutesSeconds(-3, -7, -11), ZoneId.of("Pacific/Kiritimati"))) {
      InstantFormat format = new InstantFormat(zone);
      for (Instant instant : instants) {
        assertThat(format.format(instant).toString()).as("%s in %s", instant, zone)
            .isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone)));
      }
    }
  }

  @Test
  @DisplayName("R48: writeRecord(String...) writes what the same fields written one by one write, to a Writer and to an OutputStream, whatever the format, guard, strategy and buffer")
  void wholeRecordsAsFieldByField() {
    List<String> pool = new ArrayList<>(EDGES);
    pool.add(null);
    pool.add("x".repeat(70));
    pool.add("\u00e9t\u00e9, \"\u4e2d\u6587\"");
    pool.add("Zo\u00eb O'Brien");
    pool.add("\ud83d\ude00" + "x".repeat(30));
    List<CsvWriter.Builder> builders = new ArrayList<>();
    for (FormulaGuard guard : List.of(FormulaGuards.OWASP, FormulaGuards.NONE,
        (FormulaGuard) text -> text.toString().contains("x"))) {
      for (int size : new int[] {64, 200, 16_384}) {
        builders.add(CsvWriter.builder().formulaGuard(guard).format(CsvFormat.TAB_DELIMITED).bufferSize(size));
        for (QuoteStrategy quoting : List.of(QuoteStrategies.REQUIRED, QuoteStrategies.NON_EMPTY,
            QuoteStrategies.ALWAYS)) {
          builders.add(CsvWriter.builder().formulaGuard(guard).quoteStrategy(quoting).bufferSize(size));
        }
      }
    }
    SplittableRandom random = new SplittableRandom(48);
    for (CsvWriter.Builder builder : builders) {
      List<String[]> records = new ArrayList<>();
      for (int r = 0; r < 60; r++) {
        String[] record = new String[1 + random.nextInt(14)];
        for (int f = 0; f < record.length; f++) {
          record[f] = pool.get(random.nextInt(pool.size()));
        }
        records.add(record);
      }
      StringWriter whole = new StringWriter();
      ByteArrayOutputStream wholeBytes = new ByteArrayOutputStream();
      try (CsvWriter w = builder.build(whole); CsvWriter b = builder.build(wholeBytes)) {
        for (String[] record : records) {
          w.writeRecord(record);
          b.writeRecord(record);
        }
      }
      StringWriter byField = new StringWriter();
      try (CsvWriter w = builder.build(byField)) {
        for (String[] record : records) {
          CsvWriter.Record rec = w.startRecord();
          for (String field : record) {
            rec.text(field == null ? null : new StringBuilder(field));
          }
          rec.end();
        }
      }
      assertThat(whole.toString()).isEqualTo(byField.toString());
      assertThat(new String(wholeBytes.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(byField.toString());
    }
  }
}
