package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.orderly.access.Role;
import io.github.orderly.money.Money;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.ChargeComponent;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.TrackingId;
import io.github.orderly.workflow.Command;
import io.github.orderly.workflow.ConfirmShipment;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.IssueRefund;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.RefundIssued;
import io.github.orderly.workflow.WorkflowContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A refund that names components is written as the payment adjustment feed's components, by one table (R13). */
class AmazonRefundComponentsR13Test {
  private static final AmazonWriteBack WRITE_BACK = AmazonWriteBack.with(ReasonCodes.standard());
  private static final LineId ITEM = LineId.of("20045517830012");

  private static Money jpy(String amount) {
    return Money.of(amount, "JPY");
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  private static Decision decide(Order order, Command command, Instant at) {
    Decision d = OrderWorkflow.decide(order, command, WorkflowContext.of(at, Role.OWNER));
    assertThat(d.rejection()).as("rejection of %s", command).isEmpty();
    return d;
  }

  /** Given the COD order shipped, when a refund of the given lines is issued: its payment adjustment. */
  private static OrderAdjustment adjustmentOf(List<RefundLine> lines) {
    Order order = AmazonOrders.toOrder(Fixtures.combined("cod-jp"));
    Instant shipped = Instant.parse("2026-03-09T01:00:00Z");
    Order sent = decide(order, ConfirmShipment.of(CommandId.of("c1"), Carrier.of("Yamato"),
        TrackingId.of("4455-0001-0009"), shipped, List.of(ShipmentLine.of(ITEM, 2))), shipped).order();
    Decision d = decide(sent, IssueRefund.ofAmounts(CommandId.of("r1"), RefundId.of("RF-C"),
        RefundReason.CUSTOMER_RETURN, lines), shipped.plusSeconds(3_600));
    return WRITE_BACK.adjustment(d.order(), (RefundIssued) d.events().get(0));
  }

  @Test
  @DisplayName("R13: a refund naming item price and COD fee writes Principal and COD, adding up to the amount")
  void namedComponentsBecomeFeedComponents() {
    OrderAdjustment adjustment = adjustmentOf(List.of(RefundLine.ofComponents(ITEM,
        Map.of(ChargeComponent.ITEM_PRICE, jpy("2400"), ChargeComponent.COD_FEE, jpy("400")))));
    assertThat(adjustment.adjustedItems()).singleElement().satisfies(item -> {
      assertThat(item.itemPriceAdjustments()).extracting(OrderAdjustment.PriceAdjustment::type,
          OrderAdjustment.PriceAdjustment::amount).containsExactly(
              tuple(PriceComponent.PRINCIPAL, jpy("2400")), tuple(PriceComponent.COD, jpy("400")));
      assertThat(item.promotionAdjustments()).isEmpty();
    });
    assertThat(FeedDocuments.forMerchant("A2MERCHANT").orderAdjustments(List.of(adjustment))).singleElement()
        .asString().contains("<Type>COD</Type>").contains("<Amount currency=\"JPY\">400</Amount>");
  }

  @Test
  @DisplayName("R13: a refund line without components is one Principal of its amount")
  void lineWithoutComponentsIsOnePrincipal() {
    OrderAdjustment adjustment = adjustmentOf(List.of(RefundLine.of(ITEM, jpy("1000"))));
    assertThat(adjustment.adjustedItems().get(0).itemPriceAdjustments())
        .extracting(OrderAdjustment.PriceAdjustment::type, OrderAdjustment.PriceAdjustment::amount)
        .containsExactly(tuple(PriceComponent.PRINCIPAL, jpy("1000")));
  }

  @Test
  @DisplayName("R13: every charge component has a row in the table; charges are given back, discounts taken off")
  void everyComponentHasARow() {
    for (ChargeComponent c : ChargeComponent.values()) {
      RefundComponentTable.Target t = RefundComponentTable.TABLE.get(c);
      assertThat(t).as("row of %s", c).isNotNull();
      assertThat(t.price() == null).as("one target for %s", c).isNotEqualTo(t.promotion() == null);
      assertThat(t.takenOff()).as("sign of %s", c).isEqualTo(c.isDeduction());
    }
  }

  @Test
  @DisplayName("R13: discounts become negative promotion components, their taxes come off Tax and ShippingTax;"
      + " price and promotion components add up to the refund line's amount")
  void discountsAndTheirTaxes() {
    RefundLine line = RefundLine.builder().lineId(LineId.of("L9")).amount(usd("26.40"))
        .putComponent(ChargeComponent.ITEM_PRICE, usd("20.00"))
        .putComponent(ChargeComponent.ITEM_TAX, usd("2.00"))
        .putComponent(ChargeComponent.SHIPPING, usd("5.00"))
        .putComponent(ChargeComponent.SHIPPING_TAX, usd("0.50"))
        .putComponent(ChargeComponent.GIFT_WRAP, usd("1.00"))
        .putComponent(ChargeComponent.GIFT_WRAP_TAX, usd("0.10"))
        .putComponent(ChargeComponent.PROMOTION_DISCOUNT, usd("1.00"))
        .putComponent(ChargeComponent.PROMOTION_DISCOUNT_TAX, usd("0.10"))
        .putComponent(ChargeComponent.SHIPPING_DISCOUNT, usd("1.00"))
        .putComponent(ChargeComponent.SHIPPING_DISCOUNT_TAX, usd("0.10"))
        .build();
    List<OrderAdjustment.PriceAdjustment> prices = RefundComponentTable.priceAdjustments(line);
    assertThat(prices).extracting(OrderAdjustment.PriceAdjustment::type, OrderAdjustment.PriceAdjustment::amount)
        .containsExactly(
            tuple(PriceComponent.PRINCIPAL, usd("20.00")),
            tuple(PriceComponent.SHIPPING, usd("5.00")),
            tuple(PriceComponent.TAX, usd("1.90")),
            tuple(PriceComponent.SHIPPING_TAX, usd("0.40")),
            tuple(PriceComponent.GIFT_WRAP, usd("1.00")),
            tuple(PriceComponent.GIFT_WRAP_TAX, usd("0.10")));
    OrderAdjustment.PromotionAdjustment promotion = RefundComponentTable.promotionAdjustment(line).orElseThrow();
    assertThat(promotion.components()).extracting(OrderAdjustment.PromotionAmount::type,
        OrderAdjustment.PromotionAmount::amount).containsExactly(
            tuple(OrderAdjustment.PromotionComponent.PRINCIPAL, usd("-1.00")),
            tuple(OrderAdjustment.PromotionComponent.SHIPPING, usd("-1.00")));
    Money total = usd("0.00");
    for (OrderAdjustment.PriceAdjustment p : prices) {
      total = total.plus(p.amount());
    }
    for (OrderAdjustment.PromotionAmount p : promotion.components()) {
      total = total.plus(p.amount());
    }
    assertThat(total).isEqualTo(line.amount());
  }
}
