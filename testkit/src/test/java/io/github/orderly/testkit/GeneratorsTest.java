package io.github.orderly.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.OrderSort;
import io.github.orderly.status.OrderStatus;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Generators are shaped as asked, compose, and shrink only to valid values. */
@ExtendWith(SeedReporter.class)
class GeneratorsTest {

  @Test
  @DisplayName("a shaped order generator keeps to its marketplaces, currencies, statuses, channels and line counts")
  void shapedOrdersKeepTheirShape() {
    OrderGenerator japan = OrderGenerator.standard().withMarketplaces(MarketplaceId.of("amazon.co.jp"))
        .withStatuses(OrderStatus.UNSHIPPED, OrderStatus.SHIPPED).withChannels(FulfilmentChannel.MARKETPLACE)
        .withLines(2, 3);
    Property.named("shaped orders keep their shape").withTries(300).check(japan, o -> {
      assertThat(o.marketplace()).isEqualTo(MarketplaceId.of("amazon.co.jp"));
      assertThat(o.currency()).isEqualTo(Currency.getInstance("JPY"));
      assertThat(o.status()).isIn(OrderStatus.UNSHIPPED, OrderStatus.SHIPPED);
      assertThat(o.fulfilmentChannel()).isEqualTo(FulfilmentChannel.MARKETPLACE);
      assertThat(o.lines()).hasSizeBetween(2, 3);
      assertThat(o.deliveryAddress().orElseThrow().countryCode()).isEqualTo("JP");
    });
    OrderGenerator euros = OrderGenerator.standard().withCurrencies(Currency.getInstance("EUR"));
    assertThat(euros.next(Property.randomFor(1, 1)).currency().getCurrencyCode()).isEqualTo("EUR");
    OrderGenerator.Market mars = new OrderGenerator.Market(MarketplaceId.of("mars.example"),
        Currency.getInstance("CHF"), "CH", "Zürich", "ZH", "8001");
    Order swiss = OrderGenerator.standard().withMarkets(List.of(mars)).next(Property.randomFor(1, 2));
    assertThat(swiss.marketplace()).isEqualTo(mars.marketplace());
    assertThat(swiss.currency()).isEqualTo(mars.currency());
  }

  @Test
  @DisplayName("shapes a generator cannot make are refused with the field, the value and the problem")
  void badShapesAreNamed() {
    assertThatThrownBy(() -> OrderGenerator.standard().withMarketplaces(MarketplaceId.of("ebay.com")))
        .hasMessageStartingWith("marketplace = 'ebay.com': not one of [amazon.com");
    assertThatThrownBy(() -> OrderGenerator.standard().withCurrencies(Currency.getInstance("CHF")))
        .hasMessageStartingWith("currency = 'CHF': no market uses it");
    assertThatThrownBy(() -> OrderGenerator.standard().withLines(3, 2))
        .hasMessage("lines = '3..2': need 1 <= min <= max");
    assertThatThrownBy(() -> new OrderGenerator.Market(MarketplaceId.of("x"), Currency.getInstance("USD"), "usa",
        "City", "", "")).hasMessage("countryCode = 'usa': must be two capital letters");
  }

  @Test
  @DisplayName("generators compose: map, flatMap, filter, oneOf, listOf, constant")
  void generatorsCompose() {
    Generator<List<Integer>> lists = Generator.listOf(Generator.oneOf(List.of(1, 2, 3)), 2, 4);
    Property.named("composed generators keep their bounds").withTries(200)
        .check(lists.flatMap(l -> Generator.constant(l).map(List::size)).filter(n -> n > 2, "more than two"),
            n -> assertThat(n).isBetween(3, 4));
    assertThatThrownBy(() -> Generator.constant(1).filter(n -> n > 1, "above one").next(Property.randomFor(1, 1)))
        .hasMessageStartingWith("filter = 'above one': no value passed in 1000 draws");
  }

