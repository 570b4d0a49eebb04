package io.github.orderly.workflow;

import static io.github.orderly.workflow.Deciders.derive;

import io.github.orderly.Rule;
import io.github.orderly.order.Cancellation;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What accepting buyer cancellation requests does (R10), one row per case, asked in order: the first row whose
 * condition holds gives the event. The seller's cancellation {@code buyer-requested} is the same in both rows;
 * the line statuses are the status tables' rows for {@link OrderCancelled}. Immutable and thread-safe.
 */
enum RequestAcceptance {
  /** The lines accepted, with those cancelled already, are every line: the order is cancelled. */
  WHOLE_ORDER("the lines accepted, with those cancelled already, are every line of the order",
      "OrderCancelled: the order is cancelled") {
    @Override
    boolean applies(Order order, Set<LineId> accepted) {
      for (OrderLine line : order.lines()) {
        if (!line.itemStatus().isCancelled() && !accepted.contains(line.id())) {
          return false;
        }
      }
      return true;
    }

    @Override
    Event event(Order order, Set<LineId> accepted, Cancellation cancellation, Cause cause) {
      OrderCancelled draft = new OrderCancelled(cause, cancellation, List.of(), List.of(), Optional.empty());
      return new OrderCancelled(cause, cancellation, derive(order, draft), List.of(), Optional.empty());
    }
  },
  /** Otherwise: only the lines accepted are cancelled, and the rest of the order goes on. */
  SOME_LINES("otherwise", "CancellationRequestAccepted: the lines accepted are cancelled, the others go on") {
    @Override
    boolean applies(Order order, Set<LineId> accepted) {
      return true;
    }

    @Override
    Event event(Order order, Set<LineId> accepted, Cancellation cancellation, Cause cause) {
      List<LineStatus> statuses = new ArrayList<>();
      OrderCancelled draft = new OrderCancelled(cause, cancellation, List.of(), List.of(), Optional.empty());
      for (LineStatus s : derive(order, draft)) {
        if (accepted.contains(s.lineId())) {
          statuses.add(s);
        }
      }
      return new CancellationRequestAccepted(cause, cancellation, statuses);
    }
  };

  private final String condition;
  private final String outcome;

  RequestAcceptance(String condition, String outcome) {
    this.condition = condition;
    this.outcome = outcome;
  }

  /** Returns the row's condition in words. */
  String condition() {
    return condition;
  }

  /** Returns what the row does, in words. */
  String outcome() {
    return outcome;
  }

  /** Returns the rule the rows decide. */
  static Rule rule() {
    return Rule.R10;
  }

  abstract boolean applies(Order order, Set<LineId> accepted);

  abstract Event event(Order order, Set<LineId> accepted, Cancellation cancellation, Cause cause);

  /** Returns the first row whose condition holds (the last row always does). */
  static RequestAcceptance of(Order order, Set<LineId> accepted) {
    for (RequestAcceptance row : values()) {
      if (row.applies(order, accepted)) {
        return row;
      }
    }
    throw new IllegalStateException("the last row always applies");
  }
}
