package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The marketplace verified the payment: the lines' payment became authorised (R1, R41).
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause its cause
 * @param statuses the lines changed, with their new statuses
 */
public record PaymentConfirmed(
    @JsonProperty(value = "cause", required = true) Cause cause,
    @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
  /** Checks the components. */
  @JsonCreator
  public PaymentConfirmed {
    required("paymentConfirmed.cause", cause, "must not be null");
    statuses = listOrEmpty("paymentConfirmed.statuses", statuses);
  }
}
