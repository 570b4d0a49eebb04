package io.github.orderly.testkit.core.workflow;

import static io.github.orderly.testkit.core.json.HostMappers.assertHostsWriteAndReadAsOrderly;

import io.github.orderly.order.Order;
import io.github.orderly.testkit.Property;
import io.github.orderly.testkit.ScenarioGenerator;
import io.github.orderly.testkit.Step;
import io.github.orderly.workflow.Command;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.OrderPlaced;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.Rejection;
import io.github.orderly.workflow.WorkflowContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R43: commands, events and rejections read and write the same through a host's mapper with
 * OrderlyModule. The values come from the workflow property test's scenarios: random orders in every
 * status, random command sequences, and what the workflow answers to each. A scenario has up to 50
 * steps, so this runs a tenth of the configured tries.
 */
class WorkflowHostMapperTest {
  @Test
  @DisplayName("R43: a host's mapper with OrderlyModule writes every command, event and rejection of random"
      + " scenarios byte for byte as OrderlyJson does and reads it back equal")
  void hostMappersWriteCommandsEventsAndRejectionsAsOrderlyJsonDoes() {
    Property.named("a host's mapper with OrderlyModule writes every command, event and rejection as OrderlyJson"
            + " does and reads it back equal")
        .withTries(Math.max(1, Property.configuredTries(Property.DEFAULT_TRIES) / 10))
        .check(ScenarioGenerator.standard(), scenario -> {
          Order order = scenario.order();
          assertHostsWriteAndReadAsOrderly(OrderPlaced.of(order), Event.class);
          for (Step step : scenario.steps()) {
            assertHostsWriteAndReadAsOrderly(step.command(), Command.class);
            Decision d = OrderWorkflow.decide(order, step.command(), WorkflowContext.of(step.at(), step.role(), scenario.policy()));
            d.rejection().ifPresent(r -> assertHostsWriteAndReadAsOrderly(r, Rejection.class));
            d.events().forEach(e -> assertHostsWriteAndReadAsOrderly(e, Event.class));
            order = d.order();
          }
        });
  }
}
