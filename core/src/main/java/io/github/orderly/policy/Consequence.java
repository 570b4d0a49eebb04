package io.github.orderly.policy;

/**
 * What happens when a {@link Deadline} passes.
 *
 * <p>Immutable and thread-safe.
 */
public enum Consequence {
  /** The marketplace cancels the order and the buyer is not charged (R8, R9, R12). */
  AUTOMATIC_CANCELLATION,
  /** The buyer may escalate an unanswered cancellation request to the marketplace (R10). */
  ESCALATION,
  /** A window closes and nothing else happens: buyer edits (R11), returns (R20), a tolerated pending order. */
  WINDOW_CLOSES
}
