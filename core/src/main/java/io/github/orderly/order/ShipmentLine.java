package io.github.orderly.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.internal.OrderlyStyle;
import org.immutables.value.Value;

/**
 * How many units of one line a shipment carries.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OrderlyStyle
@JsonSerialize(as = ImmutableShipmentLine.class)
@JsonDeserialize(as = ImmutableShipmentLine.class)
public abstract class ShipmentLine {
  ShipmentLine() {}

  /** Returns the line shipped. */
  @Value.Parameter
  public abstract LineId lineId();

  /** Returns the units shipped; positive, at most {@link io.github.orderly.Limits#MAX_QUANTITY}. */
  @Value.Parameter
  public abstract int quantity();

  /**
   * Obtains a shipment line.
   *
   * @param lineId the line
   * @param quantity the units, positive
   * @return the shipment line
   */
  public static ShipmentLine of(LineId lineId, int quantity) {
    return ImmutableShipmentLine.of(lineId, quantity);
  }

  @Value.Check
  void check() {
    if (quantity() <= 0 || quantity() > io.github.orderly.Limits.MAX_QUANTITY) {
      Checks.quantity("shipment.lines[" + lineId() + "].quantity", quantity());
    }
  }
}
