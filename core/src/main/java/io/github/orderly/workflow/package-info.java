/**
 * The order workflow: how an order moves, as pure functions over immutable values.
 *
 * <p>{@link io.github.orderly.workflow.OrderWorkflow#decide} takes an order, a
 * {@link io.github.orderly.workflow.Command} (imperative: {@code ConfirmShipment}, {@code Cancel}, …) and a
 * {@link io.github.orderly.workflow.WorkflowContext} (the instant, the acting role, the policy values), and
 * returns a {@link io.github.orderly.workflow.Decision}: the {@link io.github.orderly.workflow.Event}s (past
 * tense: {@code ShipmentConfirmed}, {@code OrderCancelled}, …) and the new order, or a
 * {@link io.github.orderly.workflow.Rejection} naming the rule. {@link io.github.orderly.workflow.OrderWorkflow#evolve}
 * applies one event. Every status change is a row of {@link io.github.orderly.workflow.StatusTables} (R42); who
 * may send what is {@link io.github.orderly.workflow.CommandAccess} (R44).
 *
 * <p>Every method of this package rejects {@code null} arguments. In the records of this package, an absent
 * optional component is read as empty and an absent list as empty, so that JSON may omit them.
 */
package io.github.orderly.workflow;
