package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.optional;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.Limits;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.LineId;
import java.util.List;
import java.util.Optional;

/**
 * The buyer asks the seller to cancel lines of the order, or all of it (R10), relayed by the marketplace. The
 * request is open from the command's instant; the seller answers it within the policy's response window.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 * @param reason the buyer's words, if any
 * @param lines the lines the buyer asks to cancel, each at most once; empty (or left out of the JSON) for the
 *     whole order: every line not cancelled
 */
public record RequestCancellation(
    @JsonProperty(value = "id", required = true) CommandId id,
    @JsonProperty("reason") Optional<String> reason,
    @JsonProperty("lines") List<LineId> lines) implements Command {
  /** Checks the components; a line named twice is refused. */
  @JsonCreator
  public RequestCancellation {
    required("requestCancellation.id", id, "must not be null");
    reason = optional(reason);
    reason.ifPresent(r -> Limits.checkText("requestCancellation.reason", r, Limits.MAX_NOTE_LENGTH,
        Limits.TextKind.MULTI_LINE, InvalidCommandException::new));
    lines = listOrEmpty("requestCancellation.lines", lines);
    if (lines.stream().distinct().count() != lines.size()) {
      throw new InvalidCommandException("requestCancellation.lines", lines, "names a line twice");
    }
  }

  /**
   * Returns a request for the whole order without the buyer's words.
   *
   * @param id the command id
   * @return the command
   */
  public static RequestCancellation of(CommandId id) {
    return new RequestCancellation(id, Optional.empty(), List.of());
  }

  /**
   * Returns a request for the whole order with the buyer's words.
   *
   * @param id the command id
   * @param reason what the buyer wrote, at most {@value Limits#MAX_NOTE_LENGTH} characters
   * @return the command
   */
  public static RequestCancellation of(CommandId id, String reason) {
    return new RequestCancellation(id, Optional.of(required("requestCancellation.reason", reason,
        "must not be null")), List.of());
  }

  /**
   * Returns a request for some lines, with the buyer's words if any.
   *
   * @param id the command id
   * @param lines the lines, at least one, each at most once
   * @param reason what the buyer wrote, if anything
   * @return the command
   */
  public static RequestCancellation ofLines(CommandId id, List<LineId> lines, Optional<String> reason) {
    return new RequestCancellation(id, required("requestCancellation.reason", reason, "must not be null"),
        InvalidCommandException.list("requestCancellation.lines", lines));
  }
}
