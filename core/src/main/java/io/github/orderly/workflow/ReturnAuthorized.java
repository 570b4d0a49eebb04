package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.ReturnAuthorization;
import java.util.List;

/**
 * A return was authorised under an RMA id (R20).
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause its cause
 * @param authorization the return
 * @param statuses the lines changed, with their new statuses
 */
public record ReturnAuthorized(
    @JsonProperty(value = "cause", required = true) Cause cause,
    @JsonProperty(value = "authorization", required = true) ReturnAuthorization authorization,
    @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
  /** Checks the components. */
  @JsonCreator
  public ReturnAuthorized {
    required("returnAuthorized.cause", cause, "must not be null");
    required("returnAuthorized.authorization", authorization, "must not be null");
    statuses = listOrEmpty("returnAuthorized.statuses", statuses);
  }
}
