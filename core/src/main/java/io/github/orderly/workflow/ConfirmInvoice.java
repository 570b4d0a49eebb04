package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.CommandId;

/**
 * The seller confirms that the invoice went to the buyer (R53): an order the marketplace requires this of, and
 * whose every line not cancelled shipped in full, leaves Invoice unconfirmed for Shipped. The instant of the
 * confirmation is the context's, as for every command. Its natural key is the order's invoice confirmation: on
 * an order whose invoice the seller already confirmed it is a repeat (R43); on one the marketplace confirmed it
 * is refused (R53).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 */
public record ConfirmInvoice(@JsonProperty(value = "id", required = true) CommandId id) implements Command {
  /** Checks the components. */
  @JsonCreator
  public ConfirmInvoice {
    required("confirmInvoice.id", id, "must not be null");
  }
}
