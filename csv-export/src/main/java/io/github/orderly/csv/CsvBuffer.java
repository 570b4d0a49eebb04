package io.github.orderly.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The writer's buffer: a {@code char[]} in front of the caller's {@link Writer} that hands the output
 * whole records only. The record being written stays in the buffer until it is ended, so that it can
 * be dropped ({@link #discardRecord()}) without a character of it reaching the output; when one
 * record is longer than the buffer, the buffer grows to hold it. Memory is therefore the buffer or the
 * longest record, whichever is larger.
 *
 * <p>In front of an {@link OutputStream} ({@link #sink} not null) the ended records are in the
 * {@link Utf8Sink}'s bytes instead, and the chars hold only the part of the record being written that
 * the writer wrote as chars (numbers, quoted and escaped fields, text with surrogate pairs); that part
 * is encoded onto the sink's bytes ({@link #transfer()}) before the writer writes bytes of its own, when
 * the chars fill, and when the record ends.
 *
 * <p>{@link CsvWriter} writes into {@link #chars} at {@link #pos} after {@link #reserve(int)}. Not
 * thread-safe.
 */
final class CsvBuffer {
  private final Writer out;
  /** The UTF-8 bytes of the ended records when the output is an {@link OutputStream}; else null. */
  final Utf8Sink sink;
  /** The characters; replaced by a larger array when one record does not fit. */
  char[] chars;
  /** Where the next character goes. */
  int pos;
  /** Where the record being written starts: everything before it is ended records. */
  private int recordStart;
  private boolean closed;

  CsvBuffer(Writer out, int size) {
    this.out = out;
    this.sink = null;
    this.chars = new char[size];
  }

  CsvBuffer(OutputStream out, int size) {
    this.out = null;
    this.sink = new Utf8Sink(out, size);
    this.chars = new char[size];
  }

  /**
   * Makes room for {@code n} more characters at {@link #pos}: writes the ended records out, and grows
   * the buffer if the record being written still does not fit.
   */
  void reserve(int n) {
    if (chars.length - pos < n) {
      makeRoom(n);
    }
  }

  /** Appends one character. */
  void put(char c) {
    if (pos == chars.length) {
      makeRoom(1);
    }
    chars[pos++] = c;
  }

  /** Marks the end of a record: what was written so far may now reach the output. */
  void endRecord() {
    if (sink != null) {
      transfer();
      sink.endRecord();
      return;
    }
    recordStart = pos;
  }

  /** Drops the record being written: nothing of it reaches the output. */
  void discardRecord() {
    pos = recordStart;
    if (sink != null) {
      sink.discardRecord();
    }
  }

  /** Returns whether characters of a record not yet ended are in the buffer. */
  boolean inRecord() {
    return pos != recordStart || sink != null && sink.inRecord();
  }

  /**
   * In front of an {@link OutputStream}: encodes the chars written so far onto the sink's bytes, so
   * that the writer can go on in bytes. The chars are part of the record being written, never a lone
   * surrogate (the writer refuses those before they are written).
   */
  void transfer() {
    if (pos > 0) {
      sink.append(chars, 0, pos);
      pos = 0;
    }
  }

  /** Writes the ended records to the output and flushes it. */
  void flush() {
    if (sink != null) {
      sink.flush();
      return;
    }
    drain();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not flush the CSV output", e);
    }
  }

  /** Writes the ended records, drops a record not ended, and closes the output; once only. */
  void close() {
    if (sink != null) {
      pos = 0;
      sink.close();
      return;
    }
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

  private void makeRoom(int n) {
    if (sink != null) {
      transfer();
    } else {
      drain();
    }
    int needed = pos + n;
    if (needed > chars.length) {
      char[] larger = new char[Math.max(needed, 2 * chars.length)];
      System.arraycopy(chars, 0, larger, 0, pos);
      chars = larger;
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
      out.write(chars, 0, recordStart);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the CSV output", e);
    }
    int open = pos - recordStart;
    if (open > 0) {
      System.arraycopy(chars, recordStart, chars, 0, open);
    }
    pos = open;
    recordStart = 0;
  }
}
