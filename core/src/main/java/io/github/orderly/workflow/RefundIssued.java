package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.Refund;
import java.util.List;

/**
 * A refund was issued and is processing (R13, R16).
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause its cause
 * @param refund the refund
 * @param statuses the lines changed, with their new statuses
 */
public record RefundIssued(
    @JsonProperty(value = "cause", required = true) Cause cause,
    @JsonProperty(value = "refund", required = true) Refund refund,
    @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
  /** Checks the components. */
  @JsonCreator
  public RefundIssued {
    required("refundIssued.cause", cause, "must not be null");
    required("refundIssued.refund", refund, "must not be null");
    statuses = listOrEmpty("refundIssued.statuses", statuses);
  }
}
