package io.github.orderly.policy;

import io.github.orderly.Rule;
import java.time.Instant;
import java.util.Objects;

/**
 * One deadline of one order: what kind it is, when it falls due, from when it warns, what happens when
 * it passes, and the rule it comes from. Immutable and thread-safe.
 *
 * <p>A deadline is due at {@code dueAt} and after; its warning is open in {@code [warningFrom, dueAt)}
 * and never when {@code warningFrom} equals {@code dueAt} (the policy gives no warning).
 *
 * @param kind what the deadline is about
 * @param dueAt when it falls due
 * @param warningFrom when its warning opens; not after {@code dueAt}
 * @param consequence what happens when it passes
 * @param rule the rule it comes from, such as {@link Rule#R9}
 */
public record Deadline(DeadlineKind kind, Instant dueAt, Instant warningFrom, Consequence consequence, Rule rule) {
  /**
   * Creates a deadline.
   *
   * @throws InvalidPolicyException if {@code warningFrom} is after {@code dueAt}
   */
  public Deadline {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(warningFrom, "warningFrom");
    Objects.requireNonNull(consequence, "consequence");
    Objects.requireNonNull(rule, "rule");
    if (warningFrom.isAfter(dueAt)) {
      throw new InvalidPolicyException("warningFrom", warningFrom, "must not be after dueAt '" + dueAt + "'");
    }
  }

  /**
   * Returns whether the deadline has passed at the instant: {@code at} is {@code dueAt} or later.
   *
   * @param at the instant
   * @return true if due
   */
  public boolean isDueAt(Instant at) {
    return !at.isBefore(dueAt);
  }

  /**
   * Returns whether the deadline's warning is open at the instant: in {@code [warningFrom, dueAt)}.
   *
   * @param at the instant
   * @return true if the warning shows
   */
  public boolean isWarningAt(Instant at) {
    return !at.isBefore(warningFrom) && at.isBefore(dueAt);
  }
}
