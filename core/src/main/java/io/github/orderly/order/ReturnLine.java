package io.github.orderly.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.internal.OrderlyStyle;
import org.immutables.value.Value;

/**
 * How many units of one line a return brings back.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OrderlyStyle
@JsonSerialize(as = ImmutableReturnLine.class)
@JsonDeserialize(as = ImmutableReturnLine.class)
public abstract class ReturnLine {
  ReturnLine() {}

  /** Returns the line returned. */
  @Value.Parameter
  public abstract LineId lineId();

  /** Returns the units returned; positive, at most {@link io.github.orderly.Limits#MAX_QUANTITY}. */
  @Value.Parameter
  public abstract int quantity();

  /**
   * Obtains a return line.
   *
   * @param lineId the line
   * @param quantity the units, positive
   * @return the return line
   */
  public static ReturnLine of(LineId lineId, int quantity) {
    return ImmutableReturnLine.of(lineId, quantity);
  }

  @Value.Check
  void check() {
    if (quantity() <= 0 || quantity() > io.github.orderly.Limits.MAX_QUANTITY) {
      Checks.quantity("return.lines[" + lineId() + "].quantity", quantity());
    }
  }
}
