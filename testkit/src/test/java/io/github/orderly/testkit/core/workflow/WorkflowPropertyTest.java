package io.github.orderly.testkit.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.order.Order;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.testkit.Property;
import io.github.orderly.testkit.Scenario;
import io.github.orderly.testkit.ScenarioGenerator;
import io.github.orderly.testkit.SeedReporter;
import io.github.orderly.testkit.Step;
import io.github.orderly.testkit.TransitionCoverage;
import io.github.orderly.testkit.WorkflowCheck;
import io.github.orderly.workflow.Command;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.WorkflowContext;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stateful property test of Orderly's workflow, run by the testkit's {@link WorkflowCheck}: random valid
 * orders in every status, random command sequences, the invariants after every step, and every row of the
 * transition tables reached.
 *
 * <p>Sequences: {@code -Dorderly.tries} (default 1,000); steps per sequence: up to {@code -Dorderly.steps}
 * (default 50); replay with {@code -Dorderly.seed}.
 */
@ExtendWith(SeedReporter.class)
class WorkflowPropertyTest {
  @Test
  @DisplayName("R1 R3 R5 R7 R13 R28 R41 R42 R43 R50: after every step of random command sequences, every status"
      + " change is a table row, refunded <= charged and shipped <= ordered per line, the derived status agrees"
      + " with the lines, a rejection changes nothing, an accepted command yields one event carrying its command"
      + " id, instant and actor and raises the version by exactly one, a repeat yields no event for every role,"
      + " replaying the events gives the order, order and events round-trip through JSON, nothing ships while"
      + " pending or after the marketplace cancelled, nothing is cancelled after a shipment, a cancelled or"
      + " view-only order accepts nothing; a run of the default size reaches every row of both tables")
  void workflowInvariantsHoldAfterEveryStep(TestReporter reporter) {
    TransitionCoverage coverage = WorkflowCheck.workflow().run();
    reporter.publishEntry("orderly.coverage", coverage.toString());
    if (Property.configuredTries(Property.DEFAULT_TRIES) >= Property.DEFAULT_TRIES) {
      assertThat(coverage.missingRows()).as(coverage.toString()).isEmpty();
      assertThat(coverage.commandsNeverAccepted()).as(coverage.toString()).isEmpty();
    }
  }

  @Test
  @DisplayName("the standard scenarios reach every item status and have every command type accepted")
  void generatorReachesDeepStates() {
    Set<ItemStatus> seen = EnumSet.noneOf(ItemStatus.class);
    int accepted = 0;
    int total = 0;
    Set<Class<?>> acceptedTypes = new HashSet<>();
    ScenarioGenerator generator = ScenarioGenerator.standard();
    for (int i = 0; i < 200; i++) {
      Scenario s = generator.next(Property.randomFor(7, i));
      Order order = s.order();
      for (Step step : s.steps()) {
        Decision d = OrderWorkflow.decide(order, step.command(), WorkflowContext.of(step.at(), step.role()));
        total++;
        if (d.isAccepted()) {
          accepted++;
          acceptedTypes.add(step.command().getClass());
        }
        order = d.order();
        order.lines().forEach(l -> seen.add(l.itemStatus()));
      }
    }
    assertThat(seen).containsAll(EnumSet.allOf(ItemStatus.class));
    assertThat(acceptedTypes).containsExactlyInAnyOrder(Command.class.getPermittedSubclasses());
    assertThat(accepted).isGreaterThan(total / 8);
  }
}
