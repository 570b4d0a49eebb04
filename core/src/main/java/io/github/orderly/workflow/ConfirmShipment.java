package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.list;
import static io.github.orderly.workflow.InvalidCommandException.optional;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.Limits;
import io.github.orderly.money.Money;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.TrackingId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Confirm that units of some lines left with a carrier (R2). The first confirmation charges the buyer for
 * the whole order (R7); what does not ship may be refunded instead (R16). Build it with {@link #of}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 * @param lines the units shipped per line, at least one line, each line once
 * @param carrier the carrier
 * @param trackingId the carrier's tracking id: the shipment's natural key on the order (R43)
 * @param shippedAt when the parcel left
 * @param actualShippingCost what the seller paid to ship, if known (R14)
 */
public record ConfirmShipment(
    @JsonProperty(value = "id", required = true) CommandId id,
    @JsonProperty(value = "lines", required = true) List<ShipmentLine> lines,
    @JsonProperty(value = "carrier", required = true) Carrier carrier,
    @JsonProperty(value = "trackingId", required = true) TrackingId trackingId,
    @JsonProperty(value = "shippedAt", required = true) Instant shippedAt,
    @JsonProperty("actualShippingCost") Optional<Money> actualShippingCost) implements Command {
  /** Checks the components: a field missing, no line, a line twice or a negative cost is refused. */
  @JsonCreator
  public ConfirmShipment {
    required("confirmShipment.id", id, "must not be null");
    lines = list("confirmShipment.lines", lines);
    if (lines.isEmpty()) {
      throw new InvalidCommandException("confirmShipment.lines", lines, "must name at least one line");
    }
    if (lines.stream().map(ShipmentLine::lineId).distinct().count() != lines.size()) {
      throw new InvalidCommandException("confirmShipment.lines", lines, "names a line twice");
    }
    required("confirmShipment.carrier", carrier, "must not be null");
    required("confirmShipment.trackingId", trackingId, "must not be null");
    required("confirmShipment.shippedAt", shippedAt, "must not be null");
    Limits.checkInstant("confirmShipment.shippedAt", shippedAt, InvalidCommandException::new);
    actualShippingCost = optional(actualShippingCost);
    if (actualShippingCost.isPresent() && actualShippingCost.get().isNegative()) {
      throw new InvalidCommandException("confirmShipment.actualShippingCost", actualShippingCost.get(),
          "must not be negative");
    }
  }

  /**
   * Returns a confirmation with no actual shipping cost recorded.
   *
   * @param id the command id
   * @param carrier the carrier
   * @param trackingId the tracking id
   * @param shippedAt when the parcel left
   * @param lines the units shipped per line
   * @return the command
   */
  public static ConfirmShipment of(CommandId id, Carrier carrier, TrackingId trackingId, Instant shippedAt,
      List<ShipmentLine> lines) {
    return new ConfirmShipment(id, lines, carrier, trackingId, shippedAt, Optional.empty());
  }

  /**
   * Returns a copy that records what the seller paid to ship (R14).
   *
   * @param cost the actual shipping cost, not negative
   * @return the command
   */
  public ConfirmShipment withActualShippingCost(Money cost) {
    return new ConfirmShipment(id, lines, carrier, trackingId, shippedAt, Optional.of(cost));
  }
}
