package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.CommandId;

/**
 * The seller declines the buyer's open cancellation request (R10): the request is closed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 */
public record DeclineCancellationRequest(@JsonProperty(value = "id", required = true) CommandId id)
    implements Command {
  /** Checks the components. */
  @JsonCreator
  public DeclineCancellationRequest {
    required("declineCancellationRequest.id", id, "must not be null");
  }
}
