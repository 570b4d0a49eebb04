package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.Limits;
import io.github.orderly.access.Actor;
import io.github.orderly.order.CommandId;
import java.time.Instant;

/**
 * What caused an event: the command's id, the instant the workflow decided it, and who sent it. Every
 * {@link Event} carries one, so an order's events are its audit trail: who did what, and when. Immutable
 * and thread-safe.
 *
 * @param commandId the id of the command that caused the event
 * @param at the instant of the decision ({@link WorkflowContext#instant()})
 * @param actor who sent the command ({@link WorkflowContext#actor()})
 */
public record Cause(
    @JsonProperty(value = "commandId", required = true) CommandId commandId,
    @JsonProperty(value = "at", required = true) Instant at,
    @JsonProperty(value = "actor", required = true) Actor actor) {

  /**
   * Creates the value.
   *
   * @param commandId the command's id
   * @param at the instant of the decision
   * @param actor who sent the command
   * @throws InvalidCommandException if a component is missing
   */
  @JsonCreator
  public Cause {
    required("cause.commandId", commandId, "must not be null");
    required("cause.at", at, "must not be null");
    Limits.checkInstant("cause.at", at, InvalidCommandException::new);
    required("cause.actor", actor, "must not be null");
  }

  /** Returns {@code <command id> at <instant> by <actor>}. */
  @Override
  public String toString() {
    return commandId + " at " + at + " by " + actor;
  }
}
