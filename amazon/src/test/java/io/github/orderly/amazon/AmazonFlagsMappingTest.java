package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.order.InvalidOrderException;
import io.github.orderly.order.MarketplaceFlag;
import io.github.orderly.order.MarketplaceFlags;
import io.github.orderly.order.MarketplaceOrderType;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderSubtype;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The order type, the replaced order and the flags of both API versions, mapped into the Orderly order (R22). */
class AmazonFlagsMappingTest {
  private static Order v0(String getOrder, String itemsOf) {
    return AmazonOrders.toOrder(AmazonOrder.builder(Fixtures.READER.readGetOrder(getOrder))
        .addItems(Fixtures.items(itemsOf)).build());
  }

  @Test
  @DisplayName("R22: a v0 replacement order keeps its order type, premium shipping and the order it replaces")
  void v0_replacement() {
    MarketplaceFlags flags = AmazonOrders.toOrder(Fixtures.combined("shipped-afn-replacement")).marketplaceFlags()
        .orElseThrow();
    assertThat(flags.orderType()).contains(MarketplaceOrderType.STANDARD);
    assertThat(flags.flags()).containsExactlyInAnyOrder(MarketplaceFlag.REPLACEMENT, MarketplaceFlag.PREMIUM_SHIPPING);
    assertThat(flags.replacedOrderId()).contains(OrderId.of("306-9981230-1100457"));
  }

  @Test
  @DisplayName("R22: v0 OrderType Preorder is a pre-order with no flag; Prime and business stay subtypes, not flags")
  void v0_preorder_andSubtypes() {
    MarketplaceFlags preorder = AmazonOrders.toOrder(Fixtures.combined("preorder")).marketplaceFlags().orElseThrow();
    assertThat(preorder.orderType()).contains(MarketplaceOrderType.PRE_ORDER);
    assertThat(preorder.flags()).isEmpty();
    assertThat(preorder.replacedOrderId()).isEmpty();
    Order business = AmazonOrders.toOrder(Fixtures.combined("unshipped-business"));
    assertThat(business.subtypes()).contains(OrderSubtype.BUSINESS_PRIME);
    assertThat(business.marketplaceFlags().orElseThrow().flags()).isEmpty();
  }

