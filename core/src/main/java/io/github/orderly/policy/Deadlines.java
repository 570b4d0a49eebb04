package io.github.orderly.policy;

import io.github.orderly.Limits;
import io.github.orderly.Rule;
import io.github.orderly.order.BuyerCancellationRequest;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.Shipment;
import io.github.orderly.status.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The deadlines of one order under a policy, computed in the policy's time zone.
 *
 * <p>Which deadlines an order has depends on where it stands, never on the clock:
 * <table>
 *   <caption>Deadlines by kind</caption>
 *   <tr><th>kind</th><th>applies while</th><th>counts from</th><th>window</th><th>consequence</th></tr>
 *   <tr><td>{@link DeadlineKind#SHIPMENT_CONFIRMATION} (R8, R9)</td><td>the order is Unshipped and its
 *       channel is one of {@code autoCancelChannels}</td><td>{@code confirmCountsFrom}; a missing ship-by
 *       date counts from the order date</td><td>{@code confirmWithinDays} in {@code confirmDayCount},
 *       warning {@code confirmWarningDays} before</td><td>automatic cancellation</td></tr>
 *   <tr><td>{@link DeadlineKind#PAYMENT_PENDING} (R12)</td><td>the order is Pending</td><td>the order
 *       date; a released pre-order's release ({@code Order.releasedAt()}, R52)</td><td>{@code pendingDays}</td><td>automatic cancellation if
 *       {@code cancelPendingAfterWindow}, else the window closes</td></tr>
 *   <tr><td>{@link DeadlineKind#CANCELLATION_REQUEST} (R10), one per open request</td><td>a buyer request
 *       is open and the order is not Cancelled</td><td>the request's own instant</td>
 *       <td>{@code requestResponseDays}</td><td>escalation if
 *       {@code escalateUnansweredRequests}, else the window closes</td></tr>
 *   <tr><td>{@link DeadlineKind#BUYER_EDIT} (R11)</td><td>the order is seller-fulfilled and not
 *       Cancelled</td><td>the order date</td><td>{@code buyerEditWindow}</td><td>the window closes</td></tr>
 *   <tr><td>{@link DeadlineKind#RETURN_WINDOW} (R20)</td><td>the order has a confirmed shipment</td><td>the
 *       last shipment</td><td>{@code returnDays}</td><td>the window closes</td></tr>
 * </table>
 * A window of N days ends at the same wall-clock time N days (or N business days) later in the
 * policy's zone, across daylight-saving changes; a wall-clock time that does not exist on that day
 * (a spring-forward gap) moves forward by the gap's length.
 *
 * <p>Computing the deadlines of a valid order never throws: its instants lie in the years 1970 to 9999,
 * a policy's windows are at most {@value Limits#MAX_WINDOW_DAYS} days or business days and its
 * {@link HolidayCalendar#of} calendar at most {@value Limits#MAX_HOLIDAYS} dates ({@link Limits}), so every
 * deadline lies before the year 10030, far inside what {@code java.time} holds. The one exception is a
 * host's own {@link HolidayCalendar} implementation without a business day in ten years, which
 * business-day arithmetic refuses.
 *
 * <p>Stateless and thread-safe: it has static methods only.
 */
public final class Deadlines {
  private static final long SECONDS_PER_DAY = 86_400;

  private Deadlines() {}

  /**
   * Returns the deadlines of the order under the policy, in the order of {@link DeadlineKind}.
   *
   * @param order the order
   * @param policy the marketplace's policy
   * @return the deadlines, possibly empty (a cancelled order has none)
   */
  public static List<Deadline> of(Order order, DeadlinePolicy policy) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(policy, "policy");
    List<Deadline> deadlines = new ArrayList<>(3);
    addIfPresent(deadlines, shipment(order, policy));
    addIfPresent(deadlines, pending(order, policy));
    for (int i = 0, n = order.cancellationRequests().size(); i < n; i++) {
      addIfPresent(deadlines, request(order, order.cancellationRequests().get(i), policy));
    }
    addIfPresent(deadlines, buyerEdit(order, policy));
    addIfPresent(deadlines, returnWindow(order, policy));
    return List.copyOf(deadlines);
  }

  /**
   * Returns the orders page's "confirm shipment within" attention view (R26, R8, R9): orders whose
   * shipment-confirmation deadline under the policy falls before {@code now + within}, overdue ones
   * included. Combine it with a query: {@code query.select(orders.stream().filter(view))}.
   *
   * @param policy the marketplace's policy
   * @param now the caller's instant, in the range of {@link Limits}
   * @param within how far ahead to look, not negative, at most {@value Limits#MAX_WINDOW_DAYS} days
   * @return the predicate
   * @throws InvalidPolicyException if {@code within} is negative or too long, or {@code now} out of range
   */
  public static Predicate<Order> confirmationDueWithin(DeadlinePolicy policy, Instant now, Duration within) {
    Objects.requireNonNull(policy, "policy");
    Limits.checkInstant("now", Objects.requireNonNull(now, "now"), InvalidPolicyException::new);
    if (within.isNegative()) {
      throw new InvalidPolicyException("within", within, "must not be negative");
    }
    if (within.compareTo(Duration.ofDays(Limits.MAX_WINDOW_DAYS)) > 0) {
      throw new InvalidPolicyException("within", within, "must be at most " + Limits.MAX_WINDOW_DAYS + " days");
    }
    Instant cutoff = now.plus(within);
    return order -> {
      Deadline deadline = shipment(order, policy);
      return deadline != null && deadline.dueAt().isBefore(cutoff);
    };
  }

  private static void addIfPresent(List<Deadline> deadlines, Deadline deadline) {
    if (deadline != null) {
      deadlines.add(deadline);
    }
  }

  /** The shipment-confirmation deadline (R8, R9), or null when the order has none. */
  static Deadline shipment(Order order, DeadlinePolicy policy) {
    if (order.status() != OrderStatus.UNSHIPPED || !policy.autoCancelChannels().contains(order.fulfilmentChannel())) {
      return null;
    }
    Instant anchor = policy.confirmCountsFrom() == DeadlineAnchor.SHIP_BY_DATE
        ? order.shipBy().orElse(order.purchasedAt())
        : order.purchasedAt();
    int window = policy.confirmWithinDays();
    DayCount count = policy.confirmDayCount();
    Instant due = plus(anchor, window, count, policy);
    int lead = policy.confirmWarningDays();
    Instant warning = lead == 0 ? due : plus(anchor, window - lead, count, policy);
    return new Deadline(DeadlineKind.SHIPMENT_CONFIRMATION, due, warning, Consequence.AUTOMATIC_CANCELLATION,
        policy.confirmRule());
  }

  /** The pending-window deadline (R12), or null when the order is not pending. */
  static Deadline pending(Order order, DeadlinePolicy policy) {
    if (order.status() != OrderStatus.PENDING) {
      return null;
    }
    // A released pre-order's window counts from its release, never before it (R52).
    Instant due = plus(order.releasedAt().orElse(order.purchasedAt()), policy.pendingDays(), DayCount.CALENDAR_DAYS,
        policy);
    return new Deadline(DeadlineKind.PAYMENT_PENDING, due, due,
        policy.cancelPendingAfterWindow() ? Consequence.AUTOMATIC_CANCELLATION : Consequence.WINDOW_CLOSES, Rule.R12);
  }

  /**
   * The response deadline of one of the order's open buyer cancellation requests (R10), counted from the
   * request's own instant, or null when the order is cancelled.
   */
  static Deadline request(Order order, BuyerCancellationRequest request, DeadlinePolicy policy) {
    if (order.status() == OrderStatus.CANCELLED) {
      return null;
    }
    Instant due = plus(request.requestedAt(), policy.requestResponseDays(), DayCount.CALENDAR_DAYS, policy);
    return new Deadline(DeadlineKind.CANCELLATION_REQUEST, due, due,
        policy.escalateUnansweredRequests() ? Consequence.ESCALATION : Consequence.WINDOW_CLOSES, Rule.R10);
  }

  private static Deadline buyerEdit(Order order, DeadlinePolicy policy) {
    if (order.fulfilmentChannel() != FulfilmentChannel.SELLER
        || order.status() == OrderStatus.CANCELLED) {
      return null;
    }
    Instant due = buyerEditClosesAt(order, policy);
    return new Deadline(DeadlineKind.BUYER_EDIT, due, due, Consequence.WINDOW_CLOSES, Rule.R11);
  }

  private static Deadline returnWindow(Order order, DeadlinePolicy policy) {
    if (order.shipments().isEmpty()) {
      return null;
    }
    Instant last = order.shipments().get(0).shippedAt();
    for (Shipment shipment : order.shipments()) {
      if (shipment.shippedAt().isAfter(last)) {
        last = shipment.shippedAt();
      }
    }
    Instant due = plus(last, policy.returnDays(), DayCount.CALENDAR_DAYS, policy);
    return new Deadline(DeadlineKind.RETURN_WINDOW, due, due, Consequence.WINDOW_CLOSES, Rule.R20);
  }

  /**
   * Returns when the buyer's edit window closes (R11): {@link DeadlinePolicy#buyerEditWindow()} after the
   * purchase. The workflow asks this, so the window is computed in one place.
   *
   * @param order the order
   * @param policy the marketplace's policy
   * @return the instant after which the buyer can no longer edit the order
   */
  public static Instant buyerEditClosesAt(Order order, DeadlinePolicy policy) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(policy, "policy");
    return order.purchasedAt().plus(policy.buyerEditWindow());
  }

  /**
   * Returns when the return window of one line closes (R20): {@link DeadlinePolicy#returnDays()} calendar
   * days after the line's last confirmed shipment, at the same wall-clock time in the policy's zone. The
   * order's {@link DeadlineKind#RETURN_WINDOW} deadline is the latest of these. The workflow asks this, so
   * the window is computed in one place.
   *
   * @param order the order
   * @param line the line
   * @param policy the marketplace's policy
   * @return the instant after which no return of the line is authorised; empty if the line never shipped
   */
  public static Optional<Instant> returnClosesAt(Order order, LineId line,
      DeadlinePolicy policy) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(policy, "policy");
    Instant last = null;
    for (Shipment shipment : order.shipments()) {
      if (shipment.carries(line) && (last == null || shipment.shippedAt().isAfter(last))) {
        last = shipment.shippedAt();
      }
    }
    return last == null ? Optional.empty()
        : Optional.of(plus(last, policy.returnDays(), DayCount.CALENDAR_DAYS, policy));
  }

  /**
   * Returns the instant {@code days} days after {@code anchor} at the same wall-clock time in the
   * policy's zone, counting calendar or business days.
   */
  static Instant plus(Instant anchor, int days, DayCount count, DeadlinePolicy policy) {
    if (days == 0) {
      return anchor;
    }
    ZoneId zone = policy.zone();
    // A fixed offset (UTC, the default policy's zone) is its own offset at every instant; asked for its rules,
    // a ZoneOffset on Java 17 makes new ones per call (a map and its lookups), so it is not asked.
    ZoneRules rules = zone instanceof ZoneOffset ? null : zone.getRules();
    ZoneOffset offset = rules == null ? (ZoneOffset) zone : rules.getOffset(anchor);
    long startDay = Math.floorDiv(anchor.getEpochSecond() + offset.getTotalSeconds(), SECONDS_PER_DAY);
    long targetDay = switch (count) {
      case CALENDAR_DAYS -> startDay + days;
      case BUSINESS_DAYS -> BusinessDays.plus(LocalDate.ofEpochDay(startDay), days, policy.holidays()).toEpochDay();
    };
    // Fast path: when the offset is the same at the candidate, it is the same wall-clock time.
    Instant candidate = anchor.plusSeconds((targetDay - startDay) * SECONDS_PER_DAY);
    if (rules == null || rules.isFixedOffset() || rules.getOffset(candidate).equals(offset)) {
      return candidate;
    }
    // A daylight-saving change lies between: resolve the wall-clock time, keeping the offset if valid.
    LocalDateTime local = LocalDateTime.ofEpochSecond(anchor.getEpochSecond(), anchor.getNano(), offset)
        .plusDays(targetDay - startDay);
    return ZonedDateTime.ofLocal(local, zone, offset).toInstant();
  }
}
