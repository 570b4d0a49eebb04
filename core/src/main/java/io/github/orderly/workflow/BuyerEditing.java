package io.github.orderly.workflow;

import static io.github.orderly.workflow.Deciders.id;
import static io.github.orderly.workflow.Deciders.noSuchLine;

import io.github.orderly.Rule;
import io.github.orderly.order.InvalidOrderException;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.policy.Deadlines;
import io.github.orderly.status.OrderStatus;
import java.time.Instant;
import java.util.Optional;

/** The buyer-edits family (R11): the buyer changes the address or quantities shortly after checkout. */
final class BuyerEditing {
  private BuyerEditing() {}

  static Verdict edit(Order order, EditAsBuyer c, WorkflowContext context, Cause cause) {
    Instant closes = Deadlines.buyerEditClosesAt(order, context.policy());
    if (context.instant().isAfter(closes)) {
      return Verdict.refuse(Rejection.of(Rule.R11, order.id(), id(order) + ": the buyer's edit window closed at "
          + closes + ", " + context.policy().buyerEditWindow().toMinutes() + " minutes after checkout",
          "Cancel and reorder instead."));
    }
    if (order.status() != OrderStatus.PENDING && order.status() != OrderStatus.UNSHIPPED) {
      return Verdict.refuse(Rejection.of(Rule.R11, order.id(), id(order) + " is " + order.status().label()
          + ": it can no longer be edited").from(order.status()));
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
    return Verdict.accept(new OrderEditedByBuyer(cause, c.deliveryAddress(), c.quantities()));
  }
}
