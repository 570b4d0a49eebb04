package io.github.orderly.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Makes a random value from a source of randomness. Given a source in the same state, a generator
 * returns an equal value, so that a seeded run can be replayed.
 *
 * <p>Generators compose: {@link #map}, {@link #flatMap} and {@link #filter} derive one generator from
 * another, and {@link #constant}, {@link #oneOf} and {@link #listOf} make small ones:
 * <pre>{@code
 * Generator<Order> jp = OrderGenerator.standard().withMarketplaces(MarketplaceId.of("amazon.co.jp"));
 * Generator<List<Order>> batches = Generator.listOf(jp, 1, 20);
 * Generator<OrderId> ids = jp.map(Order::id);
 * }</pre>
 * Implementations are immutable and thread-safe; the source of randomness is not (one per thread).
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

  /**
   * Returns a generator of the values this one makes, transformed.
   *
   * @param mapper turns a value into another, deterministically
   * @param <R> the type of the new values
   * @return the generator
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return random -> mapper.apply(next(random));
  }

  /**
   * Returns a generator that draws a value from this one, then a value from the generator it chooses:
   * for example a query drawn from the orders just made.
   *
   * @param next chooses the second generator from the first value
   * @param <R> the type of the new values
   * @return the generator
   */
  default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<? extends R>> next) {
    Objects.requireNonNull(next, "next");
    return random -> next.apply(next(random)).next(random);
  }

  /**
   * Returns a generator of the values of this one that pass a test: it draws again, up to 1,000 times,
   * until one does. Prefer shaping the generator (its {@code with…} methods) to filtering out most values.
   *
   * @param accept the test
   * @param what the values it keeps, in words, for the error when none is found
   * @return the generator
   * @throws IllegalStateException (from {@code next}) if 1,000 draws in a row fail the test
   */
  default Generator<T> filter(Predicate<? super T> accept, String what) {
    Objects.requireNonNull(accept, "accept");
    Objects.requireNonNull(what, "what");
    return random -> {
      for (int i = 0; i < 1000; i++) {
        T value = next(random);
        if (accept.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("filter = '" + what + "': no value passed in 1000 draws; shape the"
          + " generator instead of filtering");
    };
  }

  /**
   * Returns a generator that always makes the same value.
   *
   * @param value the value
   * @param <T> its type
   * @return the generator
   */
  static <T> Generator<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return random -> value;
  }

  /**
   * Returns a generator that picks one of the values, each as likely.
   *
   * @param values the values, at least one; copied
   * @param <T> their type
   * @return the generator
   * @throws IllegalArgumentException if there is no value
   */
  static <T> Generator<T> oneOf(List<? extends T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("values = '[]': must hold at least one value");
    }
    return random -> copy.get(random.nextInt(copy.size()));
  }

  /**
   * Returns a generator of lists of {@code min} to {@code max} values of the element generator.
   *
   * @param element makes each element
   * @param min the fewest elements, not negative
   * @param max the most elements, at least {@code min}
   * @param <E> the element type
   * @return the generator of unmodifiable lists
   * @throws IllegalArgumentException if the bounds are wrong
   */
  static <E> Generator<List<E>> listOf(Generator<? extends E> element, int min, int max) {
    Objects.requireNonNull(element, "element");
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("min = '" + min + "', max = '" + max + "': need 0 <= min <= max");
    }
    return random -> {
      int n = min + random.nextInt(max - min + 1);
      List<E> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(element.next(random));
      }
      return List.copyOf(list);
    };
  }
}
