package io.github.orderly.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * A cross-check of {@link WorkflowBenchmark} for a shared, busy machine: in each round the workflow's mix and
 * the hand-written rebuild run one after the other (so both meet about the same background load), each timed
 * by the CPU time of the thread ({@link ThreadMXBean#getCurrentThreadCpuTime()}), which leaves out the time
 * the thread waited for a core while other processes ran. After four warm-up rounds it prints each side's
 * median and fastest round, in nanoseconds per command, and the median, lowest and highest over the rounds of
 * each round's speed ratio (the rebuild's time over the workflow's: 0.7 means the workflow runs at 0.7 × the
 * rebuild's speed). Not a JMH measurement.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.orderly.benchmarks.WorkflowInterleaved 12 100000}</pre>
 */
public final class WorkflowInterleaved {
  private static volatile Object sink;

  private WorkflowInterleaved() {}

  /**
   * Runs the rounds and prints the figures.
   *
   * @param args the number of rounds (default 12), and how many times each side runs the mix per round
   *     (default 100,000)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    int per = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    WorkflowBenchmark b = new WorkflowBenchmark();
    b.setUp();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double commands = (double) per * WorkflowBenchmark.COMMANDS;
    double[] workflow = new double[rounds];
    double[] rebuild = new double[rounds];
    double[] ratio = new double[rounds];
    for (int r = -4; r < rounds; r++) {
      long t0 = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < per; i++) {
        sink = b.workflowDecideAndEvolve();
      }
      long t1 = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < per; i++) {
        sink = b.baselineHandWrittenRebuild();
      }
      long t2 = threads.getCurrentThreadCpuTime();
      if (r >= 0) {
        workflow[r] = (t1 - t0) / commands;
        rebuild[r] = (t2 - t1) / commands;
        ratio[r] = rebuild[r] / workflow[r];
      }
    }
    Arrays.sort(workflow);
    Arrays.sort(rebuild);
    Arrays.sort(ratio);
    System.out.printf("workflow %.0f ns/command (fastest %.0f), rebuild %.0f (fastest %.0f), speed ratio median %.3f"
        + " [%.3f .. %.3f] over %d rounds of %d mixes after 4 warm-up rounds%n", workflow[rounds / 2], workflow[0],
        rebuild[rounds / 2], rebuild[0], ratio[rounds / 2], ratio[0], ratio[rounds - 1], rounds, per);
  }
}
