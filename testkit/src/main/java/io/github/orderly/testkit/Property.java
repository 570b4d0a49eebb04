package io.github.orderly.testkit;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Runs a property over many generated values, reproducibly.
 *
 * <p>One run has one seed: the value of the system property {@code orderly.seed} when it is set, a fresh
 * random seed otherwise. Try {@code i} of the run draws from a generator derived from the seed and
 * {@code i} alone, so a run with the same seed makes the same values in the same order. The number of
 * tries is the system property {@code orderly.tries} (default {@value #DEFAULT_TRIES}).
 *
 * <p>When a check throws, the run stops and throws a {@link PropertyFailure} that names the property,
 * the seed, the try and the value (shrunk, where the caller supplies a shrinker), with the original
 * failure as its cause. While shrinking, a smaller value counts as still failing only when it fails the
 * same way: the same type of exception, thrown from the same place (the first stack frame outside the
 * JDK, JUnit, AssertJ and this harness). A smaller value that trips a different check, or an exception
 * of another kind, is not taken, so a shrink never swaps the failure being reported for another one:
 * <pre>{@code
 * Property 'orders round-trip through JSON' failed on try 17 of 1000 (seed 4711);
 * replay with -Dorderly.seed=4711
 * }</pre>
 * Register {@link SeedReporter} on a test class to have the seed of a failure in the test report too.
 * Immutable and thread-safe.
 */
public final class Property {
  /** The number of tries when {@code orderly.tries} is not set. */
  public static final int DEFAULT_TRIES = 1000;

  private final String name;
  private final long seed;
  private final int tries;

  private Property(String name, long seed, int tries) {
    this.name = Objects.requireNonNull(name, "name");
    if (tries <= 0) {
      throw new IllegalArgumentException("tries = '" + tries + "': must be positive");
    }
    this.seed = seed;
    this.tries = tries;
  }

  /**
   * Describes a property with the seed and number of tries the system properties give.
   *
   * @param name what holds, in words: it is printed on failure
   * @return the property
   * @throws IllegalArgumentException if {@code orderly.seed} or {@code orderly.tries} is not a number
   */
  public static Property named(String name) {
    return new Property(name, configuredSeed(), configuredTries(DEFAULT_TRIES));
  }

  /**
   * Returns a copy that uses the given seed.
   *
   * @param seed the seed
   * @return the property
   */
  public Property withSeed(long seed) {
    return new Property(name, seed, tries);
  }

  /**
   * Returns a copy that runs the given number of tries.
   *
   * @param tries the number of tries, positive
   * @return the property
   */
  public Property withTries(int tries) {
    return new Property(name, seed, tries);
  }

  /** Returns the seed of this run. */
  public long seed() {
    return seed;
  }

  /** Returns the number of tries of this run. */
  public int tries() {
    return tries;
  }

  /**
   * Checks the property for every generated value.
   *
   * @param generator makes the values
   * @param check throws (an assertion error, or any exception) when the property does not hold
   * @param <T> the type of value
   */
  public <T> void check(Generator<T> generator, Consumer<? super T> check) {
    this.<T>check(generator, check, (value, stillFails) -> value);
  }

  /**
   * Checks the property for every generated value, shrinking a failing value before reporting it.
   *
   * @param generator makes the values
   * @param check throws when the property does not hold
   * @param shrinker given a failing value, returns a smaller one that still fails (or the same value)
   * @param <T> the type of value
   * @throws PropertyFailure on the first value for which the check throws
   */
  public <T> void check(Generator<T> generator, Consumer<? super T> check, Shrinker<T> shrinker) {
    check(generator, check, shrinker, String::valueOf);
  }

  /**
   * Checks the property for every generated value, shrinking a failing value and reporting it in the
   * caller's words rather than as its {@code toString()}.
   *
   * @param generator makes the values
   * @param check throws when the property does not hold
   * @param shrinker given a failing value, returns a smaller one that still fails (or the same value)
   * @param describe the value as the failure message shows it
   * @param <T> the type of value
   * @throws PropertyFailure on the first value for which the check throws: it names the property, the
   *     seed, the try, the (shrunk) value and the check's failure, which is its cause
   */
  public <T> void check(Generator<T> generator, Consumer<? super T> check, Shrinker<T> shrinker,
      Function<? super T, String> describe) {
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(shrinker, "shrinker");
    Objects.requireNonNull(describe, "describe");
    for (int i = 0; i < tries; i++) {
      T value = generator.next(randomFor(seed, i));
      Throwable failure = failure(check, value);
      if (failure != null) {
        FailureKind kind = FailureKind.of(failure);
        T small = shrinker.shrink(value, candidate -> kind.matches(failure(check, candidate)));
        Throwable smallFailure = failure(check, small);
        Throwable reported = smallFailure == null ? failure : smallFailure;
        String message = "Property '" + name + "' failed on try " + (i + 1) + " of " + tries
            + " (seed " + seed + "); replay with -Dorderly.seed=" + seed + "\n"
            + (small == value ? "value: " : "shrunk value: ") + describe.apply(small) + "\n"
            + "failure: " + (reported instanceof AssertionError ? reported.getMessage() : reported.toString());
        throw new PropertyFailure(message, name, seed, i + 1, tries, small, reported);
      }
    }
  }

  /**
   * Returns the source of randomness of try {@code index} of a run with the given seed.
   *
   * @param seed the run's seed
   * @param index the try, from 0
   * @return a fresh source; equal arguments give sources that produce equal sequences
   */
  public static RandomGenerator randomFor(long seed, int index) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
  }

  /**
   * How a check failed: the type of the exception and the place it came from, so that shrinking keeps
   * only smaller values that fail in the same way.
   */
  private static final class FailureKind {
    private static final String[] FRAMEWORK_PREFIXES = {
      "java.", "jdk.", "sun.", "org.junit.", "org.opentest4j.", "org.assertj.",
    };
    private static final String HARNESS = Property.class.getName();

    private final Class<?> type;
    private final StackTraceElement origin;

    private FailureKind(Class<?> type, StackTraceElement origin) {
      this.type = type;
      this.origin = origin;
    }

    static FailureKind of(Throwable failure) {
      return new FailureKind(failure.getClass(), origin(failure));
    }

    /**
     * Tells whether {@code other} is a failure of this kind. A failure without a stack trace (the JIT
     * drops them from implicit exceptions thrown often) is compared by its type alone.
     */
    boolean matches(Throwable other) {
      if (other == null || other.getClass() != type) {
        return false;
      }
      StackTraceElement otherOrigin = origin(other);
      return origin == null || otherOrigin == null || origin.equals(otherOrigin);
    }

    private static StackTraceElement origin(Throwable failure) {
      for (StackTraceElement frame : failure.getStackTrace()) {
        if (!isFramework(frame.getClassName())) {
          return frame;
        }
      }
      return null;
    }

    private static boolean isFramework(String className) {
      if (className.equals(HARNESS) || className.startsWith(HARNESS + "$")) {
        return true;
      }
      for (String prefix : FRAMEWORK_PREFIXES) {
        if (className.startsWith(prefix)) {
          return true;
        }
      }
      return false;
    }
  }

  private static <T> Throwable failure(Consumer<? super T> check, T value) {
    try {
      check.accept(value);
      return null;
    } catch (RuntimeException | AssertionError e) {
      return e;
    }
  }

  /**
   * Returns the number of tries for a check that runs {@code atDefault} tries in a build of the default
   * size: {@code orderly.tries} scaled by {@code atDefault / }{@value #DEFAULT_TRIES}, at least 1. A costly
   * check (a database round trip per try, say) keeps its own small number and still grows with
   * {@code -Dorderly.tries}.
   *
   * @param atDefault the tries when {@code orderly.tries} is {@value #DEFAULT_TRIES} or not set, positive
   * @return the number of tries
   * @throws IllegalArgumentException if {@code orderly.tries} is set but not a positive number
   */
  public static int scaledTries(int atDefault) {
    if (atDefault <= 0) {
      throw new IllegalArgumentException("atDefault = '" + atDefault + "': must be positive");
    }
    long scaled = (long) configuredTries(DEFAULT_TRIES) * atDefault / DEFAULT_TRIES;
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, scaled));
  }

  private static long configuredSeed() {
    String text = System.getProperty("orderly.seed", "").strip();
    if (text.isEmpty()) {
      return new SplittableRandom().nextLong();
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("orderly.seed = '" + text + "': must be a whole number", e);
    }
  }

  /**
   * Returns the number of tries the system property {@code orderly.tries} asks for.
   *
   * @param fallback the number when the property is not set
   * @return the number of tries
   * @throws IllegalArgumentException if the property is set but not a positive number
   */
  public static int configuredTries(int fallback) {
    String text = System.getProperty("orderly.tries", "").strip();
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      int tries = Integer.parseInt(text);
      if (tries > 0) {
        return tries;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("orderly.tries = '" + text + "': must be a positive whole number");
  }
}
