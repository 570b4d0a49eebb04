package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.LineId;
import java.util.List;

/**
 * Mark lines as being picked and packed: Order placed becomes Preparing to ship.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 * @param lines the lines to prepare; empty for every line in Order placed
 */
public record PrepareShipment(
    @JsonProperty(value = "id", required = true) CommandId id,
    @JsonProperty("lines") List<LineId> lines) implements Command {
  /** Checks the components. */
  @JsonCreator
  public PrepareShipment {
    required("prepareShipment.id", id, "must not be null");
    lines = listOrEmpty("prepareShipment.lines", lines);
  }
}
