package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.LineId;
import java.util.List;

/**
 * The seller accepts the buyer's open cancellation requests (R10). When the lines accepted, with those cancelled
 * already, are every line of the order, the order is cancelled ({@link OrderCancelled}) with reason
 * {@link CancellationReason#BUYER_REQUESTED}; otherwise the lines accepted are cancelled on their own
 * ({@link CancellationRequestAccepted}), with the same reason. Either way nothing may have shipped.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 * @param lines the lines whose requests are answered, each in an open request; empty (or left out of the
 *     JSON) for every line of every open request
 */
public record AcceptCancellationRequest(
    @JsonProperty(value = "id", required = true) CommandId id,
    @JsonProperty("lines") List<LineId> lines) implements Command {
  /** Checks the components; a line named twice is refused. */
  @JsonCreator
  public AcceptCancellationRequest {
    required("acceptCancellationRequest.id", id, "must not be null");
    lines = listOrEmpty("acceptCancellationRequest.lines", lines);
    if (lines.stream().distinct().count() != lines.size()) {
      throw new InvalidCommandException("acceptCancellationRequest.lines", lines, "names a line twice");
    }
  }

  /**
   * Creates the answer to every open request.
   *
   * @param id the command id
   */
  public AcceptCancellationRequest(CommandId id) {
    this(id, List.of());
  }

  /**
   * Returns the answer for some lines.
   *
   * @param id the command id
   * @param lines the lines, at least one, each in an open request
   * @return the command
   */
  public static AcceptCancellationRequest ofLines(CommandId id, List<LineId> lines) {
    return new AcceptCancellationRequest(id, InvalidCommandException.list("acceptCancellationRequest.lines", lines));
  }
}
