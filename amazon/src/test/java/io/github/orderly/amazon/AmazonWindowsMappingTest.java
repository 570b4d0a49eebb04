package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.order.DeliveryWindow;
import io.github.orderly.order.Order;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The ship window and the delivery window of both API versions, mapped into the Orderly order. */
class AmazonWindowsMappingTest {
  private static Instant at(String text) {
    return Instant.parse(text);
  }

  private static Order v0(String getOrder) {
    return AmazonOrders.toOrder(AmazonOrder.builder(Fixtures.READER.readGetOrder(getOrder))
        .addItems(Fixtures.items("cod-jp")).build());
  }

  @Test
  @DisplayName("R8 R9: v0 EarliestShipDate and LatestShipDate are the ship window, EarliestDeliveryDate and"
      + " LatestDeliveryDate the delivery window")
  void v0_windows() {
    Order order = AmazonOrders.toOrder(Fixtures.combined("cod-jp"));
    assertThat(order.earliestShipAt()).contains(at("2026-03-08T15:00:00Z"));
    assertThat(order.shipBy()).contains(at("2026-03-09T14:59:59Z"));
    assertThat(order.deliveryWindow()).contains(
        DeliveryWindow.of(at("2026-03-10T00:00:00Z"), at("2026-03-10T09:00:00Z")));

    Order pending = AmazonOrders.toOrder(Fixtures.combined("pending-cvs"));
    assertThat(pending.earliestShipAt()).contains(at("2026-03-04T15:00:00Z"));
    assertThat(pending.shipBy()).contains(at("2026-03-06T14:59:59Z"));
    assertThat(pending.deliveryWindow()).isEmpty();
  }

  @Test
  @DisplayName("R8 R9: a v0 order giving one end of the delivery window gets a window with that end only, one"
      + " giving neither or no ship dates gets none; nothing is invented")
  void v0_partialWindows_areNotInvented() {
    String full = Fixtures.v0("cod-jp", "getOrder");
    String onlyLatest = full.replace("\"EarliestDeliveryDate\": \"2026-03-10T00:00:00Z\",", "");
    assertThat(onlyLatest).isNotEqualTo(full);
    Order order = v0(onlyLatest);
    assertThat(order.deliveryWindow()).contains(DeliveryWindow.by(at("2026-03-10T09:00:00Z")));
    assertThat(order.deliveryWindow().get().earliestEnd()).isEmpty();
    assertThat(order.earliestShipAt()).contains(at("2026-03-08T15:00:00Z"));

    String onlyEarliest = full.replaceAll("\"LatestDeliveryDate\": \"2026-03-10T09:00:00Z\",?", "");
    assertThat(onlyEarliest).doesNotContain("LatestDeliveryDate").contains("EarliestDeliveryDate");
    assertThat(v0(onlyEarliest).deliveryWindow()).contains(DeliveryWindow.from(at("2026-03-10T00:00:00Z")));

    String neither = onlyLatest.replaceAll("\"LatestDeliveryDate\": \"2026-03-10T09:00:00Z\",?", "");
    assertThat(neither).doesNotContain("DeliveryDate");
    assertThat(v0(neither).deliveryWindow()).isEmpty();

    String noShipDates = full.replace("\"EarliestShipDate\": \"2026-03-08T15:00:00Z\",", "")
        .replace("\"LatestShipDate\": \"2026-03-09T14:59:59Z\",", "");
    assertThat(noShipDates).doesNotContain("ShipDate");
    Order none = v0(noShipDates);
    assertThat(none.earliestShipAt()).isEmpty();
    assertThat(none.shipBy()).isEmpty();
    assertThat(none.deliveryWindow()).isPresent();
  }

  @Test
  @DisplayName("R8 R9: 2026-01-01 shipByWindow is the ship window and deliverByWindow the delivery window")
  void v2026_windows() {
    Order order = AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(Fixtures.v2026("getOrder-unshipped")));
    assertThat(order.earliestShipAt()).contains(at("2026-03-10T16:00:00Z"));
    assertThat(order.shipBy()).contains(at("2026-03-11T15:59:59Z"));
    assertThat(order.deliveryWindow()).contains(
        DeliveryWindow.of(at("2026-03-12T16:00:00Z"), at("2026-03-13T07:59:59Z")));

