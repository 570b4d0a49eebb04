package io.github.orderly.examples;

import io.github.orderly.access.Role;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.policy.AutomaticCancellation;
import io.github.orderly.policy.Deadline;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.DeadlinePolicy;
import io.github.orderly.policy.Deadlines;
import io.github.orderly.policy.Disbursement;
import io.github.orderly.policy.Disbursements;
import io.github.orderly.policy.DueAction;
import io.github.orderly.policy.Escalation;
import io.github.orderly.policy.Sweep;
import io.github.orderly.policy.SweepResult;
import io.github.orderly.policy.Warning;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.workflow.AutoCancel;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.WorkflowContext;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The deadlines part of the demo: a 60-day season under Seller Central Japan, swept once a day at 09:00
 * Tokyo time, printing warnings, escalations and automatic cancellations as they fall due (R9, R10,
 * R12, R45), then the season's disbursements (R30).
 *
 * <p>Each automatic cancellation is carried out by the order workflow, as a host would: the cancelled
 * order is stored back and so is not due again. Warnings and escalations stay due until the order
 * changes (the sweep is level-triggered), so the tour prints each once, keyed by the action's stable id.
 */
final class DeadlineTour {
  private DeadlineTour() {}

  static void run(PrintStream out) {
    DeadlinePolicy policy = DeadlinePolicies.sellerCentralJapan();
    LocalDate first = LocalDate.of(2026, 3, 1);
    Instant seasonStart = first.atStartOfDay(policy.zone()).toInstant();
    SplittableRandom random = new SplittableRandom(60);
    OrderGenerator generator = OrderGenerator.standard().believable().withMaxLines(2)
        .purchasedWithin(seasonStart, Duration.ofDays(45));
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      orders.add(generator.next(random));
    }
    out.printf("Policy: %s, zone %s: confirm within %d days of the ship-by date, warned %d days before.%n",
        policy.name(), policy.zone(), policy.confirmWithinDays(), policy.confirmWarningDays());
    Order sample = orders.stream().filter(o -> o.shipBy().isPresent() && o.status() == OrderStatus.UNSHIPPED
        && !Deadlines.of(o, policy).isEmpty())
        .findFirst().orElse(orders.get(0));
    out.printf("Deadlines of order %s (%s):%n", sample.id(), sample.status().label());
    Table deadlines = Table.of("Deadline", "Due", "Warns from", "Then", "Rule");
    for (Deadline d : Deadlines.of(sample, policy)) {
      deadlines.row(d.kind().code(), Table.at(d.dueAt(), policy.zone()), Table.at(d.warningFrom(), policy.zone()),
          d.consequence(), d.rule());
    }
    deadlines.print(out);
    out.println();
    Table season = Table.of("Day", "Due action", "Order", "What happens");

    Sweep sweep = Sweep.of(policy);
    Map<OrderId, Order> store = new LinkedHashMap<>();
    orders.forEach(o -> store.put(o.id(), o));
    int cancelled = 0;
    Set<String> reported = new HashSet<>();
    int warnings = 0;
    int escalations = 0;
    for (int day = 0; day < 60; day++) {
      Instant now = ZonedDateTime.of(first.plusDays(day), LocalTime.of(9, 0), policy.zone()).toInstant();
      List<Order> open = new ArrayList<>();
      for (Order order : store.values()) {
        if (!order.purchasedAt().isAfter(now)) {
          open.add(order);
        }
      }
      SweepResult result = sweep.run(open, now);
      for (DueAction action : result.actions()) {
        if (!reported.add(action.id())) {
          continue; // level-triggered: still due, already handled
        }
        String date = first.plusDays(day).toString();
        if (action instanceof Warning) {
          Warning w = (Warning) action;
          warnings++;
          season.row(date, "warning", w.orderId(), "\"" + w.text() + "\"");
        } else if (action instanceof AutomaticCancellation) {
          AutomaticCancellation c = (AutomaticCancellation) action;
          Decision decision = OrderWorkflow.decide(store.get(c.orderId()), AutoCancel.from(c),
              WorkflowContext.of(now, Role.MARKETPLACE, policy));
          store.put(c.orderId(), decision.order());
          cancelled++;
          season.row(date, "auto-cancel", c.orderId(), "reason " + c.reason() + " by " + c.by() + " (" + c.rule()
              + "), due " + Table.at(c.dueAt(), policy.zone()) + ": " + (decision.events().isEmpty() ? "no change"
              : decision.order().status().label() + ", every line " + decision.order().lines().get(0).paymentStatus().label()));
        } else if (action instanceof Escalation) {
          escalations++;
          season.row(date, "escalation", action.orderId(), "buyer's request of "
              + Table.at(((Escalation) action).requestedAt(), policy.zone()) + " unanswered (" + action.rule() + ")");
        } else {
          throw new AssertionError(action);
        }
      }
    }
    season.print(out);
    out.printf("Season of 60 days over %d orders: %d warnings, %d automatic cancellations, %d escalations.%n",
        orders.size(), warnings, cancelled, escalations);

    LocalDate approved = LocalDate.of(2026, 2, 20);
    out.printf("Disbursements for a seller approved on %s (every %d days, %d business days to the bank):%n",
        approved, policy.disbursementCycleDays(), policy.bankDelayBusinessDays());
    Table paid = Table.of("Initiated", "Expected in the bank");
    for (Disbursement d : Disbursements.within(approved, first, first.plusDays(59), policy)) {
      paid.row(d.initiatedOn(), d.expectedInBankOn());
    }
    paid.print(out);
  }
}
