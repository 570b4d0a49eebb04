package io.github.orderly.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.testkit.Generator;
import io.github.orderly.testkit.Property;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R48: whatever the text, a standard CSV reader reads back what was meant. */
class CsvRoundTripPropertyTest {
  private static final String[] TRICKY = {
    "\"", ",", "\r", "\n", "\r\n", "\t", "=", "+", "-", "@", "'", " ", "\"\"", ",\"", "😀", "山田", "é", "\u00A0",
  };

  /** Random Unicode text full of the characters that break naive CSV: quotes, commas, CR, LF, formulas. */
  static final Generator<String> TEXT = random -> {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    if (kind == 1) {
      s.append("=+-@\t\r\n".charAt(random.nextInt(7)));
    }
    int parts = random.nextInt(random.nextBoolean() ? 8 : 60);
    for (int i = 0; i < parts; i++) {
      if (random.nextBoolean()) {
        s.append(TRICKY[random.nextInt(TRICKY.length)]);
      } else {
        s.appendCodePoint(codePoint(random));
      }
    }
    return s.toString();
  };

  static final Generator<List<List<String>>> RECORDS = random -> {
    List<List<String>> records = new ArrayList<>();
    int count = 1 + random.nextInt(6);
    int width = 1 + random.nextInt(8);
    for (int r = 0; r < count; r++) {
      List<String> record = new ArrayList<>();
      for (int f = 0; f < width; f++) {
        record.add(TEXT.next(random));
      }
      records.add(record);
    }
    return records;
  };

  private static int codePoint(RandomGenerator random) {
    while (true) {
      int cp = random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x3000);
      if (Character.isDefined(cp) && (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)) {
        return cp;
      }
    }
  }

  /** What a text cell should read back as: the value, with a leading quote if it starts like a formula. */
  static String meant(String value, boolean protect) {
    return protect && !value.isEmpty() && "=+-@\t\r\n".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  static List<List<String>> parse(String csv) {
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(record.toList());
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("R48: any Unicode text, quotes, commas, CR, LF and formulas round-trip through Commons CSV as meant")
  void everyFieldReadsBackAsMeant() {
    for (boolean protect : new boolean[] {true, false}) {
      Property.named("every field reads back through Commons CSV as meant (formula protection " + protect + ")")
          .check(RECORDS, records -> {
            StringWriter out = new StringWriter();
            try (CsvWriter w = CsvWriter.builder().formulaProtection(protect).bufferSize(64).build(out)) {
              records.forEach(r -> w.writeRecord(r.toArray(new String[0])));
            }
            List<List<String>> expected = new ArrayList<>();
            for (List<String> record : records) {
              List<String> row = new ArrayList<>();
              record.forEach(v -> row.add(meant(v, protect)));
              expected.add(row);
            }
            assertThat(parse(out.toString())).isEqualTo(expected);
          });
    }
  }

  @Test
  @DisplayName("R48: tab-delimited output has one line per record and one field per column, tabs and breaks as spaces")
  void tabDelimitedSplitsBack() {
    Property.named("tab-delimited records split back on CRLF and tab into the flattened values")
        .check(RECORDS, records -> {
          StringWriter out = new StringWriter();
          try (CsvWriter w = CsvWriter.builder().format(CsvFormat.TAB_DELIMITED).build(out)) {
            records.forEach(r -> w.writeRecord(r.toArray(new String[0])));
          }
          String text = out.toString();
          assertThat(text).endsWith("\r\n");
          String[] lines = text.substring(0, text.length() - 2).split("\r\n", -1);
          assertThat(lines).hasSize(records.size());
          for (int i = 0; i < lines.length; i++) {
            List<String> expected = new ArrayList<>();
            records.get(i).forEach(v -> expected.add(meant(v, true).replaceAll("[\t\r\n]", " ")));
            assertThat(List.of(lines[i].split("\t", -1))).isEqualTo(expected);
          }
        });
  }

  @Test
  @DisplayName("R48: amounts are written exactly as BigDecimal.toPlainString writes them")
  void amountsArePlainDecimals() {
    Property.named("the digit writer of amounts equals BigDecimal.toPlainString")
        .check(random -> java.math.BigDecimal.valueOf(
                random.nextBoolean() ? random.nextLong(-100_000, 100_000) : random.nextLong(-999_999_999_999_999_999L,
                    999_999_999_999_999_999L), random.nextInt(19)),
            amount -> {
              StringWriter direct = new StringWriter();
              try (CsvWriter w = CsvWriter.builder().build(direct)) {
                w.writeDecimal(amount.unscaledValue().longValueExact(), amount.scale());
                w.endRecord();
              }
              assertThat(direct).hasToString(amount.toPlainString() + "\r\n");
            });
  }

  @Test
  @DisplayName("R48: instants are written exactly as ISO_OFFSET_DATE_TIME writes them, in any zone")
  void instantsAreIso8601() {
    List<ZoneId> zones = List.of(ZoneOffset.UTC, ZoneId.of("Asia/Tokyo"), ZoneId.of("America/St_Johns"),
        ZoneId.of("Europe/Berlin"), ZoneOffset.ofHoursMinutesSeconds(-3, -7, -11), ZoneId.of("Asia/Kolkata"));
    Property.named("the fast instant format equals DateTimeFormatter.ISO_OFFSET_DATE_TIME")
        .check(random -> Instant.ofEpochSecond(random.nextLong(-70_000_000_000L, 260_000_000_000L),
                random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000) / (int) Math.pow(10, random.nextInt(10))),
            instant -> {
              for (ZoneId zone : zones) {
                InstantFormat format = new InstantFormat(zone);
                String written = new String(format.chars(), 0, format.format(instant));
                assertThat(written).isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone)));
              }
            });
  }
}
