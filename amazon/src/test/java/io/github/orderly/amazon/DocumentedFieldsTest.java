package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Nothing is dropped by accident: every field the API's models document is either a component of its record
 * or in the table of fields read past on purpose, never both, and that table is the one {@code docs/amazon.md}
 * shows. The lists below are the models' properties, definition by definition.
 */
class DocumentedFieldsTest {
  private static final Map<Class<?>, List<String>> DOCUMENTED = new LinkedHashMap<>();

  static {
    DOCUMENTED.put(V0Response.class, List.of("payload", "errors"));
    DOCUMENTED.put(AmazonApiException.ApiError.class, List.of("code", "message", "details"));
    DOCUMENTED.put(OrdersV0.OrdersList.class, List.of("Orders", "NextToken", "LastUpdatedBefore", "CreatedBefore"));
    DOCUMENTED.put(OrdersV0.Order.class, List.of("AmazonOrderId", "SellerOrderId", "PurchaseDate", "LastUpdateDate",
        "OrderStatus", "FulfillmentChannel", "SalesChannel", "OrderChannel", "ShipServiceLevel", "OrderTotal",
        "NumberOfItemsShipped", "NumberOfItemsUnshipped", "PaymentExecutionDetail", "PaymentMethod",
        "PaymentMethodDetails", "MarketplaceId", "ShipmentServiceLevelCategory", "EasyShipShipmentStatus",
        "CbaDisplayableShippingLabel", "OrderType", "EarliestShipDate", "LatestShipDate", "EarliestDeliveryDate",
        "LatestDeliveryDate", "IsBusinessOrder", "IsPrime", "IsPremiumOrder", "IsGlobalExpressEnabled", "ReplacedOrderId",
        "IsReplacementOrder", "PromiseResponseDueDate", "IsEstimatedShipDateSet", "IsSoldByAB", "IsIBA",
        "DefaultShipFromLocationAddress", "BuyerInvoicePreference", "BuyerTaxInformation", "FulfillmentInstruction",
        "IsISPU", "IsAccessPointOrder", "MarketplaceTaxInfo", "SellerDisplayName", "ShippingAddress", "BuyerInfo",
        "AutomatedShippingSettings", "HasRegulatedItems", "ElectronicInvoiceStatus"));
    DOCUMENTED.put(OrdersV0.PaymentExecutionDetailItem.class, List.of("Payment", "PaymentMethod", "AcquirerId",
        "AuthorizationCode"));
    DOCUMENTED.put(OrdersV0.Address.class, List.of("Name", "CompanyName", "AddressLine1", "AddressLine2", "AddressLine3",
        "City", "County", "District", "StateOrRegion", "Municipality", "PostalCode", "CountryCode", "Phone",
        "ExtendedFields", "AddressType"));
    DOCUMENTED.put(OrdersV0.BuyerInfo.class, List.of("BuyerEmail", "BuyerName", "BuyerCounty", "BuyerTaxInfo",
        "PurchaseOrderNumber"));
    DOCUMENTED.put(OrdersV0.OrderBuyerInfo.class, List.of("AmazonOrderId", "BuyerEmail", "BuyerName", "BuyerCounty",
        "BuyerTaxInfo", "PurchaseOrderNumber"));
    DOCUMENTED.put(OrdersV0.OrderItemsList.class, List.of("OrderItems", "NextToken", "AmazonOrderId"));
    DOCUMENTED.put(OrdersV0.OrderItem.class, List.of("ASIN", "SellerSKU", "OrderItemId", "AssociatedItems", "Title",
        "QuantityOrdered", "QuantityShipped", "ProductInfo", "PointsGranted", "ItemPrice", "ShippingPrice", "ItemTax",
        "ShippingTax", "ShippingDiscount", "ShippingDiscountTax", "PromotionDiscount", "PromotionDiscountTax",
        "PromotionIds", "CODFee", "CODFeeDiscount", "IsGift", "ConditionNote", "ConditionId", "ConditionSubtypeId",
        "ScheduledDeliveryStartDate", "ScheduledDeliveryEndDate", "PriceDesignation", "TaxCollection",
        "SerialNumberRequired", "IsTransparency", "IossNumber", "StoreChainStoreId", "DeemedResellerCategory",
        "BuyerInfo", "BuyerRequestedCancel", "SerialNumbers", "SubstitutionPreferences", "Measurement",
        "ShippingConstraints"));
    DOCUMENTED.put(OrdersV0.PointsGrantedDetail.class, List.of("PointsNumber", "PointsMonetaryValue"));
    DOCUMENTED.put(OrdersV0.BuyerRequestedCancel.class, List.of("IsBuyerRequestedCancel", "BuyerCancelReason"));
    DOCUMENTED.put(OrdersV0.ItemBuyerInfo.class, List.of("BuyerCustomizedInfo", "GiftWrapPrice", "GiftWrapTax",
        "GiftMessageText", "GiftWrapLevel"));
    DOCUMENTED.put(OrdersV0.BuyerCustomizedInfoDetail.class, List.of("CustomizedURL"));
    DOCUMENTED.put(OrdersV0.OrderAddress.class, List.of("AmazonOrderId", "BuyerCompanyName", "ShippingAddress",
        "DeliveryPreferences"));
    DOCUMENTED.put(OrdersV0.OrderItemsBuyerInfoList.class, List.of("OrderItems", "NextToken", "AmazonOrderId"));
    DOCUMENTED.put(OrdersV0.OrderItemBuyerInfo.class, List.of("OrderItemId", "BuyerCustomizedInfo", "GiftWrapPrice",
        "GiftWrapTax", "GiftMessageText", "GiftWrapLevel"));

    DOCUMENTED.put(AmazonReader.ErrorList.class, List.of("errors"));
    DOCUMENTED.put(Orders2026.SearchOrdersResponse.class, List.of("orders", "pagination", "lastUpdatedBefore",
        "createdBefore"));
    DOCUMENTED.put(Orders2026.Pagination.class, List.of("nextToken"));
    DOCUMENTED.put(Orders2026.GetOrderResponse.class, List.of("order"));
    DOCUMENTED.put(Orders2026.Order.class, List.of("orderId", "orderAliases", "createdTime", "lastUpdatedTime", "programs",
        "associatedOrders", "salesChannel", "buyer", "recipient", "proceeds", "payment", "tax", "fulfillment",
        "orderItems", "packages", "fulfillmentOrders"));
    DOCUMENTED.put(Orders2026.Alias.class, List.of("aliasId", "aliasType"));
    DOCUMENTED.put(Orders2026.AssociatedOrder.class, List.of("orderId", "associationType"));
    DOCUMENTED.put(Orders2026.SalesChannel.class, List.of("channelName", "marketplaceId", "marketplaceName"));
    DOCUMENTED.put(Orders2026.Buyer.class, List.of("buyerName", "buyerEmail", "buyerCompanyName",
        "buyerPurchaseOrderNumber"));
    DOCUMENTED.put(Orders2026.Recipient.class, List.of("deliveryAddress", "deliveryPreference"));
    DOCUMENTED.put(Orders2026.CustomerAddress.class, List.of("name", "companyName", "addressLine1", "addressLine2",
        "addressLine3", "city", "districtOrCounty", "stateOrRegion", "municipality", "postalCode", "countryCode", "phone",
        "extendedFields", "addressType"));
    DOCUMENTED.put(Orders2026.OrderProceeds.class, List.of("grandTotal", "breakdowns"));
    DOCUMENTED.put(Orders2026.OrderProceedsBreakdown.class, List.of("type", "status", "subtotal"));
    DOCUMENTED.put(Orders2026.OrderPayment.class, List.of("paymentExecutions"));
    DOCUMENTED.put(Orders2026.PaymentExecution.class, List.of("paymentMethod", "paymentAmount", "acquirerId", "cardBrand",
        "authorizationCode"));
    DOCUMENTED.put(Orders2026.OrderFulfillment.class, List.of("fulfillmentStatus", "fulfilledBy",
        "fulfillmentServiceLevel", "shipByWindow", "deliverByWindow", "labelPrintingWindow", "promiseCalculationInputs"));
    DOCUMENTED.put(Orders2026.DateTimeRange.class, List.of("earliestDateTime", "latestDateTime"));
    DOCUMENTED.put(Orders2026.OrderItem.class, List.of("orderItemId", "quantityOrdered", "measurement",
        "associatedOrderItems", "programs", "product", "proceeds", "expense", "promotion", "cancellation", "fulfillment",
        "tax"));
    DOCUMENTED.put(Orders2026.ItemProduct.class, List.of("asin", "title", "sellerSku", "condition", "price",
        "serialNumbers", "customization"));
    DOCUMENTED.put(Orders2026.ItemCondition.class, List.of("conditionType", "conditionSubtype", "conditionNote"));
    DOCUMENTED.put(Orders2026.ItemPrice.class, List.of("unitPrice", "priceDesignation"));
    DOCUMENTED.put(Orders2026.ItemCustomization.class, List.of("customizedUrl"));
    DOCUMENTED.put(Orders2026.ItemProceeds.class, List.of("proceedsTotal", "breakdowns"));
    DOCUMENTED.put(Orders2026.ItemProceedsBreakdown.class, List.of("type", "subtotal", "detailedBreakdowns"));
    DOCUMENTED.put(Orders2026.ItemProceedsDetailedBreakdown.class, List.of("subtype", "value"));
    DOCUMENTED.put(Orders2026.ItemExpense.class, List.of("pointsCost"));
    DOCUMENTED.put(Orders2026.ItemPointsCost.class, List.of("pointsGranted"));
    DOCUMENTED.put(Orders2026.PointsGranted.class, List.of("pointsNumber", "pointsMonetaryValue"));
    DOCUMENTED.put(Orders2026.ItemPromotion.class, List.of("breakdowns"));
    DOCUMENTED.put(Orders2026.ItemPromotionBreakdown.class, List.of("promotionId"));
    DOCUMENTED.put(Orders2026.ItemCancellation.class, List.of("cancellationRequest", "cancellationExecution"));
    DOCUMENTED.put(Orders2026.ItemCancellationRequest.class, List.of("requester", "cancelReason"));
    DOCUMENTED.put(Orders2026.ItemCancellationExecution.class, List.of("cancelledBy", "cancelReason"));
    DOCUMENTED.put(Orders2026.ItemFulfillment.class, List.of("quantityFulfilled", "quantityUnfulfilled", "picking",
        "packing", "shipping"));
    DOCUMENTED.put(Orders2026.ItemPacking.class, List.of("giftOption", "serialNumberRequirement"));
    DOCUMENTED.put(Orders2026.GiftOption.class, List.of("giftMessage", "giftWrapLevel"));
    DOCUMENTED.put(Orders2026.ItemShipping.class, List.of("scheduledDeliveryWindow", "shippingConstraints",
        "internationalShipping"));
    DOCUMENTED.put(Orders2026.OrderPackage.class, List.of("packageReferenceId", "createdTime", "packageStatus", "carrier",
        "shipTime", "shippingService", "trackingNumber", "shipFromAddress", "packageItems"));
    DOCUMENTED.put(Orders2026.PackageStatus.class, List.of("status", "detailedStatus"));
    DOCUMENTED.put(Orders2026.PackageItem.class, List.of("orderItemId", "quantity", "transparencyCodes"));
  }

