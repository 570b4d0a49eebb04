package io.github.orderly.workflow;

import io.github.orderly.order.Order;
import java.util.List;
import java.util.Objects;

/**
 * The order workflow as two pure functions (the decider pattern):
 * <ul>
 *   <li>{@link #decide(Order, Command, WorkflowContext)}: given an order, a command and the context, returns
 *       a {@link Decision}: accepted with its one event and the new order, repeated, or rejected with a
 *       {@link Rejection} that names the rule;
 *   <li>{@link #evolve(Order, Event)}: given an order and one event, returns the next order, one version
 *       later. Every status change it makes is a row of {@link StatusTables} whose guard holds (R42).
 * </ul>
 * Applying a decision's event to the old order gives the decision's order, and {@link #replay} folds a whole
 * history from its {@link OrderPlaced} (R43). Neither function reads a clock or keeps state; both are
 * thread-safe, and the class is not instantiable.
 *
 * <h2>How a command is decided</h2>
 * {@code decide} reads the command's row of {@link CommandTable} and asks, in this order:
 * <ol>
 *   <li><b>access</b>: a view-only order accepts nothing (R28); the acting role must hold the row's
 *       permission (R44) and belong to the party the command comes from;
 *   <li><b>repeat</b> (R43): the context's {@link CommandLog} knows the command id, or the command's natural
 *       key is on the order with an equal payload: {@link Decision.Outcome#REPEATED}, no event. A natural key
 *       on the order with another payload is a rejection;
 *   <li><b>guard</b>: the row's {@link Precondition}s, in order (R50, R5, R24, R1, R3, …);
 *   <li><b>handler</b>: the family's small decider applies the command's own rules and asks the tables for
 *       each line's next status.
 * </ol>
 *
 * <h2>Idempotence with bounded state</h2>
 * An order keeps no list of the commands it accepted. A redelivered command is recognised as a repeat
 * <ul>
 *   <li>always, when the host passes a {@link CommandLog} that knows its id (an event store does: every event
 *       carries its command id);
 *   <li>without a log, when its natural key is on the order with the same payload: a shipment's tracking id,
 *       a refund's id and its outcome, a return's RMA id and its state, the order's cancellation, the buyer's
 *       open request, a marketplace report that is not newer ({@link CommandTable.Row#naturalKey()}).
 * </ul>
 * Without a log, a command with no natural key (confirm payment, prepare, carrier progress, decline a
 * request, a buyer's edit) sent twice is decided twice; its second decision is then a rejection (the payment
 * is no longer pending, the line is already delivered), never a second change.
 *
 * <h2>Versions</h2>
 * Every accepted command yields exactly one event, and {@code evolve} adds one to {@link Order#version()}: a
 * host saves with "where version = the version it loaded" and retries on conflict.
 */
public final class OrderWorkflow {
  private OrderWorkflow() {}

  /**
   * Decides a command.
   *
   * @param order the order as it is
   * @param command what is asked
   * @param context the instant, the actor, the policy and the host's command log
   * @return the decision; a rejected or repeated command leaves the order as given
   */
  public static Decision decide(Order order, Command command, WorkflowContext context) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(context, "context");
    CommandTable.Row row = CommandTable.of(command.getClass());
    Rejection denied = row.deny(order, context.role());
    if (denied != null) {
      return Decision.rejected(order, denied);
    }
    if (context.commandLog().contains(command.id())) {
      return Decision.repeated(order);
    }
    Verdict repeat = row.repeat(order, command);
    if (repeat != null) {
      return repeat == Verdict.REPEAT ? Decision.repeated(order) : Decision.rejected(order, repeat.rejection);
    }
    List<CommandTable.Requirement> requirements = row.requirements();
    for (int i = 0, n = requirements.size(); i < n; i++) {
      CommandTable.Requirement requirement = requirements.get(i);
      if (!requirement.precondition().holds(order, context)) {
        return Decision.rejected(order, requirement.precondition().refuse(order, requirement, context));
      }
    }
    Verdict verdict = row.decide(order, command, context,
        new Cause(command.id(), context.instant(), context.actor()));
    if (verdict.rejection != null) {
      return Decision.rejected(order, verdict.rejection);
    }
    return Decision.accepted(Evolution.apply(order, verdict.event, false), verdict.event);
  }

  /**
   * Applies one event to an order.
   *
   * @param order the order before the event
   * @param event what happened; not an {@link OrderPlaced}, which starts a history (see {@link #replay})
   * @return the order after the event, its version one more
   * @throws IllegalTransitionException if the event does not fit the order: a status change that is not a row
   *     of {@link StatusTables} whose guard holds (R42), a line the order does not have (R40), a refund or
   *     return it does not have, a second refund or shipment under one id, or any other impossible order (R43)
   */
  public static Order evolve(Order order, Event event) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(event, "event");
    return Evolution.apply(order, event);
  }

  /**
   * Folds a history: the order its events lead to, from its {@link OrderPlaced} (R43).
   *
   * @param events the history, starting with {@link OrderPlaced} and with no other
   * @return the order
   * @throws IllegalArgumentException if the history is empty or does not start with {@link OrderPlaced}
   * @throws IllegalTransitionException if an event does not fit the order it is applied to
   */
  public static Order replay(List<? extends Event> events) {
    Objects.requireNonNull(events, "events");
    if (events.isEmpty() || !(events.get(0) instanceof OrderPlaced placed)) {
      throw new IllegalArgumentException("events = '" + (events.isEmpty() ? "[]" : events.get(0).getClass()
          .getSimpleName() + ", …") + "': a history starts with OrderPlaced");
    }
    Order order = placed.order();
    for (int i = 1; i < events.size(); i++) {
      order = Evolution.apply(order, Objects.requireNonNull(events.get(i), "events[" + i + "]"));
    }
    return order;
  }
}
