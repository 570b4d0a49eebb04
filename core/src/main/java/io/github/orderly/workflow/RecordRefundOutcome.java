package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundState;

/**
 * Record how a processing refund ended (R19): {@code SUCCEEDED} settles it; {@code FAILED} makes its lines
 * Refund failed, and the seller must refund by hand.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 * @param refundId the refund
 * @param outcome {@link RefundState#SUCCEEDED} or {@link RefundState#FAILED}
 */
public record RecordRefundOutcome(
    @JsonProperty(value = "id", required = true) CommandId id,
    @JsonProperty(value = "refundId", required = true) RefundId refundId,
    @JsonProperty(value = "outcome", required = true) RefundState outcome) implements Command {
  /** Checks the components: the outcome cannot be {@code PROCESSING}. */
  @JsonCreator
  public RecordRefundOutcome {
    required("recordRefundOutcome.id", id, "must not be null");
    required("recordRefundOutcome.refundId", refundId, "must not be null");
    required("recordRefundOutcome.outcome", outcome, "must not be null");
    if (outcome == RefundState.PROCESSING) {
      throw new InvalidCommandException("recordRefundOutcome.outcome", outcome, "must be SUCCEEDED or FAILED");
    }
  }
}
