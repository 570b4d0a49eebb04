package io.github.orderly.testkit;

import io.github.orderly.order.Order;
import io.github.orderly.policy.DeadlinePolicy;
import java.util.List;
import java.util.Objects;

/**
 * An order, the marketplace policy its commands are decided under, and the commands sent to it, in order:
 * what {@link ScenarioGenerator} makes and {@link WorkflowCheck} runs. Immutable and thread-safe.
 *
 * @param order the order as it starts
 * @param policy the policy of every step's {@link io.github.orderly.workflow.WorkflowContext}
 * @param steps the steps, in order
 */
public record Scenario(Order order, DeadlinePolicy policy, List<Step> steps) {
  /** Checks that no component is missing; the steps are copied. */
  public Scenario {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(policy, "policy");
    steps = List.copyOf(steps);
  }

  /**
   * Returns the same order and policy with other steps.
   *
   * @param steps the steps
   * @return the scenario
   */
  public Scenario withSteps(List<Step> steps) {
    return new Scenario(order, policy, steps);
  }

  /**
   * Returns the same policy and steps on another order.
   *
   * @param order the order
   * @return the scenario
   */
  public Scenario withOrder(Order order) {
    return new Scenario(order, policy, steps);
  }

  /**
   * Returns the scenario as readable lines: the order, then each step with what the workflow answers and
   * the statuses it leads to.
   */
  @Override
  public String toString() {
    return Transcript.of(this, Decider.workflow(), -1);
  }
}
