package io.github.orderly.amazon;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The records of the Selling Partner API's Orders API v0, as its model defines them, read by
 * {@link AmazonReader}. Each record has the API's field names in JSON and the API's definition name in
 * Java ({@link Order}, {@link OrderItem}, {@link Address} ...).
 *
 * <p>Every field the API documents is either a component of its record or listed, with the reason it is
 * not used, in the module's documentation ({@code docs/amazon.md}); a field the API does not document is
 * rejected unless the reader tolerates and reports it. Required fields are checked when a record is built;
 * the API's flags ({@code IsPrime} ...) read as {@code false} when absent or null, so they are never null; amounts are {@link Money} at
 * their currency's scale; timestamps are {@link Instant}s.
 *
 * <p>The records nested here mirror the marketplace's JSON as Jackson reads it: their lists are the lists Jackson made, so they are not deeply immutable; once read and left
 * unchanged they are thread-safe.
 */
public final class OrdersV0 {
  private OrdersV0() {}

  /** The order statuses of v0 ({@code OrderStatus}). */
  public enum OrderStatus {
    /** Placed, payment not authorised; not ready to ship. The first status of a standard order. */
    @JsonProperty("Pending") PENDING,
    /** Payment authorised, nothing shipped. */
    @JsonProperty("Unshipped") UNSHIPPED,
    /** Some but not all items shipped. */
    @JsonProperty("PartiallyShipped") PARTIALLY_SHIPPED,
    /** Every item shipped. */
    @JsonProperty("Shipped") SHIPPED,
    /** Cancelled. */
    @JsonProperty("Canceled") CANCELED,
    /** Cannot be fulfilled; only marketplace-fulfilled orders not placed on the marketplace's site. */
    @JsonProperty("Unfulfillable") UNFULFILLABLE,
    /** Every item shipped; the seller has not confirmed that the invoice reached the buyer. */
    @JsonProperty("InvoiceUnconfirmed") INVOICE_UNCONFIRMED,
    /** A pre-order: placed, payment not authorised, the item's release date still ahead. */
    @JsonProperty("PendingAvailability") PENDING_AVAILABILITY
  }

  /** Who fulfils the order ({@code FulfillmentChannel}). */
  public enum FulfillmentChannel {
    /** The seller ships it. */
    @JsonProperty("MFN") MFN,
    /** The marketplace ships it. */
    @JsonProperty("AFN") AFN
  }

  /** The order's payment method as the API limits it ({@code PaymentMethod}): COD, CVS or anything else. */
  public enum PaymentMethod {
    /** Cash on delivery. */
    @JsonProperty("COD") COD,
    /** Convenience store. */
    @JsonProperty("CVS") CVS,
    /** Any other method; {@code PaymentMethodDetails} says which. */
    @JsonProperty("Other") OTHER
  }

  /** The type of the order ({@code OrderType}). */
  public enum OrderType {
    /** Items in stock. */
    @JsonProperty("StandardOrder") STANDARD_ORDER,
    /** Items with a long lead time to ship. */
    @JsonProperty("LongLeadTimeOrder") LONG_LEAD_TIME_ORDER,
    /** Items released in the future. */
    @JsonProperty("Preorder") PREORDER,
    /** Items released but out of stock until later. */
    @JsonProperty("BackOrder") BACK_ORDER,
    /** A Sourcing On Demand order. */
    @JsonProperty("SourcingOnDemandOrder") SOURCING_ON_DEMAND_ORDER
  }

  /** The type of a shipping address ({@code AddressType}). */
  public enum AddressType {
    /** A residential address. */
    @JsonProperty("Residential") RESIDENTIAL,
    /** A commercial address. */
    @JsonProperty("Commercial") COMMERCIAL
  }

