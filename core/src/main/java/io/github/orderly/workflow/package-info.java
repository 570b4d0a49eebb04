/**
 * The order workflow: how an order moves, as pure functions over immutable values.
 *
 * <p>{@link io.github.orderly.workflow.OrderWorkflow#decide} takes an order, a
 * {@link io.github.orderly.workflow.Command} (imperative: {@code ConfirmShipment}, {@code Cancel}, …) and a
 * {@link io.github.orderly.workflow.WorkflowContext} (the instant, the actor, the marketplace's policy, the
 * host's command log), and returns a {@link io.github.orderly.workflow.Decision}: accepted with one
 * {@link io.github.orderly.workflow.Event} (past tense: {@code ShipmentConfirmed}, {@code OrderCancelled}, …)
 * and the new order, repeated, or rejected with a {@link io.github.orderly.workflow.Rejection} naming the
 * rule. {@link io.github.orderly.workflow.OrderWorkflow#evolve} applies one event.
 *
 * <p>The rules are data: {@link io.github.orderly.workflow.CommandTable} says who may send each command, from
 * which party, under which {@link io.github.orderly.workflow.Precondition}s, and which small decider handles
 * it; {@link io.github.orderly.workflow.StatusTables} holds every status change a line can make, with its
 * {@link io.github.orderly.workflow.Guard} and rule (R42).
 *
 * <p>Every method of this package rejects {@code null} arguments. In the records of this package, an absent
 * optional component is read as empty and an absent list as empty, so that JSON may omit them.
 */
package io.github.orderly.workflow;
