package io.github.orderly.order;

import static io.github.orderly.order.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.json.OrderlyJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The marketplace's order type, flags and replaced order, kept on the order next to its subtypes (R22). */
class MarketplaceFlagsTest {
  private static final OrderId ORIGINAL = OrderId.of("112-0000000-0000009");

  @Test
  @DisplayName("R22: an order keeps the marketplace's order type, flags and replaced order, and reads back from JSON")
  void flagsAreKept_andRoundTrip() {
    MarketplaceFlags flags = MarketplaceFlags.builder().orderType(MarketplaceOrderType.PRE_ORDER)
        .addFlags(MarketplaceFlag.PREMIUM_SHIPPING, MarketplaceFlag.REPLACEMENT).replacedOrderId(ORIGINAL).build();
    Order o = order().marketplaceFlags(flags).build();
    assertThat(o.marketplaceFlags()).contains(flags);
    assertThat(flags.has(MarketplaceFlag.PREMIUM_SHIPPING)).isTrue();
    assertThat(flags.has(MarketplaceFlag.GLOBAL_EXPRESS)).isFalse();
    assertThat(flags.isEmpty()).isFalse();
    assertThat(MarketplaceFlags.builder().build().isEmpty()).isTrue();
    String json = OrderlyJson.write(o);
    assertThat(json).contains("\"marketplaceFlags\":{\"orderType\":\"PRE_ORDER\",\"flags\":[\"REPLACEMENT\","
        + "\"PREMIUM_SHIPPING\"],\"replacedOrderId\":\"112-0000000-0000009\"}");
    assertThat(OrderlyJson.read(json, Order.class)).isEqualTo(o);
    assertThat(OrderlyJson.write(order().build())).doesNotContain("marketplaceFlags");
  }

  @Test
  @DisplayName("R22: a replaced order id without the REPLACEMENT flag is refused")
  void replacedOrderWithoutReplacementFlag_isRefused() {
    assertThatThrownBy(() -> MarketplaceFlags.builder().replacedOrderId(ORIGINAL).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("marketplaceFlags.replacedOrderId = '112-0000000-0000009': only a replacement order (flag"
            + " REPLACEMENT) names the order it replaces");
  }

  @Test
  @DisplayName("R22: an order replacing itself is refused")
  void anOrderReplacingItself_isRefused() {
    MarketplaceFlags self = MarketplaceFlags.builder().addFlags(MarketplaceFlag.REPLACEMENT)
        .replacedOrderId(OrderId.of("112-3345678-0000001")).build();
    assertThatThrownBy(() -> order().marketplaceFlags(self).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("marketplaceFlags.replacedOrderId = '112-3345678-0000001': an order cannot replace itself");
  }

  @Test
  @DisplayName("R22: an exchange keeps the order it exchanges; the id needs the EXCHANGE flag, and an order is no"
      + " exchange for itself")
  void exchangedOrder() {
    MarketplaceFlags exchange = MarketplaceFlags.builder().addFlags(MarketplaceFlag.EXCHANGE)
        .exchangedOrderId(ORIGINAL).build();
    Order order = order().marketplaceFlags(exchange).build();
    assertThat(order.marketplaceFlags().orElseThrow().exchangedOrderId()).contains(ORIGINAL);
    assertThat(OrderlyJson.read(OrderlyJson.write(order), Order.class)).isEqualTo(order);
    assertThatThrownBy(() -> MarketplaceFlags.builder().exchangedOrderId(ORIGINAL).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("marketplaceFlags.exchangedOrderId = '112-0000000-0000009': only an exchange order (flag"
            + " EXCHANGE) names the order it exchanges");
    MarketplaceFlags self = MarketplaceFlags.builder().addFlags(MarketplaceFlag.EXCHANGE)
        .exchangedOrderId(OrderId.of("112-3345678-0000001")).build();
    assertThatThrownBy(() -> order().marketplaceFlags(self).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("marketplaceFlags.exchangedOrderId = '112-3345678-0000001': an order cannot be an exchange for"
            + " itself");
  }

  @Test
  @DisplayName("R22: an unknown order type or flag in JSON is refused; a null flag is a NullPointerException")
  void unknownValues_areRefused() {
    assertThatThrownBy(() -> OrderlyJson.read("{\"orderType\":\"GIFT\"}", MarketplaceFlags.class))
        .hasMessageContaining("$.orderType");
    assertThatThrownBy(() -> OrderlyJson.read("{\"flags\":[\"PRIME\"]}", MarketplaceFlags.class))
        .hasMessageContaining("$.flags");
    assertThatThrownBy(() -> MarketplaceFlags.builder().build().has(null))
        .isInstanceOf(NullPointerException.class).hasMessage("flag");
  }
}