  /**
   * An order ({@code Order}).
   *
   * @param amazonOrderId {@code AmazonOrderId}, required: the marketplace's order id, 3-7-7
   * @param sellerOrderId {@code SellerOrderId}: the seller's own id
   * @param purchaseDate {@code PurchaseDate}, required: when the order was created
   * @param lastUpdateDate {@code LastUpdateDate}, required: when it last changed
   * @param orderStatus {@code OrderStatus}, required
   * @param fulfillmentChannel {@code FulfillmentChannel}
   * @param salesChannel {@code SalesChannel}: the sales channel of the first item, such as {@code Amazon.com}
   * @param shipServiceLevel {@code ShipServiceLevel}
   * @param orderTotal {@code OrderTotal}
   * @param numberOfItemsShipped {@code NumberOfItemsShipped}
   * @param numberOfItemsUnshipped {@code NumberOfItemsUnshipped}
   * @param paymentExecutionDetail {@code PaymentExecutionDetail}: the sub-payments of a COD order
   * @param paymentMethod {@code PaymentMethod}
   * @param paymentMethodDetails {@code PaymentMethodDetails}: every payment method, such as {@code CreditCard}
   * @param marketplaceId {@code MarketplaceId}
   * @param shipmentServiceLevelCategory {@code ShipmentServiceLevelCategory}, such as {@code SecondDay}
   * @param orderType {@code OrderType}
   * @param earliestShipDate {@code EarliestShipDate}
   * @param latestShipDate {@code LatestShipDate}
   * @param earliestDeliveryDate {@code EarliestDeliveryDate}
   * @param latestDeliveryDate {@code LatestDeliveryDate}
   * @param businessOrder {@code IsBusinessOrder}
   * @param prime {@code IsPrime}
   * @param premiumOrder {@code IsPremiumOrder}
   * @param globalExpressEnabled {@code IsGlobalExpressEnabled}
   * @param replacedOrderId {@code ReplacedOrderId}: the order this one replaces
   * @param replacementOrder {@code IsReplacementOrder}
   * @param promiseResponseDueDate {@code PromiseResponseDueDate} (Sourcing on Demand)
   * @param estimatedShipDateSet {@code IsEstimatedShipDateSet} (Sourcing on Demand)
   * @param soldByAb {@code IsSoldByAB}
   * @param iba {@code IsIBA}
   * @param ispu {@code IsISPU}: picked up in a store
   * @param accessPointOrder {@code IsAccessPointOrder}
   * @param hasRegulatedItems {@code HasRegulatedItems}
   * @param shippingAddress {@code ShippingAddress}: given only while unshipped, partially shipped,
   *     shipped or invoice unconfirmed
   * @param buyerInfo {@code BuyerInfo}
   */
  public record Order(
      @JsonProperty("AmazonOrderId") String amazonOrderId,
      @JsonProperty("SellerOrderId") Optional<String> sellerOrderId,
      @JsonProperty("PurchaseDate") Instant purchaseDate,
      @JsonProperty("LastUpdateDate") Instant lastUpdateDate,
      @JsonProperty("OrderStatus") OrderStatus orderStatus,
      @JsonProperty("FulfillmentChannel") Optional<FulfillmentChannel> fulfillmentChannel,
      @JsonProperty("SalesChannel") Optional<String> salesChannel,
      @JsonProperty("ShipServiceLevel") Optional<String> shipServiceLevel,
      @JsonProperty("OrderTotal") Optional<Money> orderTotal,
      @JsonProperty("NumberOfItemsShipped") Optional<Integer> numberOfItemsShipped,
      @JsonProperty("NumberOfItemsUnshipped") Optional<Integer> numberOfItemsUnshipped,
      @JsonProperty("PaymentExecutionDetail") List<PaymentExecutionDetailItem> paymentExecutionDetail,
      @JsonProperty("PaymentMethod") Optional<PaymentMethod> paymentMethod,
      @JsonProperty("PaymentMethodDetails") List<String> paymentMethodDetails,
      @JsonProperty("MarketplaceId") Optional<String> marketplaceId,
      @JsonProperty("ShipmentServiceLevelCategory") Optional<String> shipmentServiceLevelCategory,
      @JsonProperty("OrderType") Optional<OrderType> orderType,
      @JsonProperty("EarliestShipDate") Optional<Instant> earliestShipDate,
      @JsonProperty("LatestShipDate") Optional<Instant> latestShipDate,
      @JsonProperty("EarliestDeliveryDate") Optional<Instant> earliestDeliveryDate,
      @JsonProperty("LatestDeliveryDate") Optional<Instant> latestDeliveryDate,
      @JsonProperty("IsBusinessOrder") Boolean businessOrder,
      @JsonProperty("IsPrime") Boolean prime,
      @JsonProperty("IsPremiumOrder") Boolean premiumOrder,
      @JsonProperty("IsGlobalExpressEnabled") Boolean globalExpressEnabled,
      @JsonProperty("ReplacedOrderId") Optional<String> replacedOrderId,
      @JsonProperty("IsReplacementOrder") Boolean replacementOrder,
      @JsonProperty("PromiseResponseDueDate") Optional<Instant> promiseResponseDueDate,
      @JsonProperty("IsEstimatedShipDateSet") Boolean estimatedShipDateSet,
      @JsonProperty("IsSoldByAB") Boolean soldByAb,
      @JsonProperty("IsIBA") Boolean iba,
      @JsonProperty("IsISPU") Boolean ispu,
      @JsonProperty("IsAccessPointOrder") Boolean accessPointOrder,
      @JsonProperty("HasRegulatedItems") Boolean hasRegulatedItems,
      @JsonProperty("ShippingAddress") Optional<Address> shippingAddress,
      @JsonProperty("BuyerInfo") Optional<BuyerInfo> buyerInfo) {
    /** Checks the values: the four required fields, counts not negative, no null element. */
    public Order {
      Check.text("AmazonOrderId", amazonOrderId);
      Check.required("PurchaseDate", purchaseDate);
      Check.required("LastUpdateDate", lastUpdateDate);
      Check.required("OrderStatus", orderStatus);
      sellerOrderId = Check.optional(sellerOrderId);
      fulfillmentChannel = Check.optional(fulfillmentChannel);
      salesChannel = Check.optional(salesChannel);
      shipServiceLevel = Check.optional(shipServiceLevel);
      orderTotal = Check.optional(orderTotal);
      numberOfItemsShipped = Check.optional(numberOfItemsShipped);
      numberOfItemsShipped.ifPresent(n -> Check.notNegative("NumberOfItemsShipped", n));
      numberOfItemsUnshipped = Check.optional(numberOfItemsUnshipped);
      numberOfItemsUnshipped.ifPresent(n -> Check.notNegative("NumberOfItemsUnshipped", n));
      paymentExecutionDetail = Check.list("PaymentExecutionDetail", paymentExecutionDetail);
      paymentMethod = Check.optional(paymentMethod);
      paymentMethodDetails = Check.list("PaymentMethodDetails", paymentMethodDetails);
      marketplaceId = Check.optional(marketplaceId);
      shipmentServiceLevelCategory = Check.optional(shipmentServiceLevelCategory);
      orderType = Check.optional(orderType);
      earliestShipDate = Check.optional(earliestShipDate);
      latestShipDate = Check.optional(latestShipDate);
      earliestDeliveryDate = Check.optional(earliestDeliveryDate);
      latestDeliveryDate = Check.optional(latestDeliveryDate);
      replacedOrderId = Check.optional(replacedOrderId);
      promiseResponseDueDate = Check.optional(promiseResponseDueDate);
      shippingAddress = Check.optional(shippingAddress);
      buyerInfo = Check.optional(buyerInfo);
      businessOrder = Boolean.TRUE.equals(businessOrder);
      prime = Boolean.TRUE.equals(prime);
      premiumOrder = Boolean.TRUE.equals(premiumOrder);
      globalExpressEnabled = Boolean.TRUE.equals(globalExpressEnabled);
      replacementOrder = Boolean.TRUE.equals(replacementOrder);
      estimatedShipDateSet = Boolean.TRUE.equals(estimatedShipDateSet);
      soldByAb = Boolean.TRUE.equals(soldByAb);
      iba = Boolean.TRUE.equals(iba);
      ispu = Boolean.TRUE.equals(ispu);
      accessPointOrder = Boolean.TRUE.equals(accessPointOrder);
      hasRegulatedItems = Boolean.TRUE.equals(hasRegulatedItems);
      if (lastUpdateDate.isBefore(purchaseDate)) {
        throw AmazonPayloadException.atField("LastUpdateDate", lastUpdateDate,
            "must not be before PurchaseDate '" + purchaseDate + "'");
      }
      if (earliestShipDate.isPresent() && latestShipDate.isPresent()
          && latestShipDate.get().isBefore(earliestShipDate.get())) {
        throw AmazonPayloadException.atField("LatestShipDate", latestShipDate.get(),
            "must not be before EarliestShipDate '" + earliestShipDate.get() + "'");
      }
      if (earliestDeliveryDate.isPresent() && latestDeliveryDate.isPresent()
          && latestDeliveryDate.get().isBefore(earliestDeliveryDate.get())) {
        throw AmazonPayloadException.atField("LatestDeliveryDate", latestDeliveryDate.get(),
            "must not be before EarliestDeliveryDate '" + earliestDeliveryDate.get() + "'");
      }
    }
  }

