package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.status.OrderStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * The latest order status the marketplace reported, merged monotonically (R29, R50); an order keeps the last
 * one it merged ({@link Order#upstream()}). Immutable and thread-safe.
 *
 * <p>Imported orders move (Pending availability →) Pending → Unshipped → Partially shipped (→ Invoice unconfirmed, R53) → Shipped (R29); Cancelled ends every
 * path. {@link #merge(OrderStatus, Instant)} takes an update pulled from the marketplace and keeps it only
 * when it is newer than the last one seen and does not move the order back: an older or repeated
 * update never rolls an order back. An upstream cancellation is final and blocks a later local shipment
 * ({@link #blocksShipment()}).
 *
 * <p>Reports that follow R29's path (a later report is never a step back) merge to the same status in any
 * arrival order. Reports that contradict each other cannot: a cancellation dated before a shipment report both
 * end the order, so the first of them to arrive wins (the older one is ignored after the newer; nothing follows
 * a cancellation).
 *
 * @param status the status last accepted from the marketplace
 * @param observedAt when the marketplace reported it
 */
public record UpstreamStatus(
    @JsonProperty("status") OrderStatus status, @JsonProperty("observedAt") Instant observedAt) {
  /** Checks the values. */
  public UpstreamStatus {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(observedAt, "observedAt");
  }

  /**
   * Merges an update pulled from the marketplace.
   *
   * @param update the reported status
   * @param reportedAt when the marketplace reported it
   * @return the merged status: this one if the update is older, repeated or a step back; else the update
   */
  public UpstreamStatus merge(OrderStatus update, Instant reportedAt) {
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(reportedAt, "reportedAt");
    if (!reportedAt.isAfter(observedAt) || status == OrderStatus.CANCELLED || rank(update) < rank(status)) {
      return this;
    }
    return new UpstreamStatus(update, reportedAt);
  }

  /**
   * Returns whether merging the update would change this status: it is newer and neither a step back nor
   * after a cancellation.
   *
   * @param update the reported status
   * @param reportedAt when the marketplace reported it
   * @return true if {@link #merge(OrderStatus, Instant)} returns a different value
   */
  public boolean advancesTo(OrderStatus update, Instant reportedAt) {
    return merge(update, reportedAt) != this;
  }

  /** Returns whether the marketplace cancelled the order, so that it must not ship locally (R50). */
  public boolean blocksShipment() {
    return status == OrderStatus.CANCELLED;
  }

  /** The position of a status on the path of R29 (a pre-order's release first, R52; Invoice unconfirmed just before Shipped, R53); Cancelled is past every other. */
  private static int rank(OrderStatus status) {
    return switch (status) {
      case PENDING_AVAILABILITY -> 0;
      case PENDING -> 1;
      case UNSHIPPED -> 2;
      case PARTIALLY_SHIPPED -> 3;
      case INVOICE_UNCONFIRMED -> 4;
      case SHIPPED -> 5;
      case CANCELLED -> 6;
    };
  }
}
