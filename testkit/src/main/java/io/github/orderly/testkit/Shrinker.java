package io.github.orderly.testkit;

import java.util.function.Predicate;

/**
 * Makes a failing value smaller while it keeps failing.
 *
 * <p>Implementations should be stateless and thread-safe; the harness calls them from one thread.
 *
 * @param <T> the type of value
 */
@FunctionalInterface
public interface Shrinker<T> {
  /**
   * Returns a value no larger than {@code failing} for which {@code stillFails} holds.
   *
   * @param failing a value for which {@code stillFails} holds
   * @param stillFails tells whether a candidate still makes the property fail, and fail in the same way
   *     as {@code failing} (see {@link Property})
   * @return the smallest failing value found, or {@code failing} itself
   */
  T shrink(T failing, Predicate<T> stillFails);
}
