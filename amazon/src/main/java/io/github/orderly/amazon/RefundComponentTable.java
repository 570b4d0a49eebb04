package io.github.orderly.amazon;

import io.github.orderly.money.Money;
import io.github.orderly.order.ChargeComponent;
import io.github.orderly.order.RefundLine;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one table from Orderly's {@link ChargeComponent} to the payment adjustment feed's components: where each
 * component of a refund line is written, and with which sign. A charge given back is a positive item price
 * component; a discount is a negative promotion component (its {@code Principal} or {@code Shipping}); the tax
 * of a discount and the COD fee discount have no promotion component, so they are taken off the matching item
 * price component. Immutable and thread-safe.
 */
final class RefundComponentTable {
  private RefundComponentTable() {}

  /**
   * Where a component goes: an item price component or a promotion component, and whether it is taken off.
   *
   * @param price the item price component, or null when a promotion component
   * @param promotion the promotion component, or null when an item price component
   * @param takenOff whether the amount is written negative
   */
  record Target(PriceComponent price, OrderAdjustment.PromotionComponent promotion, boolean takenOff) {
    static Target price(PriceComponent price) {
      return new Target(price, null, false);
    }

    static Target priceOff(PriceComponent price) {
      return new Target(price, null, true);
    }

    static Target promotionOff(OrderAdjustment.PromotionComponent promotion) {
      return new Target(null, promotion, true);
    }
  }

  /** The table, one row per component. */
  static final Map<ChargeComponent, Target> TABLE = table();

  private static Map<ChargeComponent, Target> table() {
    Map<ChargeComponent, Target> t = new EnumMap<>(ChargeComponent.class);
    for (ChargeComponent c : ChargeComponent.values()) {
      t.put(c, switch (c) {
        case ITEM_PRICE -> Target.price(PriceComponent.PRINCIPAL);
        case ITEM_TAX -> Target.price(PriceComponent.TAX);
        case SHIPPING -> Target.price(PriceComponent.SHIPPING);
        case SHIPPING_TAX -> Target.price(PriceComponent.SHIPPING_TAX);
        case GIFT_WRAP -> Target.price(PriceComponent.GIFT_WRAP);
        case GIFT_WRAP_TAX -> Target.price(PriceComponent.GIFT_WRAP_TAX);
        case COD_FEE -> Target.price(PriceComponent.COD);
        case PROMOTION_DISCOUNT -> Target.promotionOff(OrderAdjustment.PromotionComponent.PRINCIPAL);
        case SHIPPING_DISCOUNT -> Target.promotionOff(OrderAdjustment.PromotionComponent.SHIPPING);
        case PROMOTION_DISCOUNT_TAX -> Target.priceOff(PriceComponent.TAX);
        case SHIPPING_DISCOUNT_TAX -> Target.priceOff(PriceComponent.SHIPPING_TAX);
        case COD_FEE_DISCOUNT -> Target.priceOff(PriceComponent.COD);
      });
    }
    return Map.copyOf(t);
  }

  /**
   * The item price components of a refund line: its named components by the table, amounts of one feed
   * component added up, zeros left out; one {@code Principal} of the whole amount without components.
   */
  static List<OrderAdjustment.PriceAdjustment> priceAdjustments(RefundLine line) {
    if (line.components().isEmpty()) {
      return List.of(new OrderAdjustment.PriceAdjustment(PriceComponent.PRINCIPAL, line.amount()));
    }
    Map<PriceComponent, Money> sums = new EnumMap<>(PriceComponent.class);
    for (Map.Entry<ChargeComponent, Money> e : line.components().entrySet()) {
      Target t = TABLE.get(e.getKey());
      if (t.price() != null) {
        sums.merge(t.price(), signed(t, e.getValue()), Money::plus);
      }
    }
    List<OrderAdjustment.PriceAdjustment> out = new ArrayList<>();
    sums.forEach((c, m) -> {
      if (!m.isZero()) {
        out.add(new OrderAdjustment.PriceAdjustment(c, m));
      }
    });
    return List.copyOf(out);
  }

  /** The promotion adjustment of a refund line's discounts, negative; empty when it names no discount. */
  static Optional<OrderAdjustment.PromotionAdjustment> promotionAdjustment(RefundLine line) {
    Map<OrderAdjustment.PromotionComponent, Money> sums = new EnumMap<>(OrderAdjustment.PromotionComponent.class);
    for (Map.Entry<ChargeComponent, Money> e : line.components().entrySet()) {
      Target t = TABLE.get(e.getKey());
      if (t.promotion() != null) {
        sums.merge(t.promotion(), signed(t, e.getValue()), Money::plus);
      }
    }
    if (sums.isEmpty()) {
      return Optional.empty();
    }
    List<OrderAdjustment.PromotionAmount> amounts = new ArrayList<>();
    sums.forEach((c, m) -> amounts.add(new OrderAdjustment.PromotionAmount(c, m)));
    return Optional.of(new OrderAdjustment.PromotionAdjustment(Optional.empty(), Optional.empty(),
        List.copyOf(amounts)));
  }

  private static Money signed(Target t, Money m) {
    return t.takenOff() ? Money.zero(m.currency()).minus(m) : m;
  }
}
