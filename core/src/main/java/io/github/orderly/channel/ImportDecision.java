package io.github.orderly.channel;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import io.github.orderly.order.Order;
import java.util.Objects;
import java.util.Optional;

/**
 * What to do with one marketplace order at a sync (R28). A blocked order is simply decided again at
 * the next sync; once its blockers are gone the decision is {@link Outcome#CREATE}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outcome what to do
 * @param blockers why the order is blocked, one per blocking line; empty unless blocked
 */
public record ImportDecision(
    @JsonProperty("outcome") Outcome outcome, @JsonProperty("blockers") List<ImportBlocker> blockers) {
  /**
   * The possible outcomes.
   *
   * <p>Immutable and thread-safe.
   */
  public enum Outcome {
    /** Create the order in the host's workflow. */
    CREATE,
    /** Keep it out for now; retry at the next sync. */
    BLOCKED,
    /** Placed before the integration started: never imported. */
    BEFORE_INTEGRATION,
    /** Import is disabled: show the order, accept no command on it. */
    VIEW_ONLY
  }

  /** Checks that only a blocked decision has blockers, and that it has at least one. */
  public ImportDecision {
    Objects.requireNonNull(outcome, "outcome");
    blockers = List.copyOf(Objects.requireNonNull(blockers, "blockers"));
    if ((outcome == Outcome.BLOCKED) == blockers.isEmpty()) {
      throw new IllegalArgumentException("blockers = '" + blockers + "': a " + outcome
          + " decision " + (outcome == Outcome.BLOCKED ? "needs blockers" : "has none"));
    }
  }

  /**
   * Returns the order to keep, if any: the order itself when it is created, the order marked
   * {@link Order#viewOnly() view-only} when import is disabled (the workflow then refuses every command on
   * it, R28), nothing when it is blocked or placed before the integration started.
   *
   * @param order the marketplace order this decision is about
   * @return the order to store, or empty
   */
  public Optional<Order> admit(Order order) {
    Objects.requireNonNull(order, "order");
    return switch (outcome) {
      case CREATE -> Optional.of(order);
      case VIEW_ONLY -> Optional.of(Order.builder().from(order).viewOnly(true).build());
      case BLOCKED, BEFORE_INTEGRATION -> Optional.empty();
    };
  }

  /** Returns whether commands may act on the order in the host's workflow. */
  public boolean acceptsCommands() {
    return outcome == Outcome.CREATE;
  }
}
