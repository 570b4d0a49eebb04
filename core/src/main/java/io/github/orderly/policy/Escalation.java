package io.github.orderly.policy;

import io.github.orderly.order.OrderId;
import java.time.Instant;
import java.util.Objects;

/**
 * A buyer's cancellation request left unanswered past its response window: the buyer may now escalate
 * to the marketplace (R10).
 *
 * <p>Immutable and thread-safe.
 *
 * @param orderId the order
 * @param deadline the response deadline that passed
 * @param requestedAt when the buyer asked
 */
public record Escalation(OrderId orderId, Deadline deadline, Instant requestedAt) implements DueAction {
  /** Creates the escalation. */
  public Escalation {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(requestedAt, "requestedAt");
  }

  /** Returns the deadline's due instant. */
  @Override
  public Instant at() {
    return deadline.dueAt();
  }

  /** Returns {@code escalate:<order id>:cancellation-request:<requested at>}: one per request. */
  @Override
  public String id() {
    return "escalate:" + orderId + ":" + deadline.kind().code() + ":" + requestedAt;
  }
}
