package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.RmaId;

/**
 * The return did not complete: its lines become Return failed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 * @param rmaId the return
 */
public record FailReturn(
    @JsonProperty(value = "id", required = true) CommandId id,
    @JsonProperty(value = "rmaId", required = true) RmaId rmaId) implements Command {
  /** Checks the components. */
  @JsonCreator
  public FailReturn {
    required("failReturn.id", id, "must not be null");
    required("failReturn.rmaId", rmaId, "must not be null");
  }
}
