package io.github.orderly.amazon;

import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.Buyer;
import io.github.orderly.order.BuyerCancellationRequest;
import io.github.orderly.order.Cancellation;
import io.github.orderly.order.ChargeComponent;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.DeliveryWindow;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.InvalidOrderException;
import io.github.orderly.order.InvoiceConfirmation;
import io.github.orderly.order.LineId;
import io.github.orderly.order.ListingId;
import io.github.orderly.order.MarketplaceFlag;
import io.github.orderly.order.MarketplaceFlags;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.MarketplaceOrderType;
import io.github.orderly.order.MerchantOrderId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.OrderSubtype;
import io.github.orderly.order.Party;
import io.github.orderly.order.Payment;
import io.github.orderly.order.PaymentMethod;
import io.github.orderly.order.Shipment;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.Sku;
import io.github.orderly.order.UpstreamStatus;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.RecordUpstreamStatus;
import io.github.orderly.workflow.WorkflowContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Orders API v0 orders into Orderly orders, and an Orderly order's status back into the API's.
 *
 * <p>{@link #toOrder(AmazonOrder)} maps every status of v0 to per-line item and payment statuses whose derived
 * order status ({@link Order#status()}) is the API's; the table is in {@code docs/amazon.md}. The order
 * records what the marketplace said and when ({@link Order#upstream()}, R50): its {@code LastUpdateDate}.
 * The mapping invents nothing: units the API reports shipped become one shipment reported by the marketplace
 * ({@link Shipment#reportedByMarketplace()}), without tracking id and carrier, at the {@code LastUpdateDate}
 * of the payload that reported them; a cancellation the API reports has the reason "not given"
 * ({@link Cancellation#notGiven(Instant)}); an address the API gives only in part (without a restricted-data
 * token) is not mapped, so the order has none until the host fetches it (R51).
 *
 * <p>Input the mapping cannot carry fails with an {@link AmazonPayloadException} naming the path in the
 * combined order ({@code order.OrderStatus}, {@code items[1].ItemPrice}) and what is wrong; an order Orderly
 * refuses fails with the {@link InvalidOrderException} of its checks. Stateless, thread-safe.
 */
public final class AmazonOrders {
  /** The statuses in which the buyer is charged nothing, so that an item may come without a price. */
  /** The v0 field each price component of a line is read from (the order item's, or its buyer info's). */
  private static final Map<ChargeComponent, String> V0_COMPONENT_FIELDS = Map.ofEntries(
      Map.entry(ChargeComponent.ITEM_PRICE, "ItemPrice"), Map.entry(ChargeComponent.ITEM_TAX, "ItemTax"),
      Map.entry(ChargeComponent.SHIPPING, "ShippingPrice"), Map.entry(ChargeComponent.SHIPPING_TAX, "ShippingTax"),
      Map.entry(ChargeComponent.SHIPPING_DISCOUNT, "ShippingDiscount"),
      Map.entry(ChargeComponent.SHIPPING_DISCOUNT_TAX, "ShippingDiscountTax"),
      Map.entry(ChargeComponent.PROMOTION_DISCOUNT, "PromotionDiscount"),
      Map.entry(ChargeComponent.PROMOTION_DISCOUNT_TAX, "PromotionDiscountTax"),
      Map.entry(ChargeComponent.COD_FEE, "CODFee"), Map.entry(ChargeComponent.COD_FEE_DISCOUNT, "CODFeeDiscount"),
      Map.entry(ChargeComponent.GIFT_WRAP, "BuyerInfo.GiftWrapPrice"),
      Map.entry(ChargeComponent.GIFT_WRAP_TAX, "BuyerInfo.GiftWrapTax"));

  /**
   * The payment method of every code the API writes for one: v0 {@code PaymentExecutionDetail[].PaymentMethod}
   * ({@code COD}, {@code GC}, {@code PointsAccount}, {@code Invoice}; {@code CreditCard} and {@code Pix} in Brazil),
   * v0 {@code PaymentMethodDetails} ({@code Standard} is the ordinary checkout, which v0 reports as
   * {@code PaymentMethod} {@code Other} and Orderly reads as card) and 2026-01-01
   * {@code paymentExecutions[].paymentMethod}. A code not in the table fails naming its path.
   */
  static final Map<String, PaymentMethod> PAYMENT_METHODS = Map.ofEntries(
      Map.entry("COD", PaymentMethod.CASH_ON_DELIVERY), Map.entry("CashOnDelivery", PaymentMethod.CASH_ON_DELIVERY),
      Map.entry("GC", PaymentMethod.GIFT_CARD), Map.entry("GiftCertificate", PaymentMethod.GIFT_CARD),
      Map.entry("GiftCard", PaymentMethod.GIFT_CARD), Map.entry("PointsAccount", PaymentMethod.POINTS),
      Map.entry("Invoice", PaymentMethod.BANK_TRANSFER), Map.entry("Pix", PaymentMethod.BANK_TRANSFER),
      Map.entry("CreditCard", PaymentMethod.CARD), Map.entry("Standard", PaymentMethod.CARD),
      Map.entry("ConvenienceStore", PaymentMethod.CONVENIENCE_STORE));

  /** The currency of each marketplace, for an order whose payload carries no amount (a pre-order). */
  private static final Map<String, Currency> MARKETPLACE_CURRENCIES = Map.ofEntries(
      Map.entry("ATVPDKIKX0DER", Currency.getInstance("USD")), Map.entry("A2EUQ1WTGCTBG2", Currency.getInstance("CAD")),
      Map.entry("A1AM78C64UM0Y8", Currency.getInstance("MXN")), Map.entry("A2Q3Y263D00KWC", Currency.getInstance("BRL")),
      Map.entry("A1F83G8C2ARO7P", Currency.getInstance("GBP")), Map.entry("A1PA6795UKMFR9", Currency.getInstance("EUR")),
      Map.entry("A13V1IB3VIYZZH", Currency.getInstance("EUR")), Map.entry("APJ6JRA9NG5V4", Currency.getInstance("EUR")),
      Map.entry("A1RKKUPIHCS9HS", Currency.getInstance("EUR")), Map.entry("A1805IZSGTT6HS", Currency.getInstance("EUR")),
      Map.entry("AMEN7PMS3EDWL", Currency.getInstance("EUR")), Map.entry("A2NODRKZP88ZB9", Currency.getInstance("SEK")),
      Map.entry("A1C3SOZRARQ6R3", Currency.getInstance("PLN")), Map.entry("A33AVAJ2PDY3EV", Currency.getInstance("TRY")),
      Map.entry("A1VC38T7YXB528", Currency.getInstance("JPY")), Map.entry("A39IBJ37TRP1C6", Currency.getInstance("AUD")),
      Map.entry("A21TJRUUN4KGV", Currency.getInstance("INR")), Map.entry("A19VAU5U5O7RUS", Currency.getInstance("SGD")),
      Map.entry("A2VIGQ35RCS4UG", Currency.getInstance("AED")), Map.entry("A17E79C6D8DWNP", Currency.getInstance("SAR")),
      Map.entry("ARBP9OOSHTCHU", Currency.getInstance("EGP")));

  private AmazonOrders() {}

  /**
   * Maps a combined v0 order to an Orderly order.
   *
   * @param amazon the order and its items, as {@link AmazonOrder} combined them
   * @return the Orderly order, version 0, with the upstream status at the order's {@code LastUpdateDate}
   * @throws AmazonPayloadException if the order cannot be carried: an item without {@code SellerSKU} or
   *     {@code ItemPrice}, a price not divisible by the quantity, shipped quantities the status contradicts,
   *     {@code Unfulfillable} on a seller-fulfilled order, an unknown payment method code
   * @throws NullPointerException if {@code amazon} is null
   */
  public static Order toOrder(AmazonOrder amazon) {
    Objects.requireNonNull(amazon, "amazon");
    OrdersV0.Order o = amazon.order();
    StatusTable.Row api = StatusTable.of(o.orderStatus());
    boolean afn = o.fulfillmentChannel().orElse(OrdersV0.FulfillmentChannel.MFN) == OrdersV0.FulfillmentChannel.AFN;
    if (api.marketplaceFulfilledOnly() && !afn) {
      throw AmazonPayloadException.atField("order.FulfillmentChannel", "MFN",
          "only a marketplace-fulfilled (AFN) order can be " + StatusTable.v0Name(api.v0()));
    }
    Instant updated = o.lastUpdateDate();
    Order.Builder order = Order.builder()
        .id(OrderId.of(o.amazonOrderId()))
        .marketplace(MarketplaceId.of(o.marketplaceId().or(o::salesChannel).orElseThrow(() ->
            AmazonPayloadException.atField("order.MarketplaceId", null,
                "required to name the order's marketplace (or SalesChannel)"))))
        .purchasedAt(o.purchaseDate())
        .fulfilmentChannel(afn ? FulfilmentChannel.MARKETPLACE : FulfilmentChannel.SELLER)
        .subtypes(subtypes(o.businessOrder(), o.prime(),
            o.shipmentServiceLevelCategory().filter("SecondDay"::equals).isPresent()));
    List<Payment> payments = v0Payments(o);
    order.paymentMethod(primary(paymentMethod(o), payments, false)).payments(payments);
    o.sellerOrderId().ifPresent(id -> order.merchantOrderId(MerchantOrderId.of(id)));
    o.latestShipDate().ifPresent(order::shipBy);
    o.earliestShipDate().ifPresent(order::earliestShipAt);
    flags(o).ifPresent(order::marketplaceFlags);
    deliveryWindow(o.earliestDeliveryDate(), o.latestDeliveryDate()).ifPresent(order::deliveryWindow);
    Optional<OrdersV0.BuyerInfo> buyerInfo = amazon.buyerInfo().or(o::buyerInfo);
    buyerInfo.ifPresent(b -> {
      order.buyer(Buyer.builder().name(b.buyerName()).email(b.buyerEmail()).build());
      b.purchaseOrderNumber().ifPresent(order::businessPurchaseOrder);
    });
    amazon.shippingAddress().flatMap(a -> address(a.name(), a.addressLine1(), a.addressLine2(), a.addressLine3(),
        a.city(), a.stateOrRegion(), a.postalCode(), a.countryCode())).ifPresent(order::deliveryAddress);

    Currency currency = amazon.currency().or(() -> o.marketplaceId().map(MARKETPLACE_CURRENCIES::get))
        .orElseThrow(() -> AmazonPayloadException.atField("order.MarketplaceId", o.marketplaceId().orElse(null),
            "an order without any amount needs a marketplace whose currency is known"));
    List<ShipmentLine> shipped = new ArrayList<>();
    Map<Optional<String>, List<LineId>> requests = new LinkedHashMap<>();
    for (int i = 0; i < amazon.items().size(); i++) {
      OrdersV0.OrderItem item = amazon.items().get(i);
      OrderLine line = line(amazon, item, i, api, afn, currency);
      order.addLine(line);
      if (line.quantityShipped() > 0) {
        shipped.add(ShipmentLine.of(line.id(), line.quantityShipped()));
      }
      if (item.buyerRequestedCancel().map(OrdersV0.BuyerRequestedCancel::requested).orElse(false)) {
        requested(requests, item.buyerRequestedCancel().get().buyerCancelReason(), line.id());
      }
    }
    if (api.units() == StatusTable.Units.SOME_NOT_ALL
        && (shipped.isEmpty() || amazon.items().stream().allMatch(AmazonOrders::fullyShipped))) {
      throw AmazonPayloadException.atField("order.OrderStatus", StatusTable.v0Name(api.v0()),
          "the items' QuantityShipped must show some units shipped and some not");
    }
    if (!shipped.isEmpty()) {
      order.addShipment(Shipment.builder().reportedByMarketplace(true).shippedAt(updated).lines(shipped).build());
    }
    finish(order, api, updated, requests);
    return reported(order.build(), updated);
  }

  /**
   * Maps an Orders API 2026-01-01 order (read with {@code includedData} {@code FULFILLMENT}, and for the
   * details {@code BUYER}, {@code RECIPIENT}, {@code PROCEEDS}, {@code PACKAGES}) to an Orderly order, as
   * {@link #toOrder(AmazonOrder)} does for v0: the status {@code fulfillment.fulfillmentStatus} read as the v0
   * status of the same name. Each package becomes a shipment reported by the marketplace with its tracking
   * number, carrier and ship time; units fulfilled that no package carries become one shipment at
   * {@code lastUpdatedTime}. A line whose proceeds breakdowns itemise it completely carries them as its
   * components ({@code ITEM}, {@code SHIPPING}, {@code GIFT_WRAP}, {@code COD_FEE}, and the {@code TAX} and
   * {@code DISCOUNT} detailed breakdowns by the category taxed or discounted, discounts negated); any other
   * line's shipping, tax and discount are the sums of its breakdowns {@code SHIPPING}, {@code TAX} and
   * {@code DISCOUNT} (negated).
   *
   * @param amazon the order
   * @return the Orderly order, version 0, with the upstream status at {@code lastUpdatedTime}
   * @throws AmazonPayloadException if the order cannot be carried: no {@code fulfillment}, an item without
   *     {@code product.sellerSku}, {@code product.asin} or a unit price, fulfilled quantities the status or
   *     the packages contradict, an unknown payment method code
   * @throws NullPointerException if {@code amazon} is null
   */
  public static Order toOrder(Orders2026.Order amazon) {
    Objects.requireNonNull(amazon, "amazon");
    Orders2026.OrderFulfillment fulfillment = amazon.fulfillment().orElseThrow(() -> AmazonPayloadException
        .atField("fulfillment", null, "required: read the order with includedData FULFILLMENT"));
    StatusTable.Row api = StatusTable.of(fulfillment.fulfillmentStatus());
    boolean afn = fulfillment.fulfilledBy().orElse(Orders2026.FulfilledBy.MERCHANT) == Orders2026.FulfilledBy.AMAZON;
    if (api.marketplaceFulfilledOnly() && !afn) {
      throw AmazonPayloadException.atField("fulfillment.fulfilledBy", "MERCHANT",
          "only a marketplace-fulfilled (AMAZON) order can be " + fulfillment.fulfillmentStatus().name());
    }
    Instant updated = amazon.lastUpdatedTime();
    Optional<String> marketplace = amazon.salesChannel().marketplaceId();
    Order.Builder order = Order.builder()
        .id(OrderId.of(amazon.orderId()))
        .marketplace(MarketplaceId.of(marketplace.orElse(amazon.salesChannel().channelName())))
        .purchasedAt(amazon.createdTime())
        .fulfilmentChannel(afn ? FulfilmentChannel.MARKETPLACE : FulfilmentChannel.SELLER)
        .subtypes(subtypes(amazon.programs().contains("AMAZON_BUSINESS"), amazon.programs().contains("PRIME"),
            fulfillment.fulfillmentServiceLevel().filter("SECOND_DAY"::equals).isPresent()));
    List<Payment> payments = payments2026(amazon);
    order.paymentMethod(primary(Optional.empty(), payments, true)).payments(payments);
    amazon.orderAliases().stream().filter(a -> a.aliasType().equals("SELLER_ORDER_ID")).findFirst()
        .ifPresent(a -> order.merchantOrderId(MerchantOrderId.of(a.aliasId())));
    fulfillment.shipByWindow().flatMap(Orders2026.DateTimeRange::latestDateTime).ifPresent(order::shipBy);
    fulfillment.shipByWindow().flatMap(Orders2026.DateTimeRange::earliestDateTime).ifPresent(order::earliestShipAt);
    flags2026(amazon).ifPresent(order::marketplaceFlags);
    fulfillment.deliverByWindow().flatMap(w -> deliveryWindow(w.earliestDateTime(), w.latestDateTime()))
        .ifPresent(order::deliveryWindow);
    amazon.buyer().ifPresent(b -> {
      order.buyer(Buyer.builder().name(b.buyerName()).email(b.buyerEmail()).build());
      b.buyerPurchaseOrderNumber().ifPresent(order::businessPurchaseOrder);
    });
    amazon.recipient().flatMap(Orders2026.Recipient::deliveryAddress).flatMap(a -> address(a.name(),
        a.addressLine1(), a.addressLine2(), a.addressLine3(), a.city(), a.stateOrRegion(), a.postalCode(),
        a.countryCode())).ifPresent(order::deliveryAddress);

    Currency currency = currency2026(amazon).or(() -> marketplace.map(MARKETPLACE_CURRENCIES::get))
        .orElseThrow(() -> AmazonPayloadException.atField("salesChannel.marketplaceId", marketplace.orElse(null),
            "an order without any amount needs a marketplace whose currency is known"));
    Money zero = Money.zero(currency);
    Map<String, Integer> packed = new java.util.HashMap<>();
    List<Shipment> shipments = new ArrayList<>();
    for (int p = 0; p < amazon.packages().size(); p++) {
      Orders2026.OrderPackage pkg = amazon.packages().get(p);
      Shipment.Builder shipment = Shipment.builder().reportedByMarketplace(true)
          .shippedAt(pkg.shipTime().orElse(updated));
      pkg.trackingNumber().ifPresent(t -> shipment.trackingId(io.github.orderly.order.TrackingId.of(t)));
      pkg.carrier().ifPresent(c -> shipment.carrier(io.github.orderly.order.Carrier.of(c)));
      for (Orders2026.PackageItem item : pkg.packageItems()) {
        shipment.addLine(ShipmentLine.of(LineId.of(item.orderItemId()), item.quantity()));
        packed.merge(item.orderItemId(), item.quantity(), Integer::sum);
      }
      shipments.add(shipment.build());
    }
    List<ShipmentLine> unpacked = new ArrayList<>();
    boolean anyShipped = false;
    boolean allShipped = true;
    Map<Optional<String>, List<LineId>> requests = new LinkedHashMap<>();
    for (int i = 0; i < amazon.orderItems().size(); i++) {
      Orders2026.OrderItem item = amazon.orderItems().get(i);
      String at = "orderItems[" + i + "].";
      Orders2026.ItemProduct product = item.product();
      String sku = product.sellerSku().orElseThrow(() -> AmazonPayloadException.atField(at + "product.sellerSku",
          null, "required: an Orderly line names the seller's SKU"));
      String asin = product.asin().orElseThrow(() -> AmazonPayloadException.atField(at + "product.asin", null,
          "required: an Orderly line names the listing"));
      Optional<Money> price = product.price().flatMap(Orders2026.ItemPrice::unitPrice);
      if (price.isEmpty() && !api.priceOptional()) {
        throw AmazonPayloadException.atField(at + "product.price.unitPrice", null,
            "required: the order is " + fulfillment.fulfillmentStatus().name());
      }
      int quantity = item.quantityOrdered();
      int shipped = item.fulfillment().flatMap(Orders2026.ItemFulfillment::quantityFulfilled).orElse(0);
      LineStatuses statuses = statuses(at, "fulfillment.quantityFulfilled", api, shipped, quantity);
      anyShipped |= shipped > 0;
      allShipped &= shipped == quantity;
      int inPackages = packed.getOrDefault(item.orderItemId(), 0);
      if (inPackages > shipped) {
        throw AmazonPayloadException.atField(at + "fulfillment.quantityFulfilled", shipped,
            "the packages carry " + inPackages + " units of the item");
      }
      if (shipped > inPackages) {
        unpacked.add(ShipmentLine.of(LineId.of(item.orderItemId()), shipped - inPackages));
      }
      OrderLine.Builder line = OrderLine.builder()
          .id(LineId.of(item.orderItemId()))
          .sku(Sku.of(sku))
          .listingId(ListingId.of(asin))
          .title(product.title().orElse(asin))
          .quantityOrdered(quantity)
          .quantityShipped(shipped)
          .unitPrice(price.orElse(zero))
          .itemStatus(statuses.item())
          .paymentStatus(statuses.payment());
      Optional<Map<ChargeComponent, Money>> components =
          components2026(item, price.orElse(zero).multipliedBy(quantity), zero);
      if (components.isPresent()) {
        line.components(components.get());
      } else {
        line.shippingCharge(proceeds(item, Orders2026.ProceedsType.SHIPPING, zero))
            .tax(proceeds(item, Orders2026.ProceedsType.TAX, zero))
            .discount(proceeds(item, Orders2026.ProceedsType.DISCOUNT, zero).negated());
      }
      product.customization().flatMap(Orders2026.ItemCustomization::customizedUrl).ifPresent(line::customization);
      item.fulfillment().flatMap(Orders2026.ItemFulfillment::shipping)
          .flatMap(Orders2026.ItemShipping::scheduledDeliveryWindow)
          .flatMap(w -> deliveryWindow(w.earliestDateTime(), w.latestDateTime()))
          .ifPresent(line::scheduledDelivery);
      order.addLine(line.build());
      Optional<Orders2026.ItemCancellationRequest> request = item.cancellation()
          .flatMap(Orders2026.ItemCancellation::cancellationRequest)
          .filter(r -> r.requester().orElse(Orders2026.CancellationParty.BUYER) == Orders2026.CancellationParty.BUYER);
      if (request.isPresent()) {
        requested(requests, request.get().cancelReason(), LineId.of(item.orderItemId()));
      }
    }
    if (api.units() == StatusTable.Units.SOME_NOT_ALL && (!anyShipped || allShipped)) {
      throw AmazonPayloadException.atField("fulfillment.fulfillmentStatus", fulfillment.fulfillmentStatus().name(),
          "the items' quantityFulfilled must show some units shipped and some not");
    }
    if (!unpacked.isEmpty()) {
      shipments.add(Shipment.builder().reportedByMarketplace(true).shippedAt(updated).lines(unpacked).build());
    }
    order.shipments(shipments);
    finish(order, api, updated, requests);
    return reported(order.build(), updated);
  }

  /**
   * The mapped order with the marketplace's status at the payload's last update (R50). A pre-order the payload
   * shows released and still Pending is released at the latest at that instant: its pending window counts from
   * there (R12, R52), as neither API version says when the release was.
   */
  private static Order reported(Order built, Instant updated) {
    Order.Builder order = Order.builder().from(built).upstream(new UpstreamStatus(built.status(), updated));
    if (built.status() == OrderStatus.PENDING && built.marketplaceFlags().flatMap(MarketplaceFlags::orderType)
        .filter(t -> t == MarketplaceOrderType.PRE_ORDER).isPresent()) {
      order.releasedAt(updated);
    }
    return order.build();
  }

  /**
   * Merges a later payload of an order already held, monotonically (R50): the payload's last-update instant
   * ({@link Order#upstream()}) decides, and an older, repeated or backward payload (a status before the held
   * one, anything after a cancellation) changes nothing. A newer payload replaces an order no command has
   * touched (version 0), so that the held order is always the newest view of the marketplace; an order the host
   * has worked on (version above 0) takes only the reported status, through the workflow's
   * {@code RecordUpstreamStatus}: an upstream cancellation cancels it as the marketplace's cancellation when
   * nothing has shipped, and blocks any later local shipment. So any permutation of the same payloads gives the
   * same order.
   *
   * @param held the order held, mapped earlier by {@link #toOrder(AmazonOrder)} or {@link #toOrder(Orders2026.Order)}
   *     and perhaps worked on since
   * @param update the later payload, mapped the same way
   * @param context who merges and when (the workflow's instant), for an order worked on
   * @return the merged order
   * @throws AmazonPayloadException if the update is for another order or has no upstream status
   */
  public static Order merge(Order held, Order update, WorkflowContext context) {
    Objects.requireNonNull(held, "held");
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(context, "context");
    if (!held.id().equals(update.id())) {
      throw AmazonPayloadException.atField("update.id", update.id(), "is not the held order " + held.id());
    }
    UpstreamStatus reported = update.upstream().orElseThrow(() -> AmazonPayloadException.atField("update.upstream",
        null, "required: map the payload with AmazonOrders.toOrder"));
    boolean advances = held.upstream().map(u -> u.advancesTo(reported.status(), reported.observedAt())).orElse(true);
    if (!advances) {
      return held;
    }
    if (held.version() == 0) {
      return update;
    }
    RecordUpstreamStatus command = new RecordUpstreamStatus(CommandId.of("upstream-" + held.id() + "-"
        + reported.observedAt()), reported.status(), reported.observedAt());
    Decision decision = OrderWorkflow.decide(held, command, context);
    return decision.isRejected() ? held : decision.order();
  }

  /**
   * Returns the 2026-01-01 status an Orderly order shows, as {@link #v0Status(Order)} does for v0.
   *
   * @param order the order
   * @return the API's {@code fulfillmentStatus}
   */
  public static Orders2026.FulfillmentStatus v2026Status(Order order) {
    return StatusTable.shown(Objects.requireNonNull(order, "order")).v2026Shown();
  }

  /**
   * Returns the Orderly order status a 2026-01-01 status maps to.
   *
   * @param status the API's {@code fulfillmentStatus}
   * @return the Orderly status
   */
  public static OrderStatus orderlyStatus(Orders2026.FulfillmentStatus status) {
    return StatusTable.of(Objects.requireNonNull(status, "status")).derived();
  }

  private static Money proceeds(Orders2026.OrderItem item, Orders2026.ProceedsType type, Money zero) {
    Money sum = zero;
    if (item.proceeds().isPresent()) {
      for (Orders2026.ItemProceedsBreakdown b : item.proceeds().get().breakdowns()) {
        if (b.type() == type) {
          sum = sum.plus(b.subtotal());
        }
      }
    }
    return sum;
  }

  /**
   * The 2026-01-01 item proceeds breakdown categories carried as a component of their own: the breakdown's
   * subtotal is the component.
   */
  private static final Map<Orders2026.ProceedsType, ChargeComponent> PROCEEDS_COMPONENTS = Map.of(
      Orders2026.ProceedsType.ITEM, ChargeComponent.ITEM_PRICE,
      Orders2026.ProceedsType.SHIPPING, ChargeComponent.SHIPPING,
      Orders2026.ProceedsType.GIFT_WRAP, ChargeComponent.GIFT_WRAP,
      Orders2026.ProceedsType.COD_FEE, ChargeComponent.COD_FEE);
  /** A {@code TAX} breakdown's detailed breakdowns: the category taxed to the tax component. */
  private static final Map<Orders2026.ProceedsType, ChargeComponent> TAX_COMPONENTS = Map.of(
      Orders2026.ProceedsType.ITEM, ChargeComponent.ITEM_TAX,
      Orders2026.ProceedsType.SHIPPING, ChargeComponent.SHIPPING_TAX,
      Orders2026.ProceedsType.GIFT_WRAP, ChargeComponent.GIFT_WRAP_TAX);
  /** A {@code DISCOUNT} breakdown's detailed breakdowns: the category discounted to the discount component. */
  private static final Map<Orders2026.ProceedsType, ChargeComponent> DISCOUNT_COMPONENTS = Map.of(
      Orders2026.ProceedsType.ITEM, ChargeComponent.PROMOTION_DISCOUNT,
      Orders2026.ProceedsType.SHIPPING, ChargeComponent.SHIPPING_DISCOUNT,
      Orders2026.ProceedsType.COD_FEE, ChargeComponent.COD_FEE_DISCOUNT);

  /**
   * The item's components, when its proceeds itemise it completely: every breakdown of a category of
   * {@link #PROCEEDS_COMPONENTS}, or a {@code TAX} or {@code DISCOUNT} whose detailed breakdowns name categories
   * of {@link #TAX_COMPONENTS} or {@link #DISCOUNT_COMPONENTS}, each with a value, adding up to its subtotal (a
   * zero subtotal needs none); the {@code ITEM} subtotal the unit price times the quantity; every amount, the
   * discounts negated, non-negative. Otherwise empty: the line keeps the sums of its breakdowns only.
   */
  private static Optional<Map<ChargeComponent, Money>> components2026(Orders2026.OrderItem item, Money subtotal,
      Money zero) {
    if (item.proceeds().isEmpty() || item.proceeds().get().breakdowns().isEmpty()) {
      return Optional.empty();
    }
    Map<ChargeComponent, Money> components = new EnumMap<>(ChargeComponent.class);
    for (Orders2026.ItemProceedsBreakdown b : item.proceeds().get().breakdowns()) {
      ChargeComponent own = PROCEEDS_COMPONENTS.get(b.type());
      boolean discount = b.type() == Orders2026.ProceedsType.DISCOUNT;
      if (own != null) {
        components.merge(own, b.subtotal(), Money::plus);
      } else if (b.type() == Orders2026.ProceedsType.TAX || discount) {
        Map<Orders2026.ProceedsType, ChargeComponent> details = discount ? DISCOUNT_COMPONENTS : TAX_COMPONENTS;
        Money detailed = zero;
        for (Orders2026.ItemProceedsDetailedBreakdown d : b.detailedBreakdowns()) {
          ChargeComponent component = d.subtype().map(details::get).orElse(null);
          if (component == null || d.value().isEmpty() || !d.value().get().currency().equals(zero.currency())) {
            return Optional.empty();
          }
          detailed = detailed.plus(d.value().get());
          components.merge(component, discount ? d.value().get().negated() : d.value().get(), Money::plus);
        }
        if (!detailed.equals(b.subtotal()) && !(b.detailedBreakdowns().isEmpty() && b.subtotal().isZero())) {
          return Optional.empty();
        }
      } else {
        return Optional.empty();
      }
    }
    Money itemPrice = components.get(ChargeComponent.ITEM_PRICE);
    if (itemPrice != null && !itemPrice.equals(subtotal)) {
      return Optional.empty();
    }
    for (Money m : components.values()) {
      if (m.isNegative() || !m.currency().equals(zero.currency())) {
        return Optional.empty();
      }
    }
    return Optional.of(components);
  }

  private static Optional<Currency> currency2026(Orders2026.Order amazon) {
    for (Orders2026.OrderItem item : amazon.orderItems()) {
      Optional<Money> price = item.product().price().flatMap(Orders2026.ItemPrice::unitPrice);
      if (price.isPresent()) {
        return Optional.of(price.get().currency());
      }
    }
    return amazon.proceeds().flatMap(Orders2026.OrderProceeds::grandTotal).map(Money::currency);
  }

  /** Adds an item the buyer asked to cancel to the request of its reason (a blank reason is none). */
  private static void requested(Map<Optional<String>, List<LineId>> requests, Optional<String> reason, LineId line) {
    requests.computeIfAbsent(reason.filter(r -> !r.isBlank()), r -> new ArrayList<>()).add(line);
  }

  /**
   * The cancellation the status implies, or the buyer's open requests: one per reason, over the items that
   * give it, each at the payload's last-update instant (neither API version says when the buyer asked).
   */
  private static void finish(Order.Builder order, StatusTable.Row api, Instant updated,
      Map<Optional<String>, List<LineId>> requests) {
    switch (api.consequence()) {
      case CANCELLED_REASON_NOT_GIVEN -> order.cancellation(Cancellation.notGiven(updated));
      case CANCELLED_CANNOT_FULFIL -> order.cancellation(Cancellation.of(CancellationReason.CANNOT_FULFIL,
          Party.MARKETPLACE, updated));
      case INVOICE_REQUIRED -> order.invoice(InvoiceConfirmation.requiredUnconfirmed());
      case NONE -> { }
    }
    if (!api.consequence().cancels()) {
      requests.forEach((reason, lines) -> order.addCancellationRequest(BuyerCancellationRequest.builder()
          .requestedAt(updated).reason(reason).lines(lines).build()));
    }
  }


  /**
   * Returns the v0 status an Orderly order shows: the derived status, with a cancelled order whose lines the
   * marketplace could not fulfil shown as {@code Unfulfillable}. A pre-order is {@code PendingAvailability} (R52);
   * a shipped order whose required invoice confirmation is not given is {@code InvoiceUnconfirmed} (R53).
   *
   * @param order the order
   * @return the API's status
   */
  public static OrdersV0.OrderStatus v0Status(Order order) {
    return StatusTable.shown(Objects.requireNonNull(order, "order")).v0();
  }


  /**
   * Returns the Orderly order status a v0 status maps to: the derived status of the lines
   * {@link #toOrder(AmazonOrder)} makes for it.
   *
   * @param status the API's status
   * @return the Orderly status
   */
  public static OrderStatus orderlyStatus(OrdersV0.OrderStatus status) {
    return StatusTable.of(Objects.requireNonNull(status, "status")).derived();
  }


  private static boolean fullyShipped(OrdersV0.OrderItem item) {
    return item.quantityShipped().orElse(0) == item.quantityOrdered();
  }

  private static OrderLine line(AmazonOrder amazon, OrdersV0.OrderItem item, int i, StatusTable.Row api,
      boolean afn, Currency currency) {
    String at = "items[" + i + "].";
    String sku = item.sellerSku().orElseThrow(() -> AmazonPayloadException.atField(at + "SellerSKU", null,
        "required: an Orderly line names the seller's SKU"));
    if (item.itemPrice().isEmpty() && !api.priceOptional()) {
      throw AmazonPayloadException.atField(at + "ItemPrice", null, "required: the order is " + api.v0().name());
    }
    // Before payment (a pre-order) or after a cancellation the API may give no price; the line carries 0.
    Money price = item.itemPrice().orElse(Money.zero(currency));
    int quantity = item.quantityOrdered();
    BigDecimal minor = price.amount().movePointRight(currency.getDefaultFractionDigits());
    BigDecimal[] unit = minor.divideAndRemainder(BigDecimal.valueOf(quantity));
    if (unit[1].signum() != 0) {
      throw AmazonPayloadException.atField(at + "ItemPrice.Amount", price.amount().toPlainString(),
          "must be QuantityOrdered '" + quantity + "' times a unit price in " + currency.getCurrencyCode());
    }
    Money unitPrice = Money.ofMinor(unit[0].longValueExact(), currency);
    Optional<OrdersV0.ItemBuyerInfo> buyerInfo = amazon.itemBuyerInfo(item.orderItemId()).or(item::buyerInfo);
    Map<ChargeComponent, Money> components = new EnumMap<>(ChargeComponent.class);
    item.itemPrice().ifPresent(m -> components.put(ChargeComponent.ITEM_PRICE, m));
    item.itemTax().ifPresent(m -> components.put(ChargeComponent.ITEM_TAX, m));
    item.shippingPrice().ifPresent(m -> components.put(ChargeComponent.SHIPPING, m));
    item.shippingTax().ifPresent(m -> components.put(ChargeComponent.SHIPPING_TAX, m));
    item.shippingDiscount().ifPresent(m -> components.put(ChargeComponent.SHIPPING_DISCOUNT, m));
    item.shippingDiscountTax().ifPresent(m -> components.put(ChargeComponent.SHIPPING_DISCOUNT_TAX, m));
    item.promotionDiscount().ifPresent(m -> components.put(ChargeComponent.PROMOTION_DISCOUNT, m));
    item.promotionDiscountTax().ifPresent(m -> components.put(ChargeComponent.PROMOTION_DISCOUNT_TAX, m));
    item.codFee().ifPresent(m -> components.put(ChargeComponent.COD_FEE, m));
    item.codFeeDiscount().ifPresent(m -> components.put(ChargeComponent.COD_FEE_DISCOUNT, m));
    buyerInfo.flatMap(OrdersV0.ItemBuyerInfo::giftWrapPrice)
        .ifPresent(m -> components.put(ChargeComponent.GIFT_WRAP, m));
    buyerInfo.flatMap(OrdersV0.ItemBuyerInfo::giftWrapTax)
        .ifPresent(m -> components.put(ChargeComponent.GIFT_WRAP_TAX, m));
    for (Map.Entry<ChargeComponent, Money> e : components.entrySet()) {
      if (e.getValue().isNegative()) {
        throw AmazonPayloadException.atField(at + V0_COMPONENT_FIELDS.get(e.getKey()) + ".Amount",
            e.getValue().amount().toPlainString(), "must not be negative");
      }
    }
    int shipped = item.quantityShipped().orElse(0);
    LineStatuses statuses = statuses(at, "QuantityShipped", api, shipped, quantity);
    ItemStatus itemStatus = statuses.item();
    PaymentStatus payment = statuses.payment();
    OrderLine.Builder line = OrderLine.builder()
        .id(LineId.of(item.orderItemId()))
        .sku(Sku.of(sku))
        .listingId(ListingId.of(item.asin()))
        .title(item.title().orElse(item.asin()))
        .quantityOrdered(quantity)
        .quantityShipped(shipped)
        .unitPrice(unitPrice)
        .components(components)
        .itemStatus(itemStatus)
        .paymentStatus(payment);
    buyerInfo
        .flatMap(OrdersV0.ItemBuyerInfo::buyerCustomizedInfo)
        .flatMap(OrdersV0.BuyerCustomizedInfoDetail::customizedUrl)
        .ifPresent(line::customization);
    deliveryWindow(item.scheduledDeliveryStartDate(), item.scheduledDeliveryEndDate())
        .ifPresent(line::scheduledDelivery);
    return line.build();
  }

  /** An item and payment status of a line. */
  private record LineStatuses(ItemStatus item, PaymentStatus payment) {}

  /** The line statuses of a status of the API (its row), checking the units shipped against it. */
  private static LineStatuses statuses(String at, String field, StatusTable.Row api, int shipped, int quantity) {
    switch (api.units()) {
      case NONE -> {
        if (shipped != 0) {
          throw AmazonPayloadException.atField(at + field, shipped, "must be 0: the order is " + api.v0().name());
        }
      }
      case ALL -> {
        if (shipped != quantity) {
          throw AmazonPayloadException.atField(at + field, shipped,
              "must be QuantityOrdered '" + quantity + "': the order is " + api.v0().name());
        }
      }
      case SOME_NOT_ALL -> { }
    }
    return new LineStatuses(api.item(shipped), api.payment());
  }

  /** The v0 order types, one row each (docs/amazon.md, "Marketplace flags"). */
  static final Map<OrdersV0.OrderType, MarketplaceOrderType> V0_ORDER_TYPES = new EnumMap<>(Map.of(
      OrdersV0.OrderType.STANDARD_ORDER, MarketplaceOrderType.STANDARD,
      OrdersV0.OrderType.LONG_LEAD_TIME_ORDER, MarketplaceOrderType.LONG_LEAD_TIME,
      OrdersV0.OrderType.PREORDER, MarketplaceOrderType.PRE_ORDER,
      OrdersV0.OrderType.BACK_ORDER, MarketplaceOrderType.BACK_ORDER,
      OrdersV0.OrderType.SOURCING_ON_DEMAND_ORDER, MarketplaceOrderType.SOURCING_ON_DEMAND));

  /** A v0 boolean of the order and the flag it sets. */
  private record V0Flag(String field, Predicate<OrdersV0.Order> set, MarketplaceFlag flag) {}

  /** The v0 flags, one row each; {@code IsPrime} and {@code IsBusinessOrder} are subtypes (R22), not flags. */
  private static final List<V0Flag> V0_FLAGS = List.of(
      new V0Flag("IsReplacementOrder, ReplacedOrderId", o -> o.replacementOrder() || o.replacedOrderId().isPresent(),
          MarketplaceFlag.REPLACEMENT),
      new V0Flag("IsPremiumOrder", OrdersV0.Order::premiumOrder, MarketplaceFlag.PREMIUM_SHIPPING),
      new V0Flag("IsGlobalExpressEnabled", OrdersV0.Order::globalExpressEnabled, MarketplaceFlag.GLOBAL_EXPRESS),
      new V0Flag("IsSoldByAB", OrdersV0.Order::soldByAb, MarketplaceFlag.SOLD_BY_MARKETPLACE_BUSINESS),
      new V0Flag("IsIBA", OrdersV0.Order::iba, MarketplaceFlag.INVOICED_BY_MARKETPLACE),
      new V0Flag("IsISPU", OrdersV0.Order::ispu, MarketplaceFlag.STORE_PICK_UP),
      new V0Flag("IsAccessPointOrder", OrdersV0.Order::accessPointOrder, MarketplaceFlag.ACCESS_POINT),
      new V0Flag("HasRegulatedItems", OrdersV0.Order::hasRegulatedItems, MarketplaceFlag.REGULATED_ITEMS),
      new V0Flag("IsEstimatedShipDateSet", OrdersV0.Order::estimatedShipDateSet,
          MarketplaceFlag.ESTIMATED_SHIP_DATE_SET));

  /**
   * The 2026-01-01 programs that are flags, one row each. {@code PRIME} and {@code AMAZON_BUSINESS} are subtypes
   * (R22) and {@code PREORDER} an order type ({@link #PROGRAM_ORDER_TYPES}); a program in neither table is kept
   * as text in the records only.
   */
  static final Map<String, MarketplaceFlag> PROGRAM_FLAGS = Map.of(
      "PREMIUM", MarketplaceFlag.PREMIUM_SHIPPING,
      "INVOICE_BY_AMAZON", MarketplaceFlag.INVOICED_BY_MARKETPLACE,
      "IN_STORE_PICK_UP", MarketplaceFlag.STORE_PICK_UP,
      "AMAZON_EASY_SHIP", MarketplaceFlag.EASY_SHIP,
      "DELIVERY_BY_AMAZON", MarketplaceFlag.DELIVERED_BY_MARKETPLACE,
      "FBM_SHIP_PLUS", MarketplaceFlag.SHIP_PLUS,
      "AMAZON_BAZAAR", MarketplaceFlag.BAZAAR_STOREFRONT,
      "AMAZON_HAUL", MarketplaceFlag.HAUL_STOREFRONT);

  /** The 2026-01-01 programs that are order types. */
  static final Map<String, MarketplaceOrderType> PROGRAM_ORDER_TYPES = Map.of("PREORDER", MarketplaceOrderType.PRE_ORDER);

  /** A 2026-01-01 association type: the flag it sets and where the associated order's id goes. */
  private record Association(MarketplaceFlag flag, BiConsumer<MarketplaceFlags.Builder, OrderId> original) {}

  /** The 2026-01-01 association types, one row each. */
  private static final Map<String, Association> ASSOCIATIONS = Map.of(
      "REPLACEMENT_ORIGINAL_ID", new Association(MarketplaceFlag.REPLACEMENT, MarketplaceFlags.Builder::replacedOrderId),
      "EXCHANGE_ORIGINAL_ID", new Association(MarketplaceFlag.EXCHANGE, MarketplaceFlags.Builder::exchangedOrderId));

  /** The v0 order type and flags, by {@link #V0_ORDER_TYPES} and {@link #V0_FLAGS}. */
  private static Optional<MarketplaceFlags> flags(OrdersV0.Order o) {
    MarketplaceFlags.Builder f = MarketplaceFlags.builder();
    o.orderType().map(V0_ORDER_TYPES::get).ifPresent(f::orderType);
    for (V0Flag row : V0_FLAGS) {
      flag(f, row.set().test(o), row.flag());
    }
    o.replacedOrderId().map(OrderId::of).ifPresent(f::replacedOrderId);
    return nonEmpty(f.build());
  }

  /**
   * The 2026-01-01 order type, flags and associated orders, by {@link #PROGRAM_ORDER_TYPES},
   * {@link #PROGRAM_FLAGS} and {@link #ASSOCIATIONS}: the first associated order of each type is the order
   * replaced or exchanged. The API gives no standard order type.
   */
  private static Optional<MarketplaceFlags> flags2026(Orders2026.Order amazon) {
    MarketplaceFlags.Builder f = MarketplaceFlags.builder();
    for (String program : amazon.programs()) {
      Optional.ofNullable(PROGRAM_ORDER_TYPES.get(program)).ifPresent(f::orderType);
      Optional.ofNullable(PROGRAM_FLAGS.get(program)).ifPresent(f::addFlags);
    }
    Set<String> seen = new HashSet<>();
    for (Orders2026.AssociatedOrder associated : amazon.associatedOrders()) {
      Optional<Association> row = associated.associationType().map(ASSOCIATIONS::get);
      if (row.isPresent() && associated.orderId().isPresent() && seen.add(associated.associationType().get())) {
        f.addFlags(row.get().flag());
        row.get().original().accept(f, OrderId.of(associated.orderId().get()));
      }
    }
    return nonEmpty(f.build());
  }

  private static void flag(MarketplaceFlags.Builder flags, boolean set, MarketplaceFlag flag) {
    if (set) {
      flags.addFlags(flag);
    }
  }

  private static Optional<MarketplaceFlags> nonEmpty(MarketplaceFlags flags) {
    return flags.isEmpty() ? Optional.empty() : Optional.of(flags);
  }

  /**
   * The delivery window of the ends the payload gives: both, or one alone ({@link DeliveryWindow#from},
   * {@link DeliveryWindow#by}); none when it gives neither, and no end is invented.
   */
  private static Optional<DeliveryWindow> deliveryWindow(Optional<Instant> earliest, Optional<Instant> latest) {
    return DeliveryWindow.ofEnds(earliest, latest);
  }

  private static Set<OrderSubtype> subtypes(boolean business, boolean prime, boolean secondDay) {
    EnumSet<OrderSubtype> subtypes = EnumSet.noneOf(OrderSubtype.class);
    if (business && prime) {
      subtypes.add(OrderSubtype.BUSINESS_PRIME);
    } else if (business) {
      subtypes.add(OrderSubtype.BUSINESS);
    } else if (prime) {
      subtypes.add(OrderSubtype.PRIME);
    }
    if (secondDay) {
      subtypes.add(OrderSubtype.SECOND_DAY);
    }
    return subtypes;
  }

  /** The method v0's {@code PaymentMethod} names: cash on delivery or convenience store; none for {@code Other}. */
  private static Optional<PaymentMethod> paymentMethod(OrdersV0.Order o) {
    if (o.paymentMethod().isEmpty()) {
      return Optional.empty();
    }
    return switch (o.paymentMethod().get()) {
      case COD -> Optional.of(PaymentMethod.CASH_ON_DELIVERY);
      case CVS -> Optional.of(PaymentMethod.CONVENIENCE_STORE);
      case OTHER -> Optional.empty();
    };
  }

  /**
   * The v0 payments: each {@code PaymentExecutionDetail} item with its amount, then each method of
   * {@code PaymentMethodDetails} not listed yet, without an amount.
   */
  private static List<Payment> v0Payments(OrdersV0.Order o) {
    List<Payment> payments = new ArrayList<>();
    for (int e = 0; e < o.paymentExecutionDetail().size(); e++) {
      OrdersV0.PaymentExecutionDetailItem item = o.paymentExecutionDetail().get(e);
      addPayment(payments, paymentMethodOf("order.PaymentExecutionDetail[" + e + "].PaymentMethod",
          item.paymentMethod()), Optional.of(item.payment()));
    }
    for (int d = 0; d < o.paymentMethodDetails().size(); d++) {
      addPayment(payments, paymentMethodOf("order.PaymentMethodDetails[" + d + "]", o.paymentMethodDetails().get(d)),
          Optional.empty());
    }
    return payments;
  }

  /**
   * The 2026-01-01 payments: each of {@code payment.paymentExecutions} with its amount when given; an execution
   * without {@code paymentMethod} is a payment of {@link PaymentMethod#OTHER}.
   */
  private static List<Payment> payments2026(Orders2026.Order amazon) {
    List<Payment> payments = new ArrayList<>();
    List<Orders2026.PaymentExecution> executions = amazon.payment().map(Orders2026.OrderPayment::paymentExecutions)
        .orElse(List.of());
    for (int e = 0; e < executions.size(); e++) {
      Orders2026.PaymentExecution execution = executions.get(e);
      String path = "payment.paymentExecutions[" + e + "].paymentMethod";
      PaymentMethod method = execution.paymentMethod().map(code -> paymentMethodOf(path, code))
          .orElse(PaymentMethod.OTHER);
      addPayment(payments, method, execution.paymentAmount());
    }
    return payments;
  }

  private static PaymentMethod paymentMethodOf(String path, String code) {
    PaymentMethod method = PAYMENT_METHODS.get(code);
    if (method == null) {
      throw AmazonPayloadException.atField(path, code, "is not one of " + new TreeSet<>(PAYMENT_METHODS.keySet()));
    }
    return method;
  }

  /** Adds a payment, or adds its amount to the payment of the same method listed already: a method is listed once. */
  private static void addPayment(List<Payment> payments, PaymentMethod method, Optional<Money> amount) {
    for (int i = 0; i < payments.size(); i++) {
      Payment listed = payments.get(i);
      if (listed.method() == method) {
        if (amount.isPresent()) {
          payments.set(i, Payment.of(method, listed.amount().map(a -> a.plus(amount.get())).orElse(amount.get())));
        }
        return;
      }
    }
    payments.add(amount.isPresent() ? Payment.of(method, amount.get()) : Payment.of(method));
  }

  /**
   * The primary method ({@link Order#paymentMethod()}), always among the payments when any are listed: the one
   * the API names (v0 {@code COD}, {@code CVS}), added to the payments if they lack it; for 2026-01-01
   * ({@code byPayments}) a convenience-store or cash-on-delivery payment listed; else card when listed or when no
   * payment is, else the first payment's method.
   */
  private static PaymentMethod primary(Optional<PaymentMethod> named, List<Payment> payments, boolean byPayments) {
    if (named.isPresent()) {
      if (!payments.isEmpty()) {
        addPayment(payments, named.get(), Optional.empty());
      }
      return named.get();
    }
    if (byPayments) {
      for (PaymentMethod method : List.of(PaymentMethod.CONVENIENCE_STORE, PaymentMethod.CASH_ON_DELIVERY)) {
        if (payments.stream().anyMatch(p -> p.method() == method)) {
          return method;
        }
      }
    }
    if (payments.isEmpty() || payments.stream().anyMatch(p -> p.method() == PaymentMethod.CARD)) {
      return PaymentMethod.CARD;
    }
    return payments.get(0).method();
  }

  /** The address, when the API gave it whole: recipient, a street line, city and country. */
  private static Optional<Address> address(Optional<String> name, Optional<String> line1, Optional<String> line2,
      Optional<String> line3, Optional<String> city, Optional<String> region, Optional<String> postalCode,
      Optional<String> countryCode) {
    if (name.isEmpty() || line1.isEmpty() || city.isEmpty() || countryCode.isEmpty()) {
      return Optional.empty();
    }
    Address.Builder b = Address.builder().recipient(name.get()).city(city.get()).countryCode(countryCode.get())
        .region(region).postalCode(postalCode);
    b.addStreetLine(line1.get());
    line2.ifPresent(b::addStreetLine);
    line3.ifPresent(b::addStreetLine);
    return Optional.of(b.build());
  }
}
