package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.optional;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.Refund;
import io.github.orderly.order.RmaId;
import java.util.List;
import java.util.Optional;

/**
 * The seller received a return's units (R6, R20), and the automatic refund for them was issued, less the
 * actual shipping cost where the reason says so (R14); none when nothing was left to refund.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause its cause
 * @param rmaId the return
 * @param refund the automatic refund, processing, if one was issued (R19: it can still fail)
 * @param statuses the lines changed, with their new statuses
 */
public record ReturnReceived(
    @JsonProperty(value = "cause", required = true) Cause cause,
    @JsonProperty(value = "rmaId", required = true) RmaId rmaId,
    @JsonProperty("refund") Optional<Refund> refund,
    @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
  /** Checks the components. */
  @JsonCreator
  public ReturnReceived {
    required("returnReceived.cause", cause, "must not be null");
    required("returnReceived.rmaId", rmaId, "must not be null");
    refund = optional(refund);
    statuses = listOrEmpty("returnReceived.statuses", statuses);
  }
}
