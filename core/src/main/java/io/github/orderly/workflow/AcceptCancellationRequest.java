package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.CommandId;

/**
 * The seller accepts the buyer's open cancellation request (R10): the order is cancelled with reason
 * {@link CancellationReason#BUYER_REQUESTED}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 */
public record AcceptCancellationRequest(@JsonProperty(value = "id", required = true) CommandId id)
    implements Command {
  /** Checks the components. */
  @JsonCreator
  public AcceptCancellationRequest {
    required("acceptCancellationRequest.id", id, "must not be null");
  }
}

