package io.github.orderly.testkit;

import java.util.Objects;
import java.util.Optional;

/**
 * A property did not hold: thrown by {@link Property#check} and {@link WorkflowCheck#run}. Its message names
 * the property, the try, the seed and how to replay it, the (shrunk) counterexample and what failed; its cause
 * is the check's own failure. {@link SeedReporter} publishes the seed in the test report. Immutable.
 *
 * <p>Immutable and thread-safe.
 */
public final class PropertyFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  /** The name of the property that failed. */
  private final String property;
  /** The seed that replays the run. */
  private final long seed;
  /** The try, counted from 1, that found the counterexample. */
  private final int attempt;
  /** How many tries the run was to make. */
  private final int tries;
  private final transient Object counterexample;

  /**
   * Creates the failure.
   *
   * @param message the whole report
   * @param property the property's name
   * @param seed the run's seed
   * @param attempt the failing try, from 1
   * @param tries the run's number of tries
   * @param counterexample the (shrunk) value that failed, or null when no single value did
   * @param cause the check's failure
   */
  public PropertyFailure(String message, String property, long seed, int attempt, int tries, Object counterexample,
      Throwable cause) {
    super(message, cause);
    this.property = Objects.requireNonNull(property, "property");
    this.seed = seed;
    this.attempt = attempt;
    this.tries = tries;
    this.counterexample = counterexample;
  }

  /**
   * Returns the (shrunk) value that failed, such as a {@link Scenario}; empty when no single value did (a
   * coverage failure).
   */
  public Optional<Object> counterexample() {
    return Optional.ofNullable(counterexample);
  }

  /** Returns the property's name. */
  public String property() {
    return property;
  }

  /** Returns the seed of the run: {@code -Dorderly.seed=<seed>} replays it. */
  public long seed() {
    return seed;
  }

  /** Returns the failing try, from 1. */
  public int attempt() {
    return attempt;
  }

  /** Returns the run's number of tries. */
  public int tries() {
    return tries;
  }

  /** Returns the system property that replays the run, such as {@code -Dorderly.seed=4711}. */
  public String replay() {
    return "-Dorderly.seed=" + seed;
  }
}
