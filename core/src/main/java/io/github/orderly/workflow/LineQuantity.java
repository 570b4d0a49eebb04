package io.github.orderly.workflow;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.LineId;

/**
 * A new quantity ordered for one line: what a buyer's edit changes (R11).
 *
 * <p>Immutable and thread-safe.
 *
 * @param lineId the line
 * @param quantity the new quantity ordered, positive
 */
public record LineQuantity(
    @JsonProperty(value = "lineId", required = true) LineId lineId,
    @JsonProperty(value = "quantity", required = true) int quantity) {

  /**
   * Creates the value.
   *
   * @param lineId the line
   * @param quantity the new quantity ordered, positive
   * @throws InvalidCommandException if the line is missing or the quantity not positive
   */
  @JsonCreator
  public LineQuantity {
    InvalidCommandException.required("lineQuantity.lineId", lineId, "must not be null");
    if (quantity <= 0) {
      throw new InvalidCommandException("lineQuantity[" + lineId + "].quantity", quantity, "must be positive");
    }
  }
}
