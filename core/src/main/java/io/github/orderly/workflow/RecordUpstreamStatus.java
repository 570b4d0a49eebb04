package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.Limits;
import io.github.orderly.order.CommandId;
import io.github.orderly.status.OrderStatus;
import java.time.Instant;

/**
 * Merge an order status pulled from the marketplace (R29, R50): kept only when it is newer than the last
 * one merged and does not move the order back; a reported cancellation of an order not yet shipped
 * cancels it as the marketplace, and blocks any later local shipment.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 * @param status the status the marketplace reports
 * @param reportedAt when the marketplace last updated the order (its {@code LastUpdateDate})
 */
public record RecordUpstreamStatus(
    @JsonProperty(value = "id", required = true) CommandId id,
    @JsonProperty(value = "status", required = true) OrderStatus status,
    @JsonProperty(value = "reportedAt", required = true) Instant reportedAt) implements Command {
  /** Checks the components. */
  @JsonCreator
  public RecordUpstreamStatus {
    required("recordUpstreamStatus.id", id, "must not be null");
    required("recordUpstreamStatus.status", status, "must not be null");
    required("recordUpstreamStatus.reportedAt", reportedAt, "must not be null");
    Limits.checkInstant("recordUpstreamStatus.reportedAt", reportedAt, InvalidCommandException::new);
  }
}
