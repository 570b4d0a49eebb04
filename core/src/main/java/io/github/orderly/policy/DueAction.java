package io.github.orderly.policy;

import io.github.orderly.Rule;
import io.github.orderly.order.OrderId;
import java.time.Instant;

/**
 * Something a {@link Sweep} found due (R45): an {@link AutomaticCancellation} to apply, a
 * {@link Warning} to show or send, or an {@link Escalation} to record.
 *
 * <p>Actions are values: the same order, policy and instant give equal actions, and an action keeps
 * the same {@link #id()} in every sweep that reports it, so a host can recognise one it already handled.
 *
 * <p>Every implementation is an immutable, thread-safe record.
 */
public sealed interface DueAction permits AutomaticCancellation, Warning, Escalation {
  /** Returns the order the action is about. */
  OrderId orderId();

  /** Returns the deadline that made the action due. */
  Deadline deadline();

  /**
   * Returns when the action became due: the deadline's due instant, or for a warning the instant its
   * warning opened. Sweep results are sorted by it.
   */
  Instant at();

  /** Returns the rule the action enforces, such as {@link Rule#R8}. */
  default Rule rule() {
    return deadline().rule();
  }

  /**
   * Returns a deterministic id, the same in every sweep that reports this action, such as
   * {@code auto-cancel:112-0000000-0000000:shipment-confirmation}.
   */
  String id();
}