    String withoutDelivery = Fixtures.v2026("getOrder-unshipped").replace(",\n      \"deliverByWindow\": {"
        + " \"earliestDateTime\": \"2026-03-12T16:00:00Z\", \"latestDateTime\": \"2026-03-13T07:59:59Z\" }", "");
    assertThat(withoutDelivery).doesNotContain("deliverByWindow");
    Order shipOnly = AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(withoutDelivery));
    assertThat(shipOnly.earliestShipAt()).contains(at("2026-03-10T16:00:00Z"));
    assertThat(shipOnly.deliveryWindow()).isEmpty();
  }

  @Test
  @DisplayName("R8 R9: a 2026-01-01 deliverByWindow with one instant only gives a window with that end only; one"
      + " with none gives no window")
  void v2026_oneEndedDeliveryWindow_isKept() {
    String unshipped = Fixtures.v2026("getOrder-unshipped");
    String latestOnly = unshipped.replace(
        "\"deliverByWindow\": { \"earliestDateTime\": \"2026-03-12T16:00:00Z\", ",
        "\"deliverByWindow\": { ");
    assertThat(latestOnly).contains("\"deliverByWindow\": { \"latestDateTime\": \"2026-03-13T07:59:59Z\" }");
    Order order = AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(latestOnly));
    assertThat(order.deliveryWindow()).contains(DeliveryWindow.by(at("2026-03-13T07:59:59Z")));
    assertThat(order.shipBy()).contains(at("2026-03-11T15:59:59Z"));

    String earliestOnly = unshipped.replace(
        "\"deliverByWindow\": { \"earliestDateTime\": \"2026-03-12T16:00:00Z\", \"latestDateTime\":"
            + " \"2026-03-13T07:59:59Z\" }",
        "\"deliverByWindow\": { \"earliestDateTime\": \"2026-03-12T16:00:00Z\" }");
    assertThat(earliestOnly).isNotEqualTo(unshipped);
    assertThat(AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(earliestOnly)).deliveryWindow())
        .contains(DeliveryWindow.from(at("2026-03-12T16:00:00Z")));

    String empty = unshipped.replace(
        "\"deliverByWindow\": { \"earliestDateTime\": \"2026-03-12T16:00:00Z\", \"latestDateTime\":"
            + " \"2026-03-13T07:59:59Z\" }",
        "\"deliverByWindow\": { }");
    assertThat(empty).contains("\"deliverByWindow\": { }");
    assertThat(AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(empty)).deliveryWindow()).isEmpty();
  }

  @Test
  @DisplayName("R8 R9: an item's scheduled delivery window becomes its line's scheduledDelivery, both ends or one"
      + " (v0 ScheduledDeliveryStartDate/EndDate, 2026-01-01 scheduledDeliveryWindow); an item without one has none")
  void scheduledDeliveryPerItem() {
    Order v0 = AmazonOrders.toOrder(Fixtures.combined("cod-jp"));
    assertThat(v0.lines()).singleElement().satisfies(l -> assertThat(l.scheduledDelivery())
        .contains(DeliveryWindow.of(at("2026-03-10T00:00:00Z"), at("2026-03-10T03:00:00Z"))));
    String items = Fixtures.text("v0/cod-jp/getOrderItems.json");
    String startOnly = items.replace("\"ScheduledDeliveryEndDate\": \"2026-03-10T03:00:00Z\",", "");
    assertThat(startOnly).isNotEqualTo(items);
    Order oneEnded = AmazonOrders.toOrder(AmazonOrder.builder(Fixtures.order("cod-jp"))
        .addItems(Fixtures.READER.readGetOrderItems(startOnly)).build());
    assertThat(oneEnded.lines().get(0).scheduledDelivery()).contains(DeliveryWindow.from(at("2026-03-10T00:00:00Z")));
    assertThat(AmazonOrders.toOrder(Fixtures.combined("pending-cvs")).lines())
        .allSatisfy(l -> assertThat(l.scheduledDelivery()).isEmpty());

    Order v2026 = AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(Fixtures.v2026("getOrder-unshipped")));
    assertThat(v2026.lines().get(0).scheduledDelivery())
        .contains(DeliveryWindow.of(at("2026-03-12T16:00:00Z"), at("2026-03-12T23:00:00Z")));
    String endOnly = Fixtures.v2026("getOrder-unshipped").replace(
        "\"scheduledDeliveryWindow\": { \"earliestDateTime\": \"2026-03-12T16:00:00Z\", ",
        "\"scheduledDeliveryWindow\": { ");
    assertThat(endOnly).contains("\"scheduledDeliveryWindow\": { \"latestDateTime\": \"2026-03-12T23:00:00Z\" }");
    assertThat(AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(endOnly)).lines().get(0).scheduledDelivery())
        .contains(DeliveryWindow.by(at("2026-03-12T23:00:00Z")));
  }
}
