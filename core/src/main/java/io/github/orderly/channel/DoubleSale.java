package io.github.orderly.channel;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Sku;
import io.github.orderly.status.OrderStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A SKU sold to more buyers than there are units (R17), with its cause and the orders that cannot be
 * filled: the fix is to cancel those.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sku the SKU
 * @param onHand units on hand
 * @param demanded units the open orders still need
 * @param cause duplicate listings, or a quantity raised while a sale was pending
 * @param cannotFill the orders to cancel, newest first
 */
public record DoubleSale(
    @JsonProperty("sku") Sku sku,
    @JsonProperty("onHand") int onHand,
    @JsonProperty("demanded") int demanded,
    @JsonProperty("cause") Cause cause,
    @JsonProperty("cannotFill") List<OrderId> cannotFill) {
  /**
   * How a listing came to be sold twice (R17).
   *
   * <p>Immutable and thread-safe.
   */
  public enum Cause {
    /** Two or more listings (different listing ids) sell the same stock. */
    DUPLICATE_LISTINGS,
    /** One listing (same listing id) whose quantity was raised while a sale was pending. */
    QUANTITY_RAISED_WHILE_PENDING
  }

  /** Checks the values. */
  public DoubleSale {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(cause, "cause");
    cannotFill = List.copyOf(Objects.requireNonNull(cannotFill, "cannotFill"));
  }

  /**
   * Finds the double sales among open orders. Orders are filled oldest first (by purchase instant, then
   * order id); an order with a line of the SKU that cannot be filled in full goes on the list to cancel.
   * Pending, unshipped and partly shipped orders are open; cancelled and shipped ones are not.
   *
   * @param orders the orders to examine, in any order
   * @param catalogue the host's catalogue, for units on hand (a missing item has none)
   * @return one entry per oversold SKU, by SKU
   */
  public static List<DoubleSale> find(Collection<Order> orders, Catalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    List<Order> open = orders.stream()
        .filter(o -> o.status() != OrderStatus.CANCELLED && o.status() != OrderStatus.SHIPPED
            && o.status() != OrderStatus.INVOICE_UNCONFIRMED)
        .sorted(Comparator.comparing(Order::purchasedAt).thenComparing(Order::id))
        .toList();
    Map<Sku, List<Order>> bySku = new LinkedHashMap<>();
    for (Order order : open) {
      for (OrderLine line : order.lines()) {
        if (!line.itemStatus().isCancelled() && line.quantityUnshipped() > 0) {
          List<Order> list = bySku.computeIfAbsent(line.sku(), s -> new ArrayList<>());
          if (list.isEmpty() || list.get(list.size() - 1) != order) {
            list.add(order);
          }
        }
      }
    }
    List<DoubleSale> found = new ArrayList<>();
    for (Map.Entry<Sku, List<Order>> e : bySku.entrySet()) {
      Sku sku = e.getKey();
      int onHand = catalogue.find(sku).map(CatalogueItem::onHand).orElse(0);
      int left = onHand;
      int demanded = 0;
      Set<Object> listings = new HashSet<>();
      List<OrderId> cannotFill = new ArrayList<>();
      for (Order order : e.getValue()) {
        int need = 0;
        for (OrderLine line : order.lines()) {
          if (line.sku().equals(sku) && !line.itemStatus().isCancelled()) {
            need += line.quantityUnshipped();
            listings.add(line.listingId());
          }
        }
        demanded += need;
        if (need <= left) {
          left -= need;
        } else {
          cannotFill.add(0, order.id());
        }
      }
      if (demanded > onHand) {
        found.add(new DoubleSale(sku, onHand, demanded,
            listings.size() > 1 ? Cause.DUPLICATE_LISTINGS : Cause.QUANTITY_RAISED_WHILE_PENDING, cannotFill));
      }
    }
    found.sort(Comparator.comparing(DoubleSale::sku));
    return List.copyOf(found);
  }
}
