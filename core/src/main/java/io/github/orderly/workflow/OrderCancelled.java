package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.optional;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.Cancellation;
import io.github.orderly.order.Sku;
import io.github.orderly.order.UpstreamStatus;
import java.util.List;
import java.util.Optional;

/**
 * The whole order was cancelled before any of it shipped (R3, R4, R6, R8, R9, R10, R12, R18, R50); an open
 * buyer request is closed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause its cause
 * @param cancellation the reason, who and when
 * @param statuses the lines changed, with their new statuses
 * @param inventoryToZero the SKUs whose inventory the host is asked to set to zero: a "no stock"
 *     cancellation with {@link WorkflowContext#zeroInventoryOnNoStock()} on (R4); empty otherwise
 * @param upstream the marketplace's report that cancelled the order (R50), when it was one
 */
public record OrderCancelled(
    @JsonProperty(value = "cause", required = true) Cause cause,
    @JsonProperty(value = "cancellation", required = true) Cancellation cancellation,
    @JsonProperty("statuses") List<LineStatus> statuses,
    @JsonProperty("inventoryToZero") List<Sku> inventoryToZero,
    @JsonProperty("upstream") Optional<UpstreamStatus> upstream) implements Event {
  /** Checks the components. */
  @JsonCreator
  public OrderCancelled {
    required("orderCancelled.cause", cause, "must not be null");
    required("orderCancelled.cancellation", cancellation, "must not be null");
    statuses = listOrEmpty("orderCancelled.statuses", statuses);
    inventoryToZero = listOrEmpty("orderCancelled.inventoryToZero", inventoryToZero);
    upstream = optional(upstream);
  }
}
