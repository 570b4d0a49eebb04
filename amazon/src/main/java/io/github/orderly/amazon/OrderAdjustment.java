package io.github.orderly.amazon;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import io.github.orderly.money.Money;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One message of the payment adjustment feed ({@code POST_PAYMENT_ADJUSTMENT_DATA},
 * {@code OrderAdjustment}): a refund of items of an order, each with the marketplace's
 * {@link AdjustmentReason} and the amounts per {@link PriceComponent}.
 *
 * <p>Checked when built: the order id and at least one adjusted item are required; no item appears twice;
 * each item names at least one price component, none twice, and its price components add up to a credit
 * to the buyer (the marketplace refuses a net charge); every amount of the message is in one currency; a
 * cancelled quantity is positive. {@link FeedDocuments} writes messages into feed documents. Immutable and
 * thread-safe.
 *
 * @param amazonOrderId {@code AmazonOrderID}
 * @param merchantOrderId {@code MerchantOrderID}
 * @param actionType {@code ActionType}: {@code Refund} or {@code Cancel}
 * @param adjustedItems {@code AdjustedItem}: at least one
 */
@JsonPropertyOrder({"AmazonOrderID", "MerchantOrderID", "ActionType", "AdjustedItem"})
public record OrderAdjustment(
    @JsonProperty("AmazonOrderID") String amazonOrderId,
    @JsonProperty("MerchantOrderID") Optional<String> merchantOrderId,
    @JsonProperty("ActionType") Optional<ActionType> actionType,
    @JsonProperty("AdjustedItem") @JacksonXmlElementWrapper(useWrapping = false) List<AdjustedItem> adjustedItems) {

  /** Checks the values, as the type's documentation lists. */
  public OrderAdjustment {
    Check.text("AmazonOrderID", amazonOrderId);
    merchantOrderId = Check.optional(merchantOrderId);
    merchantOrderId.ifPresent(id -> Check.text("MerchantOrderID", id));
    actionType = Check.optional(actionType);
    adjustedItems = Check.list("AdjustedItem", Check.required("AdjustedItem", adjustedItems));
    if (adjustedItems.isEmpty()) {
      throw AmazonPayloadException.atField("AdjustedItem", "[]", "an adjustment names at least one item");
    }
    Currency currency = adjustedItems.get(0).itemPriceAdjustments().get(0).amount().currency();
    for (int i = 0; i < adjustedItems.size(); i++) {
      AdjustedItem item = adjustedItems.get(i);
      for (int j = 0; j < i; j++) {
        if (adjustedItems.get(j).amazonOrderItemCode().equals(item.amazonOrderItemCode())) {
          throw AmazonPayloadException.atField("AdjustedItem[" + i + "].AmazonOrderItemCode",
              item.amazonOrderItemCode(), "appears on two adjusted items");
        }
      }
      for (int c = 0; c < item.itemPriceAdjustments().size(); c++) {
        sameCurrency("AdjustedItem[" + i + "].ItemPriceAdjustments[" + c + "].Amount",
            item.itemPriceAdjustments().get(c).amount(), currency);
      }
      for (int p = 0; p < item.promotionAdjustments().size(); p++) {
        List<PromotionAmount> components = item.promotionAdjustments().get(p).components();
        for (int c = 0; c < components.size(); c++) {
          sameCurrency("AdjustedItem[" + i + "].PromotionAdjustments[" + p + "].Component[" + c + "].Amount",
              components.get(c).amount(), currency);
        }
      }
    }
  }

  private static void sameCurrency(String field, Money amount, Currency currency) {
    if (!amount.currency().equals(currency)) {
      throw AmazonPayloadException.atField(field, amount, "currency must be " + currency.getCurrencyCode()
          + ": one adjustment has one currency");
    }
  }

  /**
   * Whether the adjustment refunds or cancels ({@code ActionType}).
   *
   * <p>Immutable and thread-safe.
   */
  public enum ActionType {
    /** A refund. */
    @JsonProperty("Refund") REFUND,
    /** A cancellation of units that will not ship. */
    @JsonProperty("Cancel") CANCEL
  }

  /**
   * Where a promotion's adjustment applies ({@code Type} of a promotion component).
   *
   * <p>Immutable and thread-safe.
   */
  public enum PromotionComponent {
    /** The item price. */
    @JsonProperty("Principal") PRINCIPAL,
    /** Shipping. */
    @JsonProperty("Shipping") SHIPPING
  }

  /**
   * One adjusted item ({@code AdjustedItem}).
   *
   * <p>Immutable and thread-safe once built; a list it was given is kept as given, so do not change it afterwards.
   *
   * @param amazonOrderItemCode {@code AmazonOrderItemCode}: the item's {@code OrderItemId}
   * @param merchantAdjustmentItemId {@code MerchantAdjustmentItemID}: the seller's id of this adjustment
   * @param adjustmentReason {@code AdjustmentReason}
   * @param itemPriceAdjustments {@code ItemPriceAdjustments}: at least one component
   * @param promotionAdjustments {@code PromotionAdjustments}
   * @param quantityCancelled {@code QuantityCancelled}: units that will not ship
   */
  @JsonPropertyOrder({"AmazonOrderItemCode", "MerchantAdjustmentItemID", "AdjustmentReason", "Component",
      "PromotionAdjustments", "QuantityCancelled"})
  public record AdjustedItem(
      @JsonProperty("AmazonOrderItemCode") String amazonOrderItemCode,
      @JsonProperty("MerchantAdjustmentItemID") Optional<String> merchantAdjustmentItemId,
      @JsonProperty("AdjustmentReason") AdjustmentReason adjustmentReason,
      @JsonProperty("Component") @JacksonXmlElementWrapper(localName = "ItemPriceAdjustments")
          List<PriceAdjustment> itemPriceAdjustments,
      @JsonProperty("PromotionAdjustments") @JacksonXmlElementWrapper(useWrapping = false)
          List<PromotionAdjustment> promotionAdjustments,
      @JsonProperty("QuantityCancelled") Optional<Integer> quantityCancelled) {
    /** Checks the values, as {@link OrderAdjustment} lists. */
    public AdjustedItem {
      Check.text("AmazonOrderItemCode", amazonOrderItemCode);
      merchantAdjustmentItemId = Check.optional(merchantAdjustmentItemId);
      merchantAdjustmentItemId.ifPresent(id -> Check.text("MerchantAdjustmentItemID", id));
      Check.required("AdjustmentReason", adjustmentReason);
      itemPriceAdjustments = Check.list("ItemPriceAdjustments",
          Check.required("ItemPriceAdjustments", itemPriceAdjustments));
      if (itemPriceAdjustments.isEmpty()) {
        throw AmazonPayloadException.atField("ItemPriceAdjustments", "[]",
            "an adjusted item names at least one price component");
      }
      promotionAdjustments = Check.list("PromotionAdjustments", promotionAdjustments);
      quantityCancelled = Check.optional(quantityCancelled);
      if (quantityCancelled.isPresent() && quantityCancelled.get() <= 0) {
        throw AmazonPayloadException.atField("QuantityCancelled", quantityCancelled.get(), "must be positive");
      }
      Set<PriceComponent> seen = EnumSet.noneOf(PriceComponent.class);
      Money net = null;
      for (int c = 0; c < itemPriceAdjustments.size(); c++) {
        PriceAdjustment a = itemPriceAdjustments.get(c);
        if (!seen.add(a.type())) {
          throw AmazonPayloadException.atField("ItemPriceAdjustments[" + c + "].Type", a.type().code(),
              "appears twice for one item");
        }
        if (net != null && !net.currency().equals(a.amount().currency())) {
          throw AmazonPayloadException.atField("ItemPriceAdjustments[" + c + "].Amount", a.amount(),
              "currency must be " + net.currency().getCurrencyCode() + ": one adjustment has one currency");
        }
        net = net == null ? a.amount() : net.plus(a.amount());
      }
      if (!net.isPositive()) {
        throw AmazonPayloadException.atField("ItemPriceAdjustments", net,
            "must add up to a credit to the buyer: the marketplace refuses a net charge");
      }
    }
  }

  /**
   * One price component of an adjusted item ({@code Component}): positive is given back to the buyer.
   *
   * <p>Immutable and thread-safe once built; a list it was given is kept as given, so do not change it afterwards.
   *
   * @param type {@code Type}
   * @param amount {@code Amount}, written with its currency as an attribute
   */
  @JsonPropertyOrder({"Type", "Amount"})
  public record PriceAdjustment(@JsonProperty("Type") PriceComponent type, @JsonIgnore Money amount) {
    /** Checks the values: both are required. */
    public PriceAdjustment {
      Check.required("Type", type);
      Check.required("Amount", amount);
    }

    @JsonProperty("Amount")
    XmlAmount xmlAmount() {
      return XmlAmount.of(amount);
    }
  }

  /**
   * The adjustment of a promotion ({@code PromotionAdjustments}).
   *
   * <p>Immutable and thread-safe once built; a list it was given is kept as given, so do not change it afterwards.
   *
   * @param promotionClaimCode {@code PromotionClaimCode}
   * @param merchantPromotionId {@code MerchantPromotionID}
   * @param components {@code Component}: at least one
   */
  @JsonPropertyOrder({"PromotionClaimCode", "MerchantPromotionID", "Component"})
  public record PromotionAdjustment(
      @JsonProperty("PromotionClaimCode") Optional<String> promotionClaimCode,
      @JsonProperty("MerchantPromotionID") Optional<String> merchantPromotionId,
      @JsonProperty("Component") @JacksonXmlElementWrapper(useWrapping = false) List<PromotionAmount> components) {
    /** Checks the values: at least one component. */
    public PromotionAdjustment {
      promotionClaimCode = Check.optional(promotionClaimCode);
      merchantPromotionId = Check.optional(merchantPromotionId);
      components = Check.list("Component", Check.required("Component", components));
      if (components.isEmpty()) {
        throw AmazonPayloadException.atField("Component", "[]", "a promotion adjustment has at least one component");
      }
    }
  }

  /**
   * One component of a promotion adjustment ({@code Component}).
   *
   * <p>Immutable and thread-safe once built; a list it was given is kept as given, so do not change it afterwards.
   *
   * @param type {@code Type}
   * @param amount {@code Amount}
   */
  @JsonPropertyOrder({"Type", "Amount"})
  public record PromotionAmount(@JsonProperty("Type") PromotionComponent type, @JsonIgnore Money amount) {
    /** Checks the values: both are required. */
    public PromotionAmount {
      Check.required("Type", type);
      Check.required("Amount", amount);
    }

    @JsonProperty("Amount")
    XmlAmount xmlAmount() {
      return XmlAmount.of(amount);
    }
  }

  /** An amount as the feeds write it: {@code <Amount currency="USD">10.00</Amount>}. */
  record XmlAmount(
      @JacksonXmlProperty(isAttribute = true, localName = "currency") String currency,
      @JacksonXmlText String value) {
    static XmlAmount of(Money money) {
      return new XmlAmount(money.currency().getCurrencyCode(), money.amount().toPlainString());
    }
  }
}
