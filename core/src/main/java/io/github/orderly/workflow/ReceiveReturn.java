package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.RmaId;

/**
 * The seller received a return's units (R6, R20): the lines become Returned and the automatic refund is
 * issued, less the actual shipping cost when the return's reason says so (R14).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 * @param rmaId the return
 */
public record ReceiveReturn(
    @JsonProperty(value = "id", required = true) CommandId id,
    @JsonProperty(value = "rmaId", required = true) RmaId rmaId) implements Command {
  /** Checks the components. */
  @JsonCreator
  public ReceiveReturn {
    required("receiveReturn.id", id, "must not be null");
    required("receiveReturn.rmaId", rmaId, "must not be null");
  }
}
