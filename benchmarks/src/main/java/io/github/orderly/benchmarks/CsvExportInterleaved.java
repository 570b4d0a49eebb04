package io.github.orderly.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * A cross-check of {@link CsvExportBenchmark} for a shared, busy machine: the same benchmark methods
 * on the same data, run in turn within each round (so that every method of a round meets about the
 * same background load), after three warm-up rounds. Each call is timed twice: by the wall clock, as
 * JMH times it, and by the CPU time of the thread ({@link ThreadMXBean#getCurrentThreadCpuTime()}),
 * which leaves out the time the thread waited for a core while other processes ran. It prints each
 * method's fastest and median round and, for both clocks, the median over the rounds of each round's
 * ratio to Orderly's writer ({@code orderly}, with its default guard): a ratio taken within one round is
 * the least disturbed by load that changes between rounds. Not a JMH measurement.
 *
 * <p>A third argument {@code stream} runs the methods that write UTF-8 to a byte stream instead
 * ({@code orderlyStream} first, so the ratios are to it).
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.orderly.benchmarks.CsvExportInterleaved 20 10000}</pre>
 */
public final class CsvExportInterleaved {
  private CsvExportInterleaved() {}

  /**
   * Runs the rounds and prints the figures.
   *
   * @param args the number of rounds (default 20), how many distinct orders the lines repeat
   *     (default 10,000; see {@link CsvExportBenchmark#orders}), and {@code stream} for the byte-stream
   *     methods
   * @throws Exception if a benchmark method fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    CsvExportBenchmark b = new CsvExportBenchmark();
    b.orders = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    b.setUp();
    boolean stream = args.length > 2 && args[2].equals("stream");
    String[] names = stream
        ? new String[] {"orderlyStream", "fastCsvStream", "jacksonCsvStream", "commonsCsvStream", "orderlyReportStream"}
        : new String[] {"orderly", "orderlyUnguarded", "fastCsv", "jacksonCsv", "commonsCsv", "orderlyReport"};
    Callable<?>[] methods = stream
        ? new Callable<?>[] {b::orderlyStream, b::fastCsvStream, b::jacksonCsvStream, b::commonsCsvStream,
          b::orderlyReportStream}
        : new Callable<?>[] {b::orderly, b::orderlyUnguarded, b::fastCsv, b::jacksonCsv, b::commonsCsv,
          b::orderlyReport};
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[][] wall = new long[methods.length][rounds];
    long[][] cpu = new long[methods.length][rounds];
    for (int r = 0; r < rounds + 3; r++) {
      for (int i = 0; i < methods.length; i++) {
        long start = System.nanoTime();
        long startCpu = threads.getCurrentThreadCpuTime();
        methods[i].call();
        long tookCpu = threads.getCurrentThreadCpuTime() - startCpu;
        long took = System.nanoTime() - start;
        if (r >= 3) {
          wall[i][r - 3] = took;
          cpu[i][r - 3] = tookCpu;
        }
      }
    }
    System.out.printf("%-18s %27s %27s%n", "", "wall clock", "thread CPU time");
    System.out.printf("%-18s %8s %8s %9s %8s %8s %9s%n", "method", "fastest", "median", "ratio", "fastest", "median",
        "ratio");
    for (int i = 0; i < methods.length; i++) {
      System.out.printf("%-18s%s%s%n", names[i], figures(wall, i, rounds), figures(cpu, i, rounds));
    }
    System.out.printf("(%d distinct orders, %d rounds after 3 warm-up rounds; ratio above 1: slower than %s)%n",
        b.orders, rounds, names[0]);
  }

  /** Fastest and median of a method's rounds, in ms, and the median of its per-round ratios to the first method. */
  private static String figures(long[][] times, int method, int rounds) {
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      ratios[r] = (double) times[method][r] / times[0][r];
    }
    long[] sorted = times[method].clone();
    Arrays.sort(sorted);
    Arrays.sort(ratios);
    return String.format(" %5d ms %5d ms %9.2f", sorted[0] / 1_000_000, sorted[rounds / 2] / 1_000_000,
        ratios[rounds / 2]);
  }
}
