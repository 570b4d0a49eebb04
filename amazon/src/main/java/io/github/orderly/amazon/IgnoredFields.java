package io.github.orderly.amazon;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields the API documents that this module reads past on purpose, each with the reason: one table,
 * rendered in {@code docs/amazon.md} and checked against it by a test. A field here is skipped with its
 * whole value; a field neither here nor mapped is unknown (rejected, or reported by a tolerant reader).
 */
final class IgnoredFields {
  private static final Map<Class<?>, Map<String, String>> TABLE = new LinkedHashMap<>();

  static {
    ignore(V0Response.class, Map.of());
    ignore(OrdersV0.OrdersList.class, Map.of(
        "LastUpdatedBefore", "an echo of the request's time filter; the sync cursor is each order's LastUpdateDate",
        "CreatedBefore", "an echo of the request's time filter (the sandbox even sends it as epoch seconds)"));
    ignore(OrdersV0.Order.class, Map.ofEntries(
        Map.entry("OrderChannel", "the sub-channel of Checkout by Amazon orders; SalesChannel names the channel"),
        Map.entry("EasyShipShipmentStatus", "the carrier's pick-up state of Amazon Easy Ship parcels, not the order's status"),
        Map.entry("CbaDisplayableShippingLabel", "a Checkout by Amazon label text"),
        Map.entry("DefaultShipFromLocationAddress", "the seller's own warehouse address, not order data"),
        Map.entry("BuyerInvoicePreference", "Turkish e-invoicing preference; invoicing is outside Orderly"),
        Map.entry("BuyerTaxInformation", "Turkish business-invoice tax data (restricted); invoicing is outside Orderly"),
        Map.entry("FulfillmentInstruction", "the recommended supply source to ship from; warehouse routing is the host's"),
        Map.entry("MarketplaceTaxInfo", "Brazilian e-invoice tax classifications; invoicing is outside Orderly"),
        Map.entry("SellerDisplayName", "the seller's own name (Brazilian e-invoices)"),
        Map.entry("AutomatedShippingSettings", "Amazon's suggested carrier and method; the host picks its carrier"),
        Map.entry("ElectronicInvoiceStatus", "the e-invoice upload state (Easy Ship, Brazil); invoicing is outside Orderly")));
    ignore(OrdersV0.PaymentExecutionDetailItem.class, Map.of(
        "AcquirerId", "the Brazilian payment acquirer's id, a payment-processor reference (newer model revisions)",
        "AuthorizationCode", "the payment processor's authorisation code (newer model revisions)"));
    ignore(OrdersV0.Address.class, Map.of(
        "ExtendedFields", "Brazilian street name, number, complement and neighbourhood, repeated from the address lines"));
    ignore(OrdersV0.BuyerInfo.class, Map.of(
        "BuyerCounty", "Brazilian county of the buyer, for e-invoices",
        "BuyerTaxInfo", "business buyers' tax ids (Brazil, Mexico, India) for e-invoices; invoicing is outside Orderly"));
    ignore(OrdersV0.OrderBuyerInfo.class, Map.of(
        "BuyerCounty", "Brazilian county of the buyer, for e-invoices",
        "BuyerTaxInfo", "business buyers' tax ids (Brazil, Mexico, India) for e-invoices; invoicing is outside Orderly"));
    ignore(OrdersV0.OrderItemsList.class, Map.of());
    ignore(OrdersV0.OrderItem.class, Map.ofEntries(
        Map.entry("AssociatedItems", "links to service items bought with the product (tyre fitting); a service is its own order"),
        Map.entry("ProductInfo", "how many units one ASIN packs; quantities are counted in ordered units"),
        Map.entry("ConditionNote", "the seller's own description of a used item's condition"),
        Map.entry("TaxCollection", "who remits the tax (marketplace facilitator); the amounts are what the buyer paid either way"),
        Map.entry("SerialNumberRequired", "an Easy Ship packing instruction"),
        Map.entry("IsTransparency", "a Transparency-code packing instruction"),
        Map.entry("IossNumber", "the EU import one-stop-shop number for the carrier's customs papers"),
        Map.entry("StoreChainStoreId", "the store of an in-store pick-up"),
        Map.entry("DeemedResellerCategory", "the EU/UK VAT deemed-reseller category"),
        Map.entry("SerialNumbers", "serial numbers of marketplace-fulfilled electronics"),
        Map.entry("SubstitutionPreferences", "grocery substitution options"),
        Map.entry("Measurement", "the unit of items sold by weight or volume; Orderly counts whole units"),
        Map.entry("ShippingConstraints", "pallet-delivery packing instruction")));
    ignore(OrdersV0.PointsGrantedDetail.class, Map.of());
    ignore(OrdersV0.BuyerRequestedCancel.class, Map.of());
    ignore(OrdersV0.ItemBuyerInfo.class, Map.of());
    ignore(OrdersV0.BuyerCustomizedInfoDetail.class, Map.of());
    ignore(OrdersV0.OrderAddress.class, Map.of(
        "DeliveryPreferences", "drop-off location, business hours and access instructions; carried by the host's label printing"));
    ignore(OrdersV0.OrderItemsBuyerInfoList.class, Map.of());
    ignore(OrdersV0.OrderItemBuyerInfo.class, Map.of());
    ignore(AmazonApiException.ApiError.class, Map.of());
    ignore(AmazonReader.ErrorList.class, Map.of());

    ignore(Orders2026.SearchOrdersResponse.class, Map.of());
    ignore(Orders2026.Pagination.class, Map.of());
    ignore(Orders2026.GetOrderResponse.class, Map.of());
    ignore(Orders2026.Order.class, Map.of(
        "tax", "tax registrations and e-invoicing data (TAX); invoicing is outside Orderly",
        "fulfillmentOrders", "Amazon's fulfilment unit ids of Easy Ship and Seller Flex orders"));
    ignore(Orders2026.Alias.class, Map.of());
    ignore(Orders2026.AssociatedOrder.class, Map.of());
    ignore(Orders2026.SalesChannel.class, Map.of());
    ignore(Orders2026.Buyer.class, Map.of());
    ignore(Orders2026.Recipient.class, Map.of(
        "deliveryPreference", "drop-off location, business hours and access instructions; carried by the host's label printing"));
    ignore(Orders2026.CustomerAddress.class, Map.of(
        "extendedFields", "Brazilian street name, number, complement and neighbourhood, repeated from the address lines"));
    ignore(Orders2026.OrderProceeds.class, Map.of());
    ignore(Orders2026.OrderProceedsBreakdown.class, Map.of());
    ignore(Orders2026.OrderPayment.class, Map.of());
    ignore(Orders2026.PaymentExecution.class, Map.of(
        "acquirerId", "the Brazilian payment acquirer's id, a payment-processor reference",
        "cardBrand", "the card network of a Brazilian card payment",
        "authorizationCode", "the payment processor's authorisation code"));
    ignore(Orders2026.OrderFulfillment.class, Map.of(
        "labelPrintingWindow", "the earliest time a label can be printed; label printing is the host's",
        "promiseCalculationInputs", "the carrier and transit-time data Amazon used to compute the promise"));
    ignore(Orders2026.DateTimeRange.class, Map.of());
    ignore(Orders2026.OrderItem.class, Map.of(
        "measurement", "the unit of items sold by weight or volume; Orderly counts whole units",
        "associatedOrderItems", "links to service or warranty items bought with the product; each is its own order item",
        "tax", "the VAT reporting scheme and who remits the tax; the amounts are what the buyer paid either way"));
    ignore(Orders2026.ItemProduct.class, Map.of(
        "serialNumbers", "serial numbers of marketplace-fulfilled electronics"));
    ignore(Orders2026.ItemCondition.class, Map.of(
        "conditionNote", "the seller's own description of a used item's condition"));
    ignore(Orders2026.ItemPrice.class, Map.of());
    ignore(Orders2026.ItemCustomization.class, Map.of());
    ignore(Orders2026.ItemProceeds.class, Map.of());
    ignore(Orders2026.ItemProceedsBreakdown.class, Map.of());
    ignore(Orders2026.ItemProceedsDetailedBreakdown.class, Map.of());
    ignore(Orders2026.ItemExpense.class, Map.of());
    ignore(Orders2026.ItemPointsCost.class, Map.of());
    ignore(Orders2026.PointsGranted.class, Map.of());
    ignore(Orders2026.ItemPromotion.class, Map.of());
    ignore(Orders2026.ItemPromotionBreakdown.class, Map.of());
    ignore(Orders2026.ItemCancellation.class, Map.of());
    ignore(Orders2026.ItemCancellationRequest.class, Map.of());
    ignore(Orders2026.ItemCancellationExecution.class, Map.of());
    ignore(Orders2026.ItemFulfillment.class, Map.of(
        "picking", "grocery substitution preferences"));
    ignore(Orders2026.ItemPacking.class, Map.of(
        "serialNumberRequirement", "an Easy Ship packing instruction"));
    ignore(Orders2026.GiftOption.class, Map.of());
    ignore(Orders2026.ItemShipping.class, Map.of(
        "shippingConstraints", "pallet, signature, identity and age-check delivery instructions for the carrier",
        "internationalShipping", "the EU import one-stop-shop number for the carrier's customs papers"));
    ignore(Orders2026.OrderPackage.class, Map.of(
        "shipFromAddress", "the seller's own warehouse address, not order data"));
    ignore(Orders2026.PackageStatus.class, Map.of());
    ignore(Orders2026.PackageItem.class, Map.of(
        "transparencyCodes", "Transparency codes scanned at packing"));
  }

  private IgnoredFields() {}

  private static void ignore(Class<?> type, Map<String, String> fields) {
    TABLE.put(type, Map.copyOf(fields));
  }

  /** Returns whether a field of a type is documented by the API and read past on purpose. */
  static boolean isIgnored(Class<?> type, String field) {
    Map<String, String> fields = TABLE.get(type);
    return fields != null && fields.containsKey(field);
  }

  /** Returns the table: for each record read, its ignored fields and why. */
  static Map<Class<?>, Map<String, String>> table() {
    return java.util.Collections.unmodifiableMap(TABLE);
  }
}
