package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.RefundId;
import java.util.List;

/**
 * A processing refund settled (R13, R19).
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause its cause
 * @param refundId the refund
 * @param statuses the lines changed, with their new statuses
 */
public record RefundSucceeded(
    @JsonProperty(value = "cause", required = true) Cause cause,
    @JsonProperty(value = "refundId", required = true) RefundId refundId,
    @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
  /** Checks the components. */
  @JsonCreator
  public RefundSucceeded {
    required("refundSucceeded.cause", cause, "must not be null");
    required("refundSucceeded.refundId", refundId, "must not be null");
    statuses = listOrEmpty("refundSucceeded.statuses", statuses);
  }
}
