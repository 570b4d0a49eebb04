package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.BuyerCancellationRequest;

/**
 * The buyer asked to cancel (R10).
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause its cause
 * @param request the request
 */
public record CancellationRequested(
    @JsonProperty(value = "cause", required = true) Cause cause,
    @JsonProperty(value = "request", required = true) BuyerCancellationRequest request) implements Event {
  /** Checks the components. */
  @JsonCreator
  public CancellationRequested {
    required("cancellationRequested.cause", cause, "must not be null");
    required("cancellationRequested.request", request, "must not be null");
  }
}
