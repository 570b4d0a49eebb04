package io.github.orderly.workflow;

import io.github.orderly.money.Money;
import io.github.orderly.order.ChargeComponent;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Refund;
import io.github.orderly.order.RefundLine;

/**
 * What a line was charged for each {@link ChargeComponent} and what refunds gave back of it (R13, R14).
 *
 * <p>A line that itemises its charge was charged its components. A line that does not is read as charging
 * {@link ChargeComponent#ITEM_PRICE} (its item subtotal), {@link ChargeComponent#SHIPPING} (its shipping),
 * {@link ChargeComponent#ITEM_TAX} (its tax) and {@link ChargeComponent#PROMOTION_DISCOUNT} (its discount).
 * A refund line without components gives back no component in particular: only its amount counts, against
 * the line's charge.
 */
final class RefundComponents {
  private RefundComponents() {}

  /** What the line was charged for a component; zero when it was not. */
  static Money chargedFor(OrderLine line, ChargeComponent component) {
    if (!line.components().isEmpty()) {
      return line.component(component);
    }
    return switch (component) {
      case ITEM_PRICE -> line.itemSubtotal();
      case SHIPPING -> line.shippingCharge();
      case ITEM_TAX -> line.tax();
      case PROMOTION_DISCOUNT -> line.discount();
      case SHIPPING_TAX, SHIPPING_DISCOUNT, SHIPPING_DISCOUNT_TAX, PROMOTION_DISCOUNT_TAX, GIFT_WRAP,
          GIFT_WRAP_TAX, COD_FEE, COD_FEE_DISCOUNT -> Money.zero(line.unitPrice().currency());
    };
  }

  /** What the refunds that count (R19) gave back of a component of a line, by their components. */
  static Money refundedOf(Order order, LineId lineId, ChargeComponent component) {
    Money sum = Money.zero(order.currency());
    for (Refund refund : order.refunds()) {
      if (refund.state().counts()) {
        for (RefundLine rl : refund.lines()) {
          if (rl.lineId().equals(lineId)) {
            sum = sum.plus(rl.component(component));
          }
        }
      }
    }
    return sum;
  }

  /** What is left to give back of a component of a line: charged less refunded, never negative. */
  static Money left(Order order, OrderLine line, ChargeComponent component) {
    Money left = chargedFor(line, component).minus(refundedOf(order, line.id(), component));
    return left.isNegative() ? Money.zero(left.currency()) : left;
  }
}
