package io.github.orderly.workflow;

import io.github.orderly.order.Order;
import java.util.List;
import java.util.Optional;

/**
 * The answer of {@link OrderWorkflow#decide}, one of three {@link Outcome}s:
 * <ul>
 *   <li>{@link Outcome#ACCEPTED}: exactly one event, and the order it leads to, whose version is one more;
 *   <li>{@link Outcome#REPEATED}: the command was already applied (R43): no event, the order as given;
 *   <li>{@link Outcome#REJECTED}: a {@link Rejection} naming the rule, no event, the order as given.
 * </ul>
 * Immutable and thread-safe.
 *
 * @param outcome which of the three it is
 * @param order the order after the event; the order as given when repeated or rejected
 * @param events the one event of an accepted command; empty otherwise
 * @param rejection why the command was refused, if it was
 */
public record Decision(Outcome outcome, Order order, List<Event> events, Optional<Rejection> rejection) {

  /**
   * How a command was answered.
   *
   * <p>Immutable and thread-safe.
   */
  public enum Outcome {
    /** The command was applied: one event. */
    ACCEPTED,
    /** The command was applied before; nothing changes (R43). */
    REPEATED,
    /** The command was refused under a rule; nothing changes. */
    REJECTED
  }

  /** Checks that the components agree with the outcome. */
  public Decision {
    InvalidCommandException.required("decision.outcome", outcome, "must not be null");
    InvalidCommandException.required("decision.order", order, "must not be null");
    events = InvalidCommandException.list("decision.events", events);
    InvalidCommandException.required("decision.rejection", rejection, "must not be null");
    if ((outcome == Outcome.ACCEPTED) != (events.size() == 1)) {
      throw new InvalidCommandException("decision.events", events, "an " + outcome + " decision has "
          + (outcome == Outcome.ACCEPTED ? "exactly one event" : "no event"));
    }
    if ((outcome == Outcome.REJECTED) != rejection.isPresent()) {
      throw new InvalidCommandException("decision.rejection", rejection.orElse(null), "only a REJECTED decision"
          + " has a rejection, and it always has one");
    }
  }

  static Decision accepted(Order order, Event event) {
    return new Decision(Outcome.ACCEPTED, order, List.of(event), Optional.empty());
  }

  static Decision repeated(Order order) {
    return new Decision(Outcome.REPEATED, order, List.of(), Optional.empty());
  }

  static Decision rejected(Order order, Rejection rejection) {
    return new Decision(Outcome.REJECTED, order, List.of(), Optional.of(rejection));
  }

  /** Returns whether the command was applied now: one event, a new version. */
  public boolean isAccepted() {
    return outcome == Outcome.ACCEPTED;
  }

  /** Returns whether the command was recognised as applied before: no event, no change (R43). */
  public boolean isRepeat() {
    return outcome == Outcome.REPEATED;
  }

  /** Returns whether the command was refused: see {@link #rejection()}. */
  public boolean isRejected() {
    return outcome == Outcome.REJECTED;
  }

  /** Returns the event of an accepted command, or empty. */
  public Optional<Event> event() {
    return events.isEmpty() ? Optional.empty() : Optional.of(events.get(0));
  }
}
