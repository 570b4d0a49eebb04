package io.github.orderly.testkit;

import io.github.orderly.Rule;
import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.policy.DeadlinePolicy;
import io.github.orderly.workflow.Command;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.LineQuantity;
import io.github.orderly.workflow.Rejection;
import io.github.orderly.workflow.WorkflowContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Scenarios and commands as readable lines, for failure messages: the order in one line, then one line per
 * step with the command, its outcome or rule, and the statuses it leads to.
 */
final class Transcript {
  private Transcript() {}

  /**
   * The context of step {@code index} of a scenario, as {@link WorkflowCheck} decides it: the step's instant
   * and role, the policy, "no stock" zeroing inventory on every other step (R4), and the commands accepted
   * so far as the command log (R43).
   */
  static WorkflowContext context(Step step, int index, DeadlinePolicy policy, Set<CommandId> stored) {
    return WorkflowContext.of(step.at(), step.role(), policy)
        .withZeroInventoryOnNoStock(index % 2 == 0)
        .withCommandLog(Set.copyOf(stored)::contains);
  }

  /**
   * Runs the scenario through the decider and writes it down, marking the step at {@code failed} (from 0;
   * -1 for none).
   */
  static String of(Scenario scenario, Decider decider, int failed) {
    StringBuilder sb = new StringBuilder(order(scenario.order())).append('\n');
    Order order = scenario.order();
    Set<CommandId> stored = new HashSet<>();
    for (int i = 0; i < scenario.steps().size(); i++) {
      Step step = scenario.steps().get(i);
      sb.append(String.format("  %d. %s", i + 1, step));
      Decision d;
      try {
        d = decider.decide(order, step.command(), context(step, i, scenario.policy(), stored));
      } catch (RuntimeException e) {
        sb.append("\n     → threw ").append(e).append(i == failed ? "   ✗" : "").append('\n');
        break;
      }
      sb.append("\n     → ").append(outcome(d)).append(i == failed ? "   ✗ here" : "").append('\n');
      if (d.isAccepted()) {
        stored.add(step.command().id());
        order = d.order();
      }
    }
    return sb.toString().stripTrailing();
  }

  /** A decision in one line: {@code ACCEPTED ShipmentConfirmed; Shipped: L1 Shipped/Paid}, or the rule. */
  static String outcome(Decision d) {
    return switch (d.outcome()) {
      case ACCEPTED -> "ACCEPTED " + d.events().get(0).getClass().getSimpleName() + "; " + statuses(d.order());
      case REPEATED -> "REPEATED " + Rule.R43.cite() + ": nothing changes";
      case REJECTED -> {
        Rejection r = d.rejection().orElseThrow();
        yield "REJECTED " + r.rule().id() + ": " + r.message();
      }
    };
  }

  /** An order in one line: id, status, channel, marketplace, currency, version, then its lines. */
  static String order(Order o) {
    return "order " + o.id() + " (" + o.status().label() + ", " + o.fulfilmentChannel() + ", " + o.marketplace()
        + ", " + o.currency().getCurrencyCode() + ", version " + o.version() + (o.viewOnly() ? ", view-only" : "")
        + o.upstream().map(u -> ", marketplace says " + u.status() + " at " + u.observedAt()).orElse("")
        + "): " + lines(o);
  }

  /** The order status and each line's statuses: {@code Shipped: L1 Shipped/Paid ×2 | L2 …}. */
  static String statuses(Order o) {
    return o.status().label() + ": " + lines(o);
  }

  private static String lines(Order o) {
    List<String> lines = new ArrayList<>();
    for (OrderLine line : o.lines()) {
      lines.add(line.id() + " " + line.itemStatus() + "/" + line.paymentStatus() + " ×" + line.quantityOrdered()
          + (line.quantityShipped() > 0 ? " (" + line.quantityShipped() + " shipped)" : ""));
    }
    return String.join(" | ", lines);
  }

  /** A command in one line: its type, its id, then its other components that are not empty. */
  static String command(Command command) {
    StringBuilder sb = new StringBuilder(command.getClass().getSimpleName()).append(' ').append(command.id());
    List<String> parts = new ArrayList<>();
    for (RecordComponent component : command.getClass().getRecordComponents()) {
      if (component.getName().equals("id")) {
        continue;
      }
      Object value;
      try {
        value = component.getAccessor().invoke(command);
      } catch (IllegalAccessException | InvocationTargetException e) {
        value = "?";
      }
      String text = value(value);
      if (!text.isEmpty()) {
        parts.add(component.getName() + "=" + text);
      }
    }
    if (!parts.isEmpty()) {
      sb.append(" (").append(String.join(", ", parts)).append(')');
    }
    return sb.toString();
  }

  private static String value(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(Transcript::value).orElse("");
    }
    if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        return "";
      }
      List<String> items = new ArrayList<>();
      list.forEach(item -> items.add(value(item)));
      return "[" + String.join(", ", items) + "]";
    }
    if (value instanceof ShipmentLine l) {
      return l.lineId() + "×" + l.quantity();
    }
    if (value instanceof ReturnLine l) {
      return l.lineId() + "×" + l.quantity();
    }
    if (value instanceof RefundLine l) {
      return l.lineId() + " " + l.amount();
    }
    if (value instanceof LineQuantity l) {
      return l.lineId() + "→" + l.quantity();
    }
    if (value instanceof Address a) {
      return a.recipient() + ", " + a.city() + ", " + a.countryCode();
    }
    if (value instanceof Money m) {
      return m.toString();
    }
    return String.valueOf(value);
  }
}
