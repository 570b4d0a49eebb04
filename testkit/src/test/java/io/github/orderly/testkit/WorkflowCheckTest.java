package io.github.orderly.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.orderly.Rule;
import io.github.orderly.order.Cancellation;
import io.github.orderly.order.Order;
import io.github.orderly.order.Party;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.workflow.Cancel;
import io.github.orderly.workflow.Cause;
import io.github.orderly.workflow.ConfirmShipment;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.IssueRefund;
import io.github.orderly.workflow.OrderCancelled;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.RecordUpstreamStatus;
import io.github.orderly.workflow.Rejection;
import io.github.orderly.workflow.StatusTables;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** WorkflowCheck catches a broken decider, says where in readable lines, replays by seed, and measures coverage. */
@ExtendWith(SeedReporter.class)
class WorkflowCheckTest {
  /** The planted defect: a host's wrapper that accepts a seller's cancellation even after a shipment. */
  static final Decider CANCELS_AFTER_SHIPMENT = (order, command, context) -> {
    if (command instanceof Cancel c && !order.shipments().isEmpty() && order.status() != OrderStatus.CANCELLED
        && !order.viewOnly()) {
      Cancellation cancellation = Cancellation.of(c.reason(), Party.SELLER, context.instant());
      OrderCancelled event = new OrderCancelled(new Cause(c.id(), context.instant(), context.actor()), cancellation,
          List.of(), List.of(), Optional.empty());
      Order after = Order.builder().from(order).version(order.version() + 1).build();
      return new Decision(Decision.Outcome.ACCEPTED, after, List.of(event), Optional.empty());
    }
    return OrderWorkflow.decide(order, command, context);
  };

