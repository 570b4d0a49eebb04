package io.github.orderly.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
  private static String rfc(boolean protect, String... fields) {
    StringWriter out = new StringWriter();
    try (CsvWriter w = CsvWriter.builder().formulaProtection(protect).build(out)) {
      w.writeRecord(fields);
    }
    return out.toString();
  }

  @Test
  @DisplayName("R48: comma, quote, CR, LF and a lone CR force quotes; quotes are doubled; records end with CRLF")
  void quotesWhatRfc4180Requires() {
    assertThat(rfc(false, "plain", "a,b", "say \"hi\"", "two\nlines", "lone\rcr", "crlf\r\n"))
        .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"lone\rcr\",\"crlf\r\n\"\r\n");
    assertThat(rfc(false, "\"")).isEqualTo("\"\"\"\"\r\n");
    assertThat(rfc(false, "tab\tinside", "semi;colon", "naïve 😀")).isEqualTo("tab\tinside,semi;colon,naïve 😀\r\n");
  }

  @Test
  @DisplayName("R48: any CharSequence is written like the equal String, in both formats")
  void charSequencesAreWrittenLikeStrings() {
    for (CsvFormat format : CsvFormat.values()) {
      StringWriter fromBuilders = new StringWriter();
      StringWriter fromStrings = new StringWriter();
      String[] values = {"plain", "a,b", "say \"hi\"", "two\r\nlines", "=1", "tab\there", ""};
      try (CsvWriter a = CsvWriter.builder().format(format).build(fromBuilders);
          CsvWriter b = CsvWriter.builder().format(format).build(fromStrings)) {
        for (String v : values) {
          a.writeText(new StringBuilder(v));
          b.writeText(v);
        }
        a.endRecord();
        b.endRecord();
      }
      assertThat(fromBuilders).hasToString(fromStrings.toString());
    }
  }

  @Test
  @DisplayName("R48: empty fields are empty, a record of one empty field is \"\" so it is not an empty line")
  void emptyFields() {
    assertThat(rfc(true, "", "", "")).isEqualTo(",,\r\n");
    assertThat(rfc(true, "")).isEqualTo("\"\"\r\n");
    assertThat(rfc(true, (String) null, "x")).isEqualTo(",x\r\n");
  }

  @Test
  @DisplayName("R48: a text cell starting like a formula gets a leading single quote, inside the quotes when quoted")
  void neutralisesFormulas() {
    assertThat(rfc(true, "=1+2", "+44", "-x", "@SUM(A1)", "\tx", "\rx", "\nx", "a=b", "'q"))
        .isEqualTo("'=1+2,'+44,'-x,'@SUM(A1),'\tx,\"'\rx\",\"'\nx\",a=b,'q\r\n");
    assertThat(rfc(true, "=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"\r\n");
    assertThat(rfc(false, "=1+2")).isEqualTo("=1+2\r\n");
  }

  @Test
  @DisplayName("R48: numbers, negative amounts included, are written as they are, in every locale")
  void numbersAreLeftIntact() {
    StringWriter out = new StringWriter();
    try (CsvWriter w = CsvWriter.builder().build(out)) {
      w.writeNumber(-12).writeNumber(new BigDecimal("-3.50")).writeNumber("-0.01")
          .writeNumber(Long.MIN_VALUE).writeNumber(0).writeNumber(new BigDecimal("1E+3")).endRecord();
    }
    assertThat(out).hasToString("-12,-3.50,-0.01,-9223372036854775808,0,1000\r\n");
  }

  @Test
  @DisplayName("R48: the tab-delimited format never quotes and turns tabs and line breaks inside fields into spaces")
  void tabDelimited() {
    StringWriter out = new StringWriter();
    try (CsvWriter w = CsvWriter.builder().format(CsvFormat.TAB_DELIMITED).build(out)) {
      w.writeRecord("a,b", "say \"hi\"", "tab\there", "two\r\nlines", "=x", "");
    }
    assertThat(out).hasToString("a,b\tsay \"hi\"\ttab here\ttwo  lines\t'=x\t\r\n");
  }

  @Test
  @DisplayName("R48: UTF-8 with an optional byte-order mark")
  void utf8AndByteOrderMark() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvWriter w = CsvWriter.builder().byteOrderMark(true).build(bytes)) {
      w.writeRecord("é", "山");
    }
    byte[] expected = ("\uFEFFé,山\r\n").getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.toByteArray()).isEqualTo(expected);
    assertThat(expected).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);

    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (CsvWriter w = CsvWriter.builder().build(plain)) {
      w.writeRecord("é");
    }
    assertThat(plain.toByteArray()).isEqualTo("é\r\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("R48: values longer than the buffer are written whole, quoted or not")
  void valuesLongerThanTheBuffer() {
    String longPlain = "x".repeat(1000);
    String longQuoted = "a\"b,".repeat(300);
    StringWriter out = new StringWriter();
    try (CsvWriter w = CsvWriter.builder().bufferSize(64).build(out)) {
      for (int i = 0; i < 50; i++) {
        w.writeRecord(longPlain, longQuoted, "=" + longPlain);
      }
    }
    String record = longPlain + ",\"" + longQuoted.replace("\"", "\"\"") + "\",'=" + longPlain + "\r\n";
    assertThat(out).hasToString(record.repeat(50));
  }

  @Test
  @DisplayName("R48: a failing output surfaces as UncheckedIOException")
  void ioFailuresAreUnchecked() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void close() throws IOException {
        throw new IOException("gone");
      }
    };
    CsvWriter w = CsvWriter.builder().build(broken);
    w.writeRecord("a");
    assertThatThrownBy(w::flush).isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk full");
    assertThatThrownBy(w::close).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  @DisplayName("R48: a record started field by field must be ended before a whole record is written")
  void recordsDoNotInterleave() {
    CsvWriter w = CsvWriter.builder().build(new StringWriter());
    w.writeText("a");
    assertThatThrownBy(() -> w.writeRecord("b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("call endRecord()");
    assertThat(w.endRecord().records()).isEqualTo(1);
  }

  @Test
  @DisplayName("R48: the writer is streaming: nothing is held beyond its buffer")
  void streamsThroughItsBuffer() {
    StringWriter out = new StringWriter();
    CsvWriter w = CsvWriter.builder().bufferSize(64).build(out);
    for (int i = 0; i < 100; i++) {
      w.writeRecord("0123456789");
    }
    assertThat(out.getBuffer().length()).isGreaterThan(100 * 12 - 64);
    w.close();
    assertThat(out.getBuffer().length()).isEqualTo(100 * 12);
  }
}
