package io.github.orderly.testkit.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.Order;
import io.github.orderly.testkit.Property;
import io.github.orderly.testkit.Scenario;
import io.github.orderly.testkit.ScenarioGenerator;
import io.github.orderly.testkit.Step;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.WorkflowContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The order's build-time checks refuse every state the workflow cannot reach (see {@code Order}); this
 * shows the other half: every state the workflow does reach passes them. Random orders in every status
 * take random command sequences (the testkit's standard scenarios); every order a decision
 * returns rebuilds unchanged through {@code Order.builder()} and reads back equal from its JSON, so no
 * accepted command ever needs a state the checks call impossible (which would also make {@code decide}
 * throw an {@code InvalidOrderException} while folding its events).
 *
 * <p>Tries: {@code -Dorderly.tries} (default 300).
 */
class WorkflowOrdersAreValidTest {

  @Test
  @DisplayName("R7 R13 R18 R19 R20 R24: every order the workflow produces passes the order's checks and reads back from JSON")
  void everyOrderTheWorkflowProducesIsPossible() {
    Property.named("every order the workflow produces passes the build checks")
        .withTries(Property.configuredTries(300))
        .check(ScenarioGenerator.standard(), WorkflowOrdersAreValidTest::check, ScenarioGenerator.standard().shrinker());
  }

  private static void check(Scenario scenario) {
    Order order = scenario.order();
    assertThat(Order.builder().from(order).build()).as("the generated order").isEqualTo(order);
    for (int i = 0; i < scenario.steps().size(); i++) {
      Step step = scenario.steps().get(i);
      Decision d = OrderWorkflow.decide(order, step.command(), WorkflowContext.of(step.at(), step.role(), scenario.policy()));
      Order next = d.order();
      String at = "step " + (i + 1) + " " + step;
      assertThat(Order.builder().from(next).build()).as("rebuilt: " + at).isEqualTo(next);
      assertThat(OrderlyJson.read(OrderlyJson.write(next), Order.class)).as("from JSON: " + at).isEqualTo(next);
      order = next;
    }
  }
}
