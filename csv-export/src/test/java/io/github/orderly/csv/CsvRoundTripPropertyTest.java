package io.github.orderly.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.testkit.Generator;
import io.github.orderly.testkit.Property;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R48: whatever the text, standard CSV readers read back what was meant, in both formats. */
class CsvRoundTripPropertyTest {
  private static final String[] TRICKY = {
    "\"", ",", "\r", "\n", "\r\n", "\t", "=", "+", "-", "@", "'", " ", "\"\"", ",\"", "😀", "山田", "é", "\u00A0",
    "\u0000", "\uFEFF", "\u202E", "＝", "＠", "\u3000",
  };

  /** Random Unicode text full of what breaks naive CSV: quotes, commas, CR, LF, tabs, formulas, hiders. */
  static final Generator<String> TEXT = random -> {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    if (kind == 1) {
      s.append("=+-@\t\r\n\"".charAt(random.nextInt(8)));
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

  /**
   * What a text cell should read back as in RFC 4180: the value, with a leading single quote where the
   * guard judges it a formula.
   */
  static String meant(String value, FormulaGuard guard) {
    return !value.isEmpty() && guard.isFormula(value) ? "'" + value : value;
  }

  /**
   * What a text cell should read back as in the flat file: tabs and line breaks as spaces, surrounding
   * white space gone, and a single quote in front where the guard judges the value a formula or where
   * it would start with a double quote.
   */
  static String meantFlat(String value, FormulaGuard guard) {
    String flat = value.replaceAll("[\t\r\n]", " ").strip();
    if (flat.isEmpty()) {
      return "";
    }
    return guard.isFormula(value) || flat.startsWith("\"") ? "'" + flat : flat;
  }

  static String meant(String value, FormulaGuard guard, CsvFormat format) {
    return format == CsvFormat.RFC_4180 ? meant(value, guard) : meantFlat(value, guard);
  }

  @Test
  @DisplayName("R48: any Unicode text, quotes, commas, CR, LF and formulas round-trip through Commons CSV and Jackson CSV as meant")
  void everyFieldReadsBackAsMeant() {
    for (CsvFormat format : CsvFormat.values()) {
      for (FormulaGuard guard : List.of(FormulaGuards.OWASP, FormulaGuards.NONE)) {
        Property.named("every field reads back through every standard reader as meant (" + format + ", " + guard + ")")
            .check(RECORDS, records -> {
              StringWriter out = new StringWriter();
              try (CsvWriter w = CsvWriter.builder().format(format).formulaGuard(guard).bufferSize(64).build(out)) {
                records.forEach(r -> w.writeRecord(r.toArray(new String[0])));
              }
              List<List<String>> expected = new ArrayList<>();
              for (List<String> record : records) {
                List<String> row = new ArrayList<>();
                record.forEach(v -> row.add(meant(v, guard, format)));
                expected.add(row);
              }
              assertThat(Readers.read(out.toString(), format)).isEqualTo(expected);
            });
      }
    }
  }

  @Test
  @DisplayName("R48: the flat file has one line per record and one field per column, and no field starts with a quote")
  void flatFileSplitsBack() {
    Property.named("flat-file records split on CRLF and tab into one field per column, none led by a double quote")
        .check(RECORDS, records -> {
          StringWriter out = new StringWriter();
          try (CsvWriter w = CsvWriter.builder().format(CsvFormat.TAB_DELIMITED).formulaGuard(FormulaGuards.NONE)
              .build(out)) {
            records.forEach(r -> w.writeRecord(r.toArray(new String[0])));
          }
          List<List<String>> lines = Readers.split(out.toString());
          assertThat(lines).hasSize(records.size());
          for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).hasSize(records.get(i).size())
                .allSatisfy(f -> assertThat(f).doesNotStartWith("\"").isEqualTo(f.strip()));
          }
        });
  }

  @Test
  @DisplayName("R48: amounts are written exactly as BigDecimal.toPlainString writes them")
  void amountsArePlainDecimals() {
    Property.named("the digit writer of amounts equals BigDecimal.toPlainString")
        .check(random -> BigDecimal.valueOf(
                random.nextBoolean() ? random.nextLong(-100_000, 100_000) : random.nextLong(), random.nextInt(-3, 22)),
            amount -> {
              StringWriter direct = new StringWriter();
              try (CsvWriter w = CsvWriter.builder().build(direct)) {
                w.startRecord().number(amount).end();
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
                assertThat(format.format(instant).toString())
                    .isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone)));
              }
            });
  }
}
