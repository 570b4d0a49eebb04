package io.github.orderly.order;

/**
 * Where a refund stands (R13, R19).
 *
 * <p>Immutable and thread-safe.
 */
public enum RefundState {
  /** Sent, not yet settled. Counts toward what was refunded. */
  PROCESSING,
  /** Settled: the buyer has the money. */
  SUCCEEDED,
  /** Failed: the buyer has nothing, and the seller must refund by hand (R19). */
  FAILED;

  /** Returns whether this refund counts toward what a line has given back. */
  public boolean counts() {
    return this != FAILED;
  }
}
