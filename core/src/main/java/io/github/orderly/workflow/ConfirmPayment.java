package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.CommandId;

/**
 * The marketplace verified the buyer's payment: a pending order becomes unshipped (R1, R41); the buyer is
 * charged when shipment is confirmed (R7).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 */
public record ConfirmPayment(@JsonProperty(value = "id", required = true) CommandId id) implements Command {
  /** Checks the components. */
  @JsonCreator
  public ConfirmPayment {
    required("confirmPayment.id", id, "must not be null");
  }
}
