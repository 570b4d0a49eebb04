package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.list;
import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.optional;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.Address;
import io.github.orderly.order.CommandId;
import java.util.List;
import java.util.Optional;

/**
 * The buyer changes the delivery address or quantities (R11): only within the policy's buyer edit window
 * of checkout and only for a seller-fulfilled order; sellers never change order information.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 * @param deliveryAddress the new address, if it changes
 * @param quantities the new quantities; empty when none change
 */
public record EditAsBuyer(
    @JsonProperty(value = "id", required = true) CommandId id,
    @JsonProperty("deliveryAddress") Optional<Address> deliveryAddress,
    @JsonProperty("quantities") List<LineQuantity> quantities) implements Command {
  /** Checks the components: an edit that changes nothing, or names a line twice, is refused. */
  @JsonCreator
  public EditAsBuyer {
    required("editAsBuyer.id", id, "must not be null");
    deliveryAddress = optional(deliveryAddress);
    quantities = listOrEmpty("editAsBuyer.quantities", quantities);
    if (deliveryAddress.isEmpty() && quantities.isEmpty()) {
      throw new InvalidCommandException("editAsBuyer", id, "changes nothing: give an address or quantities");
    }
    if (quantities.stream().map(LineQuantity::lineId).distinct().count() != quantities.size()) {
      throw new InvalidCommandException("editAsBuyer.quantities", quantities, "names a line twice");
    }
  }

  /**
   * Returns an edit of the delivery address alone.
   *
   * @param id the command id
   * @param deliveryAddress the new address
   * @return the command
   */
  public static EditAsBuyer newAddress(CommandId id, Address deliveryAddress) {
    return new EditAsBuyer(id, Optional.of(required("editAsBuyer.deliveryAddress", deliveryAddress,
        "must not be null")), List.of());
  }

  /**
   * Returns an edit of quantities alone.
   *
   * @param id the command id
   * @param quantities the new quantity per line, at least one line, each line once
   * @return the command
   */
  public static EditAsBuyer newQuantities(CommandId id, List<LineQuantity> quantities) {
    return new EditAsBuyer(id, Optional.empty(), list("editAsBuyer.quantities", quantities));
  }
}
