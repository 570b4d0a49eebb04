package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.optional;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.Address;
import java.util.List;
import java.util.Optional;

/**
 * The buyer changed the address or quantities within the edit window (R11).
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause its cause
 * @param deliveryAddress the new address, if it changed
 * @param quantities the new quantities
 */
public record OrderEditedByBuyer(
    @JsonProperty(value = "cause", required = true) Cause cause,
    @JsonProperty("deliveryAddress") Optional<Address> deliveryAddress,
    @JsonProperty("quantities") List<LineQuantity> quantities) implements Event {
  /** Checks the components. */
  @JsonCreator
  public OrderEditedByBuyer {
    required("orderEditedByBuyer.cause", cause, "must not be null");
    deliveryAddress = optional(deliveryAddress);
    quantities = listOrEmpty("orderEditedByBuyer.quantities", quantities);
  }
}
