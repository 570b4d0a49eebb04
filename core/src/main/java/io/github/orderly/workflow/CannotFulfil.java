package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.CommandId;

/**
 * The marketplace cannot fulfil a marketplace-fulfilled order (R18): every line becomes Unable to fulfill.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 */
public record CannotFulfil(@JsonProperty(value = "id", required = true) CommandId id) implements Command {
  /** Checks the components. */
  @JsonCreator
  public CannotFulfil {
    required("cannotFulfil.id", id, "must not be null");
  }
}
