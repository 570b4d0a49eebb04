package io.github.orderly.policy;

import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.Party;
import java.time.Instant;
import java.util.Objects;

/**
 * An order the marketplace cancels automatically because a deadline passed: shipment not confirmed in
 * time (R8, R9; the buyer is not charged) or payment still pending after its window (R12).
 *
 * <p>It carries everything a cancel command of the order workflow needs: the order, the
 * {@link #reason()}, the party ({@link Party#MARKETPLACE}), the instant it fell due, the rule, and a
 * deterministic {@link #commandId()} so that applying it twice is recognised as one command.
 *
 * <p>Immutable and thread-safe.
 *
 * @param orderId the order to cancel
 * @param deadline the deadline that passed
 * @param reason {@link CancellationReason#SHIPMENT_NOT_CONFIRMED} or
 *     {@link CancellationReason#PAYMENT_NOT_COMPLETED}
 */
public record AutomaticCancellation(OrderId orderId, Deadline deadline, CancellationReason reason)
    implements DueAction {
  /** Creates the action. */
  public AutomaticCancellation {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(reason, "reason");
  }

  /** Returns who cancels: always the marketplace. */
  public Party by() {
    return Party.MARKETPLACE;
  }

  /** Returns when the deadline fell due: the instant the cancellation takes effect. */
  public Instant dueAt() {
    return deadline.dueAt();
  }

  /** Returns the deadline's due instant. */
  @Override
  public Instant at() {
    return deadline.dueAt();
  }

  /** Returns {@code auto-cancel:<order id>:<deadline kind code>}. */
  @Override
  public String id() {
    return "auto-cancel:" + orderId + ":" + deadline.kind().code();
  }

  /**
   * Returns the id under which the workflow carries this cancellation out: {@link #id()}, the same at
   * every sweep, so that applying it twice is recognised as one command (R43, R45). The workflow's
   * {@code AutoCancel.from(this)} is that command.
   */
  public CommandId commandId() {
    return CommandId.of(id());
  }
}
