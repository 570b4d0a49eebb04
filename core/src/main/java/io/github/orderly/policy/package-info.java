/**
 * Deadlines, automatic cancellation, the sweep and disbursements (R8, R9, R10, R11,
 * R12, R20, R30, R45, R46), as pure functions of orders, an instant and a policy.
 *
 * <p>A {@link io.github.orderly.policy.DeadlinePolicy} holds every number of the rules as a field;
 * {@link io.github.orderly.policy.DeadlinePolicies} has the presets of the marketplaces whose help pages the rules come from.
 * {@link io.github.orderly.policy.Deadlines#of} lists the deadlines of one order;
 * {@link io.github.orderly.policy.Sweep} takes many orders and one instant and returns what is due.
 * Nothing in this package reads a clock: every instant is an argument, and every date is computed in
 * the policy's time zone.
 *
 * <p>Every method of this package rejects {@code null} arguments with a {@link NullPointerException}.
 * A policy that could not be applied is refused with an
 * {@link io.github.orderly.policy.InvalidPolicyException} whose message names the field and the value.
 */
@OrderlyStyle
package io.github.orderly.policy;

import io.github.orderly.internal.OrderlyStyle;
