package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The carrier reported progress of shipped lines, or of a return on its way back.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cause its cause
 * @param statuses the lines changed, with their new statuses
 */
public record CarrierProgressRecorded(
    @JsonProperty(value = "cause", required = true) Cause cause,
    @JsonProperty("statuses") List<LineStatus> statuses) implements Event {
  /** Checks the components. */
  @JsonCreator
  public CarrierProgressRecorded {
    required("carrierProgressRecorded.cause", cause, "must not be null");
    statuses = listOrEmpty("carrierProgressRecorded.statuses", statuses);
  }
}