  @Test
  @DisplayName("Shrink.order() offers only orders that build, and shrinks a failing order to a smaller one")
  void orderShrinkingKeepsOrdersValid() {
    OrderGenerator orders = OrderGenerator.standard().withLines(3, 6);
    Property.named("shrunk orders are valid and smaller").withTries(50).check(orders, order -> {
      List<Order> offered = new java.util.ArrayList<>();
      Order small = Shrink.order().shrink(order, candidate -> {
        offered.add(Order.builder().from(candidate).build());
        return candidate.lines().size() >= 1;
      });
      assertThat(small.lines()).hasSize(1);
      assertThat(small.merchantOrderId()).isEmpty();
      assertThat(offered).isNotEmpty();
    });
  }

  @Test
  @DisplayName("R26 R47: generated queries are valid, keep to their sorts and page sizes, and often match")
  void queriesAreValidAndOftenMatch() {
    List<Order> orders = Generator.listOf(OrderGenerator.standard(), 30, 30).next(Property.randomFor(2, 0));
    QueryGenerator queries = QueryGenerator.over(orders).withSorts(OrderSort.ORDER_ID).withPageSizes(5);
    int matching = 0;
    for (int i = 0; i < 200; i++) {
      OrderQuery q = queries.next(Property.randomFor(3, i));
      assertThat(q.sort()).isEqualTo(OrderSort.ORDER_ID);
      assertThat(q.pageSize()).isEqualTo(5);
      matching += q.select(orders).totalCount() > 0 ? 1 : 0;
    }
    assertThat(matching).isGreaterThan(40);
  }

  @Test
  @DisplayName("R26 R47: generated queries include what a store must take care with: bounds at the limits a query"
      + " may hold, bounds a nanosecond off an order's instant, and searches of LIKE's and SQL's metacharacters")
  void queriesReachTheEdgesAStoreMustHandle() {
    List<Order> orders = Generator.listOf(OrderGenerator.standard(), 30, 30).next(Property.randomFor(4, 0));
    QueryGenerator queries = QueryGenerator.over(orders);
    java.util.Set<java.time.Instant> instants = new java.util.HashSet<>();
    for (Order o : orders) {
      instants.add(o.purchasedAt());
      instants.add(o.firstReportedAt());
    }
    boolean atLimit = false;
    boolean nanoOff = false;
    boolean metacharacter = false;
    for (int i = 0; i < 2_000; i++) {
      OrderQuery q = queries.next(Property.randomFor(5, i));
      for (java.time.Instant bound : List.of(q.dateFrom(), q.dateTo()).stream().flatMap(java.util.Optional::stream)
          .toList()) {
        atLimit |= bound.equals(io.github.orderly.Limits.EARLIEST_INSTANT)
            || bound.equals(io.github.orderly.Limits.LATEST_INSTANT);
        nanoOff |= !instants.contains(bound) && (instants.contains(bound.plusNanos(1))
            || instants.contains(bound.minusNanos(1)));
      }
      metacharacter |= q.search().filter(t -> t.contains("%") || t.contains("\\")).isPresent();
    }
    assertThat(List.of(atLimit, nanoOff, metacharacter)).containsExactly(true, true, true);
  }

  @Test
  @DisplayName("scaled tries follow -Dorderly.tries in proportion, at least one")
  void scaledTries() {
    String old = System.getProperty("orderly.tries");
    try {
      System.setProperty("orderly.tries", "1000");
      assertThat(Property.scaledTries(20)).isEqualTo(20);
      System.setProperty("orderly.tries", "10000");
      assertThat(Property.scaledTries(20)).isEqualTo(200);
      System.setProperty("orderly.tries", "10");
      assertThat(Property.scaledTries(20)).isEqualTo(1);
    } finally {
      if (old == null) {
        System.clearProperty("orderly.tries");
      } else {
        System.setProperty("orderly.tries", old);
      }
    }
  }
}
