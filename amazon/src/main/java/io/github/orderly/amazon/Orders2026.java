package io.github.orderly.amazon;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The records of the Selling Partner API's Orders API version 2026-01-01 ({@code searchOrders},
 * {@code getOrder} with {@code includedData}), as its model defines them, read by {@link AmazonReader}.
 * Each record has the API's field names in JSON and the API's definition name in Java.
 *
 * <p>What {@code includedData} did not ask for is absent: an order read without {@code FULFILLMENT} has
 * no {@link Order#fulfillment()}, hence no status. Every field the API documents is either a component of
 * its record or listed, with the reason it is not used, in the module's documentation; amounts are
 * {@link Money} at their currency's scale, one currency per order; timestamps are {@link Instant}s. Codes
 * that the API lists as an enumeration, and the proceeds categories and cancelling parties that decide
 * money and responsibility, are Java enums, so that an unknown value fails; the other "possible values"
 * lists (programs, service levels, address types) are kept as text.
 *
 * <p>The records nested here mirror the marketplace's JSON as Jackson reads it: their lists are the lists Jackson made, so they are not deeply immutable; once read and left
 * unchanged they are thread-safe.
 */
public final class Orders2026 {
  private Orders2026() {}

  /** An order's fulfilment status ({@code FulfillmentStatus}). */
  public enum FulfillmentStatus {
    /** A pre-order: payment not authorised, the release date still ahead. */
    PENDING_AVAILABILITY,
    /** Placed, not ready to ship. */
    PENDING,
    /** Ready to ship, nothing shipped. */
    UNSHIPPED,
    /** Some but not all items shipped. */
    PARTIALLY_SHIPPED,
    /** Every item shipped. */
    SHIPPED,
    /** Cancelled. */
    CANCELLED,
    /** Cannot be fulfilled (marketplace-fulfilled orders placed elsewhere). */
    UNFULFILLABLE
  }

  /** Who fulfils the order ({@code fulfilledBy}). */
  public enum FulfilledBy {
    /** The seller. */
    MERCHANT,
    /** The marketplace. */
    AMAZON
  }

  /** A proceeds category ({@code type} of a proceeds breakdown, {@code subtype} of a detailed breakdown). */
  public enum ProceedsType {
    /** The items' price. */
    ITEM,
    /** Shipping. */
    SHIPPING,
    /** Gift wrap. */
    GIFT_WRAP,
    /** The cash-on-delivery fee. */
    COD_FEE,
    /** Tax. */
    TAX,
    /** Discounts. */
    DISCOUNT,
    /** A delivery tip, charged separately and never attributed to an item. */
    DELIVERY_TIP,
    /** Anything else. */
    OTHER
  }

  /** Who asked for or carried out a cancellation ({@code requester}, {@code cancelledBy}). */
  public enum CancellationParty {
    /** The buyer. */
    BUYER,
    /** The seller. */
    MERCHANT,
    /** The marketplace. */
    AMAZON
  }

  /** A package's status ({@code PackageStatus.status}). */
  public enum PackageState {
    /** Being prepared, not handed to the carrier. */
    PENDING,
    /** With the carrier. */
    IN_TRANSIT,
    /** Dispatched to the buyer. */
    SHIPPED,
    /** Delivered. */
    DELIVERED,
    /** Cancelled before delivery. */
    CANCELLED,
    /** Could not be delivered. */
    UNDELIVERABLE
  }

  /**
   * The response of {@code searchOrders} ({@code SearchOrdersResponse}).
   *
   * @param orders {@code orders}, required
   * @param pagination {@code pagination}: absent on the last page
   * @param lastUpdatedBefore {@code lastUpdatedBefore}
   * @param createdBefore {@code createdBefore}
   */
  public record SearchOrdersResponse(
      @JsonProperty("orders") List<Order> orders,
      @JsonProperty("pagination") Optional<Pagination> pagination,
      @JsonProperty("lastUpdatedBefore") Optional<Instant> lastUpdatedBefore,
      @JsonProperty("createdBefore") Optional<Instant> createdBefore) {
    /** Checks the values: the list is required. */
    public SearchOrdersResponse {
      orders = Check.list("orders", Check.required("orders", orders));
      pagination = Check.optional(pagination);
      lastUpdatedBefore = Check.optional(lastUpdatedBefore);
      createdBefore = Check.optional(createdBefore);
    }

    /** Returns the token of the next page, empty on the last page. */
    public Optional<String> nextToken() {
      return pagination.flatMap(Pagination::nextToken).filter(t -> !t.isEmpty());
    }
  }

  /**
   * Where the next page is ({@code Pagination}).
   *
   * @param nextToken {@code nextToken}
   */
  public record Pagination(@JsonProperty("nextToken") Optional<String> nextToken) {
    /** Normalises an absent value to empty. */
    public Pagination {
      nextToken = Check.optional(nextToken);
    }
  }

  /** The response of {@code getOrder} ({@code GetOrderResponse}). */
  record GetOrderResponse(@JsonProperty("order") Order order) {
    GetOrderResponse {
      Check.required("order", order);
    }
  }

  /**
   * An order ({@code Order}), with what {@code includedData} asked for.
   *
   * @param orderId {@code orderId}, required
   * @param orderAliases {@code orderAliases}: other ids, such as the seller's order id
   * @param createdTime {@code createdTime}, required: when the buyer placed the order
   * @param lastUpdatedTime {@code lastUpdatedTime}, required
   * @param programs {@code programs}, such as {@code PRIME}, {@code AMAZON_BUSINESS}, {@code PREORDER}
   * @param associatedOrders {@code associatedOrders}: replaced or exchanged orders
   * @param salesChannel {@code salesChannel}, required
   * @param buyer {@code buyer} ({@code BUYER})
   * @param recipient {@code recipient} ({@code RECIPIENT})
   * @param proceeds {@code proceeds} ({@code PROCEEDS})
   * @param payment {@code payment} ({@code PAYMENT})
   * @param fulfillment {@code fulfillment} ({@code FULFILLMENT})
   * @param orderItems {@code orderItems}, required, at least one
   * @param packages {@code packages} ({@code PACKAGES}, seller-fulfilled orders)
   */
  public record Order(
      @JsonProperty("orderId") String orderId,
      @JsonProperty("orderAliases") List<Alias> orderAliases,
      @JsonProperty("createdTime") Instant createdTime,
      @JsonProperty("lastUpdatedTime") Instant lastUpdatedTime,
      @JsonProperty("programs") List<String> programs,
      @JsonProperty("associatedOrders") List<AssociatedOrder> associatedOrders,
      @JsonProperty("salesChannel") SalesChannel salesChannel,
      @JsonProperty("buyer") Optional<Buyer> buyer,
      @JsonProperty("recipient") Optional<Recipient> recipient,
      @JsonProperty("proceeds") Optional<OrderProceeds> proceeds,
      @JsonProperty("payment") Optional<OrderPayment> payment,
      @JsonProperty("fulfillment") Optional<OrderFulfillment> fulfillment,
      @JsonProperty("orderItems") List<OrderItem> orderItems,
      @JsonProperty("packages") List<OrderPackage> packages) {
    /**
     * Checks the values: required fields; at least one item, no item id twice; one currency for every
     * amount; packages name items the order has; last update not before creation.
     */
    public Order {
      Check.text("orderId", orderId);
      orderAliases = Check.list("orderAliases", orderAliases);
      Check.required("createdTime", createdTime);
      Check.required("lastUpdatedTime", lastUpdatedTime);
      programs = Check.list("programs", programs);
      associatedOrders = Check.list("associatedOrders", associatedOrders);
      Check.required("salesChannel", salesChannel);
      buyer = Check.optional(buyer);
      recipient = Check.optional(recipient);
      proceeds = Check.optional(proceeds);
      payment = Check.optional(payment);
      fulfillment = Check.optional(fulfillment);
      orderItems = Check.list("orderItems", Check.required("orderItems", orderItems));
      packages = Check.list("packages", packages);
      if (lastUpdatedTime.isBefore(createdTime)) {
        throw AmazonPayloadException.atField("lastUpdatedTime", lastUpdatedTime,
            "must not be before createdTime '" + createdTime + "'");
      }
      if (orderItems.isEmpty()) {
        throw AmazonPayloadException.atField("orderItems", "[]", "an order has at least one item");
      }
      for (int i = 0; i < orderItems.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (orderItems.get(j).orderItemId().equals(orderItems.get(i).orderItemId())) {
            throw AmazonPayloadException.atField("orderItems[" + i + "].orderItemId",
                orderItems.get(i).orderItemId(), "appears on two items");
          }
        }
      }
      for (int p = 0; p < packages.size(); p++) {
        List<PackageItem> items = packages.get(p).packageItems();
        for (int i = 0; i < items.size(); i++) {
          String id = items.get(i).orderItemId();
          if (orderItems.stream().noneMatch(item -> item.orderItemId().equals(id))) {
            throw AmazonPayloadException.atField("packages[" + p + "].packageItems[" + i + "].orderItemId", id,
                "names an item the order does not have");
          }
        }
      }
      List<OrdersV0.Amount> amounts = amounts(proceeds, payment, orderItems);
      if (!amounts.isEmpty()) {
        Currency currency = amounts.get(0).money().currency();
        for (OrdersV0.Amount a : amounts) {
          if (!a.money().currency().equals(currency)) {
            throw AmazonPayloadException.atField(a.field() + ".currencyCode", a.money().currency().getCurrencyCode(),
                "currency must be " + currency.getCurrencyCode() + " like " + amounts.get(0).field()
                    + ": an order has one currency");
          }
        }
      }
    }

    /** Returns the order's status, when {@code FULFILLMENT} was included. */
    public Optional<FulfillmentStatus> fulfillmentStatus() {
      return fulfillment.map(OrderFulfillment::fulfillmentStatus);
    }

    private static List<OrdersV0.Amount> amounts(Optional<OrderProceeds> proceeds, Optional<OrderPayment> payment,
        List<OrderItem> items) {
      List<OrdersV0.Amount> amounts = new ArrayList<>();
      proceeds.ifPresent(p -> {
        p.grandTotal().ifPresent(m -> amounts.add(new OrdersV0.Amount("proceeds.grandTotal", m)));
        for (int b = 0; b < p.breakdowns().size(); b++) {
          amounts.add(new OrdersV0.Amount("proceeds.breakdowns[" + b + "].subtotal", p.breakdowns().get(b).subtotal()));
        }
      });
      payment.ifPresent(p -> {
        for (int e = 0; e < p.paymentExecutions().size(); e++) {
          int index = e;
          p.paymentExecutions().get(e).paymentAmount().ifPresent(m ->
              amounts.add(new OrdersV0.Amount("payment.paymentExecutions[" + index + "].paymentAmount", m)));
        }
      });
      for (int i = 0; i < items.size(); i++) {
        for (OrdersV0.Amount a : items.get(i).amounts()) {
          amounts.add(new OrdersV0.Amount("orderItems[" + i + "]." + a.field(), a.money()));
        }
      }
      return amounts;
    }
  }

  /**
   * Another id of the order ({@code Alias}).
   *
   * @param aliasId {@code aliasId}, required
   * @param aliasType {@code aliasType}, required, such as {@code SELLER_ORDER_ID}
   */
  public record Alias(@JsonProperty("aliasId") String aliasId, @JsonProperty("aliasType") String aliasType) {
    /** Checks the values: both are required. */
    public Alias {
      Check.text("aliasId", aliasId);
      Check.text("aliasType", aliasType);
    }
  }

  /**
   * A related order ({@code AssociatedOrder}).
   *
   * @param orderId {@code orderId}
   * @param associationType {@code associationType}: {@code REPLACEMENT_ORIGINAL_ID} or {@code EXCHANGE_ORIGINAL_ID}
   */
  public record AssociatedOrder(
      @JsonProperty("orderId") Optional<String> orderId,
      @JsonProperty("associationType") Optional<String> associationType) {
    /** Normalises absent values to empty. */
    public AssociatedOrder {
      orderId = Check.optional(orderId);
      associationType = Check.optional(associationType);
    }
  }

  /**
   * Where the order was placed ({@code SalesChannel}).
   *
   * @param channelName {@code channelName}, required: {@code AMAZON} or {@code NON_AMAZON}
   * @param marketplaceId {@code marketplaceId}
   * @param marketplaceName {@code marketplaceName}, such as {@code Amazon.co.jp}
   */
  public record SalesChannel(
      @JsonProperty("channelName") String channelName,
      @JsonProperty("marketplaceId") Optional<String> marketplaceId,
      @JsonProperty("marketplaceName") Optional<String> marketplaceName) {
    /** Checks the values: the channel name is required. */
    public SalesChannel {
      Check.text("channelName", channelName);
      marketplaceId = Check.optional(marketplaceId);
      marketplaceName = Check.optional(marketplaceName);
    }
  }

  /**
   * The buyer ({@code Buyer}).
   *
   * @param buyerName {@code buyerName}
   * @param buyerEmail {@code buyerEmail}: an anonymised relay address
   * @param buyerCompanyName {@code buyerCompanyName}
   * @param buyerPurchaseOrderNumber {@code buyerPurchaseOrderNumber}
   */
  public record Buyer(
      @JsonProperty("buyerName") Optional<String> buyerName,
      @JsonProperty("buyerEmail") Optional<String> buyerEmail,
      @JsonProperty("buyerCompanyName") Optional<String> buyerCompanyName,
      @JsonProperty("buyerPurchaseOrderNumber") Optional<String> buyerPurchaseOrderNumber) {
    /** Normalises absent values to empty. */
    public Buyer {
      buyerName = Check.optional(buyerName);
      buyerEmail = Check.optional(buyerEmail);
      buyerCompanyName = Check.optional(buyerCompanyName);
      buyerPurchaseOrderNumber = Check.optional(buyerPurchaseOrderNumber);
    }
  }

  /**
   * Where the order goes ({@code Recipient}).
   *
   * @param deliveryAddress {@code deliveryAddress}
   */
  public record Recipient(@JsonProperty("deliveryAddress") Optional<CustomerAddress> deliveryAddress) {
    /** Normalises an absent value to empty. */
    public Recipient {
      deliveryAddress = Check.optional(deliveryAddress);
    }
  }

  /**
   * A delivery address ({@code CustomerAddress}).
   *
   * @param name {@code name}
   * @param companyName {@code companyName}
   * @param addressLine1 {@code addressLine1}
   * @param addressLine2 {@code addressLine2}
   * @param addressLine3 {@code addressLine3}
   * @param city {@code city}
   * @param districtOrCounty {@code districtOrCounty}
   * @param stateOrRegion {@code stateOrRegion}
   * @param municipality {@code municipality}
   * @param postalCode {@code postalCode}
   * @param countryCode {@code countryCode}
   * @param phone {@code phone}
   * @param addressType {@code addressType}: {@code RESIDENTIAL}, {@code COMMERCIAL}, {@code PICKUP_POINT}
   */
  public record CustomerAddress(
      @JsonProperty("name") Optional<String> name,
      @JsonProperty("companyName") Optional<String> companyName,
      @JsonProperty("addressLine1") Optional<String> addressLine1,
      @JsonProperty("addressLine2") Optional<String> addressLine2,
      @JsonProperty("addressLine3") Optional<String> addressLine3,
      @JsonProperty("city") Optional<String> city,
      @JsonProperty("districtOrCounty") Optional<String> districtOrCounty,
      @JsonProperty("stateOrRegion") Optional<String> stateOrRegion,
      @JsonProperty("municipality") Optional<String> municipality,
      @JsonProperty("postalCode") Optional<String> postalCode,
      @JsonProperty("countryCode") Optional<String> countryCode,
      @JsonProperty("phone") Optional<String> phone,
      @JsonProperty("addressType") Optional<String> addressType) {
    /** Normalises absent values to empty. */
    public CustomerAddress {
      name = Check.optional(name);
      companyName = Check.optional(companyName);
      addressLine1 = Check.optional(addressLine1);
      addressLine2 = Check.optional(addressLine2);
      addressLine3 = Check.optional(addressLine3);
      city = Check.optional(city);
      districtOrCounty = Check.optional(districtOrCounty);
      stateOrRegion = Check.optional(stateOrRegion);
      municipality = Check.optional(municipality);
      postalCode = Check.optional(postalCode);
      countryCode = Check.optional(countryCode);
      phone = Check.optional(phone);
      addressType = Check.optional(addressType);
    }
  }

  /**
   * What the seller receives for the order ({@code OrderProceeds}).
   *
   * @param grandTotal {@code grandTotal}
   * @param breakdowns {@code breakdowns}: per category, aggregated over the items, plus {@code DELIVERY_TIP}
   */
  public record OrderProceeds(
      @JsonProperty("grandTotal") Optional<Money> grandTotal,
      @JsonProperty("breakdowns") List<OrderProceedsBreakdown> breakdowns) {
    /** Normalises absent values to empty. */
    public OrderProceeds {
      grandTotal = Check.optional(grandTotal);
      breakdowns = Check.list("breakdowns", breakdowns);
    }
  }

  /**
   * One category of the order's proceeds ({@code OrderProceedsBreakdown}).
   *
   * @param type {@code type}, required
   * @param status {@code status}: {@code PENDING} or {@code FINALIZED}, for separately processed charges
   * @param subtotal {@code subtotal}, required
   */
  public record OrderProceedsBreakdown(
      @JsonProperty("type") ProceedsType type,
      @JsonProperty("status") Optional<String> status,
      @JsonProperty("subtotal") Money subtotal) {
    /** Checks the values: type and subtotal are required. */
    public OrderProceedsBreakdown {
      Check.required("type", type);
      status = Check.optional(status);
      Check.required("subtotal", subtotal);
    }
  }

  /**
   * How the order was paid ({@code OrderPayment}).
   *
   * @param paymentExecutions {@code paymentExecutions}
   */
  public record OrderPayment(@JsonProperty("paymentExecutions") List<PaymentExecution> paymentExecutions) {
    /** Normalises an absent list to empty. */
    public OrderPayment {
      paymentExecutions = Check.list("paymentExecutions", paymentExecutions);
    }
  }

  /**
   * One payment ({@code PaymentExecution}).
   *
   * @param paymentMethod {@code paymentMethod}, such as {@code CreditCard}, {@code CashOnDelivery}
   * @param paymentAmount {@code paymentAmount}
   */
  public record PaymentExecution(
      @JsonProperty("paymentMethod") Optional<String> paymentMethod,
      @JsonProperty("paymentAmount") Optional<Money> paymentAmount) {
    /** Normalises absent values to empty. */
    public PaymentExecution {
      paymentMethod = Check.optional(paymentMethod);
      paymentAmount = Check.optional(paymentAmount);
    }
  }

  /**
   * How the order is fulfilled ({@code OrderFulfillment}).
   *
   * @param fulfillmentStatus {@code fulfillmentStatus}, required
   * @param fulfilledBy {@code fulfilledBy}
   * @param fulfillmentServiceLevel {@code fulfillmentServiceLevel}, such as {@code SECOND_DAY}
   * @param shipByWindow {@code shipByWindow}
   * @param deliverByWindow {@code deliverByWindow}
   */
  public record OrderFulfillment(
      @JsonProperty("fulfillmentStatus") FulfillmentStatus fulfillmentStatus,
      @JsonProperty("fulfilledBy") Optional<FulfilledBy> fulfilledBy,
      @JsonProperty("fulfillmentServiceLevel") Optional<String> fulfillmentServiceLevel,
      @JsonProperty("shipByWindow") Optional<DateTimeRange> shipByWindow,
      @JsonProperty("deliverByWindow") Optional<DateTimeRange> deliverByWindow) {
    /** Checks the values: the status is required. */
    public OrderFulfillment {
      Check.required("fulfillmentStatus", fulfillmentStatus);
      fulfilledBy = Check.optional(fulfilledBy);
      fulfillmentServiceLevel = Check.optional(fulfillmentServiceLevel);
      shipByWindow = Check.optional(shipByWindow);
      deliverByWindow = Check.optional(deliverByWindow);
    }
  }

  /**
   * A time window ({@code DateTimeRange}).
   *
   * @param earliestDateTime {@code earliestDateTime}
   * @param latestDateTime {@code latestDateTime}
   */
  public record DateTimeRange(
      @JsonProperty("earliestDateTime") Optional<Instant> earliestDateTime,
      @JsonProperty("latestDateTime") Optional<Instant> latestDateTime) {
    /** Checks the values: the end is not before the start. */
    public DateTimeRange {
      earliestDateTime = Check.optional(earliestDateTime);
      latestDateTime = Check.optional(latestDateTime);
      if (earliestDateTime.isPresent() && latestDateTime.isPresent()
          && latestDateTime.get().isBefore(earliestDateTime.get())) {
        throw AmazonPayloadException.atField("latestDateTime", latestDateTime.get(),
            "must not be before earliestDateTime '" + earliestDateTime.get() + "'");
      }
    }
  }

  /**
   * One item of the order ({@code OrderItem}).
   *
   * @param orderItemId {@code orderItemId}, required
   * @param quantityOrdered {@code quantityOrdered}, required, positive
   * @param programs {@code programs}, such as {@code TRANSPARENCY}
   * @param product {@code product}, required
   * @param proceeds {@code proceeds}
   * @param expense {@code expense}
   * @param promotion {@code promotion}
   * @param cancellation {@code cancellation}
   * @param fulfillment {@code fulfillment}
   */
  public record OrderItem(
      @JsonProperty("orderItemId") String orderItemId,
      @JsonProperty("quantityOrdered") Integer quantityOrdered,
      @JsonProperty("programs") List<String> programs,
      @JsonProperty("product") ItemProduct product,
      @JsonProperty("proceeds") Optional<ItemProceeds> proceeds,
      @JsonProperty("expense") Optional<ItemExpense> expense,
      @JsonProperty("promotion") Optional<ItemPromotion> promotion,
      @JsonProperty("cancellation") Optional<ItemCancellation> cancellation,
      @JsonProperty("fulfillment") Optional<ItemFulfillment> fulfillment) {
    /** Checks the values: required fields, a positive quantity, no more fulfilled than ordered. */
    public OrderItem {
      Check.text("orderItemId", orderItemId);
      Check.required("quantityOrdered", quantityOrdered);
      if (quantityOrdered <= 0) {
        throw AmazonPayloadException.atField("quantityOrdered", quantityOrdered, "must be positive");
      }
      programs = Check.list("programs", programs);
      Check.required("product", product);
      proceeds = Check.optional(proceeds);
      expense = Check.optional(expense);
      promotion = Check.optional(promotion);
      cancellation = Check.optional(cancellation);
      fulfillment = Check.optional(fulfillment);
      if (fulfillment.isPresent()) {
        int fulfilled = fulfillment.get().quantityFulfilled().orElse(0);
        int unfulfilled = fulfillment.get().quantityUnfulfilled().orElse(0);
        if (fulfilled + unfulfilled > quantityOrdered) {
          throw AmazonPayloadException.atField("fulfillment.quantityFulfilled", fulfilled,
              "plus quantityUnfulfilled '" + unfulfilled + "' must not exceed quantityOrdered '" + quantityOrdered + "'");
        }
      }
      proceeds.ifPresent(p -> {
        for (int b = 0; b < p.breakdowns().size(); b++) {
          if (p.breakdowns().get(b).type() == ProceedsType.DELIVERY_TIP) {
            throw AmazonPayloadException.atField("proceeds.breakdowns[" + b + "].type", ProceedsType.DELIVERY_TIP,
                "is charged for the order, never for an item");
          }
        }
      });
    }

    List<OrdersV0.Amount> amounts() {
      List<OrdersV0.Amount> amounts = new ArrayList<>();
      product.price().flatMap(ItemPrice::unitPrice)
          .ifPresent(m -> amounts.add(new OrdersV0.Amount("product.price.unitPrice", m)));
      proceeds.ifPresent(p -> {
        p.proceedsTotal().ifPresent(m -> amounts.add(new OrdersV0.Amount("proceeds.proceedsTotal", m)));
        for (int b = 0; b < p.breakdowns().size(); b++) {
          ItemProceedsBreakdown breakdown = p.breakdowns().get(b);
          amounts.add(new OrdersV0.Amount("proceeds.breakdowns[" + b + "].subtotal", breakdown.subtotal()));
          for (int d = 0; d < breakdown.detailedBreakdowns().size(); d++) {
            int bi = b;
            int di = d;
            breakdown.detailedBreakdowns().get(d).value().ifPresent(m -> amounts.add(new OrdersV0.Amount(
                "proceeds.breakdowns[" + bi + "].detailedBreakdowns[" + di + "].value", m)));
          }
        }
      });
      expense.flatMap(ItemExpense::pointsCost).flatMap(ItemPointsCost::pointsGranted)
          .flatMap(PointsGranted::pointsMonetaryValue)
          .ifPresent(m -> amounts.add(new OrdersV0.Amount("expense.pointsCost.pointsGranted.pointsMonetaryValue", m)));
      return amounts;
    }
  }

  /**
   * The product of an item ({@code ItemProduct}).
   *
   * @param asin {@code asin}
   * @param title {@code title}
   * @param sellerSku {@code sellerSku}
   * @param condition {@code condition}
   * @param price {@code price}
   * @param customization {@code customization}
   */
  public record ItemProduct(
      @JsonProperty("asin") Optional<String> asin,
      @JsonProperty("title") Optional<String> title,
      @JsonProperty("sellerSku") Optional<String> sellerSku,
      @JsonProperty("condition") Optional<ItemCondition> condition,
      @JsonProperty("price") Optional<ItemPrice> price,
      @JsonProperty("customization") Optional<ItemCustomization> customization) {
    /** Normalises absent values to empty. */
    public ItemProduct {
      asin = Check.optional(asin);
      title = Check.optional(title);
      sellerSku = Check.optional(sellerSku);
      condition = Check.optional(condition);
      price = Check.optional(price);
      customization = Check.optional(customization);
    }
  }

  /**
   * An item's condition ({@code ItemCondition}).
   *
   * @param conditionType {@code conditionType}, such as {@code NEW}
   * @param conditionSubtype {@code conditionSubtype}, such as {@code MINT}
   */
  public record ItemCondition(
      @JsonProperty("conditionType") Optional<String> conditionType,
      @JsonProperty("conditionSubtype") Optional<String> conditionSubtype) {
    /** Normalises absent values to empty. */
    public ItemCondition {
      conditionType = Check.optional(conditionType);
      conditionSubtype = Check.optional(conditionSubtype);
    }
  }

  /**
   * An item's price ({@code ItemPrice}).
   *
   * @param unitPrice {@code unitPrice}: one unit
   * @param priceDesignation {@code priceDesignation}: {@code BUSINESS_PRICE}
   */
  public record ItemPrice(
      @JsonProperty("unitPrice") Optional<Money> unitPrice,
      @JsonProperty("priceDesignation") Optional<String> priceDesignation) {
    /** Normalises absent values to empty. */
    public ItemPrice {
      unitPrice = Check.optional(unitPrice);
      priceDesignation = Check.optional(priceDesignation);
    }
  }

  /**
   * A customised item ({@code ItemCustomization}).
   *
   * @param customizedUrl {@code customizedUrl}
   */
  public record ItemCustomization(@JsonProperty("customizedUrl") Optional<String> customizedUrl) {
    /** Normalises an absent value to empty. */
    public ItemCustomization {
      customizedUrl = Check.optional(customizedUrl);
    }
  }

  /**
   * What the seller receives for an item ({@code ItemProceeds}).
   *
   * @param proceedsTotal {@code proceedsTotal}
   * @param breakdowns {@code breakdowns}
   */
  public record ItemProceeds(
      @JsonProperty("proceedsTotal") Optional<Money> proceedsTotal,
      @JsonProperty("breakdowns") List<ItemProceedsBreakdown> breakdowns) {
    /** Normalises absent values to empty. */
    public ItemProceeds {
      proceedsTotal = Check.optional(proceedsTotal);
      breakdowns = Check.list("breakdowns", breakdowns);
    }
  }

  /**
   * One category of an item's proceeds ({@code ItemProceedsBreakdown}).
   *
   * @param type {@code type}, required
   * @param subtotal {@code subtotal}, required
   * @param detailedBreakdowns {@code detailedBreakdowns}: only for {@code TAX} and {@code DISCOUNT}
   */
  public record ItemProceedsBreakdown(
      @JsonProperty("type") ProceedsType type,
      @JsonProperty("subtotal") Money subtotal,
      @JsonProperty("detailedBreakdowns") List<ItemProceedsDetailedBreakdown> detailedBreakdowns) {
    /** Checks the values: type and subtotal are required; details only for tax and discount. */
    public ItemProceedsBreakdown {
      Check.required("type", type);
      Check.required("subtotal", subtotal);
      detailedBreakdowns = Check.list("detailedBreakdowns", detailedBreakdowns);
      if (!detailedBreakdowns.isEmpty() && type != ProceedsType.TAX && type != ProceedsType.DISCOUNT) {
        throw AmazonPayloadException.atField("detailedBreakdowns", detailedBreakdowns.size() + " entries",
            "are given only for TAX and DISCOUNT, this breakdown is " + type);
      }
    }
  }

  /**
   * What a tax or discount subtotal applies to ({@code ItemProceedsDetailedBreakdown}).
   *
   * @param subtype {@code subtype}: the category taxed or discounted
   * @param value {@code value}
   */
  public record ItemProceedsDetailedBreakdown(
      @JsonProperty("subtype") Optional<ProceedsType> subtype,
      @JsonProperty("value") Optional<Money> value) {
    /** Normalises absent values to empty. */
    public ItemProceedsDetailedBreakdown {
      subtype = Check.optional(subtype);
      value = Check.optional(value);
    }
  }

  /**
   * An item's cost to the seller ({@code ItemExpense}).
   *
   * @param pointsCost {@code pointsCost}
   */
  public record ItemExpense(@JsonProperty("pointsCost") Optional<ItemPointsCost> pointsCost) {
    /** Normalises an absent value to empty. */
    public ItemExpense {
      pointsCost = Check.optional(pointsCost);
    }
  }

  /**
   * The points an item grants ({@code ItemPointsCost}).
   *
   * @param pointsGranted {@code pointsGranted}
   */
  public record ItemPointsCost(@JsonProperty("pointsGranted") Optional<PointsGranted> pointsGranted) {
    /** Normalises an absent value to empty. */
    public ItemPointsCost {
      pointsGranted = Check.optional(pointsGranted);
    }
  }

  /**
   * Points granted ({@code PointsGranted}).
   *
   * @param pointsNumber {@code pointsNumber}
   * @param pointsMonetaryValue {@code pointsMonetaryValue}
   */
  public record PointsGranted(
      @JsonProperty("pointsNumber") Optional<Integer> pointsNumber,
      @JsonProperty("pointsMonetaryValue") Optional<Money> pointsMonetaryValue) {
    /** Normalises absent values to empty; the number is not negative. */
    public PointsGranted {
      pointsNumber = Check.optional(pointsNumber);
      pointsNumber.ifPresent(n -> Check.notNegative("pointsNumber", n));
      pointsMonetaryValue = Check.optional(pointsMonetaryValue);
    }
  }

  /**
   * The promotions of an item ({@code ItemPromotion}).
   *
   * @param breakdowns {@code breakdowns}
   */
  public record ItemPromotion(@JsonProperty("breakdowns") List<ItemPromotionBreakdown> breakdowns) {
    /** Normalises an absent list to empty. */
    public ItemPromotion {
      breakdowns = Check.list("breakdowns", breakdowns);
    }
  }

  /**
   * One promotion ({@code ItemPromotionBreakdown}).
   *
   * @param promotionId {@code promotionId}
   */
  public record ItemPromotionBreakdown(@JsonProperty("promotionId") Optional<String> promotionId) {
    /** Normalises an absent value to empty. */
    public ItemPromotionBreakdown {
      promotionId = Check.optional(promotionId);
    }
  }

  /**
   * An item's cancellation ({@code ItemCancellation}).
   *
   * @param cancellationRequest {@code cancellationRequest}: the buyer's request
   * @param cancellationExecution {@code cancellationExecution}: who cancelled, why
   */
  public record ItemCancellation(
      @JsonProperty("cancellationRequest") Optional<ItemCancellationRequest> cancellationRequest,
      @JsonProperty("cancellationExecution") Optional<ItemCancellationExecution> cancellationExecution) {
    /** Normalises absent values to empty. */
    public ItemCancellation {
      cancellationRequest = Check.optional(cancellationRequest);
      cancellationExecution = Check.optional(cancellationExecution);
    }
  }

  /**
   * A request to cancel an item ({@code ItemCancellationRequest}).
   *
   * @param requester {@code requester}: {@code BUYER}
   * @param cancelReason {@code cancelReason}: the requester's words
   */
  public record ItemCancellationRequest(
      @JsonProperty("requester") Optional<CancellationParty> requester,
      @JsonProperty("cancelReason") Optional<String> cancelReason) {
    /** Normalises absent values to empty. */
    public ItemCancellationRequest {
      requester = Check.optional(requester);
      cancelReason = Check.optional(cancelReason);
    }
  }

  /**
   * How an item was cancelled ({@code ItemCancellationExecution}).
   *
   * @param cancelledBy {@code cancelledBy}
   * @param cancelReason {@code cancelReason}: free text
   */
  public record ItemCancellationExecution(
      @JsonProperty("cancelledBy") Optional<CancellationParty> cancelledBy,
      @JsonProperty("cancelReason") Optional<String> cancelReason) {
    /** Normalises absent values to empty. */
    public ItemCancellationExecution {
      cancelledBy = Check.optional(cancelledBy);
      cancelReason = Check.optional(cancelReason);
    }
  }

  /**
   * How an item is fulfilled ({@code ItemFulfillment}).
   *
   * @param quantityFulfilled {@code quantityFulfilled}
   * @param quantityUnfulfilled {@code quantityUnfulfilled}
   * @param packing {@code packing}
   * @param shipping {@code shipping}
   */
  public record ItemFulfillment(
      @JsonProperty("quantityFulfilled") Optional<Integer> quantityFulfilled,
      @JsonProperty("quantityUnfulfilled") Optional<Integer> quantityUnfulfilled,
      @JsonProperty("packing") Optional<ItemPacking> packing,
      @JsonProperty("shipping") Optional<ItemShipping> shipping) {
    /** Checks the values: counts are not negative. */
    public ItemFulfillment {
      quantityFulfilled = Check.optional(quantityFulfilled);
      quantityFulfilled.ifPresent(n -> Check.notNegative("quantityFulfilled", n));
      quantityUnfulfilled = Check.optional(quantityUnfulfilled);
      quantityUnfulfilled.ifPresent(n -> Check.notNegative("quantityUnfulfilled", n));
      packing = Check.optional(packing);
      shipping = Check.optional(shipping);
    }
  }

  /**
   * How an item is packed ({@code ItemPacking}).
   *
   * @param giftOption {@code giftOption}
   */
  public record ItemPacking(@JsonProperty("giftOption") Optional<GiftOption> giftOption) {
    /** Normalises an absent value to empty. */
    public ItemPacking {
      giftOption = Check.optional(giftOption);
    }
  }

  /**
   * Gift wrap and message ({@code GiftOption}).
   *
   * @param giftMessage {@code giftMessage}
   * @param giftWrapLevel {@code giftWrapLevel}
   */
  public record GiftOption(
      @JsonProperty("giftMessage") Optional<String> giftMessage,
      @JsonProperty("giftWrapLevel") Optional<String> giftWrapLevel) {
    /** Normalises absent values to empty. */
    public GiftOption {
      giftMessage = Check.optional(giftMessage);
      giftWrapLevel = Check.optional(giftWrapLevel);
    }
  }

  /**
   * How an item is delivered ({@code ItemShipping}).
   *
   * @param scheduledDeliveryWindow {@code scheduledDeliveryWindow}
   */
  public record ItemShipping(@JsonProperty("scheduledDeliveryWindow") Optional<DateTimeRange> scheduledDeliveryWindow) {
    /** Normalises an absent value to empty. */
    public ItemShipping {
      scheduledDeliveryWindow = Check.optional(scheduledDeliveryWindow);
    }
  }

  /**
   * A package of a seller-fulfilled order ({@code OrderPackage}).
   *
   * @param packageReferenceId {@code packageReferenceId}, required
   * @param createdTime {@code createdTime}
   * @param packageStatus {@code packageStatus}
   * @param carrier {@code carrier}
   * @param shipTime {@code shipTime}
   * @param shippingService {@code shippingService}
   * @param trackingNumber {@code trackingNumber}
   * @param packageItems {@code packageItems}
   */
  public record OrderPackage(
      @JsonProperty("packageReferenceId") String packageReferenceId,
      @JsonProperty("createdTime") Optional<Instant> createdTime,
      @JsonProperty("packageStatus") Optional<PackageStatus> packageStatus,
      @JsonProperty("carrier") Optional<String> carrier,
      @JsonProperty("shipTime") Optional<Instant> shipTime,
      @JsonProperty("shippingService") Optional<String> shippingService,
      @JsonProperty("trackingNumber") Optional<String> trackingNumber,
      @JsonProperty("packageItems") List<PackageItem> packageItems) {
    /** Checks the values: the reference id is required. */
    public OrderPackage {
      Check.text("packageReferenceId", packageReferenceId);
      createdTime = Check.optional(createdTime);
      packageStatus = Check.optional(packageStatus);
      carrier = Check.optional(carrier);
      shipTime = Check.optional(shipTime);
      shippingService = Check.optional(shippingService);
      trackingNumber = Check.optional(trackingNumber);
      packageItems = Check.list("packageItems", packageItems);
    }
  }

  /**
   * A package's status ({@code PackageStatus}).
   *
   * @param status {@code status}, required
   * @param detailedStatus {@code detailedStatus}, such as {@code OUT_FOR_DELIVERY}
   */
  public record PackageStatus(
      @JsonProperty("status") PackageState status,
      @JsonProperty("detailedStatus") Optional<String> detailedStatus) {
    /** Checks the values: the status is required. */
    public PackageStatus {
      Check.required("status", status);
      detailedStatus = Check.optional(detailedStatus);
    }
  }

  /**
   * Units of one item in a package ({@code PackageItem}).
   *
   * @param orderItemId {@code orderItemId}, required
   * @param quantity {@code quantity}, required, positive
   */
  public record PackageItem(
      @JsonProperty("orderItemId") String orderItemId,
      @JsonProperty("quantity") Integer quantity) {
    /** Checks the values: both are required; the quantity is positive. */
    public PackageItem {
      Check.text("orderItemId", orderItemId);
      Check.required("quantity", quantity);
      if (quantity <= 0) {
        throw AmazonPayloadException.atField("quantity", quantity, "must be positive");
      }
    }
  }
}
