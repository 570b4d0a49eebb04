package io.github.orderly.order;

import static io.github.orderly.order.TestOrders.PURCHASED;
import static io.github.orderly.order.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.json.OrderlyJson;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The ship window (earliest ship instant, ship-by) and the delivery window the marketplace promised. */
class ShipAndDeliveryWindowTest {
  private static final Instant EARLIEST_SHIP = PURCHASED.plusSeconds(3_600);
  private static final Instant SHIP_BY = PURCHASED.plusSeconds(2 * 86_400);
  private static final DeliveryWindow DELIVERY =
      DeliveryWindow.of(PURCHASED.plusSeconds(3 * 86_400), PURCHASED.plusSeconds(6 * 86_400));

  @Test
  @DisplayName("R8 R9: an order keeps its ship window and delivery window, and reads back equal from JSON")
  void windowsAreKept_andRoundTrip() {
    Order o = order().earliestShipAt(EARLIEST_SHIP).shipBy(SHIP_BY).deliveryWindow(DELIVERY).build();
    assertThat(o.earliestShipAt()).contains(EARLIEST_SHIP);
    assertThat(o.shipBy()).contains(SHIP_BY);
    assertThat(o.deliveryWindow()).contains(DELIVERY);
    String json = OrderlyJson.write(o);
    assertThat(json).contains("\"earliestShipAt\":\"2026-03-01T10:30:00Z\"")
        .contains("\"deliveryWindow\":{\"earliest\":\"2026-03-04T09:30:00Z\",\"latest\":\"2026-03-07T09:30:00Z\"}");
    assertThat(OrderlyJson.read(json, Order.class)).isEqualTo(o);
    Order none = order().build();
    assertThat(none.earliestShipAt()).isEmpty();
    assertThat(none.deliveryWindow()).isEmpty();
    assertThat(OrderlyJson.write(none)).doesNotContain("earliestShipAt").doesNotContain("deliveryWindow");
  }

  @Test
  @DisplayName("R8 R9: a window of one instant is valid; an earliest ship instant without ship-by too")
  void aWindowMayBeOneInstant() {
    assertThat(DeliveryWindow.of(SHIP_BY, SHIP_BY).latest()).isEqualTo(SHIP_BY);
    assertThat(order().earliestShipAt(SHIP_BY).shipBy(SHIP_BY).build().earliestShipAt()).contains(SHIP_BY);
    assertThat(order().earliestShipAt(EARLIEST_SHIP).build().shipBy()).isEmpty();
  }

