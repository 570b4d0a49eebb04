package io.github.orderly.amazon;

import io.github.orderly.money.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One Orders API v0 order with everything the API tells about it, combined from the responses of
 * {@code getOrder} (or one order of {@code getOrders}), every page of {@code getOrderItems}, and when the
 * host fetched them {@code getOrderAddress}, {@code getOrderBuyerInfo} and {@code getOrderItemsBuyerInfo}.
 *
 * <p>Build one with {@link #builder(OrdersV0.Order)}. {@link Builder#build()} checks that the responses
 * belong together and make a whole order, naming the response and JSON path of what is wrong:
 * <ul>
 *   <li>every response is for the order's {@code AmazonOrderId};
 *   <li>the pages of items are complete: each but the last has a {@code NextToken}, the last has none;
 *   <li>the order has at least one item, and no item id twice;
 *   <li>every amount (order total, COD sub-payments, item prices, taxes, discounts, fees, gift wrap) is in
 *       one currency;
 *   <li>the buyer information of an item names an item of the order.
 * </ul>
 * The dedicated responses take precedence over what {@code getOrder} embeds: the address of
 * {@code getOrderAddress}, the buyer of {@code getOrderBuyerInfo}, the gift and customisation details of
 * {@code getOrderItemsBuyerInfo}. Turning the value into an Orderly {@code Order} is not part of this
 * type. Immutable and thread-safe.
 *
 * @param order the order as {@code getOrder} gave it
 * @param items every item, in the pages' order
 * @param shippingAddress the shipping address, absent while pending or cancelled
 * @param buyerCompanyName the buyer's company ({@code getOrderAddress})
 * @param buyerInfo the buyer
 * @param itemBuyerInfo each item's gift and customisation details, by {@code OrderItemId}
 */
public record AmazonOrder(
    OrdersV0.Order order,
    List<OrdersV0.OrderItem> items,
    Optional<OrdersV0.Address> shippingAddress,
    Optional<String> buyerCompanyName,
    Optional<OrdersV0.BuyerInfo> buyerInfo,
    Map<String, OrdersV0.ItemBuyerInfo> itemBuyerInfo) {

  /** Checks the values: at least one item, no id twice, one currency, item buyer information for items the order has. */
  public AmazonOrder {
    Objects.requireNonNull(order, "order");
    items = Check.list("items", items);
    shippingAddress = Check.optional(shippingAddress);
    buyerCompanyName = Check.optional(buyerCompanyName);
    buyerInfo = Check.optional(buyerInfo);
    itemBuyerInfo = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(itemBuyerInfo,
        "itemBuyerInfo")));
    if (items.isEmpty()) {
      throw AmazonPayloadException.atField("items", "[]", "an order has at least one item");
    }
    for (int i = 0; i < items.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (items.get(j).orderItemId().equals(items.get(i).orderItemId())) {
          throw AmazonPayloadException.atField("items[" + i + "].OrderItemId", items.get(i).orderItemId(),
              "appears on two items");
        }
      }
    }
    for (String id : itemBuyerInfo.keySet()) {
      if (items.stream().noneMatch(item -> item.orderItemId().equals(id))) {
        throw AmazonPayloadException.atField("itemBuyerInfo", id, "names an item the order does not have");
      }
    }
    Currency currency = currencyOf(order, items);
    for (int i = 0; i < items.size(); i++) {
      for (OrdersV0.Amount a : items.get(i).amounts()) {
        sameCurrency("", "items[" + i + "]." + a.field(), a.money(), currency);
      }
    }
    for (Map.Entry<String, OrdersV0.ItemBuyerInfo> e : itemBuyerInfo.entrySet()) {
      for (OrdersV0.Amount a : e.getValue().amounts()) {
        sameCurrency("", "itemBuyerInfo[" + e.getKey() + "]." + a.field(), a.money(), currency);
      }
    }
  }

  /**
   * Returns a builder for the order.
   *
   * @param order the order, from {@code getOrder} or {@code getOrders}
   * @return the builder
   */
  public static Builder builder(OrdersV0.Order order) {
    return new Builder(order);
  }

  /** Returns the order's id. */
  public String amazonOrderId() {
    return order.amazonOrderId();
  }

  /** Returns the one currency of every amount of the order; empty when no amount is given yet (a pre-order). */
  public Optional<Currency> currency() {
    return Optional.ofNullable(currencyOf(order, items));
  }

  /**
   * Returns the gift and customisation details of an item.
   *
   * @param orderItemId the item's {@code OrderItemId}
   * @return the details, empty when the buyer chose none
   */
  public Optional<OrdersV0.ItemBuyerInfo> itemBuyerInfo(String orderItemId) {
    return Optional.ofNullable(itemBuyerInfo.get(orderItemId));
  }

  /** The currency of the order total, else of the first amount of the items; null when there is no amount. */
  private static Currency currencyOf(OrdersV0.Order order, List<OrdersV0.OrderItem> items) {
    if (order.orderTotal().isPresent()) {
      return order.orderTotal().get().currency();
    }
    for (OrdersV0.OrderItem item : items) {
      List<OrdersV0.Amount> amounts = item.amounts();
      if (!amounts.isEmpty()) {
        return amounts.get(0).money().currency();
      }
    }
    return null;
  }

  private static void sameCurrency(String document, String field, Money amount, Currency currency) {
    if (currency != null && !amount.currency().equals(currency)) {
      String path = field + ".CurrencyCode";
      String problem = "currency must be " + currency.getCurrencyCode() + ": an order has one currency";
      throw document.isEmpty() ? AmazonPayloadException.atField(path, amount.currency().getCurrencyCode(), problem)
          : new AmazonPayloadException(document, path, amount.currency().getCurrencyCode(), problem);
    }
  }

  /**
   * Collects the responses of one order. Add the pages of items (and of item buyer information) in the
   * order the API returned them. Not thread-safe; the {@link AmazonOrder} it builds is.
   */
  public static final class Builder {
    private final OrdersV0.Order order;
    private final List<OrdersV0.OrderItemsList> itemPages = new ArrayList<>();
    private final List<OrdersV0.OrderItemsBuyerInfoList> buyerInfoPages = new ArrayList<>();
    private OrdersV0.OrderAddress address;
    private OrdersV0.OrderBuyerInfo buyer;

    private Builder(OrdersV0.Order order) {
      this.order = Objects.requireNonNull(order, "order");
    }

    /**
     * Adds a page of items ({@code getOrderItems}).
     *
     * @param page the page
     * @return this builder
     */
    public Builder addItems(OrdersV0.OrderItemsList page) {
      itemPages.add(Objects.requireNonNull(page, "page"));
      return this;
    }

    /**
     * Sets the address ({@code getOrderAddress}).
     *
     * @param address the address response's payload
     * @return this builder
     */
    public Builder address(OrdersV0.OrderAddress address) {
      this.address = Objects.requireNonNull(address, "address");
      return this;
    }

    /**
     * Sets the buyer ({@code getOrderBuyerInfo}).
     *
     * @param buyer the buyer response's payload
     * @return this builder
     */
    public Builder buyerInfo(OrdersV0.OrderBuyerInfo buyer) {
      this.buyer = Objects.requireNonNull(buyer, "buyer");
      return this;
    }

    /**
     * Adds a page of item buyer information ({@code getOrderItemsBuyerInfo}).
     *
     * @param page the page
     * @return this builder
     */
    public Builder addItemsBuyerInfo(OrdersV0.OrderItemsBuyerInfoList page) {
      buyerInfoPages.add(Objects.requireNonNull(page, "page"));
      return this;
    }

    /**
     * Checks that the responses belong together and returns the order.
     *
     * @return the order
     * @throws AmazonPayloadException naming the response and JSON path of the first problem
     */
    public AmazonOrder build() {
      String id = order.amazonOrderId();
      if (itemPages.isEmpty()) {
        throw new AmazonPayloadException("getOrderItems", "$", null,
            "no page of items was given; an order has at least one item");
      }
      List<OrdersV0.OrderItem> items = new ArrayList<>();
      Map<String, OrdersV0.ItemBuyerInfo> buyerInfo = new LinkedHashMap<>();
      for (int p = 0; p < itemPages.size(); p++) {
        OrdersV0.OrderItemsList page = itemPages.get(p);
        String document = document("getOrderItems", p, itemPages.size());
        sameOrder(document, page.amazonOrderId());
        pageChain(document, page.nextToken().isPresent(), p, itemPages.size());
        for (int i = 0; i < page.orderItems().size(); i++) {
          OrdersV0.OrderItem item = page.orderItems().get(i);
          if (items.stream().anyMatch(known -> known.orderItemId().equals(item.orderItemId()))) {
            throw new AmazonPayloadException(document, "$.payload.OrderItems[" + i + "].OrderItemId",
                item.orderItemId(), "appears on an earlier page");
          }
          items.add(item);
          item.buyerInfo().ifPresent(b -> buyerInfo.put(item.orderItemId(), b));
        }
      }
      if (items.isEmpty()) {
        throw new AmazonPayloadException(document("getOrderItems", 0, itemPages.size()), "$.payload.OrderItems",
            "[]", "an order has at least one item");
      }
      Currency currency = currencyOf(order, items);
      for (int e = 0; e < order.paymentExecutionDetail().size(); e++) {
        sameCurrency("getOrder", "$.payload.PaymentExecutionDetail[" + e + "].Payment",
            order.paymentExecutionDetail().get(e).payment(), currency);
      }
      for (int p = 0; p < itemPages.size(); p++) {
        List<OrdersV0.OrderItem> page = itemPages.get(p).orderItems();
        for (int i = 0; i < page.size(); i++) {
          for (OrdersV0.Amount a : page.get(i).amounts()) {
            sameCurrency(document("getOrderItems", p, itemPages.size()),
                "$.payload.OrderItems[" + i + "]." + a.field(), a.money(), currency);
          }
        }
      }
      for (int p = 0; p < buyerInfoPages.size(); p++) {
        OrdersV0.OrderItemsBuyerInfoList page = buyerInfoPages.get(p);
        String document = document("getOrderItemsBuyerInfo", p, buyerInfoPages.size());
        sameOrder(document, page.amazonOrderId());
        pageChain(document, page.nextToken().isPresent(), p, buyerInfoPages.size());
        for (int i = 0; i < page.orderItems().size(); i++) {
          OrdersV0.OrderItemBuyerInfo info = page.orderItems().get(i);
          if (items.stream().noneMatch(item -> item.orderItemId().equals(info.orderItemId()))) {
            throw new AmazonPayloadException(document, "$.payload.OrderItems[" + i + "].OrderItemId",
                info.orderItemId(), "names an item the order does not have");
          }
          OrdersV0.ItemBuyerInfo details = info.toItemBuyerInfo();
          for (OrdersV0.Amount a : details.amounts()) {
            sameCurrency(document, "$.payload.OrderItems[" + i + "]." + a.field(), a.money(), currency);
          }
          buyerInfo.put(info.orderItemId(), details);
        }
      }
      Optional<OrdersV0.Address> shipTo = order.shippingAddress();
      Optional<String> company = Optional.empty();
      if (address != null) {
        sameOrder("getOrderAddress", address.amazonOrderId());
        if (address.shippingAddress().isPresent()) {
          shipTo = address.shippingAddress();
        }
        company = address.buyerCompanyName();
      }
      Optional<OrdersV0.BuyerInfo> buyerOf = order.buyerInfo();
      if (buyer != null) {
        sameOrder("getOrderBuyerInfo", buyer.amazonOrderId());
        buyerOf = Optional.of(buyer.toBuyerInfo());
      }
      return new AmazonOrder(order, items, shipTo, company, buyerOf, buyerInfo);
    }

    private void sameOrder(String document, String amazonOrderId) {
      if (!amazonOrderId.equals(order.amazonOrderId())) {
        throw new AmazonPayloadException(document, "$.payload.AmazonOrderId", amazonOrderId,
            "must be the order's id '" + order.amazonOrderId() + "'");
      }
    }

    private static void pageChain(String document, boolean hasNext, int page, int pages) {
      if (page < pages - 1 && !hasNext) {
        throw new AmazonPayloadException(document, "$.payload.NextToken", null,
            "is absent, so this is the last page, yet " + (pages - 1 - page) + " more page(s) were given");
      }
      if (page == pages - 1 && hasNext) {
        throw new AmazonPayloadException(document, "$.payload.NextToken", "(present)",
            "another page follows: fetch it with this token and add it before building");
      }
    }

    private static String document(String operation, int page, int pages) {
      return pages == 1 ? operation : operation + "[" + page + "]";
    }
  }
}