  /**
   * A sub-payment of a COD order ({@code PaymentExecutionDetailItem}).
   *
   * @param payment {@code Payment}, required
   * @param paymentMethod {@code PaymentMethod}, required: {@code COD}, {@code GC}, {@code PointsAccount},
   *     {@code Invoice} ...
   */
  public record PaymentExecutionDetailItem(
      @JsonProperty("Payment") Money payment,
      @JsonProperty("PaymentMethod") String paymentMethod) {
    /** Checks the values: both are required. */
    public PaymentExecutionDetailItem {
      Check.required("Payment", payment);
      Check.text("PaymentMethod", paymentMethod);
    }
  }

  /**
   * A shipping address ({@code Address}).
   *
   * <p>The model marks {@code Name} required, but the API leaves out the name, the street lines and the phone
   * when the caller has no restricted-data token, giving only city, region, postal code and country; such a
   * partial address is read as it comes, with {@link #name()} empty.
   *
   * @param name {@code Name}: absent without a restricted-data token
   * @param companyName {@code CompanyName}
   * @param addressLine1 {@code AddressLine1}
   * @param addressLine2 {@code AddressLine2}
   * @param addressLine3 {@code AddressLine3}
   * @param city {@code City}
   * @param county {@code County}
   * @param district {@code District}
   * @param stateOrRegion {@code StateOrRegion}
   * @param municipality {@code Municipality}
   * @param postalCode {@code PostalCode}
   * @param countryCode {@code CountryCode}: ISO 3166-1 alpha-2
   * @param phone {@code Phone}: the buyer's, suppressed in some cases
   * @param addressType {@code AddressType}
   */
  public record Address(
      @JsonProperty("Name") Optional<String> name,
      @JsonProperty("CompanyName") Optional<String> companyName,
      @JsonProperty("AddressLine1") Optional<String> addressLine1,
      @JsonProperty("AddressLine2") Optional<String> addressLine2,
      @JsonProperty("AddressLine3") Optional<String> addressLine3,
      @JsonProperty("City") Optional<String> city,
      @JsonProperty("County") Optional<String> county,
      @JsonProperty("District") Optional<String> district,
      @JsonProperty("StateOrRegion") Optional<String> stateOrRegion,
      @JsonProperty("Municipality") Optional<String> municipality,
      @JsonProperty("PostalCode") Optional<String> postalCode,
      @JsonProperty("CountryCode") Optional<String> countryCode,
      @JsonProperty("Phone") Optional<String> phone,
      @JsonProperty("AddressType") Optional<AddressType> addressType) {
    /** Normalises absent values to empty. */
    public Address {
      name = Check.optional(name);
      companyName = Check.optional(companyName);
      addressLine1 = Check.optional(addressLine1);
      addressLine2 = Check.optional(addressLine2);
      addressLine3 = Check.optional(addressLine3);
      city = Check.optional(city);
      county = Check.optional(county);
      district = Check.optional(district);
      stateOrRegion = Check.optional(stateOrRegion);
      municipality = Check.optional(municipality);
      postalCode = Check.optional(postalCode);
      countryCode = Check.optional(countryCode);
      phone = Check.optional(phone);
      addressType = Check.optional(addressType);
    }
  }

