package io.github.orderly.workflow;

import static io.github.orderly.workflow.Deciders.derive;
import static io.github.orderly.workflow.Deciders.id;
import static io.github.orderly.workflow.Deciders.noSuchLine;

import io.github.orderly.Rule;
import io.github.orderly.money.Money;
import io.github.orderly.order.ChargeComponent;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Refund;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnState;
import io.github.orderly.order.RmaId;
import io.github.orderly.order.Shipment;
import io.github.orderly.policy.Deadlines;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The returns family: authorise a return under an RMA id (R20), receive it and refund (R6, R14), or fail it. */
final class Returning {
  private Returning() {}

  /** A return with the command's RMA id is on the order: a repeat if it is the same return (R43). */
  static Verdict repeatedAuthorization(Order order, AuthorizeReturn c) {
    Optional<ReturnAuthorization> known = order.returnOf(c.rmaId());
    if (known.isEmpty()) {
      return null;
    }
    boolean same = known.get().reason() == c.reason()
        && new HashSet<>(known.get().lines()).equals(new HashSet<>(c.lines()));
    return same ? Verdict.REPEAT : Verdict.refuse(Rejection.of(Rule.R43, order.id(), id(order) + ": RMA id "
        + c.rmaId() + " is already used on this order for another return", "A new return needs its own RMA id."));
  }

  static Verdict authorize(Order order, AuthorizeReturn c, WorkflowContext context, Cause cause) {
    for (ReturnLine rl : c.lines()) {
      Optional<OrderLine> found = order.line(rl.lineId());
      if (found.isEmpty()) {
        return Verdict.refuse(noSuchLine(order, rl.lineId()));
      }
      OrderLine line = found.get();
      if (line.quantityShipped() == 0) {
        return Verdict.refuse(Rejection.of(Rule.R20, order.id(), id(order) + ", line " + line.id()
            + " was never shipped, so it cannot be returned", line.paymentStatus().wasCharged()
            ? "Refund it instead " + Rule.R16.cite() + "." : "Cancel the order instead " + Rule.R6.cite() + ".")
            .onLine(line.id()));
      }
      int returning = 0;
      for (ReturnAuthorization ra : order.returns()) {
        if (ra.state() != ReturnState.FAILED) {
          returning += ra.quantityOf(line.id());
        }
      }
      if (returning + rl.quantity() > line.quantityShipped()) {
        return Verdict.refuse(Rejection.of(Rule.R20, order.id(), id(order) + ", line " + line.id() + ": "
            + line.quantityShipped() + " units shipped and " + returning + " already returned or on their way"
            + " back; " + rl.quantity() + " more cannot be returned").onLine(line.id()));
      }
      Instant closes = Deadlines.returnClosesAt(order, line.id(), context.policy()).orElseThrow();
      if (context.instant().isAfter(closes)) {
        return Verdict.refuse(Rejection.of(Rule.R20, order.id(), id(order) + ", line " + line.id()
            + ": the return window of " + context.policy().returnDays() + " days closed on "
            + Deciders.localDate(closes, context.zone())).onLine(line.id()));
      }
    }
    ReturnAuthorization ra = ReturnAuthorization.builder()
        .rmaId(c.rmaId())
        .reason(c.reason())
        .authorizedAt(context.instant())
        .lines(c.lines())
        .build();
    return Verdict.accept(new ReturnAuthorized(cause, ra, derive(order, new ReturnAuthorized(cause, ra, List.of()))));
  }

  /** The return is received already: a repeat; failed: a refusal (R43). */
  static Verdict repeatedReceipt(Order order, ReceiveReturn c) {
    return repeatedEnd(order, c.rmaId(), ReturnState.RECEIVED);
  }

  /** The return failed already: a repeat; received: a refusal (R43). */
  static Verdict repeatedFailure(Order order, FailReturn c) {
    return repeatedEnd(order, c.rmaId(), ReturnState.FAILED);
  }

  private static Verdict repeatedEnd(Order order, RmaId rma, ReturnState end) {
    Optional<ReturnAuthorization> known = order.returnOf(rma);
    if (known.isEmpty() || known.get().state() == ReturnState.AUTHORIZED) {
      return null;
    }
    return known.get().state() == end ? Verdict.REPEAT : Verdict.refuse(Rejection.of(Rule.R20, order.id(),
        id(order) + ": return " + rma + " is already " + known.get().state().name().toLowerCase(Locale.ROOT)));
  }

  static Verdict receive(Order order, ReceiveReturn c, WorkflowContext context, Cause cause) {
    Optional<ReturnAuthorization> found = order.returnOf(c.rmaId());
    if (found.isEmpty()) {
      return Verdict.refuse(notFound(order, c.rmaId()));
    }
    ReturnAuthorization ra = found.get();
    Optional<Refund> refund = automaticRefund(order, ra, context);
    List<LineStatus> statuses = derive(order, new ReturnReceived(cause, c.rmaId(), refund, List.of()));
    return Verdict.accept(new ReturnReceived(cause, c.rmaId(), refund, statuses));
  }

  static Verdict fail(Order order, FailReturn c, WorkflowContext context, Cause cause) {
    if (order.returnOf(c.rmaId()).isEmpty()) {
      return Verdict.refuse(notFound(order, c.rmaId()));
    }
    return Verdict.accept(new ReturnFailed(cause, c.rmaId(), derive(order, new ReturnFailed(cause, c.rmaId(),
        List.of()))));
  }

