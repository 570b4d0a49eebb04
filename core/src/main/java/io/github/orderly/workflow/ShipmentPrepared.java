package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.Order;
import java.util.List;

/**
 * Lines went from Order placed to Preparing to ship.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause its cause
 * @param statuses the lines changed, with their new statuses
 */
public record ShipmentPrepared(
    @JsonProperty(value = "cause", required = true) Cause cause,
    @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
  /** Checks the components. */
  @JsonCreator
  public ShipmentPrepared {
    required("shipmentPrepared.cause", cause, "must not be null");
    statuses = listOrEmpty("shipmentPrepared.statuses", statuses);
  }
}
