package io.github.orderly.amazon;

import io.github.orderly.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the All Orders report: one item of one order, as the report carries it. Amounts are for the
 * whole row ({@code item-price} is the unit price times the quantity), at the {@code currency} column's
 * scale. The order and item statuses are kept as the report's text ({@code Shipped}, {@code Pending} ...):
 * the report does not publish a closed list of them. Immutable and thread-safe.
 *
 * @param line the report line, 2 for the first row after the header
 * @param amazonOrderId {@code amazon-order-id}
 * @param merchantOrderId {@code merchant-order-id}
 * @param purchaseDate {@code purchase-date}
 * @param lastUpdatedDate {@code last-updated-date}
 * @param orderStatus {@code order-status}
 * @param fulfillmentChannel {@code fulfillment-channel}
 * @param salesChannel {@code sales-channel}, such as {@code Amazon.com}
 * @param shipServiceLevel {@code ship-service-level}
 * @param productName {@code product-name}
 * @param sku {@code sku}
 * @param asin {@code asin}
 * @param itemStatus {@code item-status}
 * @param quantity {@code quantity}
 * @param currency {@code currency}
 * @param itemPrice {@code item-price}
 * @param itemTax {@code item-tax}
 * @param shippingPrice {@code shipping-price}
 * @param shippingTax {@code shipping-tax}
 * @param giftWrapPrice {@code gift-wrap-price}
 * @param giftWrapTax {@code gift-wrap-tax}
 * @param itemPromotionDiscount {@code item-promotion-discount}
 * @param shipPromotionDiscount {@code ship-promotion-discount}
 * @param shipCity {@code ship-city}
 * @param shipState {@code ship-state}
 * @param shipPostalCode {@code ship-postal-code}
 * @param shipCountry {@code ship-country}
 * @param promotionIds {@code promotion-ids}, split at commas
 * @param businessOrder {@code is-business-order}
 * @param purchaseOrderNumber {@code purchase-order-number}
 * @param priceDesignation {@code price-designation}
 * @param iba {@code is-iba}
 */
public record AllOrdersRow(
    long line,
    String amazonOrderId,
    Optional<String> merchantOrderId,
    Instant purchaseDate,
    Instant lastUpdatedDate,
    String orderStatus,
    AllOrdersReport.Channel fulfillmentChannel,
    Optional<String> salesChannel,
    Optional<String> shipServiceLevel,
    Optional<String> productName,
    String sku,
    Optional<String> asin,
    String itemStatus,
    int quantity,
    Optional<Currency> currency,
    Optional<Money> itemPrice,
    Optional<Money> itemTax,
    Optional<Money> shippingPrice,
    Optional<Money> shippingTax,
    Optional<Money> giftWrapPrice,
    Optional<Money> giftWrapTax,
    Optional<Money> itemPromotionDiscount,
    Optional<Money> shipPromotionDiscount,
    Optional<String> shipCity,
    Optional<String> shipState,
    Optional<String> shipPostalCode,
    Optional<String> shipCountry,
    List<String> promotionIds,
    Optional<Boolean> businessOrder,
    Optional<String> purchaseOrderNumber,
    Optional<String> priceDesignation,
    Optional<Boolean> iba) {
  /** Checks that the required values are present and the lists are copies. */
  public AllOrdersRow {
    Objects.requireNonNull(amazonOrderId, "amazonOrderId");
    Objects.requireNonNull(merchantOrderId, "merchantOrderId");
    Objects.requireNonNull(purchaseDate, "purchaseDate");
    Objects.requireNonNull(lastUpdatedDate, "lastUpdatedDate");
    Objects.requireNonNull(orderStatus, "orderStatus");
    Objects.requireNonNull(fulfillmentChannel, "fulfillmentChannel");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(itemStatus, "itemStatus");
    Objects.requireNonNull(currency, "currency");
    promotionIds = List.copyOf(promotionIds);
  }
}
