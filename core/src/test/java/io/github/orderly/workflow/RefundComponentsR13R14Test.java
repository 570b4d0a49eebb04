package io.github.orderly.workflow;

import static io.github.orderly.workflow.Fixtures.L1;
import static io.github.orderly.workflow.Fixtures.PURCHASED;
import static io.github.orderly.workflow.Fixtures.accept;
import static io.github.orderly.workflow.Fixtures.accepted;
import static io.github.orderly.workflow.Fixtures.id;
import static io.github.orderly.workflow.Fixtures.reject;
import static io.github.orderly.workflow.Fixtures.seller;
import static io.github.orderly.workflow.Fixtures.ship;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.Rule;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.ChargeComponent;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.InvalidOrderException;
import io.github.orderly.order.ListingId;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Refund;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnReason;
import io.github.orderly.order.RmaId;
import io.github.orderly.order.Sku;
import io.github.orderly.status.ItemStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Refunds that name price components: the R13 limits per component and R14's "less the shipping cost". */
class RefundComponentsR13R14Test {

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  /** One itemised line L1: 2 x 20.00, tax 4.00, shipping 6.00, shipping tax 0.60; charge 50.60. */
  private static Order itemised() {
    OrderLine line = OrderLine.builder()
        .id(L1)
        .sku(Sku.of("SKU-C"))
        .listingId(ListingId.of("B0SKU-C"))
        .title("Itemised item")
        .quantityOrdered(2)
        .unitPrice(usd("20.00"))
        .putComponent(ChargeComponent.ITEM_PRICE, usd("40.00"))
        .putComponent(ChargeComponent.ITEM_TAX, usd("4.00"))
        .putComponent(ChargeComponent.SHIPPING, usd("6.00"))
        .putComponent(ChargeComponent.SHIPPING_TAX, usd("0.60"))
        .build();
    return Order.builder()
        .id(OrderId.of("114-0000000-0000011"))
        .marketplace(MarketplaceId.of("amazon.com"))
        .purchasedAt(PURCHASED)
        .deliveryAddress(Address.builder().recipient("Ann Example").addStreetLine("9 Elm St").city("Portland")
            .countryCode("US").build())
        .fulfilmentChannel(FulfilmentChannel.SELLER)
        .addLine(line)
        .build();
  }

  /** Given the itemised line shipped at the cost and returned undeliverable, when received: the refund. */
  private static Refund undeliverableRefund(Money cost) {
    Order order = accepted(itemised(), ship(L1, 2, "1ZC1", cost), seller());
    order = accepted(order, new RecordCarrierProgress(id(), List.of(L1), ItemStatus.UNABLE_TO_DELIVER), seller());
    order = accepted(order, new AuthorizeReturn(id(), RmaId.of("RMA-C"), ReturnReason.UNDELIVERABLE,
        List.of(ReturnLine.of(L1, 2))), seller());
    Decision d = accept(order, new ReceiveReturn(id(), RmaId.of("RMA-C")), seller());
    return ((ReturnReceived) d.events().get(0)).refund().orElseThrow();
  }

  @Test
  @DisplayName("R14: an undeliverable return refunds item price and tax, plus shipping less the cost, exactly")
  void r14_componentsReadAsChargeLessShippingCost() {
    assertThat(itemised().line(L1).orElseThrow().charge()).isEqualTo(usd("50.60"));
    Refund refund = undeliverableRefund(usd("4.50"));
    RefundLine line = refund.lines().get(0);
    assertThat(refund.lines()).hasSize(1);
    assertThat(line.components()).containsExactlyInAnyOrderEntriesOf(Map.of(
        ChargeComponent.ITEM_PRICE, usd("40.00"),
        ChargeComponent.ITEM_TAX, usd("4.00"),
        ChargeComponent.SHIPPING, usd("1.50"),
        ChargeComponent.SHIPPING_TAX, usd("0.60")));
    assertThat(line.amount()).isEqualTo(usd("46.10"));
    assertThat(line.amount()).isEqualTo(usd("50.60").minus(usd("4.50")));
  }

  @Test
  @DisplayName("R14: a cost above the shipping charged takes shipping to nothing, then shipping tax; never negative")
  void r14_costAboveShippingNeverNegative() {
    RefundLine line = undeliverableRefund(usd("6.20")).lines().get(0);
    assertThat(line.components()).containsExactlyInAnyOrderEntriesOf(Map.of(
        ChargeComponent.ITEM_PRICE, usd("40.00"),
        ChargeComponent.ITEM_TAX, usd("4.00"),
        ChargeComponent.SHIPPING_TAX, usd("0.40")));
    assertThat(line.components().values()).allMatch(Money::isPositive);
    assertThat(line.amount()).isEqualTo(usd("50.60").minus(usd("6.20")));
  }

  @Test
  @DisplayName("R14: an ordinary return's automatic refund names no components, as before")
  void r14_ordinaryReturnNamesNoComponents() {
    Order order = accepted(itemised(), ship(L1, 2, "1ZC2", usd("4.50")), seller());
    order = accepted(order, new AuthorizeReturn(id(), RmaId.of("RMA-D"), ReturnReason.DEFECTIVE,
        List.of(ReturnLine.of(L1, 2))), seller());
    Refund refund = ((ReturnReceived) accept(order, new ReceiveReturn(id(), RmaId.of("RMA-D")), seller())
        .events().get(0)).refund().orElseThrow();
    assertThat(refund.lines()).containsExactly(RefundLine.of(L1, usd("50.60")));
  }

  private static Order shipped() {
    return accepted(itemised(), ship(L1, 2, "1ZC3"), seller());
  }

