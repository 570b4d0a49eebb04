package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.UpstreamStatus;
import java.util.List;

/**
 * A newer status reported by the marketplace was merged into the order (R29, R50). A reported
 * cancellation of an order not yet shipped is an {@link OrderCancelled} instead. A report past Pending
 * availability releases a pre-order (R52): its lines awaiting release become Order placed, and their payment
 * is authorized when the marketplace reports the order Unshipped or later; {@link #statuses()} lists them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause its cause
 * @param upstream the merged status
 * @param statuses the lines the report released (R52), with their new statuses; empty otherwise
 */
public record UpstreamStatusMerged(
    @JsonProperty(value = "cause", required = true) Cause cause,
    @JsonProperty(value = "upstream", required = true) UpstreamStatus upstream,
    @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
  /** Checks the components. */
  @JsonCreator
  public UpstreamStatusMerged {
    required("upstreamStatusMerged.cause", cause, "must not be null");
    required("upstreamStatusMerged.upstream", upstream, "must not be null");
    statuses = listOrEmpty("upstreamStatusMerged.statuses", statuses);
  }

  /**
   * A merged status that changes no line.
   *
   * @param cause its cause
   * @param upstream the merged status
   */
  public UpstreamStatusMerged(Cause cause, UpstreamStatus upstream) {
    this(cause, upstream, List.of());
  }
}
