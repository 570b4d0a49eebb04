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

  /**
   * Obtains the marketplace's cancellation of an order when the marketplace gave no reason: recorded with
   * {@link CancellationReason#MARKETPLACE_CANCELLED}, "not given" (R4, R50).
   *
   * @param at when the marketplace cancelled
   * @return the cancellation, by {@link Party#MARKETPLACE}
   */
  public static Cancellation notGiven(Instant at) {
    return of(CancellationReason.MARKETPLACE_CANCELLED, Party.MARKETPLACE, at);
  }

  /**
   * Returns whether the canceller gave a reason: false only for {@link CancellationReason#MARKETPLACE_CANCELLED},
   * the marketplace's cancellation whose reason is "not given".
   */
  public boolean reasonGiven() {
    return !reason().equals(CancellationReason.MARKETPLACE_CANCELLED);
  }

  @Value.Check
  void check() {
    Checks.instant("cancellation.at", at());
  }
}
