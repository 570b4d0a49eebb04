package io.github.orderly.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits queued refund or cancellation requests into the batches a marketplace accepts in one
 * document (R25): at most {@value #MARKETPLACE_LIMIT} requests each, in queue order.
 *
 * <p>Stateless and thread-safe: it has static methods only.
 */
public final class Batches {
  /** The most requests the marketplace takes in one batch (R25). */
  public static final int MARKETPLACE_LIMIT = 15;

  private Batches() {}

  /**
   * Splits requests into batches of at most {@value #MARKETPLACE_LIMIT}.
   *
   * @param requests the queued requests, in the order they were queued
   * @param <T> the request type
   * @return the batches, each non-empty, in queue order; empty for no requests
   */
  public static <T> List<List<T>> of(List<T> requests) {
    return of(requests, MARKETPLACE_LIMIT);
  }

  /**
   * Splits requests into batches of at most {@code limit}, for a marketplace with another limit.
   *
   * @param requests the queued requests
   * @param limit the largest batch, positive
   * @param <T> the request type
   * @return the batches, in queue order
   * @throws io.github.orderly.InvalidArgumentException if {@code limit} is not positive
   */
  public static <T> List<List<T>> of(List<T> requests, int limit) {
    Objects.requireNonNull(requests, "requests");
    if (limit <= 0) {
      throw new io.github.orderly.InvalidArgumentException("limit", limit, "must be positive");
    }
    List<List<T>> batches = new ArrayList<>();
    for (int from = 0; from < requests.size(); from += limit) {
      batches.add(List.copyOf(requests.subList(from, Math.min(requests.size(), from + limit))));
    }
    return List.copyOf(batches);
  }
}
