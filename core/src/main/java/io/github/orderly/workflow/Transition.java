package io.github.orderly.workflow;

import io.github.orderly.Rule;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a {@link TransitionTable}: a line's status may change from {@code from} to {@code to} when an
 * event of type {@code event} happens and the row's {@link Guard} holds (R42). Immutable and thread-safe.
 *
 * @param from the status before
 * @param to the status after, different from {@code from}
 * @param event the type of event that causes the change
 * @param guard the condition under which the row applies; {@link Guard#ALWAYS} for none
 * @param rule the rule the row comes from; empty when it is plain fulfilment
 * @param <S> the status type
 */
public record Transition<S extends Enum<S>>(S from, S to, Class<? extends Event> event, Guard guard,
    Optional<Rule> rule) {
  /**
   * Checks the row.
   *
   * @throws IllegalArgumentException if {@code from} equals {@code to}, or the guard cannot be asked about
   *     the event
   */
  public Transition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(guard, "guard");
    Objects.requireNonNull(rule, "rule");
    if (from == to) {
      throw new IllegalArgumentException("transition " + from + " -> " + to + ": a row must change the status");
    }
    if (!guard.appliesTo(event)) {
      throw new IllegalArgumentException("transition " + from + " -> " + to + ": guard " + guard
          + " cannot be asked about " + event.getSimpleName());
    }
  }

  /** Returns the row as the diagrams label it, such as {@code OrderCancelled [marketplace-fulfilled] (R18)}. */
  public String label() {
    return event.getSimpleName() + (guard == Guard.ALWAYS ? "" : " [" + guard.label() + "]")
        + rule.map(r -> " " + r.cite()).orElse("");
  }
}