  /**
   * The buyer as the order carries it ({@code BuyerInfo}).
   *
   * @param buyerEmail {@code BuyerEmail}: an anonymised relay address
   * @param buyerName {@code BuyerName}
   * @param purchaseOrderNumber {@code PurchaseOrderNumber}: the buyer's PO number, on any order where one was entered
   */
  public record BuyerInfo(
      @JsonProperty("BuyerEmail") Optional<String> buyerEmail,
      @JsonProperty("BuyerName") Optional<String> buyerName,
      @JsonProperty("PurchaseOrderNumber") Optional<String> purchaseOrderNumber) {
    /** Normalises absent values to empty. */
    public BuyerInfo {
      buyerEmail = Check.optional(buyerEmail);
      buyerName = Check.optional(buyerName);
      purchaseOrderNumber = Check.optional(purchaseOrderNumber);
    }
  }

  /**
   * The payload of {@code getOrders} ({@code OrdersList}).
   *
   * @param orders {@code Orders}, required
   * @param nextToken {@code NextToken}: present when another page follows
   */
  public record OrdersList(
      @JsonProperty("Orders") List<Order> orders,
      @JsonProperty("NextToken") Optional<String> nextToken) {
    /** Checks the values: the list is required. */
    public OrdersList {
      orders = Check.list("Orders", Check.required("Orders", orders));
      nextToken = Check.optional(nextToken).filter(t -> !t.isEmpty());
    }
  }

