package io.github.orderly.query;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.Limits;
import io.github.orderly.Rule;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.OrderSubtype;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * What the orders page asks for: a search, filters, attention views, a sort and a page (R26, R47). An
 * immutable value that a UI sends and a host stores as JSON ({@link io.github.orderly.json.OrderlyJson}),
 * and that evaluates as a predicate over one order ({@link #matches(Order)}, {@link #toPredicate()}) or
 * as a page over many ({@link #select(Iterable)}, {@link #select(Stream)}).
 *
 * <h2>What matches</h2>
 * An order matches when it passes every part below that the query sets; a part left empty or off
 * matches every order. Inside one category several values are OR-ed; the categories are AND-ed (R26).
 * <ul>
 *   <li>{@link #search()}: the text occurs, partially and ignoring case, in the order id, the merchant
 *       order id, the RMA id of any return, the tracking id of any shipment, or the buyer's e-mail (R26).
 *       "Ignoring case" is {@link String#regionMatches(boolean, int, String, int, int)} with
 *       {@code ignoreCase} true, character by character, independent of the default locale.
 *   <li>{@link #itemStatuses()} and {@link #paymentStatuses()}: <b>one and the same line</b> has one of
 *       the selected item statuses and one of the selected payment statuses (R40). So payment "Refund
 *       failed" with item "Returned" finds orders with a returned line whose refund failed, not an order
 *       whose returned line was refunded while another line's refund failed. The line-level test is
 *       public, {@link #matchesLine(OrderLine)} and {@link #matchingLines(Order)}: the CSV export picks the
 *       rows (lines) of a matching order with them, so that the page and the export agree.
 *   <li>{@link #orderStatuses()}: the derived order status (R41) is one of these.
 *   <li>{@link #dateFrom()} / {@link #dateTo()}: the instant {@link #dateBasis()} names (the order date by
 *       default, or the first-reported instant, R24) lies in the <b>half-open</b> range
 *       {@code [dateFrom, dateTo)}: dateFrom inclusive, dateTo exclusive. Either end may be left open.
 *   <li>{@link #subtypes()}: the order carries at least one of these subtypes (R22).
 *   <li>{@link #fulfilmentChannels()}: the order's fulfilment channel is one of these.
 *   <li>{@link #includePending()}: pending orders (R1), pre-orders among them (Pending availability, R52),
 *       match only when this is on; it is off by default.
 *   <li>Attention views, each AND-ed with the rest: {@link #refundFailed()}, some line's refund failed
 *       and the seller must refund by hand (R19); {@link #shipmentLate()}, the order carries "Shipment
 *       is late" (R7, {@link Order#shipmentLate()}); {@link #shipByBefore()}, the order is not yet fully
 *       shipped (pending, unshipped or partially shipped) and its promised {@link Order#shipBy()} falls
 *       before the instant. Build the last one with {@link Builder#shipByWithin(Duration, Instant)}:
 *       it is the hook for the deadlines of the policy (R8, R9).
 * </ul>
 *
 * <h2>Sort and pages</h2>
 * Rows come in {@link #sort()} order, newest order date first by default, always ending with the order
 * id as a tie-break. A page holds at most {@link #pageSize()} rows (default {@value #DEFAULT_PAGE_SIZE},
 * at most {@value #MAX_PAGE_SIZE}); {@link #cursor()} says after which row the page starts. Evaluating
 * one page keeps only the best {@code pageSize} rows while it scans: O(n log pageSize), never a full
 * sort.
 *
 * <h2>Relative time</h2>
 * A query holds instants only. "The past 30 days" ({@link #defaultView(Instant)}) and "ship by within N
 * days" ({@link Builder#shipByWithin(Duration, Instant)}) are made from an instant the caller passes;
 * the library never reads a clock.
 *
 * <h2>Refused when built</h2>
 * With an {@link InvalidQueryException} naming the field and value: a blank search, or one with
 * surrounding white space, a control character, a line break or a lone surrogate, or more than
 * {@value #MAX_SEARCH_LENGTH} characters; an instant outside the years 1970 to 9999 ({@link Limits});
 * {@code dateFrom} not before {@code dateTo}; a page size below 1 or above {@value #MAX_PAGE_SIZE}; the order
 * status {@code PENDING} or {@code PENDING_AVAILABILITY} selected while {@code includePending} is off; a cursor made for another sort (or
 * one that is not a cursor at all, see {@link PageCursor#of(String)}). Immutable and thread-safe.
 *
 * <p>Evaluation only reads: it never removes, reorders or changes the caller's orders (R31).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrderQuery.class)
@JsonDeserialize(as = ImmutableOrderQuery.class)
public abstract class OrderQuery {
  /** The rows of a page unless the query says otherwise. */
  public static final int DEFAULT_PAGE_SIZE = 50;
  /** The most rows a page may hold. */
  public static final int MAX_PAGE_SIZE = 1000;
  /** The longest search text, in characters. */
  public static final int MAX_SEARCH_LENGTH = 200;
  /** How far back the default view reaches: 30 days (R26). */
  public static final Duration DEFAULT_VIEW_PERIOD = Duration.ofDays(30);

  OrderQuery() {}

  /** Returns the search text, matched partially and ignoring case; empty to match every order. */
  public abstract Optional<String> search();

  /** Returns the item statuses, OR-ed, that a matching line must have; empty for any (R26, R40). */
  public abstract Set<ItemStatus> itemStatuses();

  /** Returns the payment statuses, OR-ed, that a matching line must have; empty for any (R26, R40). */
  public abstract Set<PaymentStatus> paymentStatuses();

  /** Returns the order statuses, OR-ed, the order must have; empty for any (R41). */
  public abstract Set<OrderStatus> orderStatuses();

  /** Returns which instant the date range cuts by; the order date by default (R24). */
  @Value.Default
  public DateBasis dateBasis() {
    return DateBasis.ORDER_DATE;
  }

  /** Returns the start of the date range, inclusive; empty for no lower bound. */
  public abstract Optional<Instant> dateFrom();

  /** Returns the end of the date range, exclusive; empty for no upper bound. */
  public abstract Optional<Instant> dateTo();

  /** Returns the subtypes, OR-ed, of which the order must carry one; empty for any (R22). */
  public abstract Set<OrderSubtype> subtypes();

  /** Returns the fulfilment channels, OR-ed, the order must have; empty for any. */
  public abstract Set<FulfilmentChannel> fulfilmentChannels();

  /** Returns whether pending orders may match (R1, R26); off by default. */
  @Value.Default
  public boolean includePending() {
    return false;
  }

  /** Returns whether only orders with a line whose refund failed match (R19); off by default. */
  @Value.Default
  public boolean refundFailed() {
    return false;
  }

  /** Returns whether only orders carrying "Shipment is late" match (R7); off by default. */
  @Value.Default
  public boolean shipmentLate() {
    return false;
  }

  /**
   * Returns the instant before which a not yet fully shipped order's promised ship-by must fall for it
   * to match; empty for no such view.
   */
  public abstract Optional<Instant> shipByBefore();

  /** Returns the sort; {@link OrderSort#NEWEST_FIRST} by default (R26). */
  @Value.Default
  public OrderSort sort() {
    return OrderSort.NEWEST_FIRST;
  }

  /** Returns the most rows of a page: {@value #DEFAULT_PAGE_SIZE} by default, at most {@value #MAX_PAGE_SIZE}. */
  @Value.Default
  public int pageSize() {
    return DEFAULT_PAGE_SIZE;
  }

  /** Returns where the page starts: after the row this cursor marks; empty for the first page. */
  public abstract Optional<PageCursor> cursor();

  /** Returns a new builder; every part unset matches every order, sorted newest first. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the default view of the orders page (R26): orders of the past 30 days by order date
   * ({@code dateFrom} = {@code now} minus 30 days, no upper bound), newest first, pending orders left out,
   * {@value #DEFAULT_PAGE_SIZE} rows a page.
   *
   * @param now the current instant, from the caller's clock
   * @return the query
   */
  public static OrderQuery defaultView(Instant now) {
    Limits.checkInstant("now", Objects.requireNonNull(now, "now"), InvalidQueryException::new);
    Instant from = now.minus(DEFAULT_VIEW_PERIOD);
    return builder().dateFrom(from.isBefore(Limits.EARLIEST_INSTANT) ? Limits.EARLIEST_INSTANT : from).build();
  }

  /**
   * Returns this query with the page starting after the given cursor: the way to the next page.
   *
   * @param cursor a cursor from {@link Page#nextCursor()} of this query
   * @return the query for that page
   * @throws InvalidQueryException if the cursor was made for another sort
   */
  public OrderQuery withCursor(PageCursor cursor) {
    Objects.requireNonNull(cursor, "cursor");
    return builder().from(this).cursor(cursor).build();
  }

  @Value.Lazy
  Matcher matcher() {
    return new Matcher(this);
  }

  /**
   * Returns whether the order matches the search, filters and views (sort and paging play no part).
   *
   * @param order the order
   * @return whether it matches
   */
  public boolean matches(Order order) {
    return matcher().test(Objects.requireNonNull(order, "order"));
  }

  /**
   * Returns the search, filters and views as a predicate: fast, allocation-free and safe to share
   * between threads.
   *
   * @return the predicate
   */
  public Predicate<Order> toPredicate() {
    return matcher();
  }

  /**
   * Returns whether one line satisfies the line-level categories: it has one of the selected item
   * statuses (any when none is selected) and one of the selected payment statuses (any when none is
   * selected) (R40). An order passes those two categories when at least one of its lines does. For an
   * order that {@link #matches(Order) matches}, the CSV export writes the lines for which this holds.
   *
   * @param line the line
   * @return whether it satisfies both line-level categories
   */
  public boolean matchesLine(OrderLine line) {
    return matcher().matchesLine(Objects.requireNonNull(line, "line"));
  }

  /**
   * Returns the lines of an order that the CSV export shows for this query: none when the order does not
   * {@link #matches(Order) match}, else those that {@link #matchesLine(OrderLine) match}, in order.
   *
   * @param order the order
   * @return the matching lines, never empty for a matching order
   */
  public List<OrderLine> matchingLines(Order order) {
    if (!matches(order)) {
      return List.of();
    }
    List<OrderLine> lines = new ArrayList<>();
    for (OrderLine line : order.lines()) {
      if (matcher().matchesLine(line)) {
        lines.add(line);
      }
    }
    return List.copyOf(lines);
  }

  /**
   * Evaluates the query over many orders: the page of rows after {@link #cursor()} in {@link #sort()}
   * order, the total count of matches, and the next page's cursor. Scans the orders once and keeps at
   * most {@link #pageSize()} candidates in a bounded heap, so one page of {@code n} orders costs
   * O(n log pageSize), not a sort of every match. The orders are only read (R31).
   *
   * @param orders the orders, for example every order of a seller
   * @return the page
   */
  public Page select(Iterable<Order> orders) {
    Objects.requireNonNull(orders, "orders");
    Matcher matcher = matcher();
    OrderSort sort = sort();
    Comparator<Order> order = sort.comparator();
    PageCursor cursor = cursor().orElse(null);
    int size = pageSize();
    // The worst of the kept rows on top, so that a better row replaces it.
    PriorityQueue<Order> best = new PriorityQueue<>(size + 1, order.reversed());
    long total = 0;
    long afterCursor = 0;
    for (Order o : orders) {
      if (!matcher.test(Objects.requireNonNull(o, "orders contains null"))) {
        continue;
      }
      total++;
      if (cursor != null && sort.compareToCursor(o, cursor) <= 0) {
        continue;
      }
      afterCursor++;
      if (best.size() < size) {
        best.add(o);
      } else if (order.compare(o, best.peek()) < 0) {
        best.poll();
        best.add(o);
      }
    }
    List<Order> rows = new ArrayList<>(best);
    rows.sort(order);
    PageCursor next = afterCursor > size ? sort.cursorAt(rows.get(rows.size() - 1)) : null;
    return new Page(rows, total, next);
  }

  /**
   * Evaluates the query over a stream of orders, as {@link #select(Iterable)} does. The stream is
   * consumed one order at a time, in its own order, and not closed.
   *
   * @param orders the orders
   * @return the page
   */
  public Page select(Stream<Order> orders) {
    Objects.requireNonNull(orders, "orders");
    return select(orders::iterator);
  }

  @Value.Check
  void check() {
    if (search().isPresent()) {
      checkSearch(search().get());
    }
    dateFrom().ifPresent(at -> Limits.checkInstant("dateFrom", at, InvalidQueryException::new));
    dateTo().ifPresent(at -> Limits.checkInstant("dateTo", at, InvalidQueryException::new));
    shipByBefore().ifPresent(at -> Limits.checkInstant("shipByBefore", at, InvalidQueryException::new));
    if (dateFrom().isPresent() && dateTo().isPresent() && !dateFrom().get().isBefore(dateTo().get())) {
      throw new InvalidQueryException("dateFrom", dateFrom().get(), "must be before dateTo '" + dateTo().get()
          + "' (the range is half-open: dateFrom inclusive, dateTo exclusive)");
    }
    if (pageSize() < 1 || pageSize() > MAX_PAGE_SIZE) {
      throw new InvalidQueryException("pageSize", pageSize(), "must be between 1 and " + MAX_PAGE_SIZE);
    }
    for (OrderStatus status : List.of(OrderStatus.PENDING, OrderStatus.PENDING_AVAILABILITY)) {
      if (orderStatuses().contains(status) && !includePending()) {
        throw new InvalidQueryException("orderStatuses", orderStatuses(), "selects " + status
            + " while includePending is off " + (status == OrderStatus.PENDING ? Rule.R1 : Rule.R52).cite()
            + "; turn includePending on");
      }
    }
    if (cursor().isPresent() && cursor().get().sort() != sort()) {
      throw new InvalidQueryException("cursor", cursor().get(), "was made for sort "
          + cursor().get().sort() + " but the query sorts by " + sort());
    }
  }

  private static void checkSearch(String text) {
    if (text.length() <= MAX_SEARCH_LENGTH && text.isBlank()) {
      throw new InvalidQueryException("search", text, "must not be blank; leave it out to match every order");
    }
    Limits.checkText("search", text, MAX_SEARCH_LENGTH, Limits.TextKind.SINGLE_LINE, InvalidQueryException::new);
  }

  /**
   * Builds an {@link OrderQuery}. Unset sets are empty (match any), unset options take the defaults
   * the accessors name.
   *
   * <p>Not thread-safe: a builder is mutable, for one thread; what it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableOrderQuery.Builder {
    Builder() {}

    /**
     * Sets the "ship by within" attention view: orders not yet fully shipped whose promised ship-by
     * falls before {@code now + window} (the hook for the deadlines of the policy, R8, R9).
     *
     * @param window how far ahead to look, not negative, at most {@value Limits#MAX_WINDOW_DAYS} days;
     *     {@code Duration.ofDays(n)} for n days
     * @param now the current instant, from the caller's clock, in the range of {@link Limits}
     * @return this builder
     * @throws InvalidQueryException if the window is negative or too long, or {@code now} out of range
     */
    public Builder shipByWithin(Duration window, Instant now) {
      Objects.requireNonNull(window, "window");
      Limits.checkInstant("now", Objects.requireNonNull(now, "now"), InvalidQueryException::new);
      if (window.isNegative()) {
        throw new InvalidQueryException("shipByWithin", window, "must not be negative");
      }
      if (window.compareTo(Duration.ofDays(Limits.MAX_WINDOW_DAYS)) > 0) {
        throw new InvalidQueryException("shipByWithin", window, "must be at most " + Limits.MAX_WINDOW_DAYS
            + " days");
      }
      Instant before = now.plus(window);
      return shipByBefore(before.isAfter(Limits.LATEST_INSTANT) ? Limits.LATEST_INSTANT : before);
    }
  }
}
