package io.github.orderly.policy;

import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.Party;
import io.github.orderly.workflow.Command;
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
   * Returns the command id for the workflow's cancel command: equal to {@link #id()}, the same at
   * every sweep, so the workflow's idempotence by command id makes a second application a no-op.
   */
  public String commandId() {
    return id();
  }

  /**
   * Returns the workflow command that carries out this cancellation: a marketplace cancellation with
   * this action's reason under {@link #commandId()}. Decide it in the context
   * {@code policy.workflowContext(at(), Role.MARKETPLACE)}: the buyer ends not charged (R8, R9, R12), and
   * deciding it again changes nothing (R43, R45).
   *
   * @return the command
   */
  public Command.Cancel toCommand() {
    return Command.Cancel.byMarketplace(CommandId.of(commandId()), reason);
  }
}
