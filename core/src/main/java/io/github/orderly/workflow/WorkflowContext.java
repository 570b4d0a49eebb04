package io.github.orderly.workflow;

import io.github.orderly.Limits;
import io.github.orderly.access.Actor;
import io.github.orderly.access.Role;
import io.github.orderly.order.UserId;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.DeadlinePolicy;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What {@link OrderWorkflow#decide} needs besides the order and the command: the instant of the decision,
 * who sends the command (R44), the marketplace's {@link DeadlinePolicy} (its zone, buyer edit window R11 and
 * return window R20, asked of {@link io.github.orderly.policy.Deadlines}), whether "no stock" zeroes
 * inventory (R4), and the host's {@link CommandLog} (R43). Nothing in the workflow reads a clock. Immutable
 * and thread-safe when its log is.
 *
 * <pre>{@code
 * WorkflowContext context = WorkflowContext.of(now, Role.STAFF, DeadlinePolicies.sellerCentralJapan())
 *     .withUser(UserId.of("u-1042"))
 *     .withZeroInventoryOnNoStock(true)
 *     .withCommandLog(eventStore::contains);
 * }</pre>
 *
 * @param instant when the command is decided: every event's {@link Cause#at()}
 * @param actor who sends it: every event's {@link Cause#actor()}
 * @param policy the marketplace's policy
 * @param zeroInventoryOnNoStock whether a "no stock" cancellation also asks the host to zero the SKUs'
 *     inventory (R4)
 * @param commandLog the commands the host already applied to the order (R43)
 */
public record WorkflowContext(
    Instant instant, Actor actor, DeadlinePolicy policy, boolean zeroInventoryOnNoStock, CommandLog commandLog) {

  /** Checks that no component is missing. */
  public WorkflowContext {
    InvalidCommandException.required("context.instant", instant, "must not be null");
    Limits.checkInstant("context.instant", instant, InvalidCommandException::new);
    InvalidCommandException.required("context.actor", actor, "must not be null");
    InvalidCommandException.required("context.policy", policy, "must not be null");
    InvalidCommandException.required("context.commandLog", commandLog, "must not be null");
  }

  /**
   * Obtains a context under {@link DeadlinePolicies#defaults()} (UTC, a 5-minute buyer edit window, a
   * 30-day return window), with no inventory zeroing and no command log.
   *
   * @param instant when the command is decided
   * @param role who sends it
   * @return the context
   */
  public static WorkflowContext of(Instant instant, Role role) {
    return of(instant, role, DeadlinePolicies.defaults());
  }

  /**
   * Obtains a context under a marketplace's policy, with no inventory zeroing and no command log.
   *
   * @param instant when the command is decided
   * @param role who sends it
   * @param policy the marketplace's policy
   * @return the context
   */
  public static WorkflowContext of(Instant instant, Role role, DeadlinePolicy policy) {
    InvalidCommandException.required("context.role", role, "must not be null");
    return new WorkflowContext(instant, Actor.of(role), policy, false, CommandLog.none());
  }

  /** Returns the acting role (R44). */
  public Role role() {
    return actor.role();
  }

  /** Returns the marketplace's time zone, the policy's: for dates in messages and windows. */
  public ZoneId zone() {
    return policy.zone();
  }

  /**
   * Returns a copy at another instant.
   *
   * @param instant the instant
   * @return the context
   */
  public WorkflowContext withInstant(Instant instant) {
    return new WorkflowContext(instant, actor, policy, zeroInventoryOnNoStock, commandLog);
  }

  /**
   * Returns a copy with another acting role and no user.
   *
   * @param role the role
   * @return the context
   */
  public WorkflowContext withRole(Role role) {
    InvalidCommandException.required("context.role", role, "must not be null");
    return new WorkflowContext(instant, Actor.of(role), policy, zeroInventoryOnNoStock, commandLog);
  }

  /**
   * Returns a copy whose actor names the person, in the same role.
   *
   * @param user the host's id of the person
   * @return the context
   */
  public WorkflowContext withUser(UserId user) {
    InvalidCommandException.required("context.user", user, "must not be null");
    return new WorkflowContext(instant, Actor.of(actor.role(), user), policy, zeroInventoryOnNoStock, commandLog);
  }

  /**
   * Returns a copy under another policy.
   *
   * @param policy the policy
   * @return the context
   */
  public WorkflowContext withPolicy(DeadlinePolicy policy) {
    return new WorkflowContext(instant, actor, policy, zeroInventoryOnNoStock, commandLog);
  }

  /**
   * Returns a copy that does or does not ask to zero inventory on a "no stock" cancellation (R4).
   *
   * @param zeroInventoryOnNoStock the switch
   * @return the context
   */
  public WorkflowContext withZeroInventoryOnNoStock(boolean zeroInventoryOnNoStock) {
    return new WorkflowContext(instant, actor, policy, zeroInventoryOnNoStock, commandLog);
  }

  /**
   * Returns a copy with the host's log of applied commands (R43).
   *
   * @param commandLog the log
   * @return the context
   */
  public WorkflowContext withCommandLog(CommandLog commandLog) {
    return new WorkflowContext(instant, actor, policy, zeroInventoryOnNoStock, commandLog);
  }
}
