package io.github.orderly.testkit.core.query;

import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderSubtype;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.Shipment;
import io.github.orderly.query.DateBasis;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.OrderSort;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.testkit.Generator;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Shrink;
import io.github.orderly.testkit.Shrinker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Seeded generators for query tests: random order collections (with equal dates and equal amounts,
 * so that tie-breaks matter) and random queries drawn against them (search fragments cut from real ids
 * with random case, date bounds that hit orders' instants exactly).
 */
final class QueryCases {
  private QueryCases() {}

  /** A collection of orders and a query over it. */
  record Case(List<Order> orders, OrderQuery query) {
    @Override
    public String toString() {
      return "Case{query=" + io.github.orderly.json.OrderlyJson.write(query) + ", orders=" + ids(orders) + "}";
    }
  }

  static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
  static final OrderGenerator ORDERS = OrderGenerator.standard()
      .purchasedWithin(START, Duration.ofDays(20))
      .withMaxLines(4);

  static final Generator<Case> CASES = random -> {
    List<Order> orders = orders(random, random.nextInt(41));
    return new Case(orders, query(random, orders));
  };

  /** Shrinks a failing case by removing orders; the query stays. */
  static final Shrinker<Case> SHRINK = (failing, stillFails) -> new Case(
      Shrink.<Order>list().shrink(failing.orders(), os -> stillFails.test(new Case(os, failing.query()))),
      failing.query());

  static List<String> ids(List<Order> orders) {
    List<String> ids = new ArrayList<>();
    for (Order o : orders) {
      ids.add(o.id().value());
    }
    return ids;
  }

  static List<Order> orders(RandomGenerator random, int count) {
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (!orders.isEmpty() && random.nextInt(6) == 0) {
        // A twin under another id: same date, same amount, same everything else.
        Order twin = orders.get(random.nextInt(orders.size()));
        orders.add(Order.builder().from(twin).id(OrderId.of(twin.id().value() + "-" + i)).build());
      } else {
        orders.add(ORDERS.next(random));
      }
    }
    return orders;
  }

  static OrderQuery query(RandomGenerator random, List<Order> orders) {
    OrderQuery.Builder q = OrderQuery.builder();
    if (random.nextInt(3) == 0) {
      q.search(searchText(random, orders));
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
    q.dateBasis(pick(random, DateBasis.values()));
    Instant from = random.nextInt(3) == 0 ? instant(random, orders) : null;
    Instant to = random.nextInt(3) == 0 ? instant(random, orders) : null;
    if (from != null && to != null && !from.isBefore(to)) {
      Instant swap = from;
      from = to;
      to = swap.equals(to) ? to.plusSeconds(1) : swap;
    }
    q.dateFrom(java.util.Optional.ofNullable(from)).dateTo(java.util.Optional.ofNullable(to));
    if (random.nextInt(4) == 0) {
      q.subtypes(subset(random, OrderSubtype.class));
    }
    if (random.nextInt(4) == 0) {
      q.fulfilmentChannels(subset(random, FulfilmentChannel.class));
    }
    q.refundFailed(random.nextInt(8) == 0);
    q.shipmentLate(random.nextInt(8) == 0);
    if (random.nextInt(6) == 0) {
      q.shipByWithin(Duration.ofDays(random.nextInt(8)), instant(random, orders));
    }
    q.sort(pick(random, OrderSort.values()));
    q.pageSize(pick(random, new Integer[] {1, 2, 3, 5, 7, 10, 50, OrderQuery.MAX_PAGE_SIZE}));
    return q.build();
  }

  /** A fragment of a real searchable field of one of the orders, in random case; or a random text. */
  static String searchText(RandomGenerator random, List<Order> orders) {
    if (orders.isEmpty() || random.nextInt(8) == 0) {
      return pick(random, new String[] {"112-33", "zz", "RMA", "1z", "amazon", "é", "K", "\u212a", "-0"});
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
    String field = fields.get(random.nextInt(fields.size()));
    int length = 1 + random.nextInt(Math.min(field.length(), 9));
    int start = random.nextInt(field.length() - length + 1);
    StringBuilder sb = new StringBuilder();
    for (char c : field.substring(start, start + length).toCharArray()) {
      sb.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    String text = sb.toString().strip();
    return text.isEmpty() ? "1" : text;
  }

  private static Instant instant(RandomGenerator random, List<Order> orders) {
    if (orders.isEmpty() || random.nextInt(4) == 0) {
      return START.plusSeconds(random.nextLong(Duration.ofDays(25).getSeconds()));
    }
    Order o = orders.get(random.nextInt(orders.size()));
    switch (random.nextInt(3)) {
      case 0:
        return o.purchasedAt();
      case 1:
        return o.firstReportedAt();
      default:
        return o.shipBy().orElse(o.purchasedAt());
    }
  }

  static <E extends Enum<E>> EnumSet<E> subset(RandomGenerator random, Class<E> type) {
    E[] values = type.getEnumConstants();
    EnumSet<E> set = EnumSet.noneOf(type);
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      set.add(values[random.nextInt(values.length)]);
    }
    return set;
  }

  static <T> T pick(RandomGenerator random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
