package io.github.orderly.benchmarks;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * A cross-check of {@link CsvExportBenchmark} for a shared, busy machine: the same benchmark methods
 * on the same data, run in turn within each round (so that every method meets the same background
 * load), reporting each method's fastest round after three warm-up rounds. Not a JMH measurement; it
 * only tells whether JMH's sequential runs were skewed by load that changed between benchmarks.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.orderly.benchmarks.CsvExportInterleaved 20}</pre>
 */
public final class CsvExportInterleaved {
  private CsvExportInterleaved() {}

  /**
   * Runs the rounds and prints the fastest time of each method.
   *
   * @param args the number of rounds (default 20)
   * @throws Exception if a benchmark method fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    CsvExportBenchmark b = new CsvExportBenchmark();
    b.setUp();
    String[] names = {"orderly", "orderlyProtected", "fastCsv", "jacksonCsv", "commonsCsv", "orderlyReport"};
    Callable<?>[] methods = {b::orderly, b::orderlyProtected, b::fastCsv, b::jacksonCsv, b::commonsCsv, b::orderlyReport};
    long[] best = new long[methods.length];
    Arrays.fill(best, Long.MAX_VALUE);
    for (int r = 0; r < rounds + 3; r++) {
      for (int i = 0; i < methods.length; i++) {
        long start = System.nanoTime();
        methods[i].call();
        long took = System.nanoTime() - start;
        if (r >= 3) {
          best[i] = Math.min(best[i], took);
        }
      }
    }
    for (int i = 0; i < methods.length; i++) {
      System.out.printf("%-18s %6d ms  (fastest of %d rounds)%n", names[i], best[i] / 1_000_000, rounds);
    }
  }
}
