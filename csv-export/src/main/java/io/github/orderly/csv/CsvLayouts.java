package io.github.orderly.csv;

import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import java.util.List;

/**
 * The standard reports (R27), each with Orderly's own headers and with the column names of the
 * marketplace's flat files, for hosts that feed existing tools.
 *
 * <table>
 *   <caption>Reports and their rows</caption>
 *   <tr><th>Report</th><th>Rows</th></tr>
 *   <tr><td>{@link #orderReport()}</td><td>every line of every order that is not pending
 *       ({@link #notPending})</td></tr>
 *   <tr><td>{@link #unshippedOrders()}</td><td>only lines that must still ship ({@link #mustShip})</td></tr>
 *   <tr><td>{@link #ordersPage()}</td><td>every line (R40); the export's query chooses, as on the
 *       orders page</td></tr>
 * </table>
 *
 * <p>The date range of a report is the export's query ({@link OrderExport.Builder#purchasedOn},
 * {@link OrderExport.Builder#query}). The flat-file headers are those of the marketplace's reports:
 * the All Orders report ({@code amazon-order-id}, {@code purchase-date}, {@code order-status}, {@code item-status},
 * {@code quantity}, {@code item-price}, ...) for the Order report and the orders page, the Unshipped
 * Orders report ({@code order-id}, {@code order-item-id}, {@code quantity-to-ship},
 * {@code recipient-name}, {@code ship-address-1}, ...) for the Unshipped orders report. The
 * marketplace has no flat-file column for a line's payment status; it is called
 * {@code payment-status} in the same style. The buyer's e-mail, which the marketplace's Unshipped
 * Orders report carries, is left out (R49). Every layout here is immutable and thread-safe.
 */
public final class CsvLayouts {
  private static final CsvLayout ORDER_REPORT = CsvLayout.builder("Order report")
      .columns(List.of(
          OrderColumns.orderId(), OrderColumns.merchantOrderId(), OrderColumns.orderDate(),
          OrderColumns.orderStatus(), OrderColumns.fulfilmentChannel(), OrderColumns.marketplace(),
          OrderColumns.lineId(), OrderColumns.sku(), OrderColumns.title(), OrderColumns.itemStatus(),
          OrderColumns.paymentStatus(), OrderColumns.quantity(), OrderColumns.quantityShipped(),
          OrderColumns.currency(), OrderColumns.unitPrice(), OrderColumns.itemPrice(),
          OrderColumns.shipping(), OrderColumns.tax(), OrderColumns.discount(), OrderColumns.amount(),
          OrderColumns.buyerName(), OrderColumns.recipient(), OrderColumns.streetLine(1),
          OrderColumns.streetLine(2), OrderColumns.streetLine(3), OrderColumns.city(),
          OrderColumns.region(), OrderColumns.postalCode(), OrderColumns.country(),
          OrderColumns.businessOrder(), OrderColumns.purchaseOrderNumber()))
      .rows(CsvLayouts::notPending)
      .build();

  private static final CsvLayout ORDER_REPORT_FLAT_FILE = CsvLayout.builder("Order report (flat file)")
      .columns(List.of(
          OrderColumns.orderId().withHeader("amazon-order-id"),
          OrderColumns.merchantOrderId().withHeader("merchant-order-id"),
          OrderColumns.orderDate().withHeader("purchase-date"),
          OrderColumns.orderStatus().withHeader("order-status"),
          OrderColumns.fulfilmentChannel().withHeader("fulfillment-channel"),
          OrderColumns.marketplace().withHeader("sales-channel"),
          OrderColumns.title().withHeader("product-name"),
          OrderColumns.sku().withHeader("sku"),
          OrderColumns.itemStatus().withHeader("item-status"),
          OrderColumns.quantity().withHeader("quantity"),
          OrderColumns.currency().withHeader("currency"),
          OrderColumns.itemPrice().withHeader("item-price"),
          OrderColumns.tax().withHeader("item-tax"),
          OrderColumns.shipping().withHeader("shipping-price"),
          OrderColumns.discount().withHeader("item-promotion-discount"),
          OrderColumns.city().withHeader("ship-city"),
          OrderColumns.region().withHeader("ship-state"),
          OrderColumns.postalCode().withHeader("ship-postal-code"),
          OrderColumns.country().withHeader("ship-country"),
          OrderColumns.businessOrder().withHeader("is-business-order"),
          OrderColumns.purchaseOrderNumber().withHeader("purchase-order-number")))
      .rows(CsvLayouts::notPending)
      .build();

