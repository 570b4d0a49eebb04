package io.github.orderly.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.DeliveryWindow;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.status.OrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The generators give the ship and delivery windows, the marketplace flags and itemised lines sometimes,
 * without changing what else they draw.
 */
class OrderGeneratorWindowsTest {
  private static final OrderGenerator EDGES = OrderGenerator.standard().withEdgeCaseInstants();

  @Test
  @DisplayName("R8 R9 R22: generated orders have an earliest ship instant (never after ship-by), a delivery window and"
      + " marketplace flags sometimes, and sometimes not")
  void windowsArePresentAndAbsent() {
    SplittableRandom random = new SplittableRandom(11);
    int earliest = 0;
    int window = 0;
    int oneEnded = 0;
    int scheduled = 0;
    int flags = 0;
    int replacements = 0;
    for (int i = 0; i < 300; i++) {
      Order o = EDGES.next(random);
      if (o.earliestShipAt().isPresent()) {
        earliest++;
        o.shipBy().ifPresent(by -> assertThat(o.earliestShipAt().get()).isBeforeOrEqualTo(by));
      }
      scheduled += (int) o.lines().stream().filter(l -> l.scheduledDelivery().isPresent()).count();
      if (o.deliveryWindow().isPresent()) {
        window++;
        DeliveryWindow w = o.deliveryWindow().get();
        if (w.isBounded()) {
          assertThat(w.latest()).isAfterOrEqualTo(w.earliest());
        } else {
          oneEnded++;
          assertThat(w.earliestEnd().isPresent()).as("exactly one end").isNotEqualTo(w.latestEnd().isPresent());
        }
      }
      if (o.marketplaceFlags().isPresent()) {
        flags++;
        if (o.marketplaceFlags().get().replacedOrderId().isPresent()) {
          replacements++;
          assertThat(o.marketplaceFlags().get().replacedOrderId().get()).isNotEqualTo(o.id());
        }
      }
    }
    assertThat(scheduled).as("lines with a scheduled delivery window").isPositive();
    assertThat(earliest).isBetween(1, 299);
    assertThat(window).isBetween(1, 299);
    assertThat(oneEnded).as("windows with one end only").isBetween(1, window - 1);
    assertThat(flags).isBetween(1, 299);
    assertThat(replacements).isPositive();
  }

  @Test
  @DisplayName("the windows and line components are drawn apart: the caller's random is left where the other"
      + " fields leave it, so a seed gives the same orders as before apart from the windows and components")
  void windowsDrawNothingFromTheCallersRandom() {
    SplittableRandom a = new SplittableRandom(42);
    SplittableRandom b = new SplittableRandom(42);
    // The statuses the generator drew from when the windows came (pre-orders, R52, joined later).
    OrderGenerator edges = EDGES.withStatuses(OrderStatus.PENDING, OrderStatus.UNSHIPPED,
        OrderStatus.PARTIALLY_SHIPPED, OrderStatus.SHIPPED, OrderStatus.CANCELLED);
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      orders.add(edges.next(a));
    }
    for (Order o : orders) {
      Order again = edges.next(b);
      assertThat(again).isEqualTo(o);
    }
    long after = a.nextLong();
    assertThat(b.nextLong()).isEqualTo(after);
    Order first = orders.get(0);
    // Lines itemise their charge now, drawn apart too: without its components (and the fees only they add) a
    // line charges the shipping, tax and discount it was drawn with.
    List<OrderLine> unitemised = first.lines().stream().map(l -> OrderLine.builder().from(l)
        .components(java.util.Map.of()).shippingCharge(l.shippingCharge()).tax(l.tax()).discount(l.discount())
        .scheduledDelivery(Optional.empty()).build()).toList();
    Order without = Order.builder().from(first).earliestShipAt(Optional.empty()).deliveryWindow(Optional.empty())
        .marketplaceFlags(Optional.empty()).lines(unitemised).payments(List.of()).build();
    // What the generator gave for seed 42 before the windows (and payments) existed (its draws, and the first order's JSON).
    assertThat(after).isEqualTo(-9001755321863329111L);
    assertThat(first.id().value()).isEqualTo("698-6511683-8980816");
    // Requests name their lines now (R10): the first order's one request, written as JSON wrote it then (one
    // "cancellationRequest" without lines), gives the same text.
    assertThat(first.cancellationRequests()).hasSize(1);
    assertThat(asWrittenBeforeRequestsNamedLines(without).hashCode()).isEqualTo(-1441016605);
  }

  private static String asWrittenBeforeRequestsNamedLines(Order order) {
    com.fasterxml.jackson.databind.node.ObjectNode now = OrderlyJson.mapper().valueToTree(order);
    com.fasterxml.jackson.databind.node.ObjectNode then = now.objectNode();
    for (java.util.Iterator<String> names = now.fieldNames(); names.hasNext();) {
      String name = names.next();
      if (name.equals("cancellationRequests")) {
        com.fasterxml.jackson.databind.node.ObjectNode request =
            (com.fasterxml.jackson.databind.node.ObjectNode) now.get(name).get(0).deepCopy();
        request.remove("lines");
        then.set("cancellationRequest", request);
      } else {
        then.set(name, now.get(name));
      }
    }
    return then.toString();
  }
}
