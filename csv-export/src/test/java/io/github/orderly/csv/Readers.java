package io.github.orderly.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Independent readers of our output: Commons CSV ({@code RFC4180}, and the {@code TDF} preset for the
 * flat file) and Jackson CSV (a comma or a tab schema), and for the flat file a plain split on CR LF
 * and tab as the marketplace's own tools read it.
 */
final class Readers {
  private static final CsvMapper JACKSON = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  private Readers() {}

  /** Reads with Commons CSV's preset for the format. */
  static List<List<String>> commons(String text, CsvFormat format) {
    CSVFormat preset = format == CsvFormat.RFC_4180 ? CSVFormat.RFC4180 : CSVFormat.TDF;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), preset)) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(record.toList());
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads with Jackson CSV, a schema with the format's separator and the default double quote. */
  static List<List<String>> jackson(String text, CsvFormat format) {
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(format.delimiter());
    try (MappingIterator<List<String>> it = JACKSON.readerForListOf(String.class).with(schema).readValues(text)) {
      return new ArrayList<>(it.readAll());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Splits a flat file on CR LF and tab, knowing nothing of quotes, except that a line of just
   * {@code ""} is a record of one empty field (the one place the format writes quotes).
   */
  static List<List<String>> split(String text) {
    assertThat(text).endsWith("\r\n");
    List<List<String>> rows = new ArrayList<>();
    for (String line : text.substring(0, text.length() - 2).split("\r\n", -1)) {
      rows.add(line.equals("\"\"") ? List.of("") : List.of(line.split("\t", -1)));
    }
    return rows;
  }

  /**
   * Reads a file with every independent reader of its format, checks that they all read the same
   * rows, and returns them: Commons CSV and Jackson CSV for RFC 4180; Commons CSV's TDF preset,
   * Jackson CSV with a tab and a plain split for the flat file.
   */
  static List<List<String>> read(String text, CsvFormat format) {
    List<List<String>> commons = commons(text, format);
    assertThat(jackson(text, format)).as("Jackson CSV reads what Commons CSV reads").isEqualTo(commons);
    if (format == CsvFormat.TAB_DELIMITED) {
      assertThat(split(text)).as("a plain split on tabs reads what Commons CSV's TDF reads").isEqualTo(commons);
    }
    return commons;
  }

  /** Reads an RFC 4180 file with Commons CSV and Jackson CSV, which must agree. */
  static List<List<String>> rfc(String text) {
    return read(text, CsvFormat.RFC_4180);
  }
}
