package io.github.orderly.policy;

import io.github.orderly.order.OrderId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A warning to show the seller, and to send by e-mail, while a deadline's warning is open (R9), such
 * as "Confirm as shipped by 2026-03-08 to avoid cancellation".
 *
 * <p>Immutable and thread-safe.
 *
 * @param orderId the order
 * @param deadline the deadline the warning is about
 * @param dueDate the deadline's date in the marketplace's zone, the date the text names
 */
public record Warning(OrderId orderId, Deadline deadline, LocalDate dueDate) implements DueAction {
  /** Creates the warning. */
  public Warning {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(dueDate, "dueDate");
  }

  /** Returns when the warning opened. */
  @Override
  public Instant at() {
    return deadline.warningFrom();
  }

  /** Returns {@code warn:<order id>:<deadline kind code>}. */
  @Override
  public String id() {
    return "warn:" + orderId + ":" + deadline.kind().code();
  }

  /** Returns the seller-facing text, naming the due date in the marketplace's zone. */
  public String text() {
    return switch (deadline.kind()) {
      case SHIPMENT_CONFIRMATION -> "Confirm as shipped by " + dueDate + " to avoid cancellation";
      case PAYMENT_PENDING -> "Payment still pending; the order is cancelled on " + dueDate;
      case CANCELLATION_REQUEST -> "Answer the buyer's cancellation request by " + dueDate;
      case BUYER_EDIT -> "The buyer may edit the order until " + dueDate;
      case RETURN_WINDOW -> "Returns are accepted until " + dueDate;
    };
  }
}
