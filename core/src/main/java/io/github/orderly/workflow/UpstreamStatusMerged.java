package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.UpstreamStatus;

/**
 * A newer status reported by the marketplace was merged into the order (R29, R50). A reported
 * cancellation of an order not yet shipped is an {@link OrderCancelled} instead.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause its cause
 * @param upstream the merged status
 */
public record UpstreamStatusMerged(
    @JsonProperty(value = "cause", required = true) Cause cause,
    @JsonProperty(value = "upstream", required = true) UpstreamStatus upstream) implements Event {
  /** Checks the components. */
  @JsonCreator
  public UpstreamStatusMerged {
    required("upstreamStatusMerged.cause", cause, "must not be null");
    required("upstreamStatusMerged.upstream", upstream, "must not be null");
  }
}
