package io.github.orderly.testkit;

import io.github.orderly.order.Order;
import io.github.orderly.workflow.Command;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.WorkflowContext;

/**
 * What {@link WorkflowCheck} checks: a function from an order, a command and a context to a
 * {@link Decision}. Orderly's own is {@link OrderWorkflow#decide}; a host checks its own handler (one that
 * adds rules of its own around the workflow, say) by passing it instead. It must be pure: the same
 * arguments give an equal decision, so that a failure can be shrunk and replayed.
 *
 * <p>Implementations should be stateless and thread-safe: the check calls them from the thread that runs it.
 */
@FunctionalInterface
public interface Decider {
  /**
   * Decides a command.
   *
   * @param order the order as it is
   * @param command what is asked
   * @param context the instant, the actor, the policy and the command log
   * @return the decision
   */
  Decision decide(Order order, Command command, WorkflowContext context);

  /** Returns Orderly's own decider, {@link OrderWorkflow#decide}. */
  static Decider workflow() {
    return OrderWorkflow::decide;
  }
}
