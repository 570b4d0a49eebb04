package io.github.orderly.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The generators give the ship and delivery windows sometimes, without changing what else they draw. */
class OrderGeneratorWindowsTest {
  private static final OrderGenerator EDGES = OrderGenerator.standard().withEdgeCaseInstants();

  @Test
  @DisplayName("R8 R9: generated orders have an earliest ship instant and a delivery window sometimes, never after"
      + " ship-by, and sometimes not")
  void windowsArePresentAndAbsent() {
    SplittableRandom random = new SplittableRandom(11);
    int earliest = 0;
    int window = 0;
    for (int i = 0; i < 300; i++) {
      Order o = EDGES.next(random);
      if (o.earliestShipAt().isPresent()) {
        earliest++;
        o.shipBy().ifPresent(by -> assertThat(o.earliestShipAt().get()).isBeforeOrEqualTo(by));
      }
      if (o.deliveryWindow().isPresent()) {
        window++;
        assertThat(o.deliveryWindow().get().latest()).isAfterOrEqualTo(o.deliveryWindow().get().earliest());
      }
    }
    assertThat(earliest).isBetween(1, 299);
    assertThat(window).isBetween(1, 299);
  }

  @Test
  @DisplayName("the windows are drawn apart: the caller's random is left where the other fields leave it, so a"
      + " seed gives the same orders as before apart from the windows")
  void windowsDrawNothingFromTheCallersRandom() {
    SplittableRandom a = new SplittableRandom(42);
    SplittableRandom b = new SplittableRandom(42);
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      orders.add(EDGES.next(a));
    }
    for (Order o : orders) {
      Order again = EDGES.next(b);
      assertThat(again).isEqualTo(o);
    }
    long after = a.nextLong();
    assertThat(b.nextLong()).isEqualTo(after);
    Order first = orders.get(0);
    Order without = Order.builder().from(first).earliestShipAt(Optional.empty()).deliveryWindow(Optional.empty())
        .build();
    // What the generator gave for seed 42 before the windows existed (its draws, and the first order's JSON).
    assertThat(after).isEqualTo(-9001755321863329111L);
    assertThat(first.id().value()).isEqualTo("698-6511683-8980816");
    assertThat(OrderlyJson.write(without).hashCode()).isEqualTo(-1441016605);
  }
}
