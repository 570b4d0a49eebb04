package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.LineId;
import java.util.List;

/**
 * The seller declines the buyer's open cancellation requests (R10): the lines declined leave their requests,
 * and a request with no line left is closed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 * @param lines the lines whose requests are answered, each in an open request; empty (or left out of the
 *     JSON) for every line of every open request
 */
public record DeclineCancellationRequest(
    @JsonProperty(value = "id", required = true) CommandId id,
    @JsonProperty("lines") List<LineId> lines) implements Command {
  /** Checks the components; a line named twice is refused. */
  @JsonCreator
  public DeclineCancellationRequest {
    required("declineCancellationRequest.id", id, "must not be null");
    lines = listOrEmpty("declineCancellationRequest.lines", lines);
    if (lines.stream().distinct().count() != lines.size()) {
      throw new InvalidCommandException("declineCancellationRequest.lines", lines, "names a line twice");
    }
  }

  /**
   * Creates the answer to every open request.
   *
   * @param id the command id
   */
  public DeclineCancellationRequest(CommandId id) {
    this(id, List.of());
  }

  /**
   * Returns the answer for some lines.
   *
   * @param id the command id
   * @param lines the lines, at least one, each in an open request
   * @return the command
   */
  public static DeclineCancellationRequest ofLines(CommandId id, List<LineId> lines) {
    return new DeclineCancellationRequest(id, InvalidCommandException.list("declineCancellationRequest.lines", lines));
  }
}
