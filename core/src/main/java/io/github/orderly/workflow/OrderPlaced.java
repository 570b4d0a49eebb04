package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.access.Actor;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.Order;

/**
 * The order as it was placed or first reported: the first event of every order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause its cause; see {@link #of(Order)}
 * @param order the order
 */
public record OrderPlaced(
    @JsonProperty(value = "cause", required = true) Cause cause,
    @JsonProperty(value = "order", required = true) Order order) implements Event {
  /** Checks the components. */
  @JsonCreator
  public OrderPlaced {
    required("orderPlaced.cause", cause, "must not be null");
    required("orderPlaced.order", order, "must not be null");
  }

  /**
   * Returns the event of an order the marketplace reported: command id {@code placed:<order id>}, at the
   * instant it was first reported, by {@link Actor#MARKETPLACE}.
   *
   * @param order the order
   * @return the event
   */
  public static OrderPlaced of(Order order) {
    required("orderPlaced.order", order, "must not be null");
    return new OrderPlaced(new Cause(CommandId.of("placed:" + order.id()), order.firstReportedAt(),
        Actor.MARKETPLACE), order);
  }
}
