package io.github.orderly.workflow;

import static io.github.orderly.workflow.Fixtures.L1;
import static io.github.orderly.workflow.Fixtures.accepted;
import static io.github.orderly.workflow.Fixtures.reject;
import static io.github.orderly.workflow.Fixtures.seller;
import static io.github.orderly.workflow.Fixtures.ship;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.Rule;
import io.github.orderly.order.Address;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.InvalidOrderException;
import io.github.orderly.order.Order;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R51: an order may lack a delivery address until it can ship; the seller ships only to an address. */
class DeliveryAddressR51Test {

  private static Order withoutAddress(Order order) {
    return Order.builder().from(order).deliveryAddress(Optional.empty()).build();
  }

  @Test
  void R51_pendingUnshippedAndMarketplaceFulfilledOrders_mayLackAnAddress() {
    assertThat(withoutAddress(Fixtures.pending()).status()).isEqualTo(OrderStatus.PENDING);
    assertThat(withoutAddress(Fixtures.unshipped()).deliveryAddress()).isEmpty();
    Order afn = withoutAddress(Fixtures.order(FulfilmentChannel.MARKETPLACE, PaymentStatus.AUTHORIZED));
    Order shippedByMarketplace = accepted(afn, ship(L1, 2, "TBA1"), seller());
    assertThat(shippedByMarketplace.deliveryAddress()).isEmpty();
    assertThat(shippedByMarketplace.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
  }

  @Test
  void R51_confirmingAShipmentWithoutAnAddress_isRejected_andAcceptedOnceTheAddressIsKnown() {
    Order noAddress = withoutAddress(Fixtures.unshipped());
    Rejection r = reject(noAddress, ship(L1, 1, "1Z1"), seller(), Rule.R51);
    assertThat(r.message()).contains("has no delivery address yet");
    Address known = Address.builder().recipient("Jane Doe").addStreetLine("1 Main St").city("Seattle")
        .countryCode("US").build();
    Order shipped = accepted(Order.builder().from(noAddress).deliveryAddress(known).build(), ship(L1, 1, "1Z1"),
        seller());
    assertThat(shipped.shipments()).hasSize(1);
  }

  @Test
  void R51_aSellerFulfilledOrderWithAShipmentButNoAddress_cannotBeBuilt() {
    Order shipped = accepted(Fixtures.unshipped(), ship(L1, 2, "1Z2"), seller());
    assertThatThrownBy(() -> withoutAddress(shipped))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessageStartingWith("deliveryAddress = ")
        .hasMessageEndingWith("a seller-fulfilled order with a shipment the seller confirmed was shipped to an address (R51)");
  }
}
