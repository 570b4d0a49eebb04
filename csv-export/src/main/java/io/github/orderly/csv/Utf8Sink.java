package io.github.orderly.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The writer's byte buffer in front of the caller's {@link OutputStream}: the UTF-8 bytes of whole
 * records, encoded by the writer itself (no {@code OutputStreamWriter}, no second pass over the text
 * for ASCII fields). Like {@link CsvBuffer} it hands the output ended records only: the record being
 * written stays in the buffer until it is ended, so that it can be dropped ({@link #discardRecord()});
 * when one record is longer than the buffer, the buffer grows to hold it.
 *
 * <p>{@link CsvWriter} writes into {@link #bytes} at {@link #pos} after {@link #reserve(int)}. Not
 * thread-safe.
 */
final class Utf8Sink {
  private final OutputStream out;
  /** The bytes; replaced by a larger array when one record does not fit. */
  byte[] bytes;
  /** Where the next byte goes. */
  int pos;
  /** Where the record being written starts: everything before it is ended records. */
  private int recordStart;
  private boolean closed;

  Utf8Sink(OutputStream out, int size) {
    this.out = out;
    this.bytes = new byte[size];
  }

  /**
   * Makes room for {@code n} more bytes at {@link #pos}: writes the ended records out, and grows the
   * buffer if the record being written still does not fit.
   */
  void reserve(int n) {
    if (bytes.length - pos < n) {
      makeRoom(n);
    }
  }

  /** Marks the end of a record: what was written so far may now reach the output. */
  void endRecord() {
    recordStart = pos;
  }

  /** Drops the record being written: nothing of it reaches the output. */
  void discardRecord() {
    pos = recordStart;
  }

  /** Returns whether bytes of a record not yet ended are in the buffer. */
  boolean inRecord() {
    return pos != recordStart;
  }

  /** Writes the ended records to the output and flushes it. */
  void flush() {
    drain();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not flush the CSV output", e);
    }
  }

  /** Writes the ended records, drops a record not ended, and closes the output; once only. */
  void close() {
    if (closed) {
      return;
    }
    try {
      discardRecord();
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
   * Appends the UTF-8 encoding of {@code chars[from, to)}: a run of ASCII in a tight loop, a surrogate
   * pair as one four-byte sequence.
   *
   * @throws IllegalStateException on a lone surrogate, which the writer refuses before it reaches the
   *     buffer ({@link UnencodableTextException}); never written as {@code ?}
   */
  void append(char[] chars, int from, int to) {
    reserve(3 * (to - from));
    pos = encode(chars, from, to, bytes, pos);
  }

  /**
   * Encodes {@code src[from, to)} as UTF-8 into {@code dst} at {@code at}, which has room for three
   * bytes a char, and returns where the bytes end.
   *
   * @throws IllegalStateException on a lone surrogate
   */
  static int encode(char[] src, int from, int to, byte[] dst, int at) {
    int p = at;
    int i = from;
    while (i < to) {
      char c = src[i];
      if (c < 0x80) {
        dst[p++] = (byte) c;
        i++;
      } else if (!Character.isSurrogate(c)) {
        p = multiByte(c, dst, p);
        i++;
      } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(src[i + 1])) {
        int cp = Character.toCodePoint(c, src[i + 1]);
        dst[p++] = (byte) (0xF0 | cp >> 18);
        dst[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
        dst[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
        dst[p++] = (byte) (0x80 | cp & 0x3F);
        i += 2;
      } else {
        throw new IllegalStateException(String.format(
            "lone surrogate U+%04X reached the UTF-8 buffer: the writer refuses such text first", (int) c));
      }
    }
    return p;
  }

  /**
   * Encodes a char of U+0080 and above that is not a surrogate, as two or three bytes into {@code dst} at
   * {@code p}, and returns where they end. The one multi-byte encoder of the writer's byte path
   * ({@link #encode}, {@link CharClasses#encode}, the writer's quoted fields); the callers keep ASCII inline.
   */
  static int multiByte(char c, byte[] dst, int p) {
    if (c < 0x800) {
      dst[p] = (byte) (0xC0 | c >> 6);
      dst[p + 1] = (byte) (0x80 | c & 0x3F);
      return p + 2;
    }
    dst[p] = (byte) (0xE0 | c >> 12);
    dst[p + 1] = (byte) (0x80 | c >> 6 & 0x3F);
    dst[p + 2] = (byte) (0x80 | c & 0x3F);
    return p + 3;
  }

  private void makeRoom(int n) {
    drain();
    int needed = pos + n;
    if (needed > bytes.length) {
      byte[] larger = new byte[Math.max(needed, 2 * bytes.length)];
      System.arraycopy(bytes, 0, larger, 0, pos);
      bytes = larger;
    }
  }

  /** Writes the ended records and moves the record being written to the front. */
  private void drain() {
    if (closed) {
      throw new IllegalStateException("the CSV writer is closed");
    }
    if (recordStart == 0) {
      return;
    }
    try {
      out.write(bytes, 0, recordStart);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the CSV output", e);
    }
    int open = pos - recordStart;
    if (open > 0) {
      System.arraycopy(bytes, recordStart, bytes, 0, open);
    }
    pos = open;
    recordStart = 0;
  }
}
