package io.github.orderly.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.internal.OrderlyStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * How an order ended cancelled: the reason (R4), who cancelled it and when. The instant lies in the range
 * of {@link io.github.orderly.Limits}. Immutable and thread-safe.
 */
@Value.Immutable
@OrderlyStyle
@JsonSerialize(as = ImmutableCancellation.class)
@JsonDeserialize(as = ImmutableCancellation.class)
public abstract class Cancellation {
  Cancellation() {}

  /** Returns why the order was cancelled. */
  @Value.Parameter
  public abstract CancellationReason reason();

  /** Returns who cancelled it: the seller, or the marketplace (R8, R9, R12, R18). */
  @Value.Parameter
  public abstract Party by();

  /** Returns when it was cancelled. */
  @Value.Parameter
  public abstract Instant at();

  /**
   * Obtains a cancellation.
   *
   * @param reason why
   * @param by who
   * @param at when
   * @return the cancellation
   */
  public static Cancellation of(CancellationReason reason, Party by, Instant at) {
    return ImmutableCancellation.of(reason, by, at);
  }

  @Value.Check
  void check() {
    Checks.instant("cancellation.at", at());
  }
}
