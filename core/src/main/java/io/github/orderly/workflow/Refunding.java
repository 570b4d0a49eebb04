package io.github.orderly.workflow;

import static io.github.orderly.workflow.Deciders.derive;
import static io.github.orderly.workflow.Deciders.id;
import static io.github.orderly.workflow.Deciders.noSuchLine;

import io.github.orderly.Rule;
import io.github.orderly.money.Money;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Refund;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The refunds family: give money back (R13, R16) and record how a refund ended (R19). */
final class Refunding {
  private Refunding() {}

  /**
   * A refund with the command's id is on the order: a repeat when it is the same refund as far as the order
   * records it (the reason, and the lines or amounts the command named), a refusal otherwise (R43).
   */
  static Verdict repeatedRefund(Order order, IssueRefund c) {
    Optional<Refund> known = order.refund(c.refundId());
    if (known.isEmpty()) {
      return null;
    }
    Refund r = known.get();
    Set<LineId> covered = new HashSet<>();
    r.lines().forEach(rl -> covered.add(rl.lineId()));
    boolean same = r.reason().equals(c.reason())
        && (c.amounts().isEmpty() || new HashSet<>(c.amounts()).equals(new HashSet<>(r.lines())))
        && (c.lines().isEmpty() || covered.equals(new HashSet<>(c.lines())));
    return same ? Verdict.REPEAT : Verdict.refuse(Rejection.of(Rule.R43, order.id(), id(order) + ": refund id "
        + c.refundId() + " is already used on this order for another refund", "A new refund needs its own id."));
  }

  static Verdict issue(Order order, IssueRefund c, WorkflowContext context, Cause cause) {
    List<RefundLine> amounts = new ArrayList<>();
    if (c.lines().isEmpty() && c.amounts().isEmpty()) {
      boolean anyCharged = false;
      for (OrderLine line : order.lines()) {
        anyCharged |= charged(line);
        Money left = line.charge().minus(order.refunded(line.id()));
        if (charged(line) && left.isPositive()) {
          amounts.add(RefundLine.of(line.id(), left));
        }
      }
      if (!anyCharged) {
        return Verdict.refuse(notCharged(order, null));
      }
      if (amounts.isEmpty()) {
        return Verdict.refuse(Rejection.of(Rule.R13, order.id(), id(order) + " has nothing left to refund: every"
            + " charged line was refunded in full"));
      }
    }
    for (LineId lineId : c.lines()) {
      Optional<OrderLine> found = order.line(lineId);
      if (found.isEmpty()) {
        return Verdict.refuse(noSuchLine(order, lineId));
      }
      OrderLine line = found.get();
      if (!charged(line)) {
        return Verdict.refuse(notCharged(order, line));
      }
      Money left = line.charge().minus(order.refunded(lineId));
      if (!left.isPositive()) {
        return Verdict.refuse(Rejection.of(Rule.R13, order.id(), id(order) + ", line " + lineId + " was already"
            + " refunded in full (" + line.charge() + ")").onLine(lineId));
      }
      amounts.add(RefundLine.of(lineId, left));
    }
    for (RefundLine rl : c.amounts()) {
      Optional<OrderLine> found = order.line(rl.lineId());
      if (found.isEmpty()) {
        return Verdict.refuse(noSuchLine(order, rl.lineId()));
      }
      OrderLine line = found.get();
      if (!rl.amount().currency().equals(order.currency())) {
        return Verdict.refuse(Rejection.of(Rule.R13, order.id(), id(order) + ", line " + line.id() + ": a refund"
            + " of " + rl.amount() + " is not in the order's currency " + order.currency()).onLine(line.id()));
      }
      if (!charged(line)) {
        return Verdict.refuse(notCharged(order, line));
      }
      Money left = line.charge().minus(order.refunded(line.id()));
      if (rl.amount().isGreaterThan(left)) {
        return Verdict.refuse(Rejection.of(Rule.R13, order.id(), id(order) + ", line " + line.id() + ": a refund"
            + " of " + rl.amount() + " exceeds the " + left + " left to refund of the " + line.charge()
            + " charged").onLine(line.id()));
      }
      for (var e : rl.components().entrySet()) {
        Money componentLeft = RefundComponents.left(order, line, e.getKey());
        if (e.getValue().isGreaterThan(componentLeft)) {
          return Verdict.refuse(Rejection.of(Rule.R13, order.id(), id(order) + ", line " + line.id() + ": a refund"
              + " of " + e.getValue() + " of " + e.getKey() + " exceeds the " + componentLeft + " left to refund of"
              + " the " + RefundComponents.chargedFor(line, e.getKey()) + " charged for it").onLine(line.id()));
        }
      }
      amounts.add(rl);
    }
    Refund refund = Refund.builder()
        .id(c.refundId())
        .reason(c.reason())
        .issuedAt(context.instant())
        .lines(amounts)
        .build();
    return Verdict.accept(new RefundIssued(cause, refund, derive(order, new RefundIssued(cause, refund, List.of()))));
  }

  /**
   * Whether the buyer was charged for the line: a charged payment status on a line not cancelled. A cancelled
   * line was never charged (R6), even when a marketplace-fulfilled one shows Refunded (R18).
   */
  private static boolean charged(OrderLine line) {
    return line.paymentStatus().wasCharged() && !line.itemStatus().isCancelled();
  }

  private static Rejection notCharged(Order order, OrderLine line) {
    String what = line == null ? id(order) : id(order) + ", line " + line.id();
    String status = line == null ? order.status().label() : line.paymentStatus().label();
    String advice = line != null && line.itemStatus().isCancelled()
        ? "The line was cancelled and the buyer never paid " + Rule.R6.cite() + "."
        : "Cancel the order instead: the buyer is never charged " + Rule.R6.cite() + ".";
    Rejection r = Rejection.of(Rule.R13, order.id(), what + " was not charged yet (" + status + "), so there is"
        + " nothing to refund", advice);
    return line == null ? r : r.onLine(line.id());
  }

  /** The refund ended this way already: a repeat; the other way: a refusal (R43). */
  static Verdict repeatedOutcome(Order order, RecordRefundOutcome c) {
    Optional<Refund> known = order.refund(c.refundId());
    if (known.isEmpty() || known.get().state() == RefundState.PROCESSING) {
      return null;
    }
    if (known.get().state() == c.outcome()) {
      return Verdict.REPEAT;
    }
    boolean failed = known.get().state() == RefundState.FAILED;
    return Verdict.refuse(Rejection.of(Rule.R19, order.id(), id(order) + ": refund " + c.refundId() + " already "
        + (failed ? "failed" : "succeeded"), failed ? "Issue a new refund by hand." : ""));
  }

  static Verdict recordOutcome(Order order, RecordRefundOutcome c, WorkflowContext context, Cause cause) {
    if (order.refund(c.refundId()).isEmpty()) {
      return Verdict.refuse(Rejection.of(Rule.R19, order.id(), id(order) + " has no refund " + c.refundId()));
    }
    if (c.outcome() == RefundState.FAILED) {
      return Verdict.accept(new RefundFailed(cause, c.refundId(),
          derive(order, new RefundFailed(cause, c.refundId(), List.of()))));
    }
    return Verdict.accept(new RefundSucceeded(cause, c.refundId(),
        derive(order, new RefundSucceeded(cause, c.refundId(), List.of()))));
  }
}