  @Test
  @DisplayName("R22: every v0 flag maps to its own Orderly flag")
  void v0_everyFlag() {
    String json = Fixtures.v0("preorder", "getOrder");
    for (String flag : new String[] {"IsPremiumOrder", "IsGlobalExpressEnabled", "IsReplacementOrder", "IsSoldByAB",
        "IsIBA", "IsISPU", "IsAccessPointOrder"}) {
      json = json.replace("\"" + flag + "\": false", "\"" + flag + "\": true");
    }
    json = json.replace("\"IsAccessPointOrder\": true", "\"IsAccessPointOrder\": true, \"HasRegulatedItems\": true,"
        + " \"IsEstimatedShipDateSet\": true");
    MarketplaceFlags flags = v0(json, "preorder").marketplaceFlags().orElseThrow();
    EnumSet<MarketplaceFlag> only2026 = EnumSet.of(MarketplaceFlag.EXCHANGE, MarketplaceFlag.EASY_SHIP,
        MarketplaceFlag.DELIVERED_BY_MARKETPLACE, MarketplaceFlag.SHIP_PLUS, MarketplaceFlag.BAZAAR_STOREFRONT,
        MarketplaceFlag.HAUL_STOREFRONT);
    assertThat(flags.flags()).containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(only2026));
    assertThat(flags.replacedOrderId()).isEmpty();
  }

  @Test
  @DisplayName("R22: a v0 order naming itself as the order it replaces is refused")
  void v0_selfReplacement_isRefused() {
    String json = Fixtures.v0("shipped-afn-replacement", "getOrder");
    String own = Fixtures.order("shipped-afn-replacement").amazonOrderId();
    String self = json.replace("\"ReplacedOrderId\": \"306-9981230-1100457\"", "\"ReplacedOrderId\": \"" + own + "\"");
    assertThat(self).isNotEqualTo(json);
    assertThatThrownBy(() -> v0(self, "shipped-afn-replacement"))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("marketplaceFlags.replacedOrderId = '" + own + "': an order cannot replace itself");
  }

  @Test
  @DisplayName("R22: 2026-01-01 associatedOrders REPLACEMENT_ORIGINAL_ID is the replaced order; PREORDER a pre-order;"
      + " an order with neither has no marketplace flags")
  void v2026_flags() {
    Order shipped = AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(Fixtures.v2026("getOrder-shipped")));
    MarketplaceFlags flags = shipped.marketplaceFlags().orElseThrow();
    assertThat(flags.flags()).containsExactly(MarketplaceFlag.REPLACEMENT);
    assertThat(flags.replacedOrderId()).contains(OrderId.of("171-9900110-2200331"));
    assertThat(flags.orderType()).isEmpty();

    String unshipped = Fixtures.v2026("getOrder-unshipped");
    assertThat(AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(unshipped)).marketplaceFlags()).isEmpty();
    String preorder = unshipped.replace("\"programs\": [\"PRIME\", \"AMAZON_BUSINESS\"]",
        "\"programs\": [\"PRIME\", \"AMAZON_BUSINESS\", \"PREORDER\"]");
    assertThat(preorder).isNotEqualTo(unshipped);
    MarketplaceFlags pre = AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(preorder)).marketplaceFlags()
        .orElseThrow();
    assertThat(pre.orderType()).contains(MarketplaceOrderType.PRE_ORDER);
    assertThat(pre.flags()).isEmpty();

  }

  @Test
  @DisplayName("R22: a 2026-01-01 associatedOrders EXCHANGE_ORIGINAL_ID is the exchanged order, with flag EXCHANGE")
  void v2026_exchange() {
    String exchange = Fixtures.v2026("getOrder-shipped").replace("REPLACEMENT_ORIGINAL_ID", "EXCHANGE_ORIGINAL_ID");
    assertThat(exchange).isNotEqualTo(Fixtures.v2026("getOrder-shipped"));
    MarketplaceFlags flags = AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(exchange)).marketplaceFlags()
        .orElseThrow();
    assertThat(flags.flags()).containsExactly(MarketplaceFlag.EXCHANGE);
    assertThat(flags.exchangedOrderId()).contains(OrderId.of("171-9900110-2200331"));
    assertThat(flags.replacedOrderId()).isEmpty();
  }

  @Test
  @DisplayName("R22: every 2026-01-01 program the model documents maps: flags by one table, PREORDER an order type,"
      + " PRIME and AMAZON_BUSINESS subtypes; an unknown program sets nothing")
  void v2026_everyProgram() {
    String unshipped = Fixtures.v2026("getOrder-unshipped");
    String all = unshipped.replace("\"programs\": [\"PRIME\", \"AMAZON_BUSINESS\"]", "\"programs\": [\"PRIME\","
        + " \"AMAZON_BUSINESS\", \"PREORDER\", \"PREMIUM\", \"INVOICE_BY_AMAZON\", \"IN_STORE_PICK_UP\","
        + " \"AMAZON_EASY_SHIP\", \"DELIVERY_BY_AMAZON\", \"FBM_SHIP_PLUS\", \"AMAZON_BAZAAR\", \"AMAZON_HAUL\","
        + " \"SOME_FUTURE_PROGRAM\"]");
    assertThat(all).isNotEqualTo(unshipped);
    Order order = AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(all));
    MarketplaceFlags flags = order.marketplaceFlags().orElseThrow();
    assertThat(flags.orderType()).contains(MarketplaceOrderType.PRE_ORDER);
    assertThat(flags.flags()).containsExactlyInAnyOrder(MarketplaceFlag.PREMIUM_SHIPPING,
        MarketplaceFlag.INVOICED_BY_MARKETPLACE, MarketplaceFlag.STORE_PICK_UP, MarketplaceFlag.EASY_SHIP,
        MarketplaceFlag.DELIVERED_BY_MARKETPLACE, MarketplaceFlag.SHIP_PLUS, MarketplaceFlag.BAZAAR_STOREFRONT,
        MarketplaceFlag.HAUL_STOREFRONT);
    assertThat(order.subtypes()).contains(OrderSubtype.BUSINESS_PRIME);
    assertThat(AmazonOrders.PROGRAM_FLAGS.keySet()).hasSize(8);
  }

  @Test
  @DisplayName("R22: every v0 OrderType has its row in the order-type table")
  void v0_everyOrderTypeHasARow() {
    assertThat(AmazonOrders.V0_ORDER_TYPES.keySet()).containsExactlyInAnyOrder(OrdersV0.OrderType.values());
  }
}
