package io.github.orderly.workflow;

import static io.github.orderly.workflow.Deciders.id;
import static io.github.orderly.workflow.Deciders.noSuchLine;

import io.github.orderly.Rule;
import io.github.orderly.money.Money;
import io.github.orderly.order.InvalidOrderException;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Payment;
import io.github.orderly.policy.Deadlines;
import java.time.Instant;
import java.util.Optional;

/**
 * The buyer-edits family (R11): the buyer changes the address or quantities shortly after checkout; never to a
 * total below what the order's payments already cover ({@link Order#payments()}).
 */
final class BuyerEditing {
  private BuyerEditing() {}

  static Verdict edit(Order order, EditAsBuyer c, WorkflowContext context, Cause cause) {
    Instant closes = Deadlines.buyerEditClosesAt(order, context.policy());
    if (context.instant().isAfter(closes)) {
      return Verdict.refuse(Rejection.of(Rule.R11, order.id(), id(order) + ": the buyer's edit window closed at "
          + closes + ", " + context.policy().buyerEditWindow().toMinutes() + " minutes after checkout",
          "Cancel and reorder instead."));
    }
    for (LineQuantity q : c.quantities()) {
      Optional<OrderLine> line = order.line(q.lineId());
      if (line.isEmpty()) {
        return Verdict.refuse(noSuchLine(order, q.lineId()));
      }
      try {
        OrderLine.builder().from(line.get()).quantityOrdered(q.quantity()).build();
      } catch (InvalidOrderException e) {
        return Verdict.refuse(Rejection.of(Rule.R11, order.id(), id(order) + ": the buyer's edit would make an"
            + " impossible line: " + e.getMessage()).onLine(q.lineId()));
      }
    }
    Optional<Money> paid = paid(order);
    if (paid.isPresent() && !c.quantities().isEmpty()) {
      Money total = editedTotal(order, c);
      if (paid.get().isGreaterThan(total)) {
        return Verdict.refuse(Rejection.of(Rule.R11, order.id(), id(order) + ": the buyer's edit would bring the"
            + " order's total to " + total + ", below the " + paid.get() + " its payments already cover",
            "Cancel and reorder instead."));
      }
    }
    return Verdict.accept(new OrderEditedByBuyer(cause, c.deliveryAddress(), c.quantities()));
  }

  /** What the order's payments with an amount add up to; empty when none gives an amount. */
  private static Optional<Money> paid(Order order) {
    Money sum = null;
    for (Payment payment : order.payments()) {
      if (payment.amount().isPresent()) {
        sum = sum == null ? payment.amount().get() : sum.plus(payment.amount().get());
      }
    }
    return Optional.ofNullable(sum);
  }

  /** The order's total with the edit's quantities, the last one given for a line counting. */
  private static Money editedTotal(Order order, EditAsBuyer c) {
    Money total = Money.zero(order.currency());
    for (OrderLine line : order.lines()) {
      OrderLine edited = line;
      for (LineQuantity q : c.quantities()) {
        if (q.lineId().equals(line.id())) {
          edited = OrderLine.builder().from(line).quantityOrdered(q.quantity()).build();
        }
      }
      total = total.plus(edited.charge());
    }
    return total;
  }
}
