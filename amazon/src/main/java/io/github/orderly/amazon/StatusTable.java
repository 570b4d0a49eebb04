package io.github.orderly.amazon;

import io.github.orderly.Rule;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The status mapping of both Orders API versions as one table: a row per API status, saying which units may
 * have shipped, the item and payment status of each line, what else the order carries, the Orderly status the
 * lines derive (R41) and what the order shows back. {@link AmazonOrders} reads every status decision from here;
 * {@code docs/amazon.md} renders it ({@link #render()}), and a test maps a payload of every status and compares
 * the order with its row.
 *
 * <p>Immutable and thread-safe.
 */
final class StatusTable {
  /** Which units of an item the API status allows as shipped. */
  enum Units {
    /** Nothing shipped: every item's shipped quantity is 0. */
    NONE("none"),
    /** Some units shipped and some not, over the whole order; any number per item. */
    SOME_NOT_ALL("some, not all"),
    /** Every unit of every item shipped. */
    ALL("all");

    private final String label;

    Units(String label) {
      this.label = label;
    }
  }

  /** What the order carries beyond its lines' statuses. */
  enum Consequence {
    /** Nothing more; the buyer's cancellation requests are kept. */
    NONE("the buyer's cancellation requests " + Rule.R10.cite(), false),
    /** Cancelled by the marketplace, the reason not given. */
    CANCELLED_REASON_NOT_GIVEN("cancelled by the marketplace, reason not given", true),
    /** Cancelled by the marketplace because it cannot fulfil the order (R18). */
    CANCELLED_CANNOT_FULFIL("cancelled by the marketplace, cannot fulfil " + Rule.R18.cite(), true),
    /** Shipped, the marketplace waiting for the seller to confirm the invoice (R53). */
    INVOICE_REQUIRED("an invoice confirmation required, not given " + Rule.R53.cite()
        + "; the buyer's cancellation requests", false);

    private final String label;
    private final boolean cancels;

    Consequence(String label, boolean cancels) {
      this.label = label;
      this.cancels = cancels;
    }

    /** Returns whether the order is cancelled (and so carries no open cancellation request). */
    boolean cancels() {
      return cancels;
    }
  }

  /**
   * One API status.
   *
   * @param v0 the v0 status
   * @param v2026 the 2026-01-01 status of the same meaning, empty if that version has none
   * @param v2026Shown the 2026-01-01 status an order of this row shows
   * @param units the units that may have shipped
   * @param unshippedItem the item status of a line with no unit shipped; empty when every unit shipped
   * @param payment the payment status of every line
   * @param priceOptional whether an item may come without a price (nothing is charged yet, or any more)
   * @param marketplaceFulfilledOnly whether only a marketplace-fulfilled order can have this status
   * @param consequence what else the order carries
   * @param derived the Orderly status the lines derive (R41)
   * @param shownWhen when several rows derive the same status: the item status a line must have for this row
   *     to be shown back; empty for the row shown otherwise
   */
  record Row(OrdersV0.OrderStatus v0, Optional<Orders2026.FulfillmentStatus> v2026,
      Orders2026.FulfillmentStatus v2026Shown, Units units, Optional<ItemStatus> unshippedItem,
      PaymentStatus payment, boolean priceOptional, boolean marketplaceFulfilledOnly, Consequence consequence,
      OrderStatus derived, Optional<ItemStatus> shownWhen) {
    /** The item status of a line with units shipped: Shipped, whatever the row; empty when none may ship. */
    Optional<ItemStatus> shippedItem() {
      return units == Units.NONE ? Optional.empty() : Optional.of(ItemStatus.SHIPPED);
    }

    /** Returns the item status of a line with the units shipped. */
    ItemStatus item(int shipped) {
      return shipped > 0 ? ItemStatus.SHIPPED : unshippedItem.orElseThrow();
    }
  }

  private static final Map<OrdersV0.OrderStatus, Row> ROWS = new LinkedHashMap<>();

  static {
    // In the order of a standard order's life; a pre-order first (R52), the two cancelled statuses last.
    add(OrdersV0.OrderStatus.PENDING_AVAILABILITY, Orders2026.FulfillmentStatus.PENDING_AVAILABILITY, Units.NONE,
        ItemStatus.AWAITING_RELEASE, PaymentStatus.PAYMENT_PROCESSING, true, false, Consequence.NONE,
        OrderStatus.PENDING_AVAILABILITY, null);
    add(OrdersV0.OrderStatus.PENDING, Orders2026.FulfillmentStatus.PENDING, Units.NONE, ItemStatus.ORDER_PLACED,
        PaymentStatus.PAYMENT_PROCESSING, true, false, Consequence.NONE, OrderStatus.PENDING, null);
    add(OrdersV0.OrderStatus.UNSHIPPED, Orders2026.FulfillmentStatus.UNSHIPPED, Units.NONE, ItemStatus.ORDER_PLACED,
        PaymentStatus.AUTHORIZED, false, false, Consequence.NONE, OrderStatus.UNSHIPPED, null);
    add(OrdersV0.OrderStatus.PARTIALLY_SHIPPED, Orders2026.FulfillmentStatus.PARTIALLY_SHIPPED, Units.SOME_NOT_ALL,
        ItemStatus.ORDER_PLACED, PaymentStatus.PAID, false, false, Consequence.NONE, OrderStatus.PARTIALLY_SHIPPED,
        null);
    add(OrdersV0.OrderStatus.SHIPPED, Orders2026.FulfillmentStatus.SHIPPED, Units.ALL, null, PaymentStatus.PAID,
        false, false, Consequence.NONE, OrderStatus.SHIPPED, null);
    add(OrdersV0.OrderStatus.INVOICE_UNCONFIRMED, null, Units.ALL, null, PaymentStatus.PAID, false, false,
        Consequence.INVOICE_REQUIRED, OrderStatus.INVOICE_UNCONFIRMED, null);
    add(OrdersV0.OrderStatus.CANCELED, Orders2026.FulfillmentStatus.CANCELLED, Units.NONE, ItemStatus.UNFULFILLED,
        PaymentStatus.NOT_CHARGED, true, false, Consequence.CANCELLED_REASON_NOT_GIVEN, OrderStatus.CANCELLED, null);
    add(OrdersV0.OrderStatus.UNFULFILLABLE, Orders2026.FulfillmentStatus.UNFULFILLABLE, Units.NONE,
        ItemStatus.UNABLE_TO_FULFILL, PaymentStatus.NOT_CHARGED, true, true, Consequence.CANCELLED_CANNOT_FULFIL,
        OrderStatus.CANCELLED, ItemStatus.UNABLE_TO_FULFILL);
  }

  private StatusTable() {}

  private static void add(OrdersV0.OrderStatus v0, Orders2026.FulfillmentStatus v2026, Units units,
      ItemStatus unshippedItem, PaymentStatus payment, boolean priceOptional, boolean marketplaceFulfilledOnly,
      Consequence consequence, OrderStatus derived, ItemStatus shownWhen) {
    // A status 2026-01-01 lacks shows as the one of its row's derived status without its consequence: Shipped.
    Orders2026.FulfillmentStatus shown = v2026 != null ? v2026 : Orders2026.FulfillmentStatus.SHIPPED;
    ROWS.put(v0, new Row(v0, Optional.ofNullable(v2026), shown, units, Optional.ofNullable(unshippedItem), payment,
        priceOptional, marketplaceFulfilledOnly, consequence, derived, Optional.ofNullable(shownWhen)));
  }

  /** Returns the rows, in the table's order. */
  static List<Row> rows() {
    return List.copyOf(ROWS.values());
  }

  /** Returns the row of a v0 status. */
  static Row of(OrdersV0.OrderStatus status) {
    return ROWS.get(Objects.requireNonNull(status, "status"));
  }

  /** Returns the row of a 2026-01-01 status. */
  static Row of(Orders2026.FulfillmentStatus status) {
    Objects.requireNonNull(status, "status");
    for (Row row : ROWS.values()) {
      if (row.v2026().orElse(null) == status) {
        return row;
      }
    }
    throw new IllegalStateException("no row for " + status);
  }

  /**
   * Returns the row an Orderly order shows back: the one of its derived status whose {@code shownWhen} item
   * status a line has, else the one of its derived status without {@code shownWhen}.
   */
  static Row shown(Order order) {
    Row fallback = null;
    for (Row row : ROWS.values()) {
      if (row.derived() != order.status()) {
        continue;
      }
      if (row.shownWhen().isEmpty()) {
        fallback = row;
      } else if (hasLine(order, row.shownWhen().get())) {
        return row;
      }
    }
    return Objects.requireNonNull(fallback, "a row shown for every Orderly status");
  }

  private static boolean hasLine(Order order, ItemStatus status) {
    for (OrderLine line : order.lines()) {
      if (line.itemStatus() == status) {
        return true;
      }
    }
    return false;
  }

  /** The status's name in the v0 JSON. */
  static String v0Name(OrdersV0.OrderStatus status) {
    try {
      return OrdersV0.OrderStatus.class.getField(status.name())
          .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Renders the table as the Markdown of {@code docs/amazon.md}. */
  static String render() {
    StringBuilder sb = new StringBuilder();
    sb.append("| Orders API v0 | 2026-01-01 | units shipped | line without units shipped (item / payment) |"
        + " line with units shipped | price may be absent | the order also carries | derived Orderly status |"
        + " shown back (v0 / 2026-01-01) |\n");
    sb.append("|---|---|---|---|---|---|---|---|---|\n");
    for (Row row : rows()) {
      List<String> cells = new ArrayList<>();
      cells.add("`" + v0Name(row.v0()) + "`");
      cells.add(row.v2026().map(s -> "`" + s.name() + "`").orElse("(none)"));
      cells.add(row.units().label);
      cells.add(row.unshippedItem().map(i -> i.label() + " / " + row.payment().label()).orElse("(none)"));
      cells.add(row.shippedItem().map(i -> i.label() + " / " + row.payment().label()).orElse("(none)"));
      cells.add(row.priceOptional() ? "yes" : "no");
      cells.add(row.consequence().label + (row.marketplaceFulfilledOnly() ? "; marketplace-fulfilled orders only"
          : ""));
      cells.add(row.derived().label());
      cells.add("`" + v0Name(row.v0()) + "` / `" + row.v2026Shown().name() + "`"
          + row.shownWhen().map(i -> " when a line is " + i.label()).orElse(""));
      sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
    return sb.toString();
  }
}
