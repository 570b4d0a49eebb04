package io.github.orderly.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.Rule;
import io.github.orderly.order.Order;
import java.util.ArrayList;
import java.util.List;

/** A given/when/then DSL for the decider: given a history, when a command, then this event, a repeat, or a rejection. */
final class GivenWhenThen {
  private final List<Event> history = new ArrayList<>();
  private Command command;
  private WorkflowContext context;

  private GivenWhenThen(Order placed) {
    history.add(OrderPlaced.of(placed));
  }

  /** Given an order as placed. */
  static GivenWhenThen given(Order placed) {
    return new GivenWhenThen(placed);
  }

  /** And the events of these commands, each accepted. */
  GivenWhenThen and(WorkflowContext context, Command... commands) {
    for (Command c : commands) {
      Decision d = OrderWorkflow.decide(order(), c, context);
      assertThat(d.rejection()).as("given %s", c).isEmpty();
      assertThat(d.isAccepted()).as("given %s", c).isTrue();
      history.addAll(d.events());
    }
    return this;
  }

  GivenWhenThen when(Command command, WorkflowContext context) {
    this.command = command;
    this.context = context;
    return this;
  }

  Order order() {
    return OrderWorkflow.replay(history);
  }

  /** Then exactly this event, and the new order is the history's order with it applied, one version later. */
  Decision then(Event expected) {
    Order before = order();
    Decision d = OrderWorkflow.decide(before, command, context);
    assertThat(d.rejection()).as("rejection").isEmpty();
    assertThat(d.events()).containsExactly(expected);
    List<Event> after = new ArrayList<>(history);
    after.addAll(d.events());
    assertThat(OrderWorkflow.replay(after)).isEqualTo(d.order());
    assertThat(d.order().version()).isEqualTo(before.version() + 1);
    return d;
  }

  /** Then a repeat: no event, no change (R43). */
  void thenRepeated() {
    Order before = order();
    Decision d = OrderWorkflow.decide(before, command, context);
    assertThat(d.outcome()).isEqualTo(Decision.Outcome.REPEATED);
    assertThat(d.events()).isEmpty();
    assertThat(d.order()).isSameAs(before);
  }

  /** Then a rejection under the rule, and no change. */
  Rejection thenRejected(Rule rule) {
    Order before = order();
    Decision d = OrderWorkflow.decide(before, command, context);
    assertThat(d.rejection()).as("rejection").isPresent();
    assertThat(d.rejection().get().rule()).isEqualTo(rule);
    assertThat(d.order()).isSameAs(before);
    return d.rejection().get();
  }
}
