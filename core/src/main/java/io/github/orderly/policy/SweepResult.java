package io.github.orderly.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Sweep} found due at one instant (R45), sorted: by the instant each action became due,
 * then by order id, deadline kind and type of action. Equal inputs give equal results.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at the instant of the sweep
 * @param actions every due action, sorted
 */
public record SweepResult(Instant at, List<DueAction> actions) {
  /** Creates a result; the list is copied. */
  public SweepResult {
    Objects.requireNonNull(at, "at");
    actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
  }

  /** Returns the automatic cancellations to apply, in the result's order. */
  public List<AutomaticCancellation> cancellations() {
    return only(AutomaticCancellation.class);
  }

  /** Returns the warnings to show or send, in the result's order. */
  public List<Warning> warnings() {
    return only(Warning.class);
  }

  /** Returns the escalations of unanswered buyer requests, in the result's order. */
  public List<Escalation> escalations() {
    return only(Escalation.class);
  }

  private <T extends DueAction> List<T> only(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (DueAction action : actions) {
      if (type.isInstance(action)) {
        out.add(type.cast(action));
      }
    }
    return List.copyOf(out);
  }
}
