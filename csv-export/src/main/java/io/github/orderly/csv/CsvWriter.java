package io.github.orderly.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A streaming CSV writer (R48): records go through a buffer to a {@link Writer} or an
 * {@link OutputStream} the caller supplies, so that an output of any size needs only the buffer, or
 * the longest record if that is longer.
 *
 * <pre>{@code
 * try (CsvWriter csv = CsvWriter.builder().byteOrderMark(true).build(outputStream)) {
 *   csv.writeRecord("Order ID", "Note", "Amount");
 *   csv.startRecord().text("112-1").text("=1+1").number(new BigDecimal("-12.50")).end();
 * }
 * // Order ID,Note,Amount
 * // 112-1,'=1+1,-12.50
 * }</pre>
 *
 * <h2>Fields</h2>
 * A record is written whole with {@link #writeRecord(String...)} (every field text), or field by field
 * through {@link #startRecord()}. Every field takes one path: its value is copied into the buffer and
 * its characters classified (a short value in the same loop, a longer one after a bulk copy; a number
 * or an instant the writer formats itself holds only ASCII digits and signs, and needs no
 * classifying); only a value that holds a character the format cannot carry as it is (rare) is written
 * a second time, escaped. A <em>text</em> field is where the {@link FormulaGuard} applies: a
 * text it judges a formula is written with a single quote in front. A <em>number</em> field
 * ({@link Record#number(long)}, {@link Record#number(BigDecimal)}) is written as it is, in ASCII digits
 * whatever the locale, so that {@code -12.50} stays a negative amount. {@code null} is an empty field.
 * How a value with a delimiter, a quote or a line break is written is the {@link CsvFormat}'s rule.
 *
 * <h2>Text that cannot be encoded</h2>
 * A text field with a lone surrogate (half of a UTF-16 pair) is refused with
 * {@link UnencodableTextException}: the record it belongs to is dropped before a character of it
 * reaches the output, the records before it stand, and the writer can go on with the next record.
 *
 * <h2>Output</h2>
 * Given an {@link OutputStream}, the writer encodes UTF-8 itself, into a byte buffer: a plain text field
 * of any length is classified and encoded in the one loop, a field that must be quoted is quoted straight
 * into the bytes, and the rest (numbers, guarded or escaped fields, surrogate pairs) is written as chars
 * and then encoded; a surrogate pair becomes one four-byte sequence, and a lone surrogate is refused as
 * above, never written as {@code ?}. Given a {@link Writer}, the writer's own encoding applies. Records
 * reach the output whole, when the buffer fills or on {@link #flush()} or
 * {@link #close()}. With {@link Builder#byteOrderMark(boolean)} the first character is U+FEFF, which
 * spreadsheet programs use to recognise UTF-8. A failure of the output surfaces as an
 * {@link UncheckedIOException}.
 *
 * <p>A writer is not thread-safe; use one per output.
 */
public final class CsvWriter implements Closeable, Flushable {
  private static final char QUOTE = '"';
  private static final char GUARD = '\'';
  private static final int NO_LONE_SURROGATE = -1;
  /** Values up to this length are copied and classified in one loop; longer ones copied in bulk first. */
  private static final int SHORT = 24;

  private final CsvBuffer out;
  /** The byte buffer when the output is an {@link OutputStream}: {@code out.sink}; null for a {@link Writer}. */
  private final Utf8Sink bytes;
  private final boolean rfc;
  private final char delimiter;
  private final int special;
  /** What sends a short string off the fast path: the format's specials, surrogates, a leading quote. */
  private final int fastMask;
  /**
   * What sends a short text off the fast path when its first char has it: a char after which the
   * default guard must look further, and in the flat file white space, which the format trims.
   */
  private final int firstTextMask;
  /** The same for a short string that is not text: white space in the flat file. */
  private final int firstPlainMask;
  /** Whether the guard is one of the host's own, which is asked about every text. */
  private final boolean ownGuard;
  private final QuoteStrategy quoting;
  private final boolean optionalQuotes;
  private final FormulaGuard guard;
  private final Record record = new Record();
  private final Chars digits = new Chars();
  /** Fields written in the current record. */
  private int fields;
  /** Whether the first field of the current record was written as nothing. */
  private boolean firstEmpty;
  /** Whether a record was started with {@link #startRecord()} and not ended. */
  private boolean started;
  private long records;

  private CsvWriter(CsvBuffer out, Builder b) {
    this.out = out;
    this.bytes = out.sink;
    this.rfc = b.format == CsvFormat.RFC_4180;
    this.delimiter = b.format.delimiter();
    this.special = rfc ? CharClasses.RFC_SPECIAL : CharClasses.TAB_SPECIAL;
    this.fastMask = special | CharClasses.SURROGATE | (rfc ? 0 : CharClasses.QUOTE);
    this.quoting = b.quoting;
    this.optionalQuotes = b.quoting != QuoteStrategies.REQUIRED;
    this.guard = b.guard;
    this.firstPlainMask = rfc ? 0 : CharClasses.WHITE_SPACE;
    this.firstTextMask = firstPlainMask | (b.guard == FormulaGuards.OWASP ? CharClasses.SUSPECT : 0);
    this.ownGuard = b.guard != FormulaGuards.OWASP && b.guard != FormulaGuards.NONE;
    if (b.byteOrderMark) {
      this.out.put('\uFEFF');
      this.out.endRecord();
    }
  }

  /**
   * Returns a builder with the defaults: RFC 4180, {@link QuoteStrategies#REQUIRED},
   * {@link FormulaGuards#OWASP}, no byte-order mark, a buffer of 16,384 characters.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes a whole record of text fields.
   *
   * @param values the fields; a {@code null} one is written empty
   * @return this writer
   * @throws IllegalStateException if a record was started with {@link #startRecord()} and not ended
   * @throws UnencodableTextException if a value holds a lone surrogate; nothing of the record is written
   * @throws UncheckedIOException if the output fails
   */
  public CsvWriter writeRecord(String... values) {
    requireNoRecord();
    if (bytes == null) {
      recordChars(values);
    } else {
      recordBytes(values);
    }
    return this;
  }

  /**
   * {@link #writeRecord(String...)} in front of a {@link Writer}: each short field as
   * {@link #plain(String, boolean)} writes it, in one loop over the record that keeps the buffer and the
   * position in locals; any other field goes through {@link #value} as before, and the loop goes on
   * after it.
   */
  private void recordChars(String[] values) {
    CsvBuffer b = out;
    char[] c = b.chars;
    int p = b.pos;
    int n = values.length;
    int first = firstTextMask;
    boolean plainOnly = !optionalQuotes && !ownGuard;
    for (int f = 0; f < n; f++) {
      String value = values[f];
      int len;
      if (plainOnly && value != null && (len = value.length()) != 0 && len <= SHORT) {
        if (c.length - p <= len) {
          b.pos = p;
          b.reserve(len + 1);
          c = b.chars;
          p = b.pos;
        }
        int from = f == 0 ? p : p + 1;
        int flags = CharClasses.copy(value, len, c, from);
        if ((flags & fastMask) == 0
            && (CharClasses.of(c[from]) & first) == 0
            && (rfc || (CharClasses.of(c[from + len - 1]) & CharClasses.WHITE_SPACE) == 0)) {
          if (f != 0) {
            c[p] = delimiter;
          }
          p = from + len;
          continue;
        }
      }
      b.pos = p;
      fields = f;
      value(value, true);
      c = b.chars;
      p = b.pos;
    }
    b.pos = p;
    fields = n;
    end();
  }

  /**
   * {@link #writeRecord(String...)} in front of an {@link OutputStream}: each field as
   * {@link #plainBytes} writes it, in one loop over the record that keeps the byte buffer and the
   * position in locals (no per-field trip through the writer's and the sink's fields); a field that
   * needs the general path goes through {@link #value} as before, and the loop goes on after it.
   */
  private void recordBytes(String[] values) {
    Utf8Sink s = bytes;
    out.transfer();
    byte[] c = s.bytes;
    int p = s.pos;
    int n = values.length;
    int first = firstTextMask;
    boolean plainOnly = !optionalQuotes && !ownGuard;
    for (int f = 0; f < n; f++) {
      String value = values[f];
      int len;
      if (plainOnly && value != null && (len = value.length()) != 0) {
        if (c.length - p < 3 * len + 5) {
          s.pos = p;
          s.reserve(3 * len + 5);
          c = s.bytes;
          p = s.pos;
        }
        int from = f == 0 ? p : p + 1;
        long encoded = CharClasses.encode(value, len, c, from);
        int flags = (int) (encoded >>> 32);
        int end = (int) encoded;
        if ((CharClasses.of(value.charAt(0)) & first) == 0
            && (rfc || (CharClasses.of(value.charAt(len - 1)) & CharClasses.WHITE_SPACE) == 0)) {
          if ((flags & fastMask) == 0) {
            if (f != 0) {
              c[p] = (byte) delimiter;
            }
            p = end;
            continue;
          }
          if (rfc && (flags & fastMask) == CharClasses.RFC_SPECIAL) {
            if (f != 0) {
              c[p] = (byte) delimiter;
            }
            p = quotedBytes(value, len, c, from);
            continue;
          }
        }
      }
      s.pos = p;
      fields = f;
      value(value, true);
      out.transfer();
      c = s.bytes;
      p = s.pos;
    }
    s.pos = p;
    fields = n;
    end();
  }

  /**
   * Writes a whole record of text fields.
   *
   * @param values the fields; a {@code null} one is written empty
   * @return this writer
   * @throws IllegalStateException if a record was started with {@link #startRecord()} and not ended
   * @throws UnencodableTextException if a value holds a lone surrogate; nothing of the record is written
   * @throws UncheckedIOException if the output fails
   */
  public CsvWriter writeRecord(Iterable<? extends CharSequence> values) {
    requireNoRecord();
    for (CharSequence value : values) {
      text(value);
    }
    end();
    return this;
  }

  /**
   * Starts a record to be written field by field, and returns it; {@link Record#end()} ends it. The
   * record object is the writer's own, one per writer.
   *
   * @return the record
   * @throws IllegalStateException if a record was started and not ended
   */
  public Record startRecord() {
    requireNoRecord();
    started = true;
    return record;
  }

  /** Returns how many records were ended so far, a header row included. */
  public long records() {
    return records;
  }

  /**
   * Writes the ended records to the output and flushes it. A record started and not ended stays in
   * the buffer.
   *
   * @throws UncheckedIOException if the output fails
   */
  @Override
  public void flush() {
    out.flush();
  }

  /**
   * Writes the ended records and closes the output. Closing twice has no further effect.
   *
   * @throws IllegalStateException if a record was started and not ended: it is dropped, and the output
   *     is closed all the same
   * @throws UncheckedIOException if the output fails
   */
  @Override
  public void close() {
    boolean open = started || out.inRecord();
    out.close();
    if (open) {
      started = false;
      throw new IllegalStateException("a record was started and not ended: it was not written");
    }
  }

  /**
   * A record being written field by field: the writer's own object, handed out by
   * {@link CsvWriter#startRecord()}. Not thread-safe.
   */
  public final class Record {
    private Record() {}

    /**
     * Writes a text field: the formula guard applies.
     *
     * @param value the text; {@code null} is an empty field
     * @return this record
     * @throws UnencodableTextException if the text holds a lone surrogate; the record is dropped
     * @throws UncheckedIOException if the output fails
     */
    public Record text(CharSequence value) {
      requireStarted();
      CsvWriter.this.text(value);
      return this;
    }

    /**
     * Writes a whole number in ASCII digits.
     *
     * @param number the number
     * @return this record
     * @throws UncheckedIOException if the output fails
     */
    public Record number(long number) {
      requireStarted();
      CsvWriter.this.number(number);
      return this;
    }

    /**
     * Writes a decimal in plain notation, never with an exponent, as
     * {@link BigDecimal#toPlainString()} does: {@code 12.50}, {@code -3}, {@code 1000}.
     *
     * @param number the number; {@code null} is an empty field
     * @return this record
     * @throws UncheckedIOException if the output fails
     */
    public Record number(BigDecimal number) {
      requireStarted();
      CsvWriter.this.number(number);
      return this;
    }

    /**
     * Writes an empty field.
     *
     * @return this record
     * @throws UncheckedIOException if the output fails
     */
    public Record empty() {
      requireStarted();
      emptyField();
      return this;
    }

    /**
     * Ends the record with CR LF. A record with no field is an empty line.
     *
     * @return the writer
     * @throws UncheckedIOException if the output fails
     */
    public CsvWriter end() {
      requireStarted();
      CsvWriter.this.end();
      return CsvWriter.this;
    }

    private void requireStarted() {
      if (!started) {
        throw new IllegalStateException("the record was ended: call startRecord() for the next one");
      }
    }
  }

  /** Returns the writer's record object, whether a record is started or not. */
  Record record() {
    return record;
  }

  /** Drops the record being written, if any: nothing of it reaches the output. */
  void discardRecord() {
    out.discardRecord();
    fields = 0;
    firstEmpty = false;
    started = false;
  }

  /** Writes a text field: the fast case inline, any other through {@link #value}. */
  void text(CharSequence value) {
    if (bytes != null) {
      if (!(value instanceof String s && plainBytes(s, true))) {
        value(value, true);
      }
    } else if (!(value instanceof String s && plain(s, true))) {
      value(value, true);
    }
  }

  /**
   * Writes a whole number in ASCII digits, as {@link Record#number(long)} does: in the common case
   * straight into the buffer (digits need no classifying, see {@link #copied(Chars)}).
   */
  void number(long number) {
    CsvBuffer b = out;
    char[] c = b.chars;
    int p = b.pos;
    if (optionalQuotes || c.length - p <= Chars.MAX_WRITTEN || number == Long.MIN_VALUE) {
      plain(digits.ofLong(number));
      return;
    }
    if (fields++ > 0) {
      c[p++] = delimiter;
    }
    b.pos = Chars.write(number, c, p);
  }

  /**
   * Writes a decimal in plain notation, as {@link Record#number(BigDecimal)} does, null as an empty
   * field: in the common case, an amount, straight into the buffer.
   */
  void number(BigDecimal number) {
    if (number == null) {
      value(null, false);
      return;
    }
    CsvBuffer b = out;
    char[] c = b.chars;
    int p = b.pos;
    if (!optionalQuotes && c.length - p > Chars.MAX_WRITTEN) {
      int from = fields == 0 ? p : p + 1;
      int end = Chars.write(number, c, from);
      if (end >= 0) {
        if (from != p) {
          c[p] = delimiter;
        }
        fields++;
        b.pos = end;
        return;
      }
    }
    plain(digits.ofDecimal(number));
  }

  /** Writes an empty field, as {@link Record#empty()} does. */
  void emptyField() {
    value(null, false);
  }

  /** Writes a number, an instant or another value that is not text: the formula guard does not apply. */
  void plain(CharSequence value) {
    if (!(value instanceof Chars s && copied(s))) {
      value(value, false);
    }
  }

  /**
   * The common case of a number or an instant formatted into {@link Chars}: as
   * {@link #plain(String, boolean)}, without classifying the chars. Only this package formats into
   * {@link Chars}, and only ASCII digits, signs, {@code .}, {@code :}, {@code T} and {@code Z}: never a
   * char the format must quote or change, a surrogate or white space. Returns false, having written
   * nothing, when the value needs the general path (quotes by strategy, no room left in the buffer).
   * Not named {@code plain}: an overload taking {@link Chars} would be chosen over
   * {@link #plain(CharSequence)} for a {@link Chars} argument, and its result ignored.
   */
  private boolean copied(Chars value) {
    int len = value.length;
    CsvBuffer b = out;
    char[] c = b.chars;
    int p = b.pos;
    if (len == 0 || c.length - p <= len || optionalQuotes) {
      return false;
    }
    int from = fields == 0 ? p : p + 1;
    System.arraycopy(value.chars, 0, c, from, len);
    if (from != p) {
      c[p] = delimiter;
    }
    fields++;
    b.pos = from + len;
    return true;
  }

  /** Ends the record in progress, whichever way it was written. */
  void end() {
    if (bytes != null) {
      endBytes();
    } else {
      endChars();
    }
    fields = 0;
    firstEmpty = false;
    started = false;
    records++;
  }

  /** The end of a record in front of a {@link Writer}: {@code ""} if its one field was empty, then CRLF. */
  private void endChars() {
    CsvBuffer b = out;
    b.reserve(4);
    char[] c = b.chars;
    int p = b.pos;
    if (fields == 1 && firstEmpty) {
      c[p++] = QUOTE;
      c[p++] = QUOTE;
    }
    c[p++] = '\r';
    c[p++] = '\n';
    b.pos = p;
    b.endRecord();
  }

  /** {@link #endChars()} in front of an {@link OutputStream}: the record's chars, if any, then the end in bytes. */
  private void endBytes() {
    out.transfer();
    Utf8Sink s = bytes;
    s.reserve(4);
    byte[] c = s.bytes;
    int p = s.pos;
    if (fields == 1 && firstEmpty) {
      c[p++] = QUOTE;
      c[p++] = QUOTE;
    }
    c[p++] = '\r';
    c[p++] = '\n';
    s.pos = p;
    s.endRecord();
  }

  /**
   * The one field path: separator, copy and classify, then either done (nearly always) or the value
   * written again escaped.
   */
  private void value(CharSequence value, boolean text) {
    int field = fields++;
    CsvBuffer b = out;
    if (field > 0) {
      b.put(delimiter);
    }
    int len = value == null ? 0 : value.length();
    if (len == 0) {
      empty(field);
      return;
    }
    boolean guarded = text && guards(value);
    b.reserve(len + 1);
    char[] c = b.chars;
    int start = b.pos;
    int from = guarded ? start + 1 : start;
    int end = from + len;
    int classes;
    if (len <= SHORT && value instanceof String s) {
      classes = CharClasses.copy(s, len, c, from);
    } else {
      copy(value, len, c, from);
      classes = CharClasses.of(c, from, end);
    }
    if ((classes & CharClasses.SURROGATE) != 0) {
      int lone = loneSurrogate(c, from, end);
      if (lone != NO_LONE_SURROGATE) {
        long record = records + 1;
        discardRecord();
        throw UnencodableTextException.of("field " + field + " of record " + record, value, lone,
            "nothing of this record was written");
      }
    }
    boolean plain = rfc
        ? (classes & special) == 0 && !(optionalQuotes && quoting.quotes(field, value))
        : (classes & special) == 0 && ((CharClasses.of(c[from]) & (CharClasses.WHITE_SPACE | CharClasses.QUOTE))
            | (CharClasses.of(c[end - 1]) & CharClasses.WHITE_SPACE)) == 0;
    if (plain) {
      if (guarded) {
        c[start] = GUARD;
      }
      b.pos = end;
    } else if (rfc) {
      b.pos = start;
      quoted(value, len, guarded);
    } else {
      flat(c, start, from, end, guarded);
    }
  }

  /**
   * The common case, small enough to be inlined where fields are written: a short string that needs
   * nothing but copying (no guard, no quotes, nothing the flat file changes, no surrogate), copied and
   * checked in one loop. Returns false, having written nothing, for any other value.
   */
  private boolean plain(String value, boolean text) {
    int len = value.length();
    CsvBuffer b = out;
    char[] c = b.chars;
    int p = b.pos;
    if (len == 0 || len > SHORT || c.length - p <= len || optionalQuotes) {
      return false;
    }
    int from = fields == 0 ? p : p + 1;
    int flags = CharClasses.copy(value, len, c, from);
    if ((flags & fastMask) != 0
        || (CharClasses.of(c[from]) & (text ? firstTextMask : firstPlainMask)) != 0
        || !rfc && (CharClasses.of(c[from + len - 1]) & CharClasses.WHITE_SPACE) != 0
        || text && ownGuard && guard.isFormula(value)) {
      return false;
    }
    if (from != p) {
      c[p] = delimiter;
    }
    fields++;
    b.pos = from + len;
    return true;
  }

  /**
   * {@link #plain(String, boolean)} in front of an {@link OutputStream}, for a string of any length:
   * classified and encoded as UTF-8 into the byte buffer in one loop; a field that RFC 4180 must
   * quote (a comma, a double quote, a line break) and that is neither guarded nor holds a surrogate is
   * encoded again, in quotes, straight into the bytes. Chars of the record written before (numbers,
   * fields of the general path) go first. Returns false, having written nothing, for any value that
   * needs the general path: a guarded text, a surrogate (a pair or a lone one, which is refused
   * there), white space that the flat file trims, quotes by strategy.
   */
  private boolean plainBytes(String value, boolean text) {
    int len = value.length();
    if (len == 0 || optionalQuotes) {
      return false;
    }
    out.transfer();
    Utf8Sink s = bytes;
    s.reserve(3 * len + 4);
    byte[] c = s.bytes;
    int p = s.pos;
    int from = fields == 0 ? p : p + 1;
    long encoded = CharClasses.encode(value, len, c, from);
    int flags = (int) (encoded >>> 32);
    int end = (int) encoded;
    if ((CharClasses.of(value.charAt(0)) & (text ? firstTextMask : firstPlainMask)) != 0
        || !rfc && (CharClasses.of(value.charAt(len - 1)) & CharClasses.WHITE_SPACE) != 0
        || text && ownGuard && guard.isFormula(value)) {
      return false;
    }
    if ((flags & fastMask) != 0) {
      if (!rfc || (flags & fastMask) != CharClasses.RFC_SPECIAL) {
        return false;
      }
      end = quotedBytes(value, len, c, from);
    }
    if (from != p) {
      c[p] = (byte) delimiter;
    }
    fields++;
    s.pos = end;
    return true;
  }

  /**
   * RFC 4180 escaped write of a string without surrogates into bytes at {@code at} (room for three
   * bytes a char and the two quotes): in quotes, each double quote doubled, as {@link #quoted} writes
   * it. Returns where the bytes end.
   */
  private static int quotedBytes(String value, int len, byte[] c, int at) {
    int p = at;
    c[p++] = QUOTE;
    for (int i = 0; i < len; i++) {
      char ch = value.charAt(i);
      if (ch < 0x80) {
        c[p++] = (byte) ch;
        if (ch == QUOTE) {
          c[p++] = QUOTE;
        }
      } else {
        p = Utf8Sink.multiByte(ch, c, p);
      }
    }
    c[p++] = QUOTE;
    return p;
  }

  /** The guard's verdict; the default guard's common case, a first char that settles it, without a call. */
  private boolean guards(CharSequence value) {
    if (guard == FormulaGuards.OWASP) {
      return (CharClasses.of(value.charAt(0)) & CharClasses.SUSPECT) != 0 && FormulaGuards.isOwaspFormula(value);
    }
    return guard.isFormula(value);
  }

  private static void copy(CharSequence value, int len, char[] c, int at) {
    if (value instanceof String s) {
      s.getChars(0, len, c, at);
    } else if (value instanceof Chars s) {
      System.arraycopy(s.chars, 0, c, at, len);
    } else {
      for (int i = 0; i < len; i++) {
        c[at + i] = value.charAt(i);
      }
    }
  }

  /** An empty field: nothing, or {@code ""} if the strategy says so. */
  private void empty(int field) {
    if (optionalQuotes && quoting.quotesEmpty(field)) {
      CsvBuffer b = out;
      b.reserve(2);
      b.chars[b.pos++] = QUOTE;
      b.chars[b.pos++] = QUOTE;
    } else if (field == 0) {
      firstEmpty = true;
    }
  }

  /** RFC 4180 escaped write: in quotes, each double quote doubled, the runs between quotes copied in bulk. */
  private void quoted(CharSequence value, int len, boolean guarded) {
    String s = value.toString();
    CsvBuffer b = out;
    b.reserve(2 * len + 3);
    char[] c = b.chars;
    int p = b.pos;
    c[p++] = QUOTE;
    if (guarded) {
      c[p++] = GUARD;
    }
    int from = 0;
    for (int q = s.indexOf(QUOTE); q >= 0; q = s.indexOf(QUOTE, from)) {
      s.getChars(from, q + 1, c, p);
      p += q + 1 - from;
      c[p++] = QUOTE;
      from = q + 1;
    }
    s.getChars(from, len, c, p);
    p += len - from;
    c[p++] = QUOTE;
    b.pos = p;
  }

  /**
   * The tab-delimited rule, in place: tab, CR and LF become spaces, surrounding white space goes, and a
   * field that would start with a double quote gets the single quote in front that a guarded one gets.
   */
  private void flat(char[] c, int start, int from, int end, boolean guarded) {
    for (int i = from; i < end; i++) {
      if ((CharClasses.of(c[i]) & CharClasses.TAB_SPECIAL) != 0) {
        c[i] = ' ';
      }
    }
    int first = from;
    while (first < end && Character.isWhitespace(c[first])) {
      first++;
    }
    int last = end;
    while (last > first && Character.isWhitespace(c[last - 1])) {
      last--;
    }
    CsvBuffer b = out;
    if (first == last) {
      b.pos = start;
      empty(fields - 1);
      return;
    }
    boolean prefix = guarded || c[first] == QUOTE;
    int to = prefix ? start + 1 : start;
    System.arraycopy(c, first, c, to, last - first);
    if (prefix) {
      c[start] = GUARD;
    }
    b.pos = to + last - first;
  }

  /** Returns the index, from {@code from}, of the first lone surrogate in {@code c[from, end)}, or -1. */
  private static int loneSurrogate(char[] c, int from, int end) {
    for (int i = from; i < end; i++) {
      char ch = c[i];
      if (Character.isHighSurrogate(ch) && i + 1 < end && Character.isLowSurrogate(c[i + 1])) {
        i++;
      } else if (Character.isSurrogate(ch)) {
        return i - from;
      }
    }
    return NO_LONE_SURROGATE;
  }

  private void requireNoRecord() {
    if (started) {
      throw new IllegalStateException("a record was started and not ended: call end() on it first");
    }
  }

  /**
   * Configures a {@link CsvWriter}. Defaults: {@link CsvFormat#RFC_4180}, {@link QuoteStrategies#REQUIRED},
   * {@link FormulaGuards#OWASP}, no byte-order mark, a buffer of 16,384 characters. Not thread-safe.
   */
  public static final class Builder {
    private CsvFormat format = CsvFormat.RFC_4180;
    private QuoteStrategy quoting = QuoteStrategies.REQUIRED;
    private FormulaGuard guard = FormulaGuards.OWASP;
    private boolean byteOrderMark;
    private int bufferSize = 16_384;

    private Builder() {}

    /**
     * Sets the format.
     *
     * @param format comma-separated RFC 4180 or the tab-delimited flat file
     * @return this builder
     */
    public Builder format(CsvFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Sets when fields are quoted beyond what RFC 4180 requires.
     *
     * @param quoting such as {@link QuoteStrategies#ALWAYS}
     * @return this builder
     */
    public Builder quoteStrategy(QuoteStrategy quoting) {
      this.quoting = Objects.requireNonNull(quoting, "quoting");
      return this;
    }

    /**
     * Sets which text fields are neutralised as formulas (R48).
     *
     * @param guard {@link FormulaGuards#OWASP} (the default), {@link FormulaGuards#NONE}, or a guard of
     *     one's own
     * @return this builder
     */
    public Builder formulaGuard(FormulaGuard guard) {
      this.guard = Objects.requireNonNull(guard, "guard");
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
     * Sets the size of the writer's buffer: in characters for a {@link Writer}, in bytes (and as many
     * characters for the fields written as characters first) for an {@link OutputStream}.
     *
     * @param bufferSize at least 64
     * @return this builder
     * @throws InvalidCsvException if the size is below 64
     */
    public Builder bufferSize(int bufferSize) {
      if (bufferSize < 64) {
        throw new InvalidCsvException("bufferSize", bufferSize, "must be at least 64");
      }
      this.bufferSize = bufferSize;
      return this;
    }

    /**
     * Builds a writer to the given character stream. Closing the writer closes it.
     *
     * @param out where the CSV goes
     * @return the writer
     * @throws InvalidCsvException if the format is tab-delimited and the quote strategy is not
     *     {@link QuoteStrategies#REQUIRED}
     */
    public CsvWriter build(Writer out) {
      Objects.requireNonNull(out, "out");
      check();
      return new CsvWriter(new CsvBuffer(out, bufferSize), this);
    }

    /**
     * Builds a writer that encodes UTF-8 to the given byte stream, itself: the buffer is of
     * {@link #bufferSize(int)} bytes (and as many chars for the fields it writes as chars first), and
     * the stream is given whole records. Closing the writer closes it.
     *
     * @param out where the CSV goes
     * @return the writer
     * @throws InvalidCsvException if the format is tab-delimited and the quote strategy is not
     *     {@link QuoteStrategies#REQUIRED}
     */
    public CsvWriter build(OutputStream out) {
      Objects.requireNonNull(out, "out");
      check();
      return new CsvWriter(new CsvBuffer(out, bufferSize), this);
    }

    private void check() {
      if (format == CsvFormat.TAB_DELIMITED && quoting != QuoteStrategies.REQUIRED) {
        throw new InvalidCsvException("quoteStrategy", quoting,
            "the tab-delimited format quotes nothing; use QuoteStrategies.REQUIRED or CsvFormat.RFC_4180");
      }
    }
  }
}
