package io.github.orderly.amazon;

import io.github.orderly.csv.CsvColumn;
import io.github.orderly.csv.CsvFormat;
import io.github.orderly.csv.CsvLayout;
import io.github.orderly.csv.CsvLayouts;
import io.github.orderly.csv.OrderColumns;
import io.github.orderly.csv.OrderExport;
import io.github.orderly.order.ChargeComponent;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The marketplace's flat-file reports written from Orderly orders with csv-export's writer: the All Orders report
 * ({@code GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL}, {@link AllOrdersReport#COLUMNS}) and the Unshipped
 * Orders report ({@code GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING}, {@link UnshippedOrdersReport#COLUMNS}), in
 * the marketplace's order of columns, tab-delimited, dates written by {@link AllOrdersReport#formatDate(Instant)}
 * ({@code +00:00}) and channels by {@link AllOrdersReport#channel}. Columns Orderly has no data for are empty.
 * Each export is a csv-export {@link OrderExport}: the caller's role is checked (R44) and buyer data follows R49.
 * Immutable and thread-safe.
 */
public final class AmazonReports {
  private AmazonReports() {}

  /**
   * Returns the All Orders report's export: one row per line; order status the v0 name
   * ({@link AmazonOrders#v0Status(Order)}), item status {@code Shipped}, {@code Cancelled} or {@code Unshipped},
   * item price the unit price times the quantity, the promotion discount negative, the last-updated date the
   * marketplace's last report ({@link Order#upstream()}) or else the order date. A line that itemises its charge
   * ({@code OrderLine.components()}) writes its components: item tax, shipping tax, gift wrap and its tax, the
   * promotion and shipping discounts (negative; 0 when not named); any other line writes its whole tax as the
   * item tax and its whole discount as the promotion discount, and leaves the other four columns empty.
   *
   * @return the export, to write with {@link OrderExport#writeTo}
   */
  public static OrderExport allOrders() {
    CsvLayout layout = CsvLayout.builder("All Orders report")
        .columns(List.of(
            OrderColumns.orderId().withHeader("amazon-order-id"),
            OrderColumns.merchantOrderId().withHeader("merchant-order-id"),
            date("purchase-date", (o, l) -> o.purchasedAt()),
            date("last-updated-date", (o, l) -> o.upstream().map(u -> u.observedAt()).orElse(o.purchasedAt())),
            CsvColumn.ofText("order-status", (o, l) -> v0Name(AmazonOrders.v0Status(o))),
            CsvColumn.ofText("fulfillment-channel", (o, l) -> AllOrdersReport.channel(o.fulfilmentChannel())),
            CsvColumn.ofText("sales-channel", (o, l) -> o.marketplace().value()),
            empty("order-channel"),
            empty("url"),
            empty("ship-service-level"),
            OrderColumns.title().withHeader("product-name"),
            OrderColumns.sku().withHeader("sku"),
            OrderColumns.listingId().withHeader("asin"),
            CsvColumn.ofText("item-status", (o, l) -> itemStatus(l)),
            OrderColumns.quantity().withHeader("quantity"),
            OrderColumns.currency().withHeader("currency"),
            OrderColumns.itemPrice().withHeader("item-price"),
            CsvColumn.ofMoney("item-tax", (o, l) -> itemised(l) ? l.component(ChargeComponent.ITEM_TAX) : l.tax()),
            OrderColumns.shipping().withHeader("shipping-price"),
            component("shipping-tax", ChargeComponent.SHIPPING_TAX),
            component("gift-wrap-price", ChargeComponent.GIFT_WRAP),
            component("gift-wrap-tax", ChargeComponent.GIFT_WRAP_TAX),
            CsvColumn.ofMoney("item-promotion-discount", (o, l) -> (itemised(l)
                ? l.component(ChargeComponent.PROMOTION_DISCOUNT) : l.discount()).negated()),
            CsvColumn.ofMoney("ship-promotion-discount", (o, l) -> itemised(l)
                ? l.component(ChargeComponent.SHIPPING_DISCOUNT).negated() : null),
            OrderColumns.city().withHeader("ship-city"),
            OrderColumns.region().withHeader("ship-state"),
            OrderColumns.postalCode().withHeader("ship-postal-code"),
            OrderColumns.country().withHeader("ship-country"),
            empty("promotion-ids"),
            OrderColumns.businessOrder().withHeader("is-business-order"),
            OrderColumns.purchaseOrderNumber().withHeader("purchase-order-number"),
            empty("price-designation"),
            empty("is-iba")))
        .build();
    return OrderExport.builder(layout).format(CsvFormat.TAB_DELIMITED).zone(ZoneOffset.UTC).build();
  }

  /**
   * Returns the Unshipped Orders report's export as of an instant: one row per line that must still ship
   * ({@link CsvLayouts#mustShip}), with {@code days-past-promise} from the ship-by instant to the report's
   * instant ({@link UnshippedOrdersReport#daysPastPromise}) and {@code quantity-to-ship}. The buyer's e-mail is
   * left empty (R49).
   *
   * @param reportingDate the report's instant, written as {@code reporting-date}
   * @return the export
   */
  public static OrderExport unshippedOrders(Instant reportingDate) {
    Objects.requireNonNull(reportingDate, "reportingDate");
    // The report's own columns; every other column is csv-export's unshipped flat-file column of that header.
    Map<String, CsvColumn> own = Map.of(
        "purchase-date", date("purchase-date", (o, l) -> o.purchasedAt()),
        "payments-date", empty("payments-date"),
        "reporting-date", date("reporting-date", (o, l) -> reportingDate),
        "promise-date", CsvColumn.ofText("promise-date", (o, l) -> o.shipBy().map(AllOrdersReport::formatDate)
            .orElse(null)),
        "days-past-promise", CsvColumn.ofText("days-past-promise", (o, l) -> o.shipBy()
            .map(p -> String.valueOf(UnshippedOrdersReport.daysPastPromise(p, reportingDate))).orElse(null)),
        "buyer-email", empty("buyer-email"),
        "ship-service-level", empty("ship-service-level"),
        "price-designation", empty("price-designation"));
    CsvLayout flatFile = CsvLayouts.unshippedOrdersFlatFile();
    Map<String, CsvColumn> shared = new HashMap<>();
    for (CsvColumn column : flatFile.columns()) {
      shared.put(column.header(), column);
    }
    List<CsvColumn> columns = new ArrayList<>();
    for (String header : UnshippedOrdersReport.COLUMNS) {
      CsvColumn column = own.containsKey(header) ? own.get(header) : shared.get(header);
      if (column == null) {
        throw new IllegalStateException("the Unshipped Orders report's column " + header + " has no definition");
      }
      columns.add(column);
    }
    CsvLayout layout = CsvLayout.builder("Unshipped Orders report").columns(columns).rows(CsvLayouts::mustShip)
        .build();
    return OrderExport.builder(layout).format(CsvFormat.TAB_DELIMITED).zone(ZoneOffset.UTC).build();
  }

  private static CsvColumn date(String header, java.util.function.BiFunction<Order, OrderLine, Instant> instant) {
    return CsvColumn.ofText(header, (o, l) -> AllOrdersReport.formatDate(instant.apply(o, l)));
  }

  /** Whether the line itemises its charge as the marketplace does ({@code OrderLine.components()}). */
  private static boolean itemised(OrderLine line) {
    return !line.components().isEmpty();
  }

  /** A column of one price component: its amount on an itemised line (0 when not named), else empty. */
  private static CsvColumn component(String header, ChargeComponent component) {
    return CsvColumn.ofMoney(header, (o, l) -> itemised(l) ? l.component(component) : null);
  }

  private static CsvColumn empty(String header) {
    return CsvColumn.ofText(header, (o, l) -> null);
  }

  private static String itemStatus(OrderLine line) {
    if (line.itemStatus().isCancelled()) {
      return "Cancelled";
    }
    return line.isFullyShipped() ? "Shipped" : "Unshipped";
  }

  /** The v0 status as the API writes it: {@code PartiallyShipped}, {@code Canceled}. */
  static String v0Name(OrdersV0.OrderStatus status) {
    return switch (status) {
      case PENDING -> "Pending";
      case UNSHIPPED -> "Unshipped";
      case PARTIALLY_SHIPPED -> "PartiallyShipped";
      case SHIPPED -> "Shipped";
      case CANCELED -> "Canceled";
      case UNFULFILLABLE -> "Unfulfillable";
      case INVOICE_UNCONFIRMED -> "InvoiceUnconfirmed";
      case PENDING_AVAILABILITY -> "PendingAvailability";
    };
  }
}
