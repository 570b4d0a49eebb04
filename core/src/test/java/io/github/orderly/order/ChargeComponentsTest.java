package io.github.orderly.order;

import static io.github.orderly.order.TestOrders.line;
import static io.github.orderly.order.TestOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.json.OrderlyJson;
import io.github.orderly.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A line itemised by {@link ChargeComponent}: the old accessors are the sums of their components and the
 * charge stays exact (R13: no refund can exceed it).
 */
class ChargeComponentsTest {
  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  private static OrderLine.Builder itemised() {
    return line("1", "10.00")
        .putComponent(ChargeComponent.ITEM_PRICE, usd("20.00"))
        .putComponent(ChargeComponent.ITEM_TAX, usd("1.60"))
        .putComponent(ChargeComponent.SHIPPING, usd("4.99"))
        .putComponent(ChargeComponent.SHIPPING_TAX, usd("0.40"))
        .putComponent(ChargeComponent.SHIPPING_DISCOUNT, usd("4.99"))
        .putComponent(ChargeComponent.PROMOTION_DISCOUNT, usd("2.00"))
        .putComponent(ChargeComponent.GIFT_WRAP, usd("3.49"))
        .putComponent(ChargeComponent.GIFT_WRAP_TAX, usd("0.28"));
  }

  @Test
  @DisplayName("R13: given an itemised line, then shipping, tax, discount and fees are the sums of their components"
      + " and the charge is exact")
  void accessorsAreSumsOfComponents_andChargeIsExact() {
    OrderLine l = itemised().build();
    assertThat(l.shippingCharge()).isEqualTo(usd("4.99"));
    assertThat(l.tax()).isEqualTo(usd("2.28"));
    assertThat(l.discount()).isEqualTo(usd("6.99"));
    assertThat(l.fees()).isEqualTo(usd("3.49"));
    // 20.00 + 4.99 + 2.28 + 3.49 - 6.99
    assertThat(l.charge()).isEqualTo(usd("23.77"));
    assertThat(l.component(ChargeComponent.GIFT_WRAP_TAX)).isEqualTo(usd("0.28"));
    assertThat(l.component(ChargeComponent.COD_FEE)).isEqualTo(usd("0.00"));
  }

  @Test
  @DisplayName("R13: a line without components charges as before and writes no components")
  void lineWithoutComponents_chargesAsBefore() {
    OrderLine l = line("1", "10.00").shippingCharge(usd("4.00")).tax(usd("1.00")).discount(usd("0.50")).build();
    assertThat(l.components()).isEmpty();
    assertThat(l.fees()).isEqualTo(usd("0.00"));
    assertThat(l.charge()).isEqualTo(usd("24.50"));
    assertThat(OrderlyJson.write(order().lines(java.util.List.of(l)).build())).doesNotContain("components");
  }

  @Test
  @DisplayName("R13: an order with itemised lines reads back from JSON exactly, and JSON without components reads")
  void itemisedOrder_roundTripsThroughJson() {
    Order o = order().lines(java.util.List.of(itemised().build())).build();
    String json = OrderlyJson.write(o);
    assertThat(json).contains("\"components\":{").contains("\"GIFT_WRAP_TAX\":");
    Order read = OrderlyJson.read(json, Order.class);
    assertThat(read).isEqualTo(o);
    assertThat(read.lines().get(0).charge()).isEqualTo(usd("23.77"));
  }

  @Test
  @DisplayName("R13: a set accessor that differs from the sum of its components is refused, naming field and value")
  void accessorDifferentFromComponents_isRefused() {
    assertThatThrownBy(() -> itemised().tax(usd("2.00")).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("line.tax = 'USD 2.00': must equal the sum of its components 'USD 2.28' when the line has"
            + " components");
    assertThatThrownBy(() -> line("1", "10.00").shippingCharge(usd("1.00"))
        .putComponent(ChargeComponent.GIFT_WRAP, usd("1.00")).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("line.shippingCharge = 'USD 1.00': must equal the sum of its components 'USD 0.00' when the"
            + " line has components");
  }

  @Test
  @DisplayName("R13: a negative component (a discount written as a charge), another currency or a wrong item price"
      + " is refused")
  void badComponents_areRefused() {
    assertThatThrownBy(() -> line("1", "10.00").putComponent(ChargeComponent.PROMOTION_DISCOUNT, usd("-1.00"))
        .build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("line.components[PROMOTION_DISCOUNT] = 'USD -1.00': must not be negative");
    assertThatThrownBy(() -> line("1", "10.00").putComponent(ChargeComponent.GIFT_WRAP, Money.of("1.00", "EUR"))
        .build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("line.components[GIFT_WRAP] = 'EUR 1.00': currency must be USD like unitPrice");
    assertThatThrownBy(() -> line("1", "10.00").putComponent(ChargeComponent.ITEM_PRICE, usd("10.00")).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("line.components[ITEM_PRICE] = 'USD 10.00': must equal unit price times quantity ordered"
            + " 'USD 20.00'");
  }

  @Test
  @DisplayName("R13: discount components larger than the rest of the charge are refused")
  void discountAboveCharge_isRefused() {
    assertThatThrownBy(() -> line("1", "10.00").putComponent(ChargeComponent.PROMOTION_DISCOUNT, usd("25.00"))
        .build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("line.discount = 'USD 25.00': must not exceed item subtotal plus shipping, tax and fees"
            + " 'USD 20.00'");
  }
}
