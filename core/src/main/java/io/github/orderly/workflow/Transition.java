package io.github.orderly.workflow;

import java.util.Objects;

/**
 * One row of a {@link TransitionTable}: a status may change from {@code from} to {@code to} when an event
 * of type {@code event} happens (R42).
 *
 * @param from the status before
 * @param to the status after, different from {@code from}
 * @param event the type of event that causes the change
 * @param rule the rule the row comes from, such as {@code "R7"}; empty when it is plain fulfilment
 * @param <S> the status type
 */
public record Transition<S extends Enum<S>>(S from, S to, Class<? extends Event> event, String rule) {
  /**
   * Creates the row.
   *
   * @param from the status before
   * @param to the status after
   * @param event the event type
   * @param rule the rule, or empty
   * @throws IllegalArgumentException if {@code from} equals {@code to}
   */
  public Transition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(rule, "rule");
    if (from == to) {
      throw new IllegalArgumentException("transition " + from + " -> " + to + ": a row must change the status");
    }
  }
}
