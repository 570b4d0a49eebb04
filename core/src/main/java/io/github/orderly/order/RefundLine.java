package io.github.orderly.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.internal.OrderlyStyle;
import io.github.orderly.money.Money;
import org.immutables.value.Value;

/**
 * How much of one line a refund gives back.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OrderlyStyle
@JsonSerialize(as = ImmutableRefundLine.class)
@JsonDeserialize(as = ImmutableRefundLine.class)
public abstract class RefundLine {
  RefundLine() {}

  /** Returns the line refunded. */
  @Value.Parameter
  public abstract LineId lineId();

  /** Returns the amount given back; always positive. */
  @Value.Parameter
  public abstract Money amount();

  /**
   * Obtains a refund line.
   *
   * @param lineId the line
   * @param amount the amount, positive
   * @return the refund line
   */
  public static RefundLine of(LineId lineId, Money amount) {
    return ImmutableRefundLine.of(lineId, amount);
  }

  @Value.Check
  void check() {
    if (!amount().isPositive()) {
      throw new InvalidOrderException("refund.lines[" + lineId() + "].amount", amount(), "must be positive");
    }
  }
}
