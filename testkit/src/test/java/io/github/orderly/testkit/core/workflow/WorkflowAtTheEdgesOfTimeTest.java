package io.github.orderly.testkit.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.orderly.Limits;
import io.github.orderly.access.Role;
import io.github.orderly.order.Order;
import io.github.orderly.policy.DeadlinePolicy;
import io.github.orderly.policy.Deadlines;
import io.github.orderly.policy.Sweep;
import io.github.orderly.policy.SweepResult;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import io.github.orderly.testkit.Scenario;
import io.github.orderly.testkit.ScenarioGenerator;
import io.github.orderly.testkit.SeedReporter;
import io.github.orderly.testkit.Step;
import io.github.orderly.workflow.AutoCancel;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.WorkflowContext;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Orders bought at the edges of the instant range ({@link Limits#EARLIEST_INSTANT}, {@link
 * Limits#LATEST_INSTANT}, a day before it, a leap day, daylight-saving changes) take random command
 * sequences, and the sweep runs over them at the edges too. Deadlines computed from such instants fall past
 * the year 9999, which is what {@link Limits} promises never throws.
 *
 * <p>Tries: {@code -Dorderly.tries} (default 300).
 */
@ExtendWith(SeedReporter.class)
class WorkflowAtTheEdgesOfTimeTest {
  private static final ScenarioGenerator SCENARIOS = ScenarioGenerator.standard()
      .withOrders(OrderGenerator.standard().withEdgeCaseInstants());

  @Test
  @DisplayName("R45 R46: for orders bought at the edges of the instant range, every decision accepts, repeats or"
      + " rejects with a rule, its events replay to its order, and deadlines and sweeps at 1970 and 9999 never"
      + " throw")
  void decisionsDeadlinesAndSweepsNeverThrowAtTheEdgesOfTime() {
    Property.named("decisions, deadlines and sweeps never throw at the edges of time")
        .withTries(Property.configuredTries(300))
        .check(SCENARIOS, WorkflowAtTheEdgesOfTimeTest::check, SCENARIOS.shrinker());
  }

  private static void check(Scenario scenario) {
    DeadlinePolicy policy = scenario.policy();
    Order order = scenario.order();
    sweepAtTheEdges(order, policy);
    for (int i = 0; i < scenario.steps().size(); i++) {
      Step step = scenario.steps().get(i);
      String at = "step " + (i + 1) + " " + step;
      assertThat(step.at()).as("the step's instant: " + at).isBetween(Limits.EARLIEST_INSTANT,
          Limits.LATEST_INSTANT);
      Decision d = OrderWorkflow.decide(order, step.command(), WorkflowContext.of(step.at(), step.role(), policy));
      if (d.outcome() == Decision.Outcome.REJECTED) {
        assertThat(d.rejection()).as("a rejection names its rule: " + at).isPresent();
        assertThat(d.order()).as("a rejection changes nothing: " + at).isEqualTo(order);
      }
      Order replayed = order;
      for (Event e : d.events()) {
        replayed = OrderWorkflow.evolve(replayed, e);
      }
      assertThat(replayed).as("the events replay to the decision's order: " + at).isEqualTo(d.order());
      order = d.order();
      sweepAtTheEdges(order, policy);
    }
  }

  /** Deadlines and the sweep at both ends of the range and at the order's purchase; due cancellations apply. */
  private static void sweepAtTheEdges(Order order, DeadlinePolicy policy) {
    assertThatCode(() -> Deadlines.of(order, policy)).as("deadlines of " + order.id()).doesNotThrowAnyException();
    Sweep sweep = Sweep.of(policy);
    for (Instant at : List.of(Limits.EARLIEST_INSTANT, order.purchasedAt(), Limits.LATEST_INSTANT)) {
      SweepResult result = sweep.run(List.of(order), at);
      assertThat(result.actions()).as("every action is due by the sweep's instant " + at)
          .allSatisfy(a -> assertThat(a.at()).isBeforeOrEqualTo(at));
      boolean due = sweep.nextDueAt(order).map(d -> !d.isAfter(at)).orElse(false);
      assertThat(!result.actions().isEmpty())
          .as("R45: the sweep at " + at + " acts exactly when the order is due (next due " + sweep.nextDueAt(order)
              + ")")
          .isEqualTo(due);
      result.cancellations().forEach(c -> {
        Decision d = OrderWorkflow.decide(order, AutoCancel.from(c), WorkflowContext.of(c.at(), Role.MARKETPLACE,
            policy));
        assertThat(d.isAccepted() || d.rejection().isPresent())
            .as("a due cancellation at " + c.at() + " of " + order.id() + " is applied or refused with a rule: " + d)
            .isTrue();
      });
    }
  }
}
