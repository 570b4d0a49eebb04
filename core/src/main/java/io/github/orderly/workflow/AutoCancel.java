package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.Rule;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.CommandId;
import io.github.orderly.policy.AutomaticCancellation;

/**
 * The marketplace cancels automatically because a deadline passed: shipment not confirmed in time (R8, R9)
 * or payment still pending (R12). Allowed on pending and unshipped orders; the buyer is not charged. Built
 * from the sweep's action with {@link #from(AutomaticCancellation)}, whose id is stable, so a repeat changes
 * nothing (R45).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 * @param reason why, such as {@link CancellationReason#SHIPMENT_NOT_CONFIRMED}
 */
public record AutoCancel(
    @JsonProperty(value = "id", required = true) CommandId id,
    @JsonProperty(value = "reason", required = true) CancellationReason reason) implements Command {
  /** Checks the components. */
  @JsonCreator
  public AutoCancel {
    required("autoCancel.id", id, "must not be null");
    required("autoCancel.reason", reason, "a cancellation needs a reason " + Rule.R4.cite());
  }

  /**
   * Returns the command that carries out a sweep's automatic cancellation, under its stable id.
   *
   * @param due the sweep's action
   * @return the command
   */
  public static AutoCancel from(AutomaticCancellation due) {
    required("due", due, "must not be null");
    return new AutoCancel(due.commandId(), due.reason());
  }
}
