package io.github.orderly.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Ready-made {@link Shrinker}s. */
public final class Shrink {
  private Shrink() {}

  /**
   * Returns a shrinker for sequences (of commands, say): it removes chunks of elements, halving the chunk
   * size down to single elements, and keeps every removal after which the sequence still fails. The
   * result is 1-minimal: removing any one element of it makes the failure go away.
   *
   * @param <E> the element type
   * @return the shrinker
   */
  public static <E> Shrinker<List<E>> list() {
    return Shrink::shrinkList;
  }

  private static <E> List<E> shrinkList(List<E> failing, Predicate<List<E>> stillFails) {
    List<E> current = List.copyOf(failing);
    for (int chunk = Math.max(1, current.size() / 2); chunk >= 1; chunk /= 2) {
      boolean removed = true;
      while (removed) {
        removed = false;
        for (int start = 0; start + chunk <= current.size(); ) {
          List<E> candidate = new ArrayList<>(current.subList(0, start));
          candidate.addAll(current.subList(start + chunk, current.size()));
          if (stillFails.test(candidate)) {
            current = List.copyOf(candidate);
            removed = true;
          } else {
            start += chunk;
          }
        }
      }
    }
    return current;
  }
}
