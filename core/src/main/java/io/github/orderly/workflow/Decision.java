package io.github.orderly.workflow;

import io.github.orderly.order.Order;
import java.util.List;
import java.util.Optional;

/**
 * The answer of {@link OrderWorkflow#decide}: either the events a command caused and the order they lead
 * to, or a {@link Rejection} and the order unchanged.
 *
 * <p>A command whose id the order already accepted is accepted again with no events and the order
 * unchanged (R43): {@link #isRepeat()}.
 *
 * @param order the order after the events; the order as given when rejected or repeated
 * @param events what happened, in order; empty when rejected or repeated
 * @param rejection why the command was refused, if it was
 */
public record Decision(Order order, List<Event> events, Optional<Rejection> rejection) {

  /**
   * Creates the value.
   *
   * @param order the order after the events
   * @param events what happened
   * @param rejection why the command was refused, if it was
   * @throws IllegalArgumentException if a rejection comes with events
   */
  public Decision {
    InvalidCommandException.required("decision.order", order, "must not be null");
    events = InvalidCommandException.list("decision.events", events);
    InvalidCommandException.required("decision.rejection", rejection, "must not be null");
    if (rejection.isPresent() && !events.isEmpty()) {
      throw new InvalidCommandException("decision.events", events, "a rejected command has no events");
    }
  }

  static Decision accepted(Order order, List<Event> events) {
    return new Decision(order, events, Optional.empty());
  }

  static Decision rejected(Order order, Rejection rejection) {
    return new Decision(order, List.of(), Optional.of(rejection));
  }

  /** Returns whether the command was accepted (possibly as a repeat with no events). */
  public boolean isAccepted() {
    return rejection.isEmpty();
  }

  /** Returns whether the command was accepted as a repeat of one already applied: no events (R43). */
  public boolean isRepeat() {
    return rejection.isEmpty() && events.isEmpty();
  }
}