  private static final CsvLayout UNSHIPPED = CsvLayout.builder("Unshipped orders report")
      .columns(List.of(
          OrderColumns.orderId(), OrderColumns.lineId(), OrderColumns.orderDate(), OrderColumns.shipBy(),
          OrderColumns.sku(), OrderColumns.title(), OrderColumns.customization(), OrderColumns.quantity(),
          OrderColumns.quantityShipped(), OrderColumns.quantityToShip(), OrderColumns.buyerName(),
          OrderColumns.buyerPhone(), OrderColumns.recipient(), OrderColumns.streetLine(1),
          OrderColumns.streetLine(2), OrderColumns.streetLine(3), OrderColumns.city(),
          OrderColumns.region(), OrderColumns.postalCode(), OrderColumns.country(),
          OrderColumns.businessOrder(), OrderColumns.purchaseOrderNumber()))
      .rows(CsvLayouts::mustShip)
      .build();

  private static final CsvLayout UNSHIPPED_FLAT_FILE = CsvLayout.builder("Unshipped orders report (flat file)")
      .columns(List.of(
          OrderColumns.orderId().withHeader("order-id"),
          OrderColumns.lineId().withHeader("order-item-id"),
          OrderColumns.orderDate().withHeader("purchase-date"),
          OrderColumns.shipBy().withHeader("promise-date"),
          OrderColumns.buyerName().withHeader("buyer-name"),
          OrderColumns.buyerPhone().withHeader("buyer-phone-number"),
          OrderColumns.sku().withHeader("sku"),
          OrderColumns.title().withHeader("product-name"),
          OrderColumns.quantity().withHeader("quantity-purchased"),
          OrderColumns.quantityShipped().withHeader("quantity-shipped"),
          OrderColumns.quantityToShip().withHeader("quantity-to-ship"),
          OrderColumns.recipient().withHeader("recipient-name"),
          OrderColumns.streetLine(1).withHeader("ship-address-1"),
          OrderColumns.streetLine(2).withHeader("ship-address-2"),
          OrderColumns.streetLine(3).withHeader("ship-address-3"),
          OrderColumns.city().withHeader("ship-city"),
          OrderColumns.region().withHeader("ship-state"),
          OrderColumns.postalCode().withHeader("ship-postal-code"),
          OrderColumns.country().withHeader("ship-country"),
          OrderColumns.businessOrder().withHeader("is-business-order"),
          OrderColumns.purchaseOrderNumber().withHeader("purchase-order-number")))
      .rows(CsvLayouts::mustShip)
      .build();

  private static final CsvLayout ORDERS_PAGE = CsvLayout.builder("Orders page")
      .columns(List.of(
          OrderColumns.orderId(), OrderColumns.orderDate(), OrderColumns.title().withHeader("Items"),
          OrderColumns.quantity(), OrderColumns.itemStatus(), OrderColumns.paymentStatus(),
          OrderColumns.currency(), OrderColumns.amount()))
      .build();

  private static final CsvLayout ORDERS_PAGE_FLAT_FILE = CsvLayout.builder("Orders page (flat file)")
      .columns(List.of(
          OrderColumns.orderId().withHeader("amazon-order-id"),
          OrderColumns.orderDate().withHeader("purchase-date"),
          OrderColumns.title().withHeader("product-name"),
          OrderColumns.quantity().withHeader("quantity"),
          OrderColumns.itemStatus().withHeader("item-status"),
          OrderColumns.paymentStatus().withHeader("payment-status"),
          OrderColumns.currency().withHeader("currency"),
          OrderColumns.itemPrice().withHeader("item-price"),
          OrderColumns.tax().withHeader("item-tax"),
          OrderColumns.shipping().withHeader("shipping-price"),
          OrderColumns.discount().withHeader("item-promotion-discount")))
      .build();

