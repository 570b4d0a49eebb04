package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.optional;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.Limits;
import io.github.orderly.order.CommandId;
import java.util.Optional;

/**
 * The buyer asks the seller to cancel (R10), relayed by the marketplace.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 * @param reason the buyer's words, if any
 */
public record RequestCancellation(
    @JsonProperty(value = "id", required = true) CommandId id,
    @JsonProperty("reason") Optional<String> reason) implements Command {
  /** Checks the components. */
  @JsonCreator
  public RequestCancellation {
    required("requestCancellation.id", id, "must not be null");
    reason = optional(reason);
    reason.ifPresent(r -> Limits.checkText("requestCancellation.reason", r, Limits.MAX_NOTE_LENGTH,
        Limits.TextKind.MULTI_LINE, InvalidCommandException::new));
  }

  /**
   * Returns a request without the buyer's words.
   *
   * @param id the command id
   * @return the command
   */
  public static RequestCancellation of(CommandId id) {
    return new RequestCancellation(id, Optional.empty());
  }

  /**
   * Returns a request with the buyer's words.
   *
   * @param id the command id
   * @param reason what the buyer wrote, at most {@value Limits#MAX_NOTE_LENGTH} characters
   * @return the command
   */
  public static RequestCancellation of(CommandId id, String reason) {
    return new RequestCancellation(id, Optional.of(required("requestCancellation.reason", reason,
        "must not be null")));
  }
}
