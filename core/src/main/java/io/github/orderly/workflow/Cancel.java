package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.Rule;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.CommandId;

/**
 * The seller cancels the whole order before any of it is confirmed as shipped (R2, R3), for a reason (R4);
 * the buyer is never charged (R6), but a marketplace-fulfilled order's lines show Refunded (R18).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 * @param reason why (R4)
 */
public record Cancel(
    @JsonProperty(value = "id", required = true) CommandId id,
    @JsonProperty(value = "reason", required = true) CancellationReason reason) implements Command {
  /** Checks the components; a missing reason is refused naming R4. */
  @JsonCreator
  public Cancel {
    required("cancel.id", id, "must not be null");
    required("cancel.reason", reason, "a cancellation needs a reason " + Rule.R4.cite());
  }

  /**
   * Returns the seller's cancellation.
   *
   * @param id the command id
   * @param reason why (R4)
   * @return the command
   */
  public static Cancel bySeller(CommandId id, CancellationReason reason) {
    return new Cancel(id, reason);
  }
}