  @Test
  @DisplayName("R3: a decider that cancels after shipment fails the check, shrunk to at most 5 commands shown as"
      + " readable lines with the broken step marked")
  void aDeciderThatCancelsAfterShipmentIsCaught() {
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> WorkflowCheck.of(CANCELS_AFTER_SHIPMENT).withSeed(11).run());
    Scenario counterexample = (Scenario) failure.counterexample().orElseThrow();
    assertThat(counterexample.steps()).hasSizeBetween(1, 5);
    assertThat(counterexample.steps().get(counterexample.steps().size() - 1).command()).isInstanceOf(Cancel.class);
    assertThat(failure.getMessage())
        .startsWith("Property 'workflow invariants hold after every step of random command sequences' failed on try ")
        .contains("(seed 11); replay with -Dorderly.seed=11")
        .contains("shrunk value: order ")
        .contains("an order is never cancelled after a confirmed shipment (R3)")
        .contains("  1. ")
        .contains("→ ACCEPTED OrderCancelled")
        .contains("✗ here")
        .doesNotContain("\"lines\"");
  }

  @Test
  @DisplayName("the same seed replays the same failure, word for word")
  void aSeedReplaysTheFailure() {
    WorkflowCheck check = WorkflowCheck.of(CANCELS_AFTER_SHIPMENT).withSeed(4711);
    PropertyFailure first = assertThrows(PropertyFailure.class, check::run);
    PropertyFailure again = assertThrows(PropertyFailure.class, check::run);
    assertThat(again.getMessage()).isEqualTo(first.getMessage());
    assertThat(first.seed()).isEqualTo(4711);
    assertThat(first.replay()).isEqualTo("-Dorderly.seed=4711");
  }

  @Test
  @DisplayName("a host's own invariant is checked after every step and named when it breaks")
  void aHostInvariantIsNamed() {
    PropertyFailure failure = assertThrows(PropertyFailure.class, () -> WorkflowCheck.workflow().withSeed(3)
        .withScenarios(ScenarioGenerator.standard().withMaxSteps(15))
        .withInvariant("no refund is ever issued", (before, step, decision) -> {
          if (decision.isAccepted() && step.command() instanceof IssueRefund) {
            throw new AssertionError("refund " + step.command().id() + " was accepted");
          }
        }).run());
    assertThat(failure.getMessage()).contains("the host's invariant 'no refund is ever issued' broke: refund ");
    assertThat(((Scenario) failure.counterexample().orElseThrow()).steps()).hasSizeLessThanOrEqualTo(5);
  }

  @Test
  @DisplayName("a run of the default size fails when a row of the tables is never reached, naming the rows")
  void coverageIsRequiredInARunOfTheDefaultSize() {
    Decider refusesEverything = (order, command, context) -> {
      Rule rule = order.viewOnly() ? Rule.R28 : Rule.R44;
      return new Decision(Decision.Outcome.REJECTED, order, List.of(), Optional.of(new Rejection(rule, order.id(),
          Optional.empty(), Optional.empty(), Optional.empty(), "Order " + order.id() + " accepts nothing here "
          + rule.cite())));
    };
    WorkflowCheck check = WorkflowCheck.of(refusesEverything).withSeed(5).withTries(Property.DEFAULT_TRIES)
        .withScenarios(ScenarioGenerator.standard().withMaxSteps(2));
    PropertyFailure failure = assertThrows(PropertyFailure.class, check::run);
    assertThat(failure.getMessage()).contains("left rows of the workflow's tables unreached")
        .contains("never reached: ORDER_PLACED → SHIPPED on ShipmentConfirmed [line ships] (R2)")
        .contains("never accepted: ConfirmPayment");
    TransitionCoverage small = check.withTries(10).run();
    assertThat(small.missingRows()).as("a smaller run only reports: a decider that accepts nothing reaches no row")
        .hasSize(StatusTables.item().rows().size() + StatusTables.payment().rows().size());
  }

  @Test
  @DisplayName("coverage counts each row an accepted event took, and excused rows apart")
  void coverageCountsRows() {
    TransitionCoverage coverage = WorkflowCheck.workflow().withSeed(8).withTries(50).run();
    assertThat(coverage.timesReached(io.github.orderly.workflow.StatusTables.item().rows().get(1)))
        .as("ORDER_PLACED → SHIPPED").isPositive();
    assertThat(coverage.times(io.github.orderly.workflow.ConfirmShipment.class, Decision.Outcome.ACCEPTED))
        .isPositive();
    assertThat(coverage.toString()).startsWith("transition coverage: item status ");
  }

  @Test
  @DisplayName("valid scenarios are accepted step by step, invalid ones hold a rejected step, marketplace updates"
      + " report statuses (R50); each shrinks to a scenario of its kind")
  void scenarioKinds() {
    for (int i = 0; i < 30; i++) {
      Scenario valid = ScenarioGenerator.valid().withMaxSteps(15).next(Property.randomFor(1, i));
      assertThat(ScenarioGenerator.outcomes(valid)).as(valid.toString()).containsOnly(Decision.Outcome.ACCEPTED);
      Scenario invalid = ScenarioGenerator.invalid().withMaxSteps(15).next(Property.randomFor(2, i));
      assertThat(ScenarioGenerator.outcomes(invalid)).as(invalid.toString()).contains(Decision.Outcome.REJECTED);
      Scenario updates = ScenarioGenerator.marketplaceUpdates().next(Property.randomFor(3, i));
      assertThat(updates.steps()).as(updates.toString()).isNotEmpty();
    }
    long reports = 0;
    for (int i = 0; i < 50; i++) {
      reports += ScenarioGenerator.marketplaceUpdates().next(Property.randomFor(4, i)).steps().stream()
          .filter(s -> s.command() instanceof RecordUpstreamStatus).count();
    }
    assertThat(reports).isPositive();
    Scenario invalid = ScenarioGenerator.invalid().withMaxSteps(20).next(Property.randomFor(9, 0));
    Scenario small = ScenarioGenerator.invalid().shrinker().shrink(invalid, s -> true);
    assertThat(ScenarioGenerator.outcomes(small)).containsExactly(Decision.Outcome.REJECTED);
  }
}
