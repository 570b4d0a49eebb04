package io.github.orderly.workflow;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.LineId;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;

/**
 * The two statuses one line has after an event (R40): what an {@link Event} says a line became. Each
 * change from the line's previous status must be a row of {@link StatusTables} (R42).
 *
 * <p>Immutable and thread-safe.
 *
 * @param lineId the line
 * @param itemStatus its item status after the event
 * @param paymentStatus its payment status after the event
 */
public record LineStatus(
    @JsonProperty(value = "lineId", required = true) LineId lineId,
    @JsonProperty(value = "itemStatus", required = true) ItemStatus itemStatus,
    @JsonProperty(value = "paymentStatus", required = true) PaymentStatus paymentStatus) {

  /**
   * Creates the value.
   *
   * @param lineId the line
   * @param itemStatus its item status after the event
   * @param paymentStatus its payment status after the event
   */
  @JsonCreator
  public LineStatus {
    InvalidCommandException.required("lineStatus.lineId", lineId, "must not be null");
    InvalidCommandException.required("lineStatus.itemStatus", itemStatus, "must not be null");
    InvalidCommandException.required("lineStatus.paymentStatus", paymentStatus, "must not be null");
  }
}
