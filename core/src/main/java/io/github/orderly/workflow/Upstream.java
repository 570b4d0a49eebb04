package io.github.orderly.workflow;

import io.github.orderly.order.Order;
import io.github.orderly.order.UpstreamStatus;
import java.util.List;

/**
 * The upstream family (R29, R50): statuses pulled from the marketplace, merged monotonically. A report that
 * is not newer, or would move the order back, is a repeat: it changes nothing. A report past Pending
 * availability releases a pre-order's lines, as the status tables' rows on {@link UpstreamStatusMerged} say
 * (R52).
 */
final class Upstream {
  private Upstream() {}

  static Verdict repeatedReport(Order order, RecordUpstreamStatus c) {
    return order.upstream().filter(u -> !u.advancesTo(c.status(), c.reportedAt())).isPresent() ? Verdict.REPEAT
        : null;
  }

  static Verdict record(Order order, RecordUpstreamStatus c, WorkflowContext context, Cause cause) {
    UpstreamStatus merged = order.upstream().map(u -> u.merge(c.status(), c.reportedAt()))
        .orElseGet(() -> new UpstreamStatus(c.status(), c.reportedAt()));
    if (merged.blocksShipment() && order.shipments().isEmpty()) {
      return Cancelling.cancelledUpstream(order, merged, context, cause);
    }
    List<LineStatus> released = Deciders.derive(order, new UpstreamStatusMerged(cause, merged));
    return Verdict.accept(new UpstreamStatusMerged(cause, merged, released));
  }
}