  @Test
  @DisplayName("R8 R9: an earliest ship instant after the ship-by date is refused")
  void earliestShipAfterShipBy_isRefused() {
    assertThatThrownBy(() -> order().earliestShipAt(SHIP_BY.plusSeconds(1)).shipBy(SHIP_BY).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("earliestShipAt = '2026-03-03T09:30:01Z': must not be after shipBy '2026-03-03T09:30:00Z'");
  }

  @Test
  @DisplayName("a delivery window ending before it starts is refused, naming its latest instant")
  void deliveryWindowEndingBeforeItStarts_isRefused() {
    assertThatThrownBy(() -> DeliveryWindow.of(SHIP_BY, SHIP_BY.minusSeconds(1)))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("deliveryWindow.latest = '2026-03-03T09:29:59Z': must not be before deliveryWindow.earliest"
            + " '2026-03-03T09:30:00Z'");
    assertThatThrownBy(() -> OrderlyJson.read("{\"earliest\":\"2026-03-03T09:30:00Z\","
        + "\"latest\":\"2026-03-02T09:30:00Z\"}", DeliveryWindow.class))
        .hasMessageContaining("deliveryWindow.latest = '2026-03-02T09:30:00Z': must not be before");
  }

  @Test
  @DisplayName("instants of both windows outside the years 1970 to 9999 are refused")
  void instantsOutOfRange_areRefused() {
    Instant tooEarly = Instant.parse("1969-12-31T23:59:59Z");
    Instant tooLate = Instant.parse("+10000-01-01T00:00:00Z");
    assertThatThrownBy(() -> order().earliestShipAt(tooEarly).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessageStartingWith("earliestShipAt = '1969-12-31T23:59:59Z': must lie in the years 1970 to 9999");
    assertThatThrownBy(() -> DeliveryWindow.of(tooEarly, SHIP_BY))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessageStartingWith("deliveryWindow.earliest = '1969-12-31T23:59:59Z': must lie in the years");
    assertThatThrownBy(() -> DeliveryWindow.of(SHIP_BY, tooLate))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessageStartingWith("deliveryWindow.latest = '+10000-01-01T00:00:00Z': must lie in the years");
  }

  @Test
  @DisplayName("null instants are refused with a NullPointerException naming the argument")
  void nullInstants_areRefused() {
    assertThatThrownBy(() -> DeliveryWindow.of(null, SHIP_BY)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("earliest");
    assertThatThrownBy(() -> DeliveryWindow.of(SHIP_BY, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("latest");
  }

  @Test
  @DisplayName("R8 R9: a delivery window may have its earliest end only (from) or its latest end only (by); each"
      + " reads back equal from JSON, the absent end left out")
  void oneEndedWindows_areKept_andRoundTrip() {
    Instant at = PURCHASED.plusSeconds(3 * 86_400);
    DeliveryWindow from = DeliveryWindow.from(at);
    assertThat(from.earliestEnd()).contains(at);
    assertThat(from.latestEnd()).isEmpty();
    assertThat(from.earliest()).isEqualTo(at);
    assertThat(from.isBounded()).isFalse();
    DeliveryWindow by = DeliveryWindow.by(at);
    assertThat(by.earliestEnd()).isEmpty();
    assertThat(by.latestEnd()).contains(at);
    assertThat(by.latest()).isEqualTo(at);
    assertThat(DELIVERY.isBounded()).isTrue();
    assertThat(OrderlyJson.write(from)).isEqualTo("{\"earliest\":\"2026-03-04T09:30:00Z\"}");
    assertThat(OrderlyJson.write(by)).isEqualTo("{\"latest\":\"2026-03-04T09:30:00Z\"}");
    for (DeliveryWindow w : new DeliveryWindow[] {from, by}) {
      Order o = order().deliveryWindow(w).build();
      assertThat(OrderlyJson.read(OrderlyJson.write(o), Order.class)).isEqualTo(o);
    }
    assertThat(DeliveryWindow.ofEnds(java.util.Optional.of(at), java.util.Optional.empty())).contains(from);
    assertThat(DeliveryWindow.ofEnds(java.util.Optional.empty(), java.util.Optional.of(at))).contains(by);
    assertThat(DeliveryWindow.ofEnds(java.util.Optional.of(at), java.util.Optional.of(at)))
        .contains(DeliveryWindow.of(at, at));
    assertThat(DeliveryWindow.ofEnds(java.util.Optional.empty(), java.util.Optional.empty())).isEmpty();
  }

  @Test
  @DisplayName("R8 R9: a window with both ends written before one-ended windows reads back unchanged and equal")
  void twoEndedJson_readsUnchanged() {
    String json = "{\"earliest\":\"2026-03-04T09:30:00Z\",\"latest\":\"2026-03-07T09:30:00Z\"}";
    DeliveryWindow read = OrderlyJson.read(json, DeliveryWindow.class);
    assertThat(read).isEqualTo(DELIVERY);
    assertThat(read.earliest()).isEqualTo(PURCHASED.plusSeconds(3 * 86_400));
    assertThat(read.latest()).isEqualTo(PURCHASED.plusSeconds(6 * 86_400));
    assertThat(OrderlyJson.write(read)).isEqualTo(json);
  }

  @Test
  @DisplayName("R8 R9: the end a one-ended window lacks cannot be read as an instant, and a window with no end is"
      + " refused, also from JSON")
  void missingEnds_areRefused() {
    assertThatThrownBy(() -> DeliveryWindow.by(SHIP_BY).earliest())
        .isInstanceOf(java.util.NoSuchElementException.class)
        .hasMessageStartingWith("deliveryWindow.earliest: the window").hasMessageContaining("earliestEnd()");
    assertThatThrownBy(() -> DeliveryWindow.from(SHIP_BY).latest())
        .isInstanceOf(java.util.NoSuchElementException.class)
        .hasMessageStartingWith("deliveryWindow.latest: the window").hasMessageContaining("latestEnd()");
    assertThatThrownBy(() -> OrderlyJson.read("{}", DeliveryWindow.class))
        .hasMessageContaining("deliveryWindow = '{}': must have an earliest or a latest end");
    assertThatThrownBy(() -> DeliveryWindow.from(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("earliest");
    assertThatThrownBy(() -> DeliveryWindow.by(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("latest");
    assertThatThrownBy(() -> DeliveryWindow.by(Instant.parse("+10000-01-01T00:00:00Z")))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessageStartingWith("deliveryWindow.latest = '+10000-01-01T00:00:00Z': must lie in the years");
  }

  @Test
  @DisplayName("R8 R9: a line keeps the delivery window scheduled for it (both ends or one), reads back equal from"
      + " JSON, and a line without one writes no scheduledDelivery")
  void lineScheduledDelivery_isKept_andRoundTrips() {
    Order plain = order().build();
    assertThat(plain.lines()).allSatisfy(l -> assertThat(l.scheduledDelivery()).isEmpty());
    assertThat(OrderlyJson.write(plain)).doesNotContain("scheduledDelivery");
    for (DeliveryWindow w : new DeliveryWindow[] {DELIVERY, DeliveryWindow.by(SHIP_BY)}) {
      OrderLine line = OrderLine.builder().from(plain.lines().get(0)).scheduledDelivery(w).build();
      Order o = Order.builder().from(plain).lines(java.util.List.of(line)).build();
      assertThat(o.lines().get(0).scheduledDelivery()).contains(w);
      assertThat(OrderlyJson.write(o)).contains("\"scheduledDelivery\":" + OrderlyJson.write(w));
      assertThat(OrderlyJson.read(OrderlyJson.write(o), Order.class)).isEqualTo(o);
    }
  }
}
