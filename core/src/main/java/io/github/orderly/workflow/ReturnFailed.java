package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.RmaId;
import java.util.List;

/**
 * A return did not complete.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause its cause
 * @param rmaId the return
 * @param statuses the lines changed, with their new statuses
 */
public record ReturnFailed(
    @JsonProperty(value = "cause", required = true) Cause cause,
    @JsonProperty(value = "rmaId", required = true) RmaId rmaId,
    @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
  /** Checks the components. */
  @JsonCreator
  public ReturnFailed {
    required("returnFailed.cause", cause, "must not be null");
    required("returnFailed.rmaId", rmaId, "must not be null");
    statuses = listOrEmpty("returnFailed.statuses", statuses);
  }
}
