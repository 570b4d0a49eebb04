package io.github.orderly.workflow;

import io.github.orderly.order.CommandId;
import java.util.Objects;
import java.util.Set;

/**
 * The host's answer to "did I already apply this command?": its event store knows every command id it
 * stored (the PostgreSQL store has a unique key on it). {@link OrderWorkflow#decide} asks it before the
 * rules, so a redelivered command is {@link Decision.Outcome#REPEATED} whatever it is (R43). The order itself
 * keeps no list of command ids; without a log, only commands whose natural key is on the order are
 * recognised (see {@link OrderWorkflow}).
 *
 * <p>Implementations must be stateless for the duration of a decision and thread-safe if
 * shared.
 */
@FunctionalInterface
public interface CommandLog {
  /**
   * Returns whether a command with this id was already applied to the order being decided.
   *
   * @param id the command id
   * @return true if it was
   */
  boolean contains(CommandId id);

  /** Returns the log that knows no command: the workflow relies on the order's natural keys alone. */
  static CommandLog none() {
    return id -> false;
  }

  /**
   * Returns a log of the given ids, copied.
   *
   * @param ids the ids already applied
   * @return the log
   */
  static CommandLog of(Set<CommandId> ids) {
    Set<CommandId> copy = Set.copyOf(Objects.requireNonNull(ids, "ids"));
    return copy::contains;
  }
}
