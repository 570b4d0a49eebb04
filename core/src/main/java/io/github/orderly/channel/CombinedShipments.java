package io.github.orderly.channel;

import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.status.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Orders to the same address shipped together (R15). Each order is still confirmed on its own; the
 * buyer is refunded the shipping the combination saved.
 *
 * <p>Stateless and thread-safe: it has static methods only.
 */
public final class CombinedShipments {
  private CombinedShipments() {}

  /**
   * Groups unshipped orders that could ship together: same marketplace, same currency, same delivery
   * address (an order whose address is not known yet joins no group). Only groups of two or more are returned, each sorted by purchase instant then order id.
   *
   * @param orders the orders to examine
   * @return the groups, by the first order's purchase instant
   */
  public static List<List<Order>> groups(Collection<Order> orders) {
    Map<List<Object>, List<Order>> byKey = new LinkedHashMap<>();
    orders.stream()
        .filter(o -> o.status() == OrderStatus.UNSHIPPED && o.deliveryAddress().isPresent())
        .sorted(Comparator.comparing(Order::purchasedAt).thenComparing(Order::id))
        .forEach(o -> byKey.computeIfAbsent(key(o), k -> new ArrayList<>()).add(o));
    return byKey.values().stream().filter(g -> g.size() > 1).map(List::copyOf).toList();
  }

  /**
   * Returns what each order of a combined shipment gets back: the shipping charged to the buyer less the
   * actual cost of the one combined parcel, shared in proportion to each order's shipping charge. Shares
   * are cut at the currency's scale and the cents left over go to the first order, so the refunds add
   * up exactly to the saving. Nothing is refunded when the combined parcel cost as much as was charged.
   *
   * @param group orders of one group (same currency)
   * @param actualCost what the combined parcel cost the seller
   * @return refund per order, in group order; an order whose share is zero is left out
   * @throws io.github.orderly.money.CurrencyMismatchException if the currencies differ
   */
  public static Map<OrderId, Money> shippingSaved(List<Order> group, Money actualCost) {
    Objects.requireNonNull(actualCost, "actualCost");
    if (group.isEmpty()) {
      return Map.of();
    }
    List<Money> charged = new ArrayList<>();
    Money total = Money.zero(actualCost.currency());
    for (Order order : group) {
      Money shipping = Money.zero(actualCost.currency());
      for (OrderLine line : order.lines()) {
        shipping = shipping.plus(line.shippingCharge());
      }
      charged.add(shipping);
      total = total.plus(shipping);
    }
    Money saved = total.minus(actualCost);
    Map<OrderId, Money> refunds = new LinkedHashMap<>();
    if (!saved.isPositive()) {
      return refunds;
    }
    int scale = actualCost.currency().getDefaultFractionDigits();
    Money allotted = Money.zero(actualCost.currency());
    List<Money> shares = new ArrayList<>();
    for (Money c : charged) {
      BigDecimal share = saved.amount().multiply(c.amount()).divide(total.amount(), scale, RoundingMode.DOWN);
      Money m = Money.of(share, actualCost.currency());
      shares.add(m);
      allotted = allotted.plus(m);
    }
    shares.set(0, shares.get(0).plus(saved.minus(allotted)));
    for (int i = 0; i < group.size(); i++) {
      if (shares.get(i).isPositive()) {
        refunds.put(group.get(i).id(), shares.get(i));
      }
    }
    return refunds;
  }

  private static List<Object> key(Order o) {
    Address a = o.deliveryAddress().orElseThrow();
    return List.of(o.marketplace(), o.currency(), a);
  }
}
