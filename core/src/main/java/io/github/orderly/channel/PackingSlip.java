package io.github.orderly.channel;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.OrderSubtype;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a packing slip shows (R21, R23): business orders need one, with the buyer's purchase-order
 * number when present; personalised lines carry the buyer's customisation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param orderId the order
 * @param business whether it is a business order, which requires a slip
 * @param purchaseOrder the buyer's PO number, printed when present
 * @param items one entry per line still to ship
 */
public record PackingSlip(
    @JsonProperty("orderId") OrderId orderId,
    @JsonProperty("business") boolean business,
    @JsonProperty("purchaseOrder") Optional<String> purchaseOrder,
    @JsonProperty("items") List<Item> items) {
  /**
   * One line on the slip.
   *
   * <p>Immutable and thread-safe.
   *
   * @param sku the SKU
   * @param title the title
   * @param quantity the units to pack
   * @param customization the buyer's personalisation, if any (R23)
   */
  public record Item(
      @JsonProperty("sku") String sku,
      @JsonProperty("title") String title,
      @JsonProperty("quantity") int quantity,
      @JsonProperty("customization") Optional<String> customization) {
    /** Checks the values. */
    public Item {
      Objects.requireNonNull(sku, "sku");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(customization, "customization");
    }
  }

  /** Checks the values. */
  public PackingSlip {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(purchaseOrder, "purchaseOrder");
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }

  /**
   * Returns the slip for the units of an order still to ship.
   *
   * @param order the order
   * @return the slip
   */
  public static PackingSlip of(Order order) {
    List<Item> items = order.lines().stream()
        .filter(l -> !l.itemStatus().isCancelled() && l.quantityUnshipped() > 0)
        .map(PackingSlip::item)
        .toList();
    return new PackingSlip(order.id(), isRequired(order), order.businessPurchaseOrder(), items);
  }

  /**
   * Returns whether the order needs a packing slip: every business order does (R21).
   *
   * @param order the order
   * @return true for Business and Business Prime orders
   */
  public static boolean isRequired(Order order) {
    return order.subtypes().stream().anyMatch(OrderSubtype::isBusiness);
  }

  private static Item item(OrderLine line) {
    return new Item(line.sku().value(), line.title(), line.quantityUnshipped(), line.customization());
  }
}
