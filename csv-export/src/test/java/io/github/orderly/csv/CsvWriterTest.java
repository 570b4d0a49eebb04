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
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
  private static String write(CsvWriter.Builder builder, String... fields) {
    StringWriter out = new StringWriter();
    try (CsvWriter w = builder.build(out)) {
      w.writeRecord(fields);
    }
    return out.toString();
  }

  private static String rfc(FormulaGuard guard, String... fields) {
    return write(CsvWriter.builder().formulaGuard(guard), fields);
  }

  private static String tab(String... fields) {
    return write(CsvWriter.builder().format(CsvFormat.TAB_DELIMITED), fields);
  }

  @Test
  @DisplayName("R48: comma, quote, CR, LF and a lone CR force quotes; quotes are doubled; records end with CRLF")
  void quotesWhatRfc4180Requires() {
    assertThat(rfc(FormulaGuards.NONE, "plain", "a,b", "say \"hi\"", "two\nlines", "lone\rcr", "crlf\r\n"))
        .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"lone\rcr\",\"crlf\r\n\"\r\n");
    assertThat(rfc(FormulaGuards.NONE, "\"")).isEqualTo("\"\"\"\"\r\n");
    assertThat(rfc(FormulaGuards.NONE, "tab\tinside", "semi;colon", "naïve 😀"))
        .isEqualTo("tab\tinside,semi;colon,naïve 😀\r\n");
  }

  @Test
  @DisplayName("R48: each quote strategy quotes what it says on top of what RFC 4180 requires")
  void quoteStrategies() {
    String[] fields = {"a", "", null, "b,c"};
    assertThat(write(CsvWriter.builder(), fields)).isEqualTo("a,,,\"b,c\"\r\n");
    assertThat(write(CsvWriter.builder().quoteStrategy(QuoteStrategies.REQUIRED), fields)).isEqualTo("a,,,\"b,c\"\r\n");
    assertThat(write(CsvWriter.builder().quoteStrategy(QuoteStrategies.NON_EMPTY), fields))
        .isEqualTo("\"a\",,,\"b,c\"\r\n");
    assertThat(write(CsvWriter.builder().quoteStrategy(QuoteStrategies.EMPTY), fields))
        .isEqualTo("a,\"\",\"\",\"b,c\"\r\n");
    assertThat(write(CsvWriter.builder().quoteStrategy(QuoteStrategies.ALWAYS), fields))
        .isEqualTo("\"a\",\"\",\"\",\"b,c\"\r\n");
    QuoteStrategy secondField = new QuoteStrategy() {
      @Override
      public boolean quotes(int field, CharSequence value) {
        return field == 1;
      }
    };
    assertThat(write(CsvWriter.builder().quoteStrategy(secondField), "x", "=y", "z"))
        .as("a quoted guarded field has its quote inside the quotes").isEqualTo("x,\"'=y\",z\r\n");
    assertThat(QuoteStrategies.ALWAYS).hasToString("ALWAYS");
  }

  @Test
  @DisplayName("R48: the flat file quotes nothing, so it takes no quote strategy but REQUIRED")
  void flatFileRefusesQuoteStrategies() {
    CsvWriter.Builder builder = CsvWriter.builder().format(CsvFormat.TAB_DELIMITED).quoteStrategy(QuoteStrategies.ALWAYS);
    assertThatThrownBy(() -> builder.build(new StringWriter()))
        .isInstanceOf(InvalidCsvException.class)
        .hasMessage("quoteStrategy = 'ALWAYS': the tab-delimited format quotes nothing; use QuoteStrategies.REQUIRED"
            + " or CsvFormat.RFC_4180");
    assertThatThrownBy(() -> CsvWriter.builder().bufferSize(63))
        .isInstanceOf(InvalidCsvException.class).hasMessage("bufferSize = '63': must be at least 64");
  }

  @Test
  @DisplayName("R48: empty fields are empty, a record of one empty field is \"\" so it is not an empty line")
  void emptyFields() {
    assertThat(rfc(FormulaGuards.OWASP, "", "", "")).isEqualTo(",,\r\n");
    assertThat(rfc(FormulaGuards.OWASP, "")).isEqualTo("\"\"\r\n");
    assertThat(rfc(FormulaGuards.OWASP, (String) null, "x")).isEqualTo(",x\r\n");
    assertThat(tab("")).isEqualTo("\"\"\r\n");
    assertThat(tab("", "")).isEqualTo("\t\r\n");
  }

  @Test
  @DisplayName("R48: a text the guard judges a formula gets a leading single quote, inside the quotes when quoted")
  void neutralisesFormulas() {
    assertThat(rfc(FormulaGuards.OWASP, "=1+2", "+44", "-x", "@SUM(A1)", "\tx", "\rx", "\nx", "a=b", "'q"))
        .isEqualTo("'=1+2,'+44,'-x,'@SUM(A1),'\tx,\"'\rx\",\"'\nx\",a=b,'q\r\n");
    assertThat(rfc(FormulaGuards.OWASP, "=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"\r\n");
    assertThat(rfc(FormulaGuards.OWASP, "\u00A0=1", "\uFEFF+1", "\u202E@x", "＝1", "\u0000-1"))
        .isEqualTo("'\u00A0=1,'\uFEFF+1,'\u202E@x,'＝1,'\u0000-1\r\n");
    assertThat(rfc(FormulaGuards.NONE, "=1+2")).isEqualTo("=1+2\r\n");
    FormulaGuard digits = text -> Character.isDigit(text.charAt(0));
    assertThat(rfc(digits, "1", "=1")).as("a guard of one's own").isEqualTo("'1,=1\r\n");
  }

  @Test
  @DisplayName("R48: numbers are never guarded: -12.50 stays -12.50 in every locale")
  void numbersAreLeftIntact() {
    StringWriter out = new StringWriter();
    try (CsvWriter w = CsvWriter.builder().build(out)) {
      w.startRecord().number(-12).number(new BigDecimal("-12.50")).number(Long.MIN_VALUE).number(0)
          .number(new BigDecimal("1E+3")).number(new BigDecimal("-0.005")).number((BigDecimal) null)
          .number(new BigDecimal("1E+70")).text("-12.50").end();
    }
    assertThat(out).hasToString("-12,-12.50,-9223372036854775808,0,1000,-0.005,,1" + "0".repeat(70) + ",'-12.50\r\n");
  }

  @Test
  @DisplayName("R48: the flat file: tabs and line breaks become spaces, ends are trimmed, quotes stay, a leading quote is marked")
  void flatFileRule() {
    assertThat(tab("a,b", "say \"hi\"", "tab\there", "two\r\nlines", "=x", "", "  padded\t", "\"boxed\"", " \"x"))
        .isEqualTo("a,b\tsay \"hi\"\ttab here\ttwo  lines\t'=x\t\tpadded\t'\"boxed\"\t'\"x\r\n");
    assertThat(tab("\t=1", "\n")).as("a guarded field is trimmed too; a field of white space is empty")
        .isEqualTo("'=1\t\r\n");
    assertThat(write(CsvWriter.builder().format(CsvFormat.TAB_DELIMITED).formulaGuard(FormulaGuards.NONE), "\"q", "=1"))
        .as("the leading-quote mark is the format's, not the guard's").isEqualTo("'\"q\t=1\r\n");
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
  @DisplayName("R48: a lone surrogate is refused, its record dropped whole, the records before it kept, the writer usable")
  void loneSurrogatesAreRefused() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CsvWriter w = CsvWriter.builder().build(bytes);
    w.writeRecord("before", "😀 pair");
    assertThatThrownBy(() -> w.startRecord().text("dropped").text("a\uD83Db").end())
        .isInstanceOfSatisfying(UnencodableTextException.class, e -> {
          assertThat(e.field()).isEqualTo("field 1 of record 2");
          assertThat(e.value()).isEqualTo("a\\uD83Db");
          assertThat(e.index()).isEqualTo(1);
        })
        .hasMessage("field 1 of record 2 = 'a\\uD83Db': holds a lone surrogate U+D83D at index 1, which no Unicode"
            + " encoding can write; nothing of this record was written");
    assertThatThrownBy(() -> w.writeRecord("\uDE00")).isInstanceOf(UnencodableTextException.class);
    assertThatThrownBy(() -> w.writeRecord("x\uD83D")).isInstanceOf(UnencodableTextException.class);
    w.writeRecord("after");
    w.close();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("before,😀 pair\r\nafter\r\n").doesNotContain("?");
  }

  @Test
  @DisplayName("R48: values and records longer than the buffer are written whole, quoted or not")
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
  @DisplayName("R48: a record started field by field must be ended before another; one left open is not written")
  void recordsDoNotInterleave() {
    StringWriter out = new StringWriter();
    CsvWriter w = CsvWriter.builder().build(out);
    CsvWriter.Record record = w.startRecord().text("a");
    assertThatThrownBy(() -> w.writeRecord("b"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("call end() on it first");
    assertThat(record.end().records()).isEqualTo(1);
    assertThatThrownBy(() -> record.text("late"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("call startRecord()");
    w.startRecord().text("open");
    assertThatThrownBy(w::close).isInstanceOf(IllegalStateException.class).hasMessageContaining("not written");
    assertThat(out).hasToString("a\r\n");
  }

  @Test
  @DisplayName("R48: the writer streams: only whole records reach the output, nothing is held beyond its buffer")
  void streamsWholeRecordsThroughItsBuffer() {
    List<Integer> writes = new java.util.ArrayList<>();
    StringWriter out = new StringWriter() {
      @Override
      public void write(char[] cbuf, int off, int len) {
        writes.add(len);
        super.write(cbuf, off, len);
      }
    };
    CsvWriter w = CsvWriter.builder().bufferSize(64).build(out);
    for (int i = 0; i < 100; i++) {
      w.writeRecord("0123456789");
    }
    assertThat(out.getBuffer().length()).isGreaterThan(100 * 12 - 64);
    w.close();
    assertThat(out.getBuffer().length()).isEqualTo(100 * 12);
    assertThat(writes).allSatisfy(n -> assertThat(n % 12).isZero());
  }
}
