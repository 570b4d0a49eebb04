package io.github.orderly.order;

import static io.github.orderly.order.TestOrders.PURCHASED;
import static io.github.orderly.order.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.json.OrderlyJson;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import org.junit.jupiter.api.Test;

/** What orders from a marketplace's own data need of the model: nothing a mapper has to invent. */
class MarketplaceDataTest {

  @Test
  void R4_R50_aMarketplaceCancellationMayComeWithoutAReason_recordedAsNotGiven() throws Exception {
    Cancellation notGiven = Cancellation.notGiven(PURCHASED.plusSeconds(60));
    assertThat(notGiven.reason()).isEqualTo(CancellationReason.MARKETPLACE_CANCELLED);
    assertThat(notGiven.by()).isEqualTo(Party.MARKETPLACE);
    assertThat(notGiven.reasonGiven()).isFalse();
    assertThat(Cancellation.of(CancellationReason.NO_STOCK, Party.SELLER, PURCHASED).reasonGiven()).isTrue();

    Order cancelled = order()
        .lines(java.util.List.of(
            TestOrders.line("L1", "10.00").itemStatus(ItemStatus.UNFULFILLED)
                .paymentStatus(PaymentStatus.NOT_CHARGED).build()))
        .cancellation(notGiven)
        .build();
    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    Order back = OrderlyJson.mapper().readValue(OrderlyJson.mapper().writeValueAsString(cancelled), Order.class);
    assertThat(back).isEqualTo(cancelled);
    assertThat(back.cancellation().orElseThrow().reasonGiven()).isFalse();
  }

  @Test
  void aShipmentTheMarketplaceReported_mayLackTrackingIdAndCarrier_butOneTheSellerConfirms_mayNot() throws Exception {
    Shipment.Builder reported = Shipment.builder().shippedAt(PURCHASED.plusSeconds(3_600))
        .addLine(ShipmentLine.of(LineId.of("L1"), 2));
    assertThatThrownBy(() -> Shipment.builder().from(reported.build()).reportedByMarketplace(false).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("shipment[2026-03-01T10:30:00Z].trackingId = null: a shipment the seller confirms names its"
            + " tracking id and carrier");
    assertThatThrownBy(() -> Shipment.builder().trackingId(TrackingId.of("1Z1")).shippedAt(PURCHASED)
        .addLine(ShipmentLine.of(LineId.of("L1"), 1)).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessageStartingWith("shipment[1Z1].carrier = ");
  }

  @Test
  void aMarketplaceFulfilledOrder_withTwoReportedShipmentsWithoutTrackingIds_isValid_andRoundTrips() throws Exception {
    Shipment first = Shipment.builder().reportedByMarketplace(true).shippedAt(PURCHASED.plusSeconds(3_600))
        .addLine(ShipmentLine.of(LineId.of("L1"), 2)).build();
    Shipment second = Shipment.builder().reportedByMarketplace(true).shippedAt(PURCHASED.plusSeconds(7_200))
        .addLine(ShipmentLine.of(LineId.of("L2"), 2)).build();
    Order order = order().fulfilmentChannel(FulfilmentChannel.MARKETPLACE)
        .deliveryAddress(java.util.Optional.empty())
        .lines(java.util.List.of(TestOrders.shippedLine("L1"), TestOrders.shippedLine("L2")))
        .addShipments(first, second).build();
    assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(order.shipments()).allSatisfy(s -> assertThat(s.trackingId()).isEmpty());
    assertThat(order.shipment(TrackingId.of("1Z1"))).isEmpty();
    String json = OrderlyJson.mapper().writeValueAsString(order);
    assertThat(json).contains("\"reportedByMarketplace\":true").doesNotContain("trackingOrNull")
        .doesNotContain("addressKnown");
    assertThat(OrderlyJson.mapper().readValue(json, Order.class)).isEqualTo(order);
  }
}
