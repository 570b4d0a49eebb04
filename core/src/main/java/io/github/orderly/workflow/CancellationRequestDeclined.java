package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The seller declined the buyer's cancellation request (R10); the request is closed. (An accepted request
 * is an {@link OrderCancelled} with reason {@code buyer-requested}.)
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause its cause
 */
public record CancellationRequestDeclined(
    @JsonProperty(value = "cause", required = true) Cause cause) implements Event {
  /** Checks the components. */
  @JsonCreator
  public CancellationRequestDeclined {
    required("cancellationRequestDeclined.cause", cause, "must not be null");
  }
}
