package io.github.orderly.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.money.Money;
import io.github.orderly.order.ChargeComponent;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.PaymentMethod;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The generators itemise some lines' charges (R13), consistently, and leave the others unitemised. */
class OrderGeneratorComponentsR13Test {
  private static final OrderGenerator ORDERS = OrderGenerator.standard();

  @Test
  @DisplayName("R13: an itemised generated line has its item price as subtotal, non-negative components of the"
      + " currency's scale, no discount above what it discounts, a COD fee only on COD orders, a positive charge")
  void itemisedGeneratedLinesAreConsistent() {
    Property.named("itemised generated lines are consistent")
        .withTries(Property.configuredTries(1_000))
        .check(ORDERS, order -> {
          for (OrderLine line : order.lines()) {
            Map<ChargeComponent, Money> c = line.components();
            if (c.isEmpty()) {
              continue;
            }
            int scale = line.unitPrice().currency().getDefaultFractionDigits();
            assertThat(c.values()).allSatisfy(m -> {
              assertThat(m.isNegative()).isFalse();
              assertThat(m.amount().scale()).isEqualTo(scale);
            });
            assertThat(c.get(ChargeComponent.ITEM_PRICE)).isEqualTo(line.itemSubtotal());
            assertThat(notAbove(line, ChargeComponent.PROMOTION_DISCOUNT, ChargeComponent.ITEM_PRICE)).isTrue();
            assertThat(notAbove(line, ChargeComponent.PROMOTION_DISCOUNT_TAX, ChargeComponent.ITEM_TAX)).isTrue();
            assertThat(notAbove(line, ChargeComponent.SHIPPING_DISCOUNT, ChargeComponent.SHIPPING)).isTrue();
            assertThat(notAbove(line, ChargeComponent.SHIPPING_DISCOUNT_TAX, ChargeComponent.SHIPPING_TAX)).isTrue();
            assertThat(notAbove(line, ChargeComponent.COD_FEE_DISCOUNT, ChargeComponent.COD_FEE)).isTrue();
            if (c.containsKey(ChargeComponent.COD_FEE)) {
              assertThat(order.paymentMethod()).isEqualTo(PaymentMethod.CASH_ON_DELIVERY);
            }
            assertThat(line.charge().isPositive()).isTrue();
          }
        });
  }

  @Test
  @DisplayName("R13: some generated lines are itemised, with gift wrap and COD fees among them, and others not")
  void someLinesAreItemisedAndOthersNot() {
    SplittableRandom random = new SplittableRandom(13);
    int itemised = 0;
    int plain = 0;
    int giftWrap = 0;
    int codFee = 0;
    for (int i = 0; i < 300; i++) {
      Order order = ORDERS.next(random);
      for (OrderLine line : order.lines()) {
        if (line.components().isEmpty()) {
          plain++;
        } else {
          itemised++;
          giftWrap += line.components().containsKey(ChargeComponent.GIFT_WRAP) ? 1 : 0;
          codFee += line.components().containsKey(ChargeComponent.COD_FEE) ? 1 : 0;
        }
      }
    }
    assertThat(itemised).isPositive();
    assertThat(plain).isGreaterThan(itemised);
    assertThat(giftWrap).isPositive();
    assertThat(codFee).isPositive();
  }

  private static boolean notAbove(OrderLine line, ChargeComponent discount, ChargeComponent discounted) {
    return line.component(discount).compareTo(line.component(discounted)) <= 0;
  }
}
