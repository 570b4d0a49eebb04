package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.LineId;
import io.github.orderly.status.ItemStatus;
import java.util.List;

/**
 * Record what the carrier reports for shipped lines, or for a return on its way back ({@link
 * #CARRIER_STATUSES}). Which change is allowed from which status is {@link StatusTables#item()} (R42).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 * @param lines the lines; empty for every line that can make this change
 * @param status the status the carrier reports
 */
public record RecordCarrierProgress(
    @JsonProperty(value = "id", required = true) CommandId id,
    @JsonProperty("lines") List<LineId> lines,
    @JsonProperty(value = "status", required = true) ItemStatus status) implements Command {
  /** Checks the components: the status must be one a carrier reports. */
  @JsonCreator
  public RecordCarrierProgress {
    required("recordCarrierProgress.id", id, "must not be null");
    lines = listOrEmpty("recordCarrierProgress.lines", lines);
    required("recordCarrierProgress.status", status, "must not be null");
    if (!CARRIER_STATUSES.contains(status)) {
      throw new InvalidCommandException("recordCarrierProgress.status", status,
          "a carrier reports one of " + CARRIER_STATUSES);
    }
  }
}
