package io.github.orderly.amazon;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The marketplace's Unshipped Orders report ({@code GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING}): one
 * tab-delimited row per order item that must still ship, with how many units are left
 * ({@code quantity-to-ship}) and how late the order is ({@code days-past-promise}). Dates are written as
 * {@link AllOrdersReport#formatDate(Instant)} writes them. Thread-safe: the class holds no state.
 */
public final class UnshippedOrdersReport {
  /** The report's columns, in the marketplace's order. */
  public static final List<String> COLUMNS = List.of(
      "order-id", "order-item-id", "purchase-date", "payments-date", "reporting-date", "promise-date",
      "days-past-promise", "buyer-email", "buyer-name", "buyer-phone-number", "sku", "product-name",
      "quantity-purchased", "quantity-shipped", "quantity-to-ship", "ship-service-level", "recipient-name",
      "ship-address-1", "ship-address-2", "ship-address-3", "ship-city", "ship-state", "ship-postal-code",
      "ship-country", "is-business-order", "purchase-order-number", "price-designation");

  private UnshippedOrdersReport() {}

  /**
   * Returns {@code days-past-promise}: the whole days from the promise date to the report's
   * {@code reporting-date}, negative while the promise is still ahead (2 days before it is {@code -2}, 36
   * hours after it is {@code 1}).
   *
   * @param promiseDate the latest ship date promised to the buyer
   * @param reportingDate when the report is made
   * @return the days past the promise
   */
  public static long daysPastPromise(Instant promiseDate, Instant reportingDate) {
    Objects.requireNonNull(promiseDate, "promiseDate");
    Objects.requireNonNull(reportingDate, "reportingDate");
    return Math.floorDiv(Duration.between(promiseDate, reportingDate).getSeconds(), Duration.ofDays(1).getSeconds());
  }
}
