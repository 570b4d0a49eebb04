package io.github.orderly.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderSubtype;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The project's own property harness: seeded, replayable, shrinking. */
class PropertyHarnessTest {

  @Test
  void aFailurePrintsTheSeed_andTheSameSeedReplaysTheSameValues() {
    Generator<Integer> ints = r -> r.nextInt(1000);
    Property p = Property.named("numbers are below 900").withSeed(4711).withTries(500);
    AssertionError first = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> p.check(ints, n -> assertThat(n).isLessThan(900)));
    assertThat(first.getMessage())
        .startsWith("Property 'numbers are below 900' failed on try ")
        .contains("(seed 4711); replay with -Dorderly.seed=4711");
    AssertionError again = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> p.check(ints, n -> assertThat(n).isLessThan(900)));
    assertThat(again.getMessage()).isEqualTo(first.getMessage());
  }

  @Test
  void aFailingSequenceIsShrunkToAOneMinimalOne() {
    Generator<List<Integer>> lists = r -> IntStream.range(0, 50).mapToObj(i -> r.nextInt(100)).collect(Collectors.toList());
    // Fails when the list holds a 7 somewhere after a 3.
    java.util.function.Predicate<List<Integer>> bad = l -> {
      int three = l.indexOf(3);
      return three >= 0 && l.subList(three, l.size()).contains(7);
    };
    Property p = Property.named("no 7 after a 3").withSeed(1).withTries(100);
    assertThatThrownBy(() -> p.check(lists, l -> assertThat(bad.test(l)).isFalse(), Shrink.list()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("shrunk value: [3, 7]");
  }

  /** Offers the candidates 0, 1, 2, ... and keeps the first that still fails the same way. */
  private static final Shrinker<Integer> SMALLEST_FIRST = (failing, stillFails) -> {
    for (int candidate = 0; candidate < failing; candidate++) {
      if (stillFails.test(candidate)) {
        return candidate;
      }
    }
    return failing;
  };

  @Test
  void shrinkingKeepsTheFailureItStartedFrom_anotherExceptionTypeIsNotTaken() {
    Generator<Integer> ints = r -> 600 + r.nextInt(400);
    Property p = Property.named("numbers are below 500").withSeed(7).withTries(10);
    assertThatThrownBy(() -> p.check(ints, n -> {
          if (n < 100) {
            throw new IllegalArgumentException("a different bug: " + n);
          }
          assertThat(n).isLessThan(500);
        }, SMALLEST_FIRST))
        .isInstanceOf(PropertyFailure.class)
        .hasMessageContaining("shrunk value: 500")
        .hasCauseInstanceOf(AssertionError.class);
  }

  @Test
  void shrinkingKeepsTheFailureItStartedFrom_anotherAssertionIsNotTaken() {
    Generator<Integer> ints = r -> 600 + r.nextInt(400);
    Property p = Property.named("numbers are below 500 and at least 100").withSeed(7).withTries(10);
    PropertyFailure failure = org.junit.jupiter.api.Assertions.assertThrows(PropertyFailure.class,
        () -> p.check(ints, n -> {
          assertThat(n).isGreaterThanOrEqualTo(100);
          assertThat(n).isLessThan(500);
        }, SMALLEST_FIRST));
    assertThat(failure.getMessage()).contains("shrunk value: 500");
    assertThat(failure.getCause()).hasMessageContaining("to be less than");
  }

  @Test
  void generatorIsDeterministicForASeed() {
    OrderGenerator g = OrderGenerator.standard();
    assertThat(g.next(Property.randomFor(99, 3))).isEqualTo(g.next(Property.randomFor(99, 3)));
    assertThat(g.next(Property.randomFor(99, 3))).isNotEqualTo(g.next(Property.randomFor(99, 4)));
  }

  @Test
  void generatorCoversEveryStatusSubtypeChannelAndCurrency() {
    OrderGenerator g = OrderGenerator.standard();
    Set<OrderStatus> statuses = EnumSet.noneOf(OrderStatus.class);
    Set<ItemStatus> items = EnumSet.noneOf(ItemStatus.class);
    Set<PaymentStatus> payments = EnumSet.noneOf(PaymentStatus.class);
    Set<OrderSubtype> subtypes = EnumSet.noneOf(OrderSubtype.class);
    Set<FulfilmentChannel> channels = EnumSet.noneOf(FulfilmentChannel.class);
    Set<String> currencies = new HashSet<>();
    List<Boolean> optionals = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      Order o = g.next(Property.randomFor(5, i));
      statuses.add(o.status());
      o.lines().forEach(l -> {
        items.add(l.itemStatus());
        payments.add(l.paymentStatus());
      });
      subtypes.addAll(o.subtypes());
      channels.add(o.fulfilmentChannel());
      currencies.add(o.currency().getCurrencyCode());
      optionals.add(o.merchantOrderId().isPresent());
    }
    assertThat(statuses).containsExactlyInAnyOrder(OrderStatus.values());
    assertThat(items).containsExactlyInAnyOrder(ItemStatus.values());
    assertThat(payments).containsExactlyInAnyOrder(PaymentStatus.values());
    assertThat(subtypes).containsExactlyInAnyOrder(OrderSubtype.values());
    assertThat(channels).containsExactlyInAnyOrder(FulfilmentChannel.values());
    assertThat(currencies).contains("USD", "JPY", "EUR");
    assertThat(optionals).contains(true, false);
  }

  @Test
  void generatorMakesTheStatusAskedFor() {
    for (OrderStatus status : OrderStatus.values()) {
      for (int i = 0; i < 50; i++) {
        assertThat(OrderGenerator.standard().next(Property.randomFor(i, 0), status).status()).isEqualTo(status);
      }
    }
  }

  @Test
  void badSystemPropertiesAreNamed() {
    String old = System.getProperty("orderly.tries");
    try {
      System.setProperty("orderly.tries", "many");
      assertThatThrownBy(() -> Property.configuredTries(10))
          .hasMessage("orderly.tries = 'many': must be a positive whole number");
    } finally {
      if (old == null) {
        System.clearProperty("orderly.tries");
      } else {
        System.setProperty("orderly.tries", old);
      }
    }
  }
}
