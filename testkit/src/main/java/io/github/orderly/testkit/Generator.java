package io.github.orderly.testkit;

import java.util.random.RandomGenerator;

/**
 * Makes a random value from a source of randomness. Given a source in the same state, a generator
 * returns an equal value, so that a seeded run can be replayed.
 *
 * @param <T> the type of value made
 */
@FunctionalInterface
public interface Generator<T> {
  /**
   * Makes one value.
   *
   * @param random the source of randomness, never shared between threads
   * @return the value
   */
  T next(RandomGenerator random);
}