  private CsvLayouts() {}

  /**
   * Returns the Order report (R27): one row per line, pending orders left out. Columns: order id,
   * merchant order id, order date, order status, fulfilment channel, marketplace, line id, SKU, item,
   * item status, payment status, quantity, quantity shipped, currency, unit price, item price,
   * shipping, tax, discount, amount, buyer name, recipient, street 1-3, city, region, postal code,
   * country, business order, purchase order.
   */
  public static CsvLayout orderReport() {
    return ORDER_REPORT;
  }

  /**
   * Returns the Order report with the column names of the marketplace's All Orders flat file:
   * {@code amazon-order-id, merchant-order-id, purchase-date, order-status, fulfillment-channel,
   * sales-channel, product-name, sku, item-status, quantity, currency, item-price, item-tax,
   * shipping-price, item-promotion-discount, ship-city, ship-state, ship-postal-code, ship-country,
   * is-business-order, purchase-order-number}. The item price is unit price times quantity, as there.
   */
  public static CsvLayout orderReportFlatFile() {
    return ORDER_REPORT_FLAT_FILE;
  }

  /**
   * Returns the Unshipped orders report (R27): only lines that must still ship ({@link #mustShip}),
   * with what shipping needs: order and line ids, order date, ship-by date, SKU, item, customisation,
   * quantities, buyer name and phone, the delivery address, business order and purchase order.
   */
  public static CsvLayout unshippedOrders() {
    return UNSHIPPED;
  }

  /**
   * Returns the Unshipped orders report with the column names of the marketplace's Unshipped Orders
   * flat file: {@code order-id, order-item-id, purchase-date, promise-date, buyer-name,
   * buyer-phone-number, sku, product-name, quantity-purchased, quantity-shipped, quantity-to-ship,
   * recipient-name, ship-address-1, ship-address-2, ship-address-3, ship-city, ship-state,
   * ship-postal-code, ship-country, is-business-order, purchase-order-number}.
   */
  public static CsvLayout unshippedOrdersFlatFile() {
    return UNSHIPPED_FLAT_FILE;
  }

  /**
   * Returns the orders-page export (R27, R40): per line, order id, order date, items, quantity, item
   * status, payment status, currency and amount (what the line is charged).
   */
  public static CsvLayout ordersPage() {
    return ORDERS_PAGE;
  }

  /**
   * Returns the orders-page export with flat-file column names: {@code amazon-order-id,
   * purchase-date, product-name, quantity, item-status, payment-status, currency, item-price,
   * item-tax, shipping-price, item-promotion-discount}; the amount is given by its breakdown, as in
   * the marketplace's files (amount = item-price + shipping-price + item-tax - item-promotion-discount).
   */
  public static CsvLayout ordersPageFlatFile() {
    return ORDERS_PAGE_FLAT_FILE;
  }

  /**
   * Returns whether a line is a row of the Order report: its order is not pending (R27). Pending
   * orders appear in neither the Order report nor the Unshipped orders report.
   *
   * @param order the order
   * @param line the line
   * @return true unless the order is pending or a pre-order awaiting release (R52)
   */
  public static boolean notPending(Order order, OrderLine line) {
    java.util.Objects.requireNonNull(order, "order");
    java.util.Objects.requireNonNull(line, "line");
    return !order.status().isPending();
  }

  /**
   * Returns whether a line must still ship (R27): its order is not pending, the line is not
   * cancelled, not every unit was confirmed as shipped, and its payment stands
   * ({@link PaymentStatus#AUTHORIZED} or {@link PaymentStatus#PAID}): a line refunded instead of
   * shipped (R16) does not ship.
   *
   * @param order the order
   * @param line the line
   * @return true if the line must still ship
   */
  public static boolean mustShip(Order order, OrderLine line) {
    java.util.Objects.requireNonNull(order, "order");
    java.util.Objects.requireNonNull(line, "line");
    return !order.status().isPending()
        && !line.itemStatus().isCancelled()
        && !line.isFullyShipped()
        && (line.paymentStatus() == PaymentStatus.AUTHORIZED || line.paymentStatus() == PaymentStatus.PAID);
  }
}