  private static IssueRefund refundOf(String refundId, Map<ChargeComponent, Money> components) {
    return IssueRefund.ofAmounts(id(), RefundId.of(refundId), RefundReason.GENERAL_ADJUSTMENT,
        List.of(RefundLine.ofComponents(L1, components)));
  }

  @Test
  @DisplayName("R13: a refund naming components is recorded with them; the amount is their sum")
  void r13_refundNamesComponents() {
    Order order = accepted(shipped(), refundOf("R-C1", Map.of(ChargeComponent.SHIPPING, usd("6.00"),
        ChargeComponent.SHIPPING_TAX, usd("0.60"))), seller());
    RefundLine recorded = order.refund(RefundId.of("R-C1")).orElseThrow().lines().get(0);
    assertThat(recorded.amount()).isEqualTo(usd("6.60"));
    assertThat(recorded.component(ChargeComponent.SHIPPING)).isEqualTo(usd("6.00"));
    assertThat(recorded.component(ChargeComponent.ITEM_PRICE)).isEqualTo(usd("0.00"));
    assertThat(order.refunded(L1)).isEqualTo(usd("6.60"));
  }

  @Test
  @DisplayName("R13: a component beyond what the line was charged for it is refused, the order unchanged")
  void r13_componentBeyondChargeRejected() {
    Order order = shipped();
    Rejection r = reject(order, refundOf("R-C2", Map.of(ChargeComponent.SHIPPING, usd("6.01"))), seller(),
        Rule.R13);
    assertThat(r.message()).contains("a refund of USD 6.01 of SHIPPING exceeds the USD 6.00 left to refund of"
        + " the USD 6.00 charged for it");
    assertThat(r.lineId()).contains(L1);
    Rejection giftWrap = reject(order, refundOf("R-C3", Map.of(ChargeComponent.GIFT_WRAP, usd("1.00"))),
        seller(), Rule.R13);
    assertThat(giftWrap.message()).contains("of GIFT_WRAP exceeds the USD 0.00 left");
  }

  @Test
  @DisplayName("R13: a component never gives back more than its charge less what earlier refunds gave back of it")
  void r13_componentLessEarlierRefunds() {
    Order order = accepted(shipped(), refundOf("R-C4", Map.of(ChargeComponent.ITEM_TAX, usd("3.00"))), seller());
    Rejection r = reject(order, refundOf("R-C5", Map.of(ChargeComponent.ITEM_TAX, usd("1.01"))), seller(),
        Rule.R13);
    assertThat(r.message()).contains("USD 1.01 of ITEM_TAX exceeds the USD 1.00 left to refund of the USD 4.00"
        + " charged for it");
    Order rest = accepted(order, refundOf("R-C6", Map.of(ChargeComponent.ITEM_TAX, usd("1.00"))), seller());
    assertThat(rest.refunded(L1)).isEqualTo(usd("4.00"));
  }

  @Test
  @DisplayName("R13: a refund line's components add up to its amount, each positive and in its currency")
  void r13_refundLineChecksItsComponents() {
    assertThatThrownBy(() -> RefundLine.builder().lineId(L1).amount(usd("5.00"))
        .putComponent(ChargeComponent.ITEM_PRICE, usd("4.00")).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("refund.lines[L1].amount = 'USD 5.00': must equal the sum of its components 'USD 4.00'");
    assertThatThrownBy(() -> RefundLine.ofComponents(L1, Map.of(ChargeComponent.ITEM_PRICE, usd("4.00"),
        ChargeComponent.SHIPPING, usd("0.00"))))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("refund.lines[L1].components[SHIPPING] = 'USD 0.00': must be positive");
    assertThatThrownBy(() -> RefundLine.builder().lineId(L1).amount(usd("5.00"))
        .putComponent(ChargeComponent.ITEM_PRICE, Money.of("5.00", "EUR")).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("refund.lines[L1].components[ITEM_PRICE] = 'EUR 5.00': currency must be USD like the amount");
    assertThatThrownBy(() -> RefundLine.ofComponents(null, Map.of(ChargeComponent.ITEM_PRICE, usd("1.00"))))
        .isInstanceOf(NullPointerException.class).hasMessage("lineId");
    assertThatThrownBy(() -> RefundLine.ofComponents(L1, null))
        .isInstanceOf(NullPointerException.class).hasMessage("components");
    assertThatThrownBy(() -> RefundLine.ofComponents(L1, Map.of()))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("refund.lines[L1].components = '{}': must not be empty");
    RefundLine discounted = RefundLine.ofComponents(L1, Map.of(ChargeComponent.ITEM_PRICE, usd("10.00"),
        ChargeComponent.PROMOTION_DISCOUNT, usd("2.00")));
    assertThat(discounted.amount()).isEqualTo(usd("8.00"));
  }

  @Test
  @DisplayName("R13: JSON of a refund line leaves out empty components and keeps named ones")
  void r13_jsonOmitsEmptyComponents() throws Exception {
    String plain = OrderlyJson.mapper().writeValueAsString(RefundLine.of(L1, usd("5.00")));
    assertThat(plain).doesNotContain("components");
    RefundLine named = RefundLine.ofComponents(L1, Map.of(ChargeComponent.SHIPPING, usd("2.50")));
    String json = OrderlyJson.mapper().writeValueAsString(named);
    assertThat(json).contains("components").contains("SHIPPING");
    assertThat(OrderlyJson.read(json, RefundLine.class)).isEqualTo(named);
    assertThat(OrderlyJson.read(plain, RefundLine.class)).isEqualTo(RefundLine.of(L1, usd("5.00")));
  }
}
