package io.github.orderly.testkit;

import io.github.orderly.Limits;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderSubtype;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.Shipment;
import io.github.orderly.query.DateBasis;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.OrderSort;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Makes valid random {@link OrderQuery} values (R26, R47): searches, status filters (often statuses some line
 * of the orders has), order statuses, date ranges by either basis, subtypes, channels, the attention views,
 * every sort and page sizes from 1 to {@value OrderQuery#MAX_PAGE_SIZE}. Drawn {@link #over(List) over a set of
 * orders}, the searches are fragments of those orders' searchable fields (cut at code points, each in random
 * case) and the instants are theirs, exactly or a nanosecond off, so that many queries match something and
 * date bounds hit instants exactly. Now and then a query holds what a store must take care with: a search
 * made of the characters {@code LIKE} and SQL treat specially ({@code %}, {@code _}, a backslash, a quote),
 * letters whose case folds differently by locale or outside the Basic Multilingual Plane, and date bounds at
 * the ends of the range a query may hold ({@link Limits#EARLIEST_INSTANT}, {@link Limits#LATEST_INSTANT}).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Generator<OrderQuery> queries = QueryGenerator.over(orders).withSorts(OrderSort.NEWEST_FIRST);
 * Page first = queries.next(random).select(orders);
 * }</pre>
 */
public final class QueryGenerator implements Generator<OrderQuery> {
  private static final Instant DEFAULT_FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Integer[] PAGE_SIZES = {1, 2, 3, 5, 7, 10, 50, OrderQuery.MAX_PAGE_SIZE};

  private final List<Order> orders;
  private final List<OrderSort> sorts;
  private final List<Integer> pageSizes;

  private QueryGenerator(List<Order> orders, List<OrderSort> sorts, List<Integer> pageSizes) {
    this.orders = orders;
    this.sorts = sorts;
    this.pageSizes = pageSizes;
  }

  /** Returns a generator of queries over no orders in particular: searches and instants of 2026. */
  public static QueryGenerator standard() {
    return over(List.of());
  }

  /**
   * Returns a generator of queries drawn from these orders' fields, statuses and instants.
   *
   * @param orders the orders; copied
   * @return the generator
   */
  public static QueryGenerator over(List<Order> orders) {
    return new QueryGenerator(List.copyOf(orders), List.of(OrderSort.values()), List.of(PAGE_SIZES));
  }

  /**
   * Returns a copy that sorts by one of these only.
   *
   * @param sorts the sorts, at least one
   * @return the generator
   */
  public QueryGenerator withSorts(OrderSort... sorts) {
    if (sorts.length == 0) {
      throw new IllegalArgumentException("sorts = '[]': must hold at least one sort");
    }
    return new QueryGenerator(orders, List.of(sorts), pageSizes);
  }

  /**
   * Returns a copy whose page sizes are drawn from these.
   *
   * @param sizes the page sizes, each from 1 to {@value OrderQuery#MAX_PAGE_SIZE}
   * @return the generator
   */
  public QueryGenerator withPageSizes(int... sizes) {
    List<Integer> list = new ArrayList<>();
    for (int size : sizes) {
      if (size < 1 || size > OrderQuery.MAX_PAGE_SIZE) {
        throw new IllegalArgumentException("pageSize = '" + size + "': must be between 1 and "
            + OrderQuery.MAX_PAGE_SIZE);
      }
      list.add(size);
    }
    if (list.isEmpty()) {
      throw new IllegalArgumentException("sizes = '[]': must hold at least one size");
    }
    return new QueryGenerator(orders, sorts, List.copyOf(list));
  }

  @Override
  public OrderQuery next(RandomGenerator random) {
    OrderQuery.Builder q = OrderQuery.builder();
    if (random.nextInt(3) == 0) {
      q.search(searchText(random));
    }
    if (random.nextInt(3) == 0) {
      EnumSet<ItemStatus> items = subset(random, ItemStatus.class);
      EnumSet<PaymentStatus> payments = subset(random, PaymentStatus.class);
      // Mostly statuses that some line really has, so that the line filter often finds something.
      for (int n = random.nextInt(3); n > 0 && !orders.isEmpty(); n--) {
        Order o = orders.get(random.nextInt(orders.size()));
        items.add(o.lines().get(random.nextInt(o.lines().size())).itemStatus());
        payments.add(o.lines().get(random.nextInt(o.lines().size())).paymentStatus());
      }
      if (random.nextInt(3) > 0) {
        q.itemStatuses(items);
      }
      if (random.nextInt(3) > 0) {
        q.paymentStatuses(payments);
      }
    }
    boolean includePending = random.nextBoolean();
    q.includePending(includePending);
    if (random.nextInt(4) == 0) {
      EnumSet<OrderStatus> statuses = subset(random, OrderStatus.class);
      if (!includePending) {
        statuses.remove(OrderStatus.PENDING);
        statuses.remove(OrderStatus.PENDING_AVAILABILITY);
      }
      q.orderStatuses(statuses);
    }
    DateBasis[] bases = DateBasis.values();
    q.dateBasis(bases[random.nextInt(bases.length)]);
    Instant from = random.nextInt(3) == 0 ? instant(random) : null;
    Instant to = random.nextInt(3) == 0 ? instant(random) : null;
    if (from != null && to != null && !from.isBefore(to)) {
      Instant swap = from;
      from = to;
      to = swap.equals(to) ? null : swap;
    }
    q.dateFrom(Optional.ofNullable(from)).dateTo(Optional.ofNullable(to));
    if (random.nextInt(4) == 0) {
      q.subtypes(subset(random, OrderSubtype.class));
    }
    if (random.nextInt(4) == 0) {
      q.fulfilmentChannels(subset(random, FulfilmentChannel.class));
    }
    q.refundFailed(random.nextInt(8) == 0);
    q.shipmentLate(random.nextInt(8) == 0);
    if (random.nextInt(6) == 0) {
      Instant at = instant(random);
      Instant later = at.plus(Duration.ofDays(random.nextInt(8)));
      q.shipByBefore(later.isAfter(Limits.LATEST_INSTANT) ? at : later);
    }
    q.sort(sorts.get(random.nextInt(sorts.size())));
    q.pageSize(pageSizes.get(random.nextInt(pageSizes.size())));
    return q.build();
  }

  /**
   * A fragment of a real searchable field of one of the orders, cut at code points, each code point in random
   * case; or a fixed text, some of them made of what {@code LIKE} and SQL treat specially or of letters that
   * fold differently.
   */
  private String searchText(RandomGenerator random) {
    if (orders.isEmpty() || random.nextInt(8) == 0) {
      String[] texts = {"112-33", "zz", "RMA", "1z", "amazon", "é", "K", "\u212a", "-0", "ss", "SS", "\uD801\uDC28",
          "\u0130", "i", "%", "_", "\\", "'", ";--", "a%_\\'"};
      return texts[random.nextInt(texts.length)];
    }
    Order o = orders.get(random.nextInt(orders.size()));
    List<String> fields = new ArrayList<>();
    fields.add(o.id().value());
    o.merchantOrderId().ifPresent(m -> fields.add(m.value()));
    for (ReturnAuthorization r : o.returns()) {
      fields.add(r.rmaId().value());
    }
    for (Shipment s : o.shipments()) {
      s.trackingId().ifPresent(t -> fields.add(t.value()));
    }
    o.buyer().email().ifPresent(fields::add);
    int[] field = fields.get(random.nextInt(fields.size())).codePoints().toArray();
    int length = 1 + random.nextInt(Math.min(field.length, 9));
    int start = random.nextInt(field.length - length + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = start; i < start + length; i++) {
      int cp = field[i];
      sb.appendCodePoint(random.nextBoolean() ? Character.toUpperCase(cp) : Character.toLowerCase(cp));
    }
    String text = sb.toString().strip();
    return text.isEmpty() ? "1" : text;
  }

  /**
   * An instant of one of the orders (purchase, first report, ship-by), exactly or a nanosecond off, or one
   * near them; now and then one at the ends of the range a query may hold.
   */
  private Instant instant(RandomGenerator random) {
    switch (random.nextInt(40)) {
      case 0:
        return Limits.EARLIEST_INSTANT;
      case 1:
        return Limits.LATEST_INSTANT;
      case 2:
        return Limits.LATEST_INSTANT.minusNanos(1);
      case 3:
        return Limits.EARLIEST_INSTANT.plusNanos(1);
      default:
        break;
    }
    if (orders.isEmpty() || random.nextInt(4) == 0) {
      Instant earliest = orders.stream().map(Order::purchasedAt).min(Instant::compareTo).orElse(DEFAULT_FROM);
      return earliest.plusSeconds(random.nextLong(Duration.ofDays(25).getSeconds())).plusNanos(random.nextInt(1000));
    }
    Order o = orders.get(random.nextInt(orders.size()));
    Instant at = switch (random.nextInt(3)) {
      case 0 -> o.purchasedAt();
      case 1 -> o.firstReportedAt();
      default -> o.shipBy().orElse(o.purchasedAt());
    };
    return switch (random.nextInt(4)) {
      case 0 -> at.equals(Limits.EARLIEST_INSTANT) ? at : at.minusNanos(1);
      case 1 -> at.equals(Limits.LATEST_INSTANT) ? at : at.plusNanos(1);
      default -> at;
    };
  }

  private static <E extends Enum<E>> EnumSet<E> subset(RandomGenerator random, Class<E> type) {
    E[] values = Objects.requireNonNull(type.getEnumConstants());
    EnumSet<E> set = EnumSet.noneOf(type);
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      set.add(values[random.nextInt(values.length)]);
    }
    return set;
  }
}
