package io.github.orderly.postgres;

import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.BuyerCancellationRequest;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.TenantId;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.Generator;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.QueryGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Seeded generators for the store's tests, after core's query test cases: orders of several tenants
 * (with twins that tie on date and amount, the same order id under two tenants, instants with
 * nanoseconds and ids in scripts and cases that Java and PostgreSQL order or fold differently unless the
 * store is careful), and random queries drawn against them by the testkit's {@code QueryGenerator}
 * (search fragments cut from real ids in random case, SQL metacharacters, date bounds that hit instants
 * exactly, bounds beyond the years PostgreSQL keeps).
 */
final class StoreCases {
  private StoreCases() {}

  static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
  static final OrderGenerator ORDERS = OrderGenerator.standard().purchasedWithin(START, Duration.ofDays(20))
      .withMaxLines(4);

  /** Orders the sweep acts on: unshipped, shipped and cancelled, purchased over 20 days, up to 3 lines. */
  static final OrderGenerator SWEPT_ORDERS = OrderGenerator.standard()
      .withStatuses(OrderStatus.PENDING, OrderStatus.UNSHIPPED, OrderStatus.UNSHIPPED, OrderStatus.PARTIALLY_SHIPPED,
          OrderStatus.SHIPPED, OrderStatus.CANCELLED)
      .purchasedWithin(START, Duration.ofDays(20)).withMaxLines(3);

  /** From 5 to {@code 4 + most} orders of {@link #SWEPT_ORDERS} with distinct ids. */
  static Generator<List<Order>> sweptOrders(int most) {
    return random -> {
      List<Order> orders = new ArrayList<>();
      Set<OrderId> ids = new HashSet<>();
      int count = 5 + random.nextInt(most);
      while (orders.size() < count) {
        Order o = SWEPT_ORDERS.next(random);
        if (ids.add(o.id())) {
          orders.add(o);
        }
      }
      return List.copyOf(orders);
    };
  }

  /** Prefixes and suffixes for order ids: fullwidth forms sort after surrogates in Java, before in UTF-8. */
  private static final String[] ID_PARTS = {
    "ＡＢ", "😀", "\uFFFD", "K", "\u212A", "ß", "İ", "ı", "Σ", "ς", "a%_\\'", "é", "𐐀", "𐐨", "ǅ", "ﬀ",
  };

  /** The orders of each tenant of one case. */
  record Tenants(Map<TenantId, List<Order>> orders) {
    List<Order> all() {
      List<Order> all = new ArrayList<>();
      orders.values().forEach(all::addAll);
      return all;
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("Tenants{");
      orders.forEach((tenant, os) -> sb.append(tenant).append('=').append(ids(os)).append(' '));
      return sb.append('}').toString();
    }
  }

  static String json(OrderQuery query) {
    return OrderlyJson.write(query);
  }

  static List<String> ids(List<Order> orders) {
    return orders.stream().map(o -> o.id().value()).toList();
  }

  /** Two or three fresh tenants with up to {@code most} orders each. */
  static Tenants tenants(RandomGenerator random, int most) {
    Map<TenantId, List<Order>> tenants = new LinkedHashMap<>();
    int count = 2 + random.nextInt(2);
    for (int t = 0; t < count; t++) {
      tenants.put(TestDatabase.tenant("t"), orders(random, random.nextInt(most + 1)));
    }
    // The same order under two tenants: each tenant sees its own.
    List<List<Order>> lists = new ArrayList<>(tenants.values());
    if (!lists.get(0).isEmpty() && random.nextBoolean()) {
      Order shared = lists.get(0).get(random.nextInt(lists.get(0).size()));
      List<Order> other = lists.get(1);
      if (other.stream().noneMatch(o -> o.id().equals(shared.id()))) {
        other.add(random.nextBoolean() ? shared : Order.builder().from(shared).version(shared.version() + 1).build());
      }
    }
    return new Tenants(tenants);
  }

  static List<Order> orders(RandomGenerator random, int count) {
    List<Order> orders = new ArrayList<>();
    Set<OrderId> ids = new HashSet<>();
    for (int i = 0; i < count; i++) {
      Order order;
      if (!orders.isEmpty() && random.nextInt(6) == 0) {
        // A twin under another id: same date, same amount, same everything else.
        Order twin = orders.get(random.nextInt(orders.size()));
        order = Order.builder().from(twin).id(OrderId.of(twin.id().value() + "-" + i)).build();
      } else {
        order = exotic(random, ORDERS.next(random));
      }
      if (ids.add(order.id())) {
        orders.add(order);
      }
    }
    return orders;
  }

  /** Sometimes gives the order nanoseconds, or an id that needs care to sort and fold. */
  static Order exotic(RandomGenerator random, Order order) {
    Order.Builder b = Order.builder().from(order);
    if (random.nextInt(4) == 0) {
      int nanos = random.nextInt(3) == 0 ? random.nextInt(1000) : random.nextInt(1_000_000_000);
      b.purchasedAt(order.purchasedAt().plusNanos(nanos))
          .firstReportedAt(order.firstReportedAt().plusNanos(nanos + (random.nextBoolean() ? random.nextInt(1000) : 0)));
      order.shipBy().ifPresent(s -> b.shipBy(s.plusNanos(random.nextInt(1_000_000_000))));
      b.cancellationRequests(order.cancellationRequests().stream().map(r -> BuyerCancellationRequest.builder()
          .from(r).requestedAt(r.requestedAt().plusNanos(nanos)).build()).toList());
    }
    if (random.nextInt(4) == 0) {
      String part = ID_PARTS[random.nextInt(ID_PARTS.length)];
      b.id(OrderId.of(random.nextBoolean() ? part + order.id().value() : order.id().value() + part));
    }
    return b.build();
  }

  /** A random query over these orders: the testkit's generator, which draws searches and instants from them. */
  static OrderQuery query(RandomGenerator random, List<Order> orders) {
    return QueryGenerator.over(orders).next(random);
  }
}
