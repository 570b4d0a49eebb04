package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.LineId;
import java.util.List;

/**
 * The seller declined the buyer's cancellation requests for the lines (R10): the lines leave their requests,
 * and a request with no line left is closed. (An accepted request is an {@link OrderCancelled} or a
 * {@link CancellationRequestAccepted} with reason {@code buyer-requested}.)
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause its cause
 * @param lines the lines declined; empty (JSON written before requests named their lines) for every open
 *     request
 */
public record CancellationRequestDeclined(
    @JsonProperty(value = "cause", required = true) Cause cause,
    @JsonProperty("lines") List<LineId> lines) implements Event {
  /** Checks the components. */
  @JsonCreator
  public CancellationRequestDeclined {
    required("cancellationRequestDeclined.cause", cause, "must not be null");
    lines = listOrEmpty("cancellationRequestDeclined.lines", lines);
  }
}
