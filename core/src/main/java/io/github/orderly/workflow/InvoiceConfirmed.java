package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The seller confirmed that the invoice went to the buyer (R53): the order's
 * {@link io.github.orderly.order.Order#invoice()} is confirmed at the event's instant, by the seller, and the
 * order, shipped in full, is Shipped. It changes no line's status.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause its cause: the command id, the instant of the confirmation and the actor
 */
public record InvoiceConfirmed(@JsonProperty(value = "cause", required = true) Cause cause) implements Event {
  /** Checks the components. */
  @JsonCreator
  public InvoiceConfirmed {
    required("invoiceConfirmed.cause", cause, "must not be null");
  }
}
