package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.Cancellation;
import java.util.List;

/**
 * The seller accepted the buyer's cancellation requests for some lines of the order, before anything shipped
 * (R10): those lines are cancelled as the seller's cancellation with reason {@code buyer-requested} and leave
 * their requests; the other lines stay open. (Accepting requests for every line not cancelled cancels the
 * order: {@link OrderCancelled}.) The order keeps no cancellation record, which is for a cancelled order; this
 * event is the lines' record.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause its cause
 * @param cancellation the reason, who and when
 * @param statuses the lines cancelled, with their new statuses
 */
public record CancellationRequestAccepted(
    @JsonProperty(value = "cause", required = true) Cause cause,
    @JsonProperty(value = "cancellation", required = true) Cancellation cancellation,
    @JsonProperty(value = "statuses", required = true) List<LineStatus> statuses) implements Event {
  /** Checks the components. */
  @JsonCreator
  public CancellationRequestAccepted {
    required("cancellationRequestAccepted.cause", cause, "must not be null");
    required("cancellationRequestAccepted.cancellation", cancellation, "must not be null");
    statuses = listOrEmpty("cancellationRequestAccepted.statuses", statuses);
  }
}