  private static Set<String> mapped(Class<?> record) {
    Set<String> names = new LinkedHashSet<>();
    for (RecordComponent c : record.getRecordComponents()) {
      JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
      if (p != null) {
        names.add(p.value());
      }
    }
    return names;
  }

  @Test
  @DisplayName("every documented field is mapped or read past on purpose, never both, and nothing else is mapped")
  void everyFieldAccountedFor() {
    for (Map.Entry<Class<?>, List<String>> e : DOCUMENTED.entrySet()) {
      Set<String> mapped = mapped(e.getKey());
      Set<String> ignored = IgnoredFields.table().getOrDefault(e.getKey(), Map.of()).keySet();
      Set<String> both = new LinkedHashSet<>(mapped);
      both.retainAll(ignored);
      Set<String> accounted = new LinkedHashSet<>(mapped);
      accounted.addAll(ignored);
      assertThat(both).as("%s: mapped and ignored at once", e.getKey().getName()).isEmpty();
      assertThat(accounted).as("%s: mapped or ignored", e.getKey().getName())
          .containsExactlyInAnyOrderElementsOf(e.getValue());
    }
  }

  @Test
  @DisplayName("every record the readers bind has its documented list, and the ignored table has no other type")
  void everyRecordListed() {
    List<Class<?>> records = new ArrayList<>();
    for (Class<?> holder : List.of(OrdersV0.class, Orders2026.class)) {
      for (Class<?> nested : holder.getDeclaredClasses()) {
        if (nested.isRecord() && nested != OrdersV0.Amount.class) {
          records.add(nested);
        }
      }
    }
    assertThat(DOCUMENTED.keySet()).containsAll(records);
    assertThat(DOCUMENTED.keySet()).containsExactlyInAnyOrderElementsOf(IgnoredFields.table().keySet());
  }

  @Test
  @DisplayName("docs/amazon.md shows every field read past on purpose, with its reason, and every ignored report column")
  void docsListTheIgnoredFields() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "amazon.md"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (Map.Entry<Class<?>, Map<String, String>> e : IgnoredFields.table().entrySet()) {
      String version = e.getKey().getEnclosingClass() == Orders2026.class ? "2026-01-01" : "v0";
      for (Map.Entry<String, String> field : new java.util.TreeMap<>(e.getValue()).entrySet()) {
        String row = "| " + version + " | " + e.getKey().getSimpleName() + " | `" + field.getKey() + "` | "
            + field.getValue() + " |";
        if (!docs.contains(row)) {
          missing.add(row);
        }
      }
    }
    for (Map.Entry<String, String> column : new java.util.TreeMap<>(AllOrdersReport.IGNORED_COLUMNS).entrySet()) {
      String row = "| All Orders report | `" + column.getKey() + "` | " + column.getValue() + " |";
      if (!docs.contains(row)) {
        missing.add(row);
      }
    }
    assertThat(missing).as("rows missing from docs/amazon.md").isEmpty();
  }
}
