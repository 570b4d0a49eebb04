package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.listOrEmpty;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.Rule;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.LineId;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import java.util.List;
import java.util.stream.Stream;

/**
 * Give money back (R13): for the whole order ({@link #wholeOrder}), whole lines ({@link #ofLines}: what each
 * has left) or partial amounts ({@link #ofAmounts}). A line never gives back more than it was charged;
 * before the buyer was charged, cancel instead (R6). A partial amount may name its components
 * ({@link RefundLine#ofComponents}): then no component gives back more than the line was charged for it less
 * what earlier refunds gave back of it (R13).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the command id
 * @param refundId the refund's id: its natural key on the order (R43)
 * @param reason why (R13)
 * @param lines lines refunded in full, of what they have left
 * @param amounts partial amounts per line
 */
public record IssueRefund(
    @JsonProperty(value = "id", required = true) CommandId id,
    @JsonProperty(value = "refundId", required = true) RefundId refundId,
    @JsonProperty(value = "reason", required = true) RefundReason reason,
    @JsonProperty("lines") List<LineId> lines,
    @JsonProperty("amounts") List<RefundLine> amounts) implements Command {
  /** Checks the components; a missing reason is refused naming R13, a line named twice is refused. */
  @JsonCreator
  public IssueRefund {
    required("issueRefund.id", id, "must not be null");
    required("issueRefund.refundId", refundId, "must not be null");
    required("issueRefund.reason", reason, "a refund needs a reason " + Rule.R13.cite());
    lines = listOrEmpty("issueRefund.lines", lines);
    amounts = listOrEmpty("issueRefund.amounts", amounts);
    if (Stream.concat(lines.stream(), amounts.stream().map(RefundLine::lineId)).distinct().count()
        != lines.size() + amounts.size()) {
      throw new InvalidCommandException("issueRefund.lines", lines + " " + amounts, "names a line twice");
    }
  }

  /**
   * Returns a refund of everything the order has left to refund.
   *
   * @param id the command id
   * @param refundId the refund's id
   * @param reason why (R13)
   * @return the command
   */
  public static IssueRefund wholeOrder(CommandId id, RefundId refundId, RefundReason reason) {
    return new IssueRefund(id, refundId, reason, List.of(), List.of());
  }

  /**
   * Returns a refund of what the given lines have left to refund (R16).
   *
   * @param id the command id
   * @param refundId the refund's id
   * @param reason why (R13)
   * @param lines the lines
   * @return the command
   */
  public static IssueRefund ofLines(CommandId id, RefundId refundId, RefundReason reason, List<LineId> lines) {
    return new IssueRefund(id, refundId, reason, InvalidCommandException.list("issueRefund.lines", lines), List.of());
  }

  /**
   * Returns a refund of partial amounts.
   *
   * @param id the command id
   * @param refundId the refund's id
   * @param reason why (R13)
   * @param amounts the amount per line
   * @return the command
   */
  public static IssueRefund ofAmounts(CommandId id, RefundId refundId, RefundReason reason,
      List<RefundLine> amounts) {
    return new IssueRefund(id, refundId, reason, List.of(), InvalidCommandException.list("issueRefund.amounts", amounts));
  }
}
