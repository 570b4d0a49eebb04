package io.github.orderly.query;

import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.OrderSubtype;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.Shipment;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import java.time.Instant;
import java.util.List;
import io.github.orderly.order.TrackingId;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A query's search, filters and views compiled for speed: status sets as bit masks, the search text
 * prepared once, cheap checks first. Allocates nothing per order. The semantics are {@link OrderQuery}'s.
 */
final class Matcher implements Predicate<Order> {
  private static final int ALL = -1;

  private final DateBasis dateBasis;
  private final Instant from;
  private final Instant to;
  private final int channels;
  private final boolean includePending;
  private final int orderStatuses;
  private final OrderSubtype[] subtypes;
  private final int itemStatuses;
  private final int paymentStatuses;
  private final boolean lineFilter;
  private final boolean refundFailed;
  private final boolean shipmentLate;
  private final Instant shipByBefore;
  private final TextSearch search;

  Matcher(OrderQuery q) {
    this.dateBasis = q.dateBasis();
    this.from = q.dateFrom().orElse(null);
    this.to = q.dateTo().orElse(null);
    this.channels = mask(q.fulfilmentChannels());
    this.includePending = q.includePending();
    this.orderStatuses = mask(q.orderStatuses());
    this.subtypes = q.subtypes().toArray(new OrderSubtype[0]);
    this.itemStatuses = mask(q.itemStatuses());
    this.paymentStatuses = mask(q.paymentStatuses());
    this.lineFilter = itemStatuses != ALL || paymentStatuses != ALL;
    this.refundFailed = q.refundFailed();
    this.shipmentLate = q.shipmentLate();
    this.shipByBefore = q.shipByBefore().orElse(null);
    this.search = q.search().map(TextSearch::new).orElse(null);
  }

  private static <E extends Enum<E>> int mask(Set<E> values) {
    if (values.isEmpty()) {
      return ALL;
    }
    int mask = 0;
    for (E value : values) {
      mask |= 1 << value.ordinal();
    }
    return mask;
  }

  private static boolean in(int mask, Enum<?> value) {
    return (mask >>> value.ordinal() & 1) != 0;
  }

  @Override
  public boolean test(Order order) {
    if (from != null || to != null) {
      Instant at = dateBasis == DateBasis.ORDER_DATE ? order.purchasedAt() : order.firstReportedAt();
      if (from != null && at.isBefore(from) || to != null && !at.isBefore(to)) {
        return false;
      }
    }
    if (!in(channels, order.fulfilmentChannel())) {
      return false;
    }
    OrderStatus status = order.status();
    if (status.isPending() && !includePending || !in(orderStatuses, status)) {
      return false;
    }
    if (subtypes.length > 0 && !anySubtype(order.subtypes())) {
      return false;
    }
    if (lineFilter && !anyLineMatches(order.lines())) {
      return false;
    }
    if (refundFailed && !anyRefundFailed(order.lines())) {
      return false;
    }
    if (shipmentLate && !order.shipmentLate()) {
      return false;
    }
    if (shipByBefore != null && !shipBySoon(order, status)) {
      return false;
    }
    return search == null || found(order);
  }

  private boolean anySubtype(Set<OrderSubtype> has) {
    for (OrderSubtype s : subtypes) {
      if (has.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** The item-status and payment-status categories, both on one line (R40). */
  boolean matchesLine(OrderLine line) {
    return in(itemStatuses, line.itemStatus()) && in(paymentStatuses, line.paymentStatus());
  }

  private boolean anyLineMatches(List<OrderLine> lines) {
    for (int i = 0, n = lines.size(); i < n; i++) {
      if (matchesLine(lines.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyRefundFailed(List<OrderLine> lines) {
    for (int i = 0, n = lines.size(); i < n; i++) {
      if (lines.get(i).paymentStatus() == PaymentStatus.REFUND_FAILED) {
        return true;
      }
    }
    return false;
  }

  private boolean shipBySoon(Order order, OrderStatus status) {
    if (!status.isPending() && status != OrderStatus.UNSHIPPED && status != OrderStatus.PARTIALLY_SHIPPED) {
      return false;
    }
    Optional<Instant> shipBy = order.shipBy();
    return shipBy.isPresent() && shipBy.get().isBefore(shipByBefore);
  }

  private boolean found(Order order) {
    if (search.in(order.id().value())) {
      return true;
    }
    if (order.merchantOrderId().isPresent() && search.in(order.merchantOrderId().get().value())) {
      return true;
    }
    List<ReturnAuthorization> returns = order.returns();
    for (int i = 0, n = returns.size(); i < n; i++) {
      if (search.in(returns.get(i).rmaId().value())) {
        return true;
      }
    }
    List<Shipment> shipments = order.shipments();
    for (int i = 0, n = shipments.size(); i < n; i++) {
      Optional<TrackingId> tracking = shipments.get(i).trackingId();
      if (tracking.isPresent() && search.in(tracking.get().value())) {
        return true;
      }
    }
    Optional<String> email = order.buyer().email();
    return email.isPresent() && search.in(email.get());
  }

  // The masks are ints: every status enum must keep fewer than 32 values.
  static {
    if (ItemStatus.values().length > 31 || PaymentStatus.values().length > 31
        || OrderStatus.values().length > 31) {
      throw new AssertionError("a status enum outgrew the 31-bit masks of Matcher");
    }
  }
}
