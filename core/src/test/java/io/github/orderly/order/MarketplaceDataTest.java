package io.github.orderly.order;

import static io.github.orderly.order.TestOrders.PURCHASED;
import static io.github.orderly.order.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

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
}
