package io.github.orderly.testkit;

import io.github.orderly.access.Role;
import io.github.orderly.workflow.Command;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of a {@link Scenario}: a command, the role that sends it and the instant it is decided at.
 * Immutable and thread-safe.
 *
 * @param command the command
 * @param role who sends it
 * @param at when it is decided
 */
public record Step(Command command, Role role, Instant at) {
  /** Checks that no component is missing. */
  public Step {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(at, "at");
  }

  /** Returns the step in one line: {@code ConfirmShipment c3 as STAFF at 2026-…: lines=[L1×2], …}. */
  @Override
  public String toString() {
    return Transcript.command(command) + " as " + role + " at " + at;
  }
}