  /**
   * The payload of {@code getOrderItems} ({@code OrderItemsList}): one page of an order's items.
   *
   * @param orderItems {@code OrderItems}, required
   * @param nextToken {@code NextToken}: present when another page follows
   * @param amazonOrderId {@code AmazonOrderId}, required
   */
  public record OrderItemsList(
      @JsonProperty("OrderItems") List<OrderItem> orderItems,
      @JsonProperty("NextToken") Optional<String> nextToken,
      @JsonProperty("AmazonOrderId") String amazonOrderId) {
    /** Checks the values: the list and the order id are required; no item id twice. */
    public OrderItemsList {
      orderItems = Check.list("OrderItems", Check.required("OrderItems", orderItems));
      nextToken = Check.optional(nextToken).filter(t -> !t.isEmpty());
      Check.text("AmazonOrderId", amazonOrderId);
      for (int i = 0; i < orderItems.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (orderItems.get(j).orderItemId().equals(orderItems.get(i).orderItemId())) {
            throw AmazonPayloadException.atField("OrderItems[" + i + "].OrderItemId",
                orderItems.get(i).orderItemId(), "appears on two items");
          }
        }
      }
    }
  }

  /**
   * One item of an order ({@code OrderItem}). Amounts are for the whole item: {@code ItemPrice} is the unit
   * price times the quantity ordered.
   *
   * @param asin {@code ASIN}, required
   * @param sellerSku {@code SellerSKU}
   * @param orderItemId {@code OrderItemId}, required
   * @param title {@code Title}
   * @param quantityOrdered {@code QuantityOrdered}, required
   * @param quantityShipped {@code QuantityShipped}
   * @param pointsGranted {@code PointsGranted}
   * @param itemPrice {@code ItemPrice}: unit price times quantity, without shipping and gift wrap
   * @param shippingPrice {@code ShippingPrice}
   * @param itemTax {@code ItemTax}
   * @param shippingTax {@code ShippingTax}
   * @param shippingDiscount {@code ShippingDiscount}
   * @param shippingDiscountTax {@code ShippingDiscountTax}
   * @param promotionDiscount {@code PromotionDiscount}
   * @param promotionDiscountTax {@code PromotionDiscountTax}
   * @param promotionIds {@code PromotionIds}
   * @param codFee {@code CODFee}
   * @param codFeeDiscount {@code CODFeeDiscount}
   * @param isGift {@code IsGift}: the API's text {@code "true"} or {@code "false"}; see {@link #gift()}
   * @param conditionId {@code ConditionId}, such as {@code New}
   * @param conditionSubtypeId {@code ConditionSubtypeId}, such as {@code Mint}
   * @param scheduledDeliveryStartDate {@code ScheduledDeliveryStartDate}
   * @param scheduledDeliveryEndDate {@code ScheduledDeliveryEndDate}
   * @param priceDesignation {@code PriceDesignation}, such as {@code BusinessPrice}
   * @param buyerInfo {@code BuyerInfo}: gift wrap, gift message, customisation
   * @param buyerRequestedCancel {@code BuyerRequestedCancel}
   */
  public record OrderItem(
      @JsonProperty("ASIN") String asin,
      @JsonProperty("SellerSKU") Optional<String> sellerSku,
      @JsonProperty("OrderItemId") String orderItemId,
      @JsonProperty("Title") Optional<String> title,
      @JsonProperty("QuantityOrdered") Integer quantityOrdered,
      @JsonProperty("QuantityShipped") Optional<Integer> quantityShipped,
      @JsonProperty("PointsGranted") Optional<PointsGrantedDetail> pointsGranted,
      @JsonProperty("ItemPrice") Optional<Money> itemPrice,
      @JsonProperty("ShippingPrice") Optional<Money> shippingPrice,
      @JsonProperty("ItemTax") Optional<Money> itemTax,
      @JsonProperty("ShippingTax") Optional<Money> shippingTax,
      @JsonProperty("ShippingDiscount") Optional<Money> shippingDiscount,
      @JsonProperty("ShippingDiscountTax") Optional<Money> shippingDiscountTax,
      @JsonProperty("PromotionDiscount") Optional<Money> promotionDiscount,
      @JsonProperty("PromotionDiscountTax") Optional<Money> promotionDiscountTax,
      @JsonProperty("PromotionIds") List<String> promotionIds,
      @JsonProperty("CODFee") Optional<Money> codFee,
      @JsonProperty("CODFeeDiscount") Optional<Money> codFeeDiscount,
      @JsonProperty("IsGift") Optional<String> isGift,
      @JsonProperty("ConditionId") Optional<String> conditionId,
      @JsonProperty("ConditionSubtypeId") Optional<String> conditionSubtypeId,
      @JsonProperty("ScheduledDeliveryStartDate") Optional<Instant> scheduledDeliveryStartDate,
      @JsonProperty("ScheduledDeliveryEndDate") Optional<Instant> scheduledDeliveryEndDate,
      @JsonProperty("PriceDesignation") Optional<String> priceDesignation,
      @JsonProperty("BuyerInfo") Optional<ItemBuyerInfo> buyerInfo,
      @JsonProperty("BuyerRequestedCancel") Optional<BuyerRequestedCancel> buyerRequestedCancel) {
    /** Checks the values: required fields; quantity ordered positive; no more shipped than ordered. */
    public OrderItem {
      Check.text("ASIN", asin);
      Check.text("OrderItemId", orderItemId);
      Check.required("QuantityOrdered", quantityOrdered);
      if (quantityOrdered <= 0) {
        throw AmazonPayloadException.atField("QuantityOrdered", quantityOrdered, "must be positive");
      }
      sellerSku = Check.optional(sellerSku);
      title = Check.optional(title);
      quantityShipped = Check.optional(quantityShipped);
      if (quantityShipped.isPresent()) {
        int shipped = Check.notNegative("QuantityShipped", quantityShipped.get());
        if (shipped > quantityOrdered) {
          throw AmazonPayloadException.atField("QuantityShipped", shipped,
              "must not exceed QuantityOrdered '" + quantityOrdered + "'");
        }
      }
      pointsGranted = Check.optional(pointsGranted);
      itemPrice = Check.optional(itemPrice);
      shippingPrice = Check.optional(shippingPrice);
      itemTax = Check.optional(itemTax);
      shippingTax = Check.optional(shippingTax);
      shippingDiscount = Check.optional(shippingDiscount);
      shippingDiscountTax = Check.optional(shippingDiscountTax);
      promotionDiscount = Check.optional(promotionDiscount);
      promotionDiscountTax = Check.optional(promotionDiscountTax);
      promotionIds = Check.list("PromotionIds", promotionIds);
      codFee = Check.optional(codFee);
      codFeeDiscount = Check.optional(codFeeDiscount);
      isGift = Check.optional(isGift);
      Check.textBoolean("IsGift", isGift);
      conditionId = Check.optional(conditionId);
      conditionSubtypeId = Check.optional(conditionSubtypeId);
      scheduledDeliveryStartDate = Check.optional(scheduledDeliveryStartDate);
      scheduledDeliveryEndDate = Check.optional(scheduledDeliveryEndDate);
      priceDesignation = Check.optional(priceDesignation);
      buyerInfo = Check.optional(buyerInfo);
      buyerRequestedCancel = Check.optional(buyerRequestedCancel);
      if (scheduledDeliveryStartDate.isPresent() && scheduledDeliveryEndDate.isPresent()
          && scheduledDeliveryEndDate.get().isBefore(scheduledDeliveryStartDate.get())) {
        throw AmazonPayloadException.atField("ScheduledDeliveryEndDate", scheduledDeliveryEndDate.get(),
            "must not be before ScheduledDeliveryStartDate '" + scheduledDeliveryStartDate.get() + "'");
      }
    }

    /** Returns {@code IsGift} read as a flag: empty when absent. */
    public Optional<Boolean> gift() {
      return Check.textBoolean("IsGift", isGift);
    }

    /** Returns every amount of the item with the field it came from, for currency checks. */
    List<Amount> amounts() {
      List<Amount> amounts = new java.util.ArrayList<>();
      pointsGranted.flatMap(PointsGrantedDetail::pointsMonetaryValue)
          .ifPresent(m -> amounts.add(new Amount("PointsGranted.PointsMonetaryValue", m)));
      itemPrice.ifPresent(m -> amounts.add(new Amount("ItemPrice", m)));
      shippingPrice.ifPresent(m -> amounts.add(new Amount("ShippingPrice", m)));
      itemTax.ifPresent(m -> amounts.add(new Amount("ItemTax", m)));
      shippingTax.ifPresent(m -> amounts.add(new Amount("ShippingTax", m)));
      shippingDiscount.ifPresent(m -> amounts.add(new Amount("ShippingDiscount", m)));
      shippingDiscountTax.ifPresent(m -> amounts.add(new Amount("ShippingDiscountTax", m)));
      promotionDiscount.ifPresent(m -> amounts.add(new Amount("PromotionDiscount", m)));
      promotionDiscountTax.ifPresent(m -> amounts.add(new Amount("PromotionDiscountTax", m)));
      codFee.ifPresent(m -> amounts.add(new Amount("CODFee", m)));
      codFeeDiscount.ifPresent(m -> amounts.add(new Amount("CODFeeDiscount", m)));
      buyerInfo.ifPresent(b -> b.amounts().forEach(a -> amounts.add(new Amount("BuyerInfo." + a.field(), a.money()))));
      return amounts;
    }
  }

  /** An amount and the field it came from. */
  record Amount(String field, Money money) {}

  /**
   * The points granted with an item ({@code PointsGrantedDetail}).
   *
   * @param pointsNumber {@code PointsNumber}
   * @param pointsMonetaryValue {@code PointsMonetaryValue}
   */
  public record PointsGrantedDetail(
      @JsonProperty("PointsNumber") Optional<Integer> pointsNumber,
      @JsonProperty("PointsMonetaryValue") Optional<Money> pointsMonetaryValue) {
    /** Normalises absent values to empty; the number is not negative. */
    public PointsGrantedDetail {
      pointsNumber = Check.optional(pointsNumber);
      pointsNumber.ifPresent(n -> Check.notNegative("PointsNumber", n));
      pointsMonetaryValue = Check.optional(pointsMonetaryValue);
    }
  }

  /**
   * A buyer's cancellation request for an item ({@code BuyerRequestedCancel}).
   *
   * @param isBuyerRequestedCancel {@code IsBuyerRequestedCancel}: the API's text {@code "true"} or
   *     {@code "false"}; see {@link #requested()}
   * @param buyerCancelReason {@code BuyerCancelReason}
   */
  public record BuyerRequestedCancel(
      @JsonProperty("IsBuyerRequestedCancel") Optional<String> isBuyerRequestedCancel,
      @JsonProperty("BuyerCancelReason") Optional<String> buyerCancelReason) {
    /** Checks the values: the flag is {@code "true"} or {@code "false"} when present. */
    public BuyerRequestedCancel {
      isBuyerRequestedCancel = Check.optional(isBuyerRequestedCancel);
      Check.textBoolean("IsBuyerRequestedCancel", isBuyerRequestedCancel);
      buyerCancelReason = Check.optional(buyerCancelReason);
    }

    /** Returns whether the buyer asked to cancel the item. */
    public boolean requested() {
      return Check.textBoolean("IsBuyerRequestedCancel", isBuyerRequestedCancel).orElse(false);
    }
  }

  /**
   * What the buyer chose for an item: gift wrap and message, customisation ({@code ItemBuyerInfo}).
   *
   * @param buyerCustomizedInfo {@code BuyerCustomizedInfo}
   * @param giftWrapPrice {@code GiftWrapPrice}
   * @param giftWrapTax {@code GiftWrapTax}
   * @param giftMessageText {@code GiftMessageText}
   * @param giftWrapLevel {@code GiftWrapLevel}
   */
  public record ItemBuyerInfo(
      @JsonProperty("BuyerCustomizedInfo") Optional<BuyerCustomizedInfoDetail> buyerCustomizedInfo,
      @JsonProperty("GiftWrapPrice") Optional<Money> giftWrapPrice,
      @JsonProperty("GiftWrapTax") Optional<Money> giftWrapTax,
      @JsonProperty("GiftMessageText") Optional<String> giftMessageText,
      @JsonProperty("GiftWrapLevel") Optional<String> giftWrapLevel) {
    /** Normalises absent values to empty. */
    public ItemBuyerInfo {
      buyerCustomizedInfo = Check.optional(buyerCustomizedInfo);
      giftWrapPrice = Check.optional(giftWrapPrice);
      giftWrapTax = Check.optional(giftWrapTax);
      giftMessageText = Check.optional(giftMessageText);
      giftWrapLevel = Check.optional(giftWrapLevel);
    }

    List<Amount> amounts() {
      List<Amount> amounts = new java.util.ArrayList<>();
      giftWrapPrice.ifPresent(m -> amounts.add(new Amount("GiftWrapPrice", m)));
      giftWrapTax.ifPresent(m -> amounts.add(new Amount("GiftWrapTax", m)));
      return amounts;
    }
  }

  /**
   * Where the buyer's customisation of an Amazon Custom item is ({@code BuyerCustomizedInfoDetail}).
   *
   * @param customizedUrl {@code CustomizedURL}: a zip file of the customisation data
   */
  public record BuyerCustomizedInfoDetail(@JsonProperty("CustomizedURL") Optional<String> customizedUrl) {
    /** Normalises an absent value to empty. */
    public BuyerCustomizedInfoDetail {
      customizedUrl = Check.optional(customizedUrl);
    }
  }

  /**
   * The payload of {@code getOrderAddress} ({@code OrderAddress}).
   *
   * @param amazonOrderId {@code AmazonOrderId}, required
   * @param buyerCompanyName {@code BuyerCompanyName}
   * @param shippingAddress {@code ShippingAddress}: given only while unshipped, partially shipped,
   *     shipped or invoice unconfirmed
   */
  public record OrderAddress(
      @JsonProperty("AmazonOrderId") String amazonOrderId,
      @JsonProperty("BuyerCompanyName") Optional<String> buyerCompanyName,
      @JsonProperty("ShippingAddress") Optional<Address> shippingAddress) {
    /** Checks the values: the order id is required. */
    public OrderAddress {
      Check.text("AmazonOrderId", amazonOrderId);
      buyerCompanyName = Check.optional(buyerCompanyName);
      shippingAddress = Check.optional(shippingAddress);
    }
  }

  /**
   * The payload of {@code getOrderBuyerInfo} ({@code OrderBuyerInfo}).
   *
   * @param amazonOrderId {@code AmazonOrderId}, required
   * @param buyerEmail {@code BuyerEmail}
   * @param buyerName {@code BuyerName}
   * @param purchaseOrderNumber {@code PurchaseOrderNumber}
   */
  public record OrderBuyerInfo(
      @JsonProperty("AmazonOrderId") String amazonOrderId,
      @JsonProperty("BuyerEmail") Optional<String> buyerEmail,
      @JsonProperty("BuyerName") Optional<String> buyerName,
      @JsonProperty("PurchaseOrderNumber") Optional<String> purchaseOrderNumber) {
    /** Checks the values: the order id is required. */
    public OrderBuyerInfo {
      Check.text("AmazonOrderId", amazonOrderId);
      buyerEmail = Check.optional(buyerEmail);
      buyerName = Check.optional(buyerName);
      purchaseOrderNumber = Check.optional(purchaseOrderNumber);
    }

    /** Returns the same facts as the order's embedded {@link BuyerInfo}. */
    public BuyerInfo toBuyerInfo() {
      return new BuyerInfo(buyerEmail, buyerName, purchaseOrderNumber);
    }
  }

  /**
   * The payload of {@code getOrderItemsBuyerInfo} ({@code OrderItemsBuyerInfoList}): one page.
   *
   * @param orderItems {@code OrderItems}, required
   * @param nextToken {@code NextToken}: present when another page follows
   * @param amazonOrderId {@code AmazonOrderId}, required
   */
  public record OrderItemsBuyerInfoList(
      @JsonProperty("OrderItems") List<OrderItemBuyerInfo> orderItems,
      @JsonProperty("NextToken") Optional<String> nextToken,
      @JsonProperty("AmazonOrderId") String amazonOrderId) {
    /** Checks the values: the list and the order id are required. */
    public OrderItemsBuyerInfoList {
      orderItems = Check.list("OrderItems", Check.required("OrderItems", orderItems));
      nextToken = Check.optional(nextToken).filter(t -> !t.isEmpty());
      Check.text("AmazonOrderId", amazonOrderId);
    }
  }

  /**
   * One item's buyer information ({@code OrderItemBuyerInfo}).
   *
   * @param orderItemId {@code OrderItemId}, required
   * @param buyerCustomizedInfo {@code BuyerCustomizedInfo}
   * @param giftWrapPrice {@code GiftWrapPrice}
   * @param giftWrapTax {@code GiftWrapTax}
   * @param giftMessageText {@code GiftMessageText}
   * @param giftWrapLevel {@code GiftWrapLevel}
   */
  public record OrderItemBuyerInfo(
      @JsonProperty("OrderItemId") String orderItemId,
      @JsonProperty("BuyerCustomizedInfo") Optional<BuyerCustomizedInfoDetail> buyerCustomizedInfo,
      @JsonProperty("GiftWrapPrice") Optional<Money> giftWrapPrice,
      @JsonProperty("GiftWrapTax") Optional<Money> giftWrapTax,
      @JsonProperty("GiftMessageText") Optional<String> giftMessageText,
      @JsonProperty("GiftWrapLevel") Optional<String> giftWrapLevel) {
    /** Checks the values: the item id is required. */
    public OrderItemBuyerInfo {
      Check.text("OrderItemId", orderItemId);
      buyerCustomizedInfo = Check.optional(buyerCustomizedInfo);
      giftWrapPrice = Check.optional(giftWrapPrice);
      giftWrapTax = Check.optional(giftWrapTax);
      giftMessageText = Check.optional(giftMessageText);
      giftWrapLevel = Check.optional(giftWrapLevel);
    }

    /** Returns the same facts as an item's embedded {@link ItemBuyerInfo}. */
    public ItemBuyerInfo toItemBuyerInfo() {
      return new ItemBuyerInfo(buyerCustomizedInfo, giftWrapPrice, giftWrapTax, giftMessageText, giftWrapLevel);
    }
  }
}
