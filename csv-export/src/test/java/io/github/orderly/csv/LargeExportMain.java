package io.github.orderly.csv;

import io.github.orderly.access.Role;
import io.github.orderly.order.Order;
import io.github.orderly.testkit.OrderGenerator;
import java.io.OutputStream;
import java.io.Writer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Writes an Order report of at least the given number of lines to a discarding writer (or, with a
 * second argument {@code stream}, to a discarding byte stream), then prints "rows chars maxHeapBytes"
 * (bytes instead of chars for the stream). Run by {@link LargeExportR48Test} in a JVM with a small heap.
 */
public final class LargeExportMain {
  private LargeExportMain() {}

  /**
   * Runs the export.
   *
   * @param args the number of lines, and optionally {@code stream}
   */
  public static void main(String[] args) {
    long lines = Long.parseLong(args[0]);
    SplittableRandom random = new SplittableRandom(48);
    OrderGenerator generator = OrderGenerator.standard();
    List<Order> pool = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      Order order = generator.next(random);
      if (!order.status().isPending()) {
        pool.add(order);
      }
    }
    Iterable<Order> orders = () -> new Iterator<>() {
      long given;
      int next;

      @Override
      public boolean hasNext() {
        return given < lines;
      }

      @Override
      public Order next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Order order = pool.get(next++ % pool.size());
        given += order.lines().size();
        return order;
      }
    };
    long[] chars = new long[1];
    Writer discard = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) {
        chars[0] += len;
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    OutputStream discardBytes = new OutputStream() {
      @Override
      public void write(byte[] b, int off, int len) {
        chars[0] += len;
      }

      @Override
      public void write(int b) {
        chars[0]++;
      }
    };
    OrderExport export = OrderExport.builder(CsvLayouts.orderReport()).zone(ZoneOffset.UTC).build();
    long rows = args.length > 1 && args[1].equals("stream")
        ? export.writeTo(Role.OWNER, orders, discardBytes)
        : export.writeTo(Role.OWNER, orders, discard);
    System.out.println(rows + " " + chars[0] + " " + Runtime.getRuntime().maxMemory());
  }
}
