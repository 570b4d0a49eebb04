package io.github.orderly.csv;

import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an export may show the buyer's personal data (R49): the one place this is decided.
 *
 * <table>
 *   <caption>Personal data shown, by state</caption>
 *   <tr><th>state</th><th>name and address</th><th>phone</th></tr>
 *   <tr><td>order pending, pending availability (R52) or cancelled</td><td>no</td><td>no</td></tr>
 *   <tr><td>order fulfilled by the marketplace, any line</td><td>yes</td><td>no</td></tr>
 *   <tr><td>seller-fulfilled order, line being fulfilled: order placed, preparing to ship, shipped, in
 *       transit, out for delivery</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>seller-fulfilled order, line delivered, unable to deliver, return started, returning,
 *       returned, return failed, unfulfilled or unable to fulfill</td><td>yes</td><td>no</td></tr>
 *   <tr><td>export redacted</td><td>no</td><td>no</td></tr>
 * </table>
 */
final class BuyerData {
  /** The order statuses whose orders show no buyer name, address or phone. */
  static final Set<OrderStatus> NO_BUYER_DATA = Collections.unmodifiableSet(EnumSet.of(
      OrderStatus.PENDING, OrderStatus.PENDING_AVAILABILITY, OrderStatus.CANCELLED));

  /**
   * The item statuses of a line still being fulfilled by the seller: from the order to delivery. The
   * phone connects to the buyer during this period only; it ends with delivery, or when the line no
   * longer ships (cancelled, could not be delivered).
   */
  static final Set<ItemStatus> FULFILMENT_PERIOD = Collections.unmodifiableSet(EnumSet.of(
      ItemStatus.ORDER_PLACED, ItemStatus.PREPARING_TO_SHIP, ItemStatus.SHIPPED, ItemStatus.IN_TRANSIT,
      ItemStatus.OUT_FOR_DELIVERY));

  private BuyerData() {}

  /** Returns the item statuses at which a line of an order fulfilled this way shows the buyer's phone. */
  static Set<ItemStatus> phoneShownWhile(FulfilmentChannel channel) {
    return switch (channel) {
      case SELLER -> FULFILMENT_PERIOD;
      case MARKETPLACE -> Set.of();
    };
  }

  /**
   * Returns whether the rows of an order may show the buyer's name and delivery address.
   *
   * @param order the order
   * @param redacted whether the export drops all buyer personal data
   * @return true if they may be written
   */
  static boolean showsIdentity(Order order, boolean redacted) {
    return !redacted && !NO_BUYER_DATA.contains(order.status());
  }

  /**
   * Returns whether a row may show the buyer's phone, given that it may show the name and address.
   *
   * @param order the order
   * @param line the row's line
   * @return true if the phone may be written
   */
  static boolean showsPhone(Order order, OrderLine line) {
    return phoneShownWhile(order.fulfilmentChannel()).contains(line.itemStatus());
  }
}