  private static Rejection notFound(Order order, RmaId rma) {
    return Rejection.of(Rule.R20, order.id(), id(order) + " has no return " + rma, "Authorise the return first.");
  }

  /**
   * The automatic refund that follows receipt (R6, R19): each line's share of its charge for the units
   * returned, never more than it has left, less the actual shipping cost of the shipments that carried the
   * lines when the return's reason says so (R14). A refund less the shipping cost names its components, so
   * that it reads as the line's charge less the cost exactly: the item price and tax, plus shipping less the
   * cost (never below zero). Empty when nothing is left to refund.
   */
  private static Optional<Refund> automaticRefund(Order order, ReturnAuthorization ra, WorkflowContext context) {
    Money deduction = Money.zero(order.currency());
    if (ra.reason().deductsShipping()) {
      for (Shipment s : order.shipments()) {
        boolean carries = false;
        for (int i = 0, n = ra.lines().size(); i < n && !carries; i++) {
          carries = s.carries(ra.lines().get(i).lineId());
        }
        if (carries && s.actualShippingCost().isPresent()) {
          deduction = deduction.plus(s.actualShippingCost().get());
        }
      }
    }
    List<RefundLine> amounts = new ArrayList<>();
    for (ReturnLine rl : ra.lines()) {
      OrderLine line = order.line(rl.lineId()).orElseThrow();
      Money amount = share(line, rl.quantity()).min(line.charge().minus(order.refunded(line.id())));
      Money deducted = deduction.min(amount);
      Map<ChargeComponent, Money> components =
          ra.reason().deductsShipping() ? lessShipping(order, line, amount, deducted) : Map.of();
      amount = amount.minus(deducted);
      deduction = deduction.minus(deducted);
      if (amount.isPositive()) {
        amounts.add(components.isEmpty() ? RefundLine.of(line.id(), amount)
            : RefundLine.ofComponents(line.id(), components));
      }
    }
    if (amounts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Refund.builder()
        .id(newRefundId(order))
        .reason(ra.reason().deductsShipping() ? RefundReason.UNDELIVERABLE : RefundReason.CUSTOMER_RETURN)
        .issuedAt(context.instant())
        .lines(amounts)
        .build());
  }

  /** The components taken off first by a shipping deduction (R14), then the rest in the enum's order. */
  private static final List<ChargeComponent> DEDUCTION_ORDER = deductionOrder();

  private static List<ChargeComponent> deductionOrder() {
    List<ChargeComponent> order = new ArrayList<>(List.of(ChargeComponent.SHIPPING, ChargeComponent.SHIPPING_TAX));
    for (ChargeComponent c : ChargeComponent.values()) {
      if (!c.isDeduction() && !order.contains(c)) {
        order.add(c);
      }
    }
    return List.copyOf(order);
  }

  /**
   * The components of a refund that gives back what a line has left less a shipping deduction (R14): what
   * is left of each component, with the deduction taken off shipping, then shipping tax, then the other
   * charged components, none below zero. Empty when the amount is not all the line has left of its
   * components (a part of the units returned, or earlier refunds that named no components): that refund
   * names its amount only.
   */
  private static Map<ChargeComponent, Money> lessShipping(Order order, OrderLine line, Money amount,
      Money deducted) {
    Map<ChargeComponent, Money> left = new EnumMap<>(ChargeComponent.class);
    Money sum = Money.zero(order.currency());
    for (ChargeComponent c : ChargeComponent.values()) {
      Money m = RefundComponents.left(order, line, c);
      if (m.isPositive()) {
        left.put(c, m);
        sum = c.isDeduction() ? sum.minus(m) : sum.plus(m);
      }
    }
    if (!sum.equals(amount)) {
      return Map.of();
    }
    Money rest = deducted;
    for (ChargeComponent c : DEDUCTION_ORDER) {
      Money m = left.get(c);
      if (m == null || !rest.isPositive()) {
        continue;
      }
      Money off = rest.min(m);
      rest = rest.minus(off);
      if (off.equals(m)) {
        left.remove(c);
      } else {
        left.put(c, m.minus(off));
      }
    }
    return left;
  }

  /** A line's charge for some of its units, rounded down to the currency's scale; all of it for all units. */
  static Money share(OrderLine line, int units) {
    if (units >= line.quantityOrdered()) {
      return line.charge();
    }
    BigDecimal amount = line.charge().amount().multiply(BigDecimal.valueOf(units))
        .divide(BigDecimal.valueOf(line.quantityOrdered()), line.charge().amount().scale(), RoundingMode.DOWN);
    return Money.of(amount, line.charge().currency());
  }

  /** The first automatic refund ids, made once: most orders have a few refunds. */
  private static final RefundId[] REFUND_IDS = new RefundId[16];

  static {
    for (int n = 1; n < REFUND_IDS.length; n++) {
      REFUND_IDS[n] = RefundId.of("return-refund-" + n);
    }
  }

  /** The automatic refund's id: {@code return-refund-<n>}, the first n from the refunds' count + 1 not taken. */
  static RefundId newRefundId(Order order) {
    for (int n = order.refunds().size() + 1; ; n++) {
      RefundId id = n < REFUND_IDS.length ? REFUND_IDS[n] : RefundId.of("return-refund-" + n);
      if (order.refund(id).isEmpty()) {
        return id;
      }
    }
  }
}
