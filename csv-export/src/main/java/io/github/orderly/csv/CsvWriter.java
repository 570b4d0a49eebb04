package io.github.orderly.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A streaming CSV writer: records go through a fixed buffer of its own to a {@link Writer} or an
 * {@link OutputStream} the caller supplies, so that an export of any size needs only the buffer's
 * memory (R48).
 *
 * <p>Build one with {@link #builder()}. A record is written either at once with
 * {@link #writeRecord(String...)}, or field by field ({@link #writeText}, {@link #writeNumber(long)},
 * {@link #writeEmpty()} ...) followed by {@link #endRecord()}. Every record ends with CR LF.
 *
 * <h2>Text and numbers</h2>
 * A <em>text</em> field is where formula-injection protection applies (R48): when it is on (the
 * default), a text value that a spreadsheet would run as a formula, because it starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab, a CR or an LF, is written with a single quote ({@code '})
 * in front of it; spreadsheets show such a cell as text. A <em>number</em> field is written as it is,
 * so that {@code -12.50} stays a negative amount. Only values that are numbers belong in a number
 * field: the writer does not check.
 *
 * <p>How a value that holds a delimiter, a quote or a line break is written depends on the
 * {@link CsvFormat}: quoted in {@link CsvFormat#RFC_4180}, flattened in
 * {@link CsvFormat#TAB_DELIMITED}. A {@code null} value is written as an empty field. A record of one
 * empty field is written as {@code ""} in RFC 4180, so that it is not read as an empty line.
 *
 * <h2>Output</h2>
 * Given an {@link OutputStream}, the writer encodes UTF-8; given a {@link Writer}, the writer's own
 * encoding applies. With {@link Builder#byteOrderMark(boolean)} the first character written is the
 * byte-order mark U+FEFF, which spreadsheet programs use to recognise UTF-8. Nothing reaches the
 * output before the buffer fills or {@link #flush()} or {@link #close()} is called. A failure of the
 * output surfaces as an {@link UncheckedIOException}.
 *
 * <p>A writer is not safe for use by several threads at once.
 */
public final class CsvWriter implements Closeable, Flushable {
  private static final char QUOTE = '"';
  private static final char FORMULA_GUARD = '\'';
  /** Bit c set for each char c below 64 that forces quotes in RFC 4180: LF, CR, double quote, comma. */
  private static final long RFC_SPECIAL = 1L << '\n' | 1L << '\r' | 1L << '"' | 1L << ',';
  /** Bit c set for each char c below 64 that the tab-delimited format replaces: tab, LF, CR. */
  private static final long TAB_SPECIAL = 1L << '\t' | 1L << '\n' | 1L << '\r';
  /** Values up to this length are copied and checked in one loop; longer ones in bulk. */
  private static final int SHORT = 16;

  private final Writer out;
  private final char[] buf;
  private final char delimiter;
  private final boolean rfc;
  private final boolean formulaProtection;
  private int pos;
  private int fields;
  private boolean firstFieldEmpty;
  private long records;
  private boolean closed;

  private CsvWriter(Writer out, Builder b) {
    this.out = out;
    this.buf = new char[b.bufferSize];
    this.delimiter = b.format.delimiter();
    this.rfc = b.format == CsvFormat.RFC_4180;
    this.formulaProtection = b.formulaProtection;
    if (b.byteOrderMark) {
      buf[pos++] = '\uFEFF';
    }
  }

  /** Returns a builder with the defaults: RFC 4180, no byte-order mark, formula protection on. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes a whole record of text fields.
   *
   * @param values the fields; a {@code null} one is written empty
   * @return this writer
   * @throws IllegalStateException if a record was started field by field and not ended
   * @throws UncheckedIOException if the output fails
   */
  public CsvWriter writeRecord(String... values) {
    requireRecordStart();
    for (String value : values) {
      stringField(value, formulaProtection);
    }
    return endRecord();
  }

  /**
   * Writes a whole record of text fields.
   *
   * @param values the fields; a {@code null} one is written empty
   * @return this writer
   * @throws IllegalStateException if a record was started field by field and not ended
   * @throws UncheckedIOException if the output fails
   */
  public CsvWriter writeRecord(Iterable<? extends CharSequence> values) {
    requireRecordStart();
    for (CharSequence value : values) {
      writeText(value);
    }
    return endRecord();
  }

  /**
   * Writes a text field of the current record, neutralising a formula when protection is on.
   *
   * @param value the text; {@code null} is written as an empty field
   * @return this writer
   * @throws UncheckedIOException if the output fails
   */
  public CsvWriter writeText(CharSequence value) {
    return value(value, formulaProtection);
  }

  /**
   * Writes a number field of the current record, given as text, exactly as it is (no formula
   * protection). Only for text that is a number, such as {@code "-12.50"}.
   *
   * @param number the number's text; {@code null} is written as an empty field
   * @return this writer
   * @throws UncheckedIOException if the output fails
   */
  public CsvWriter writeNumber(CharSequence number) {
    return value(number, false);
  }

  /** Writes one field, taking the fast path for a {@code String}. */
  private CsvWriter value(CharSequence value, boolean protect) {
    if (value instanceof String) {
      stringField((String) value, protect);
    } else {
      field(value, protect);
    }
    return this;
  }

  /**
   * Writes a whole number as a field of the current record, in plain ASCII digits whatever the locale.
   *
   * @param number the number
   * @return this writer
   * @throws UncheckedIOException if the output fails
   */
  public CsvWriter writeNumber(long number) {
    separate();
    if (buf.length - pos < 20) {
      drain();
    }
    if (number == Long.MIN_VALUE) {
      String text = Long.toString(number);
      text.getChars(0, text.length(), buf, pos);
      pos += text.length();
      return this;
    }
    long n = number;
    if (n < 0) {
      buf[pos++] = '-';
      n = -n;
    }
    int digits = 1;
    for (long t = n; t >= 10; t /= 10) {
      digits++;
    }
    int end = pos + digits;
    for (int i = end - 1; i >= pos; i--) {
      buf[i] = (char) ('0' + (int) (n % 10));
      n /= 10;
    }
    pos = end;
    return this;
  }

  /**
   * Writes a decimal number as a field of the current record, in plain notation (never with an
   * exponent) whatever the locale: {@code 12.50}, {@code -3}, {@code 1000}.
   *
   * @param number the number; {@code null} is written as an empty field
   * @return this writer
   * @throws UncheckedIOException if the output fails
   */
  public CsvWriter writeNumber(BigDecimal number) {
    stringField(number == null ? null : number.toPlainString(), false);
    return this;
  }

  /**
   * Writes an empty field of the current record.
   *
   * @return this writer
   * @throws UncheckedIOException if the output fails
   */
  public CsvWriter writeEmpty() {
    field(null, false);
    return this;
  }

  /**
   * Ends the current record with CR LF. A record with no field written is an empty line.
   *
   * @return this writer
   * @throws UncheckedIOException if the output fails
   */
  public CsvWriter endRecord() {
    if (buf.length - pos < 4) {
      drain();
    }
    if (fields == 1 && firstFieldEmpty && rfc) {
      buf[pos++] = QUOTE;
      buf[pos++] = QUOTE;
    }
    buf[pos++] = '\r';
    buf[pos++] = '\n';
    fields = 0;
    firstFieldEmpty = false;
    records++;
    return this;
  }

  /** Returns how many records were ended so far, a header row included. */
  public long records() {
    return records;
  }

  /**
   * Writes what is buffered to the output and flushes it.
   *
   * @throws UncheckedIOException if the output fails
   */
  @Override
  public void flush() {
    drain();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not flush the CSV output", e);
    }
  }

  /**
   * Writes what is buffered and closes the output. Closing twice has no further effect.
   *
   * @throws UncheckedIOException if the output fails
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    try {
      drain();
    } finally {
      closed = true;
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException("could not close the CSV output", e);
      }
    }
  }

  /**
   * Writes a decimal given as unscaled digits and a scale, as {@link BigDecimal#toPlainString()}
   * would ({@code -1234, 2} is {@code -12.34}; {@code 5, 3} is {@code 0.005}), without making a
   * string. The unscaled value must not be {@code Long.MIN_VALUE}; the scale is 0 to 18.
   */
  void writeDecimal(long unscaled, int scale) {
    separate();
    if (buf.length - pos < 42) {
      drain();
    }
    char[] b = buf;
    int p = pos;
    long n = unscaled;
    if (n < 0) {
      b[p++] = '-';
      n = -n;
    }
    int digits = 1;
    for (long t = n; t >= 10; t /= 10) {
      digits++;
    }
    int width = Math.max(digits, scale + 1) + (scale > 0 ? 1 : 0);
    int end = p + width;
    int i = end - 1;
    for (int d = 0; d < scale; d++) {
      b[i--] = (char) ('0' + (int) (n % 10));
      n /= 10;
    }
    if (scale > 0) {
      b[i--] = '.';
    }
    do {
      b[i--] = (char) ('0' + (int) (n % 10));
      n /= 10;
    } while (n > 0);
    pos = end;
  }

  /** Writes chars that need no quoting or protection (digits, dates) as one field. */
  void writeRaw(char[] chars, int length) {
    separate();
    if (buf.length - pos < length) {
      drain();
    }
    System.arraycopy(chars, 0, buf, pos, length);
    pos += length;
  }

  private void requireRecordStart() {
    if (fields != 0) {
      throw new IllegalStateException("a record was started with " + fields
          + " field(s) and not ended: call endRecord() before writeRecord()");
    }
  }

  private void separate() {
    if (fields++ > 0) {
      if (pos == buf.length) {
        drain();
      }
      buf[pos++] = delimiter;
    }
  }

  /**
   * The hot path: copies the value into the buffer and checks it for the chars that need quoting;
   * a short value char by char in one pass, a longer one with one bulk copy and the JDK's vectorised
   * {@code indexOf}. Only a value that needs quoting (rare) is written again, by {@link #quoted}.
   */
  private void stringField(String value, boolean protect) {
    if (fields++ > 0) {
      if (pos == buf.length) {
        drain();
      }
      buf[pos++] = delimiter;
    }
    int len = value == null ? 0 : value.length();
    if (len == 0) {
      if (fields == 1) {
        firstFieldEmpty = true;
      }
      return;
    }
    boolean guard = protect && isFormulaStart(value.charAt(0));
    if (len + 1 > buf.length - pos) {
      drain();
      if (len + 1 > buf.length) {
        slowField(value, guard);
        return;
      }
    }
    char[] b = buf;
    int start = pos;
    int from = start;
    if (guard) {
      b[from++] = FORMULA_GUARD;
    }
    int end = from + len;
    boolean special;
    if (len <= SHORT) {
      // Copy and check in one pass, without a branch per char.
      long mask = rfc ? RFC_SPECIAL : TAB_SPECIAL;
      long hits = 0;
      for (int i = 0; i < len; i++) {
        char c = value.charAt(i);
        b[from + i] = c;
        hits |= (mask >>> c) & ((c - 64) >>> 31);
      }
      special = hits != 0;
    } else {
      value.getChars(0, len, b, from);
      special = hasSpecial(value);
    }
    if (special) {
      if (rfc) {
        pos = start;
        quoted(value, guard);
        return;
      }
      for (int i = from; i < end; i++) {
        char c = b[i];
        if (c == '\t' || c == '\n' || c == '\r') {
          b[i] = ' ';
        }
      }
    }
    pos = end;
  }

  /** Longer values: the JDK's vectorised {@code indexOf}, once per special char. */
  private boolean hasSpecial(String value) {
    return value.indexOf(delimiter) >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
        || (rfc && value.indexOf(QUOTE) >= 0);
  }

  /** The path of a text that is not a {@code String} (a {@code StringBuilder}, say). */
  private void field(CharSequence value, boolean protect) {
    separate();
    int len = value == null ? 0 : value.length();
    if (len == 0) {
      if (fields == 1) {
        firstFieldEmpty = true;
      }
      return;
    }
    boolean guard = protect && isFormulaStart(value.charAt(0));
    // Fast path: copy the value into the buffer at once, then scan the copy for special characters.
    if (len + 1 > buf.length - pos) {
      drain();
      if (len + 1 > buf.length) {
        slowField(value, guard);
        return;
      }
    }
    int start = pos;
    int from = guard ? start + 1 : start;
    if (guard) {
      buf[start] = FORMULA_GUARD;
    }
    if (value instanceof String) {
      ((String) value).getChars(0, len, buf, from);
    } else {
      for (int i = 0; i < len; i++) {
        buf[from + i] = value.charAt(i);
      }
    }
    int end = from + len;
    char[] b = buf;
    if (rfc) {
      for (int i = from; i < end; i++) {
        char c = b[i];
        if (c <= ',' && (c == ',' || c == QUOTE || c == '\n' || c == '\r')) {
          pos = start;
          slowField(value, guard);
          return;
        }
      }
    } else {
      for (int i = from; i < end; i++) {
        char c = b[i];
        if (c <= '\r' && (c == '\t' || c == '\n' || c == '\r')) {
          b[i] = ' ';
        }
      }
    }
    pos = end;
  }

  /** Writes a value that needs quotes: copies the runs between double quotes in bulk. */
  private void quoted(String value, boolean guard) {
    int len = value.length();
    if (2 * len + 3 > buf.length - pos) {
      drain();
      if (2 * len + 3 > buf.length) {
        slowField(value, guard);
        return;
      }
    }
    char[] b = buf;
    int p = pos;
    b[p++] = QUOTE;
    if (guard) {
      b[p++] = FORMULA_GUARD;
    }
    int from = 0;
    for (int q = value.indexOf(QUOTE); q >= 0; q = value.indexOf(QUOTE, from)) {
      value.getChars(from, q + 1, b, p);
      p += q + 1 - from;
      b[p++] = QUOTE;
      from = q + 1;
    }
    value.getChars(from, len, b, p);
    p += len - from;
    b[p++] = QUOTE;
    pos = p;
  }

  /** Writes a field that needs quoting (RFC 4180) or does not fit the buffer, one char at a time. */
  private void slowField(CharSequence value, boolean guard) {
    boolean quote = rfc && needsQuotes(value);
    if (quote) {
      put(QUOTE);
    }
    if (guard) {
      put(FORMULA_GUARD);
    }
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (rfc) {
        if (c == QUOTE) {
          put(QUOTE);
        }
        put(c);
      } else {
        put(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
      }
    }
    if (quote) {
      put(QUOTE);
    }
  }

  private boolean needsQuotes(CharSequence value) {
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (c == delimiter || c == QUOTE || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  private void put(char c) {
    if (pos == buf.length) {
      drain();
    }
    buf[pos++] = c;
  }

  static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
  }

  private void drain() {
    if (closed) {
      throw new IllegalStateException("the CSV writer is closed");
    }
    if (pos == 0) {
      return;
    }
    try {
      out.write(buf, 0, pos);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the CSV output", e);
    }
    pos = 0;
  }

  /**
   * Configures a {@link CsvWriter}. Defaults: {@link CsvFormat#RFC_4180}, no byte-order mark, formula
   * protection on, a buffer of 16,384 characters.
   */
  public static final class Builder {
    private CsvFormat format = CsvFormat.RFC_4180;
    private boolean byteOrderMark;
    private boolean formulaProtection = true;
    private int bufferSize = 16_384;

    private Builder() {}

    /**
     * Sets the format.
     *
     * @param format comma-separated RFC 4180 or tab-delimited
     * @return this builder
     */
    public Builder format(CsvFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Sets whether the output starts with the byte-order mark U+FEFF (for spreadsheet programs).
     *
     * @param byteOrderMark true to write it
     * @return this builder
     */
    public Builder byteOrderMark(boolean byteOrderMark) {
      this.byteOrderMark = byteOrderMark;
      return this;
    }

    /**
     * Sets whether text fields that start like a formula are neutralised (R48); on by default.
     *
     * @param formulaProtection false to write text exactly as given
     * @return this builder
     */
    public Builder formulaProtection(boolean formulaProtection) {
      this.formulaProtection = formulaProtection;
      return this;
    }

    /**
     * Sets the size of the writer's buffer in characters.
     *
     * @param bufferSize at least 64
     * @return this builder
     * @throws IllegalArgumentException if the size is below 64
     */
    public Builder bufferSize(int bufferSize) {
      if (bufferSize < 64) {
        throw new IllegalArgumentException("bufferSize = '" + bufferSize + "': must be at least 64");
      }
      this.bufferSize = bufferSize;
      return this;
    }

    /**
     * Builds a writer to the given character stream. Closing the writer closes it.
     *
     * @param out where the CSV goes
     * @return the writer
     */
    public CsvWriter build(Writer out) {
      return new CsvWriter(Objects.requireNonNull(out, "out"), this);
    }

    /**
     * Builds a writer that encodes UTF-8 to the given byte stream. Closing the writer closes it.
     *
     * @param out where the CSV goes
     * @return the writer
     */
    public CsvWriter build(OutputStream out) {
      return new CsvWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8), this);
    }
  }
}
