package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.Shipment;
import java.util.List;

/**
 * A shipment was confirmed: its lines shipped, and the first confirmation charged every line (R2, R7).
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause its cause
 * @param shipment the shipment
 * @param statuses the lines changed, with their new statuses
 */
public record ShipmentConfirmed(
    @JsonProperty(value = "cause", required = true) Cause cause,
    @JsonProperty(value = "shipment", required = true) Shipment shipment,
    @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
  /** Checks the components. */
  @JsonCreator
  public ShipmentConfirmed {
    required("shipmentConfirmed.cause", cause, "must not be null");
    required("shipmentConfirmed.shipment", shipment, "must not be null");
    statuses = listOrEmpty("shipmentConfirmed.statuses", statuses);
  }
}
