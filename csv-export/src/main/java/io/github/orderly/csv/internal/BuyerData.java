package io.github.orderly.csv.internal;

import io.github.orderly.csv.PersonalData;
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
 *   <tr><th>State</th><th>name and address</th><th>phone</th></tr>
 *   <tr><td>order pending or cancelled</td><td>no</td><td>no</td></tr>
 *   <tr><td>line placed, preparing to ship, shipped, in transit, out for delivery</td><td>yes</td><td>yes</td></tr>
 *   <tr><td>line delivered, unable to deliver, return started, returning, returned, return failed,
 *       or cancelled on its own</td><td>yes</td><td>no</td></tr>
 *   <tr><td>export redacted</td><td>no</td><td>no</td></tr>
 * </table>
 */
public final class BuyerData {
  /** The item statuses of a line still being fulfilled: the only ones whose rows show the phone. */
  public static final Set<ItemStatus> PHONE_WHILE = Collections.unmodifiableSet(EnumSet.of(
      ItemStatus.ORDER_PLACED, ItemStatus.PREPARING_TO_SHIP, ItemStatus.SHIPPED, ItemStatus.IN_TRANSIT,
      ItemStatus.OUT_FOR_DELIVERY));

  /** The order statuses whose orders show no buyer name or address (seed 001). */
  public static final Set<OrderStatus> NO_BUYER_DATA = Collections.unmodifiableSet(EnumSet.of(
      OrderStatus.PENDING, OrderStatus.CANCELLED));

  private BuyerData() {}

  /**
   * Returns whether a row may show a value of the given kind.
   *
   * @param kind what the column says about the buyer
   * @param order the order
   * @param line the row's line
   * @param redacted whether the export drops all buyer personal data
   * @return true if the value may be written
   */
  public static boolean shows(PersonalData kind, Order order, OrderLine line, boolean redacted) {
    return switch (kind) {
      case NONE -> true;
      case BUYER_IDENTITY -> !redacted && !NO_BUYER_DATA.contains(order.status());
      case BUYER_PHONE -> !redacted && !NO_BUYER_DATA.contains(order.status())
          && PHONE_WHILE.contains(line.itemStatus());
    };
  }
}
