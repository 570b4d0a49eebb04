package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.list;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.Rule;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnReason;
import io.github.orderly.order.RmaId;
import java.util.List;

/**
 * Authorise a return of shipped units under an RMA id, within the policy's return window (R20).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 * @param rmaId the RMA id: the return's natural key on the order (R43)
 * @param reason why the units come back; an undeliverable, refused or misaddressed parcel is refunded less
 *     the actual shipping cost (R14)
 * @param lines the units coming back, at least one line, each line once
 */
public record AuthorizeReturn(
    @JsonProperty(value = "id", required = true) CommandId id,
    @JsonProperty(value = "rmaId", required = true) RmaId rmaId,
    @JsonProperty(value = "reason", required = true) ReturnReason reason,
    @JsonProperty(value = "lines", required = true) List<ReturnLine> lines) implements Command {
  /** Checks the components: a field missing, no line or a line twice is refused. */
  @JsonCreator
  public AuthorizeReturn {
    required("authorizeReturn.id", id, "must not be null");
    required("authorizeReturn.rmaId", rmaId, "must not be null");
    required("authorizeReturn.reason", reason, "a return needs a reason " + Rule.R20.cite());
    lines = list("authorizeReturn.lines", lines);
    if (lines.isEmpty()) {
      throw new InvalidCommandException("authorizeReturn.lines", lines, "must name at least one line");
    }
    if (lines.stream().map(ReturnLine::lineId).distinct().count() != lines.size()) {
      throw new InvalidCommandException("authorizeReturn.lines", lines, "names a line twice");
    }
  }
}
