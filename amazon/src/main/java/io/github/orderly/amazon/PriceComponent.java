package io.github.orderly.amazon;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The price components a payment adjustment names ({@code Type} of an {@code ItemPriceAdjustments}
 * component). An amount given back to the buyer is positive; a charge kept from the refund, such as
 * {@link #RESTOCKING_FEE}, is negative.
 *
 * <p>Immutable and thread-safe.
 */
public enum PriceComponent {
  /** The item price. */
  @JsonProperty("Principal") PRINCIPAL("Principal"),
  /** Shipping. */
  @JsonProperty("Shipping") SHIPPING("Shipping"),
  /** The tax on the item price. */
  @JsonProperty("Tax") TAX("Tax"),
  /** The tax on shipping. */
  @JsonProperty("ShippingTax") SHIPPING_TAX("ShippingTax"),
  /** A restocking fee kept from the refund. */
  @JsonProperty("RestockingFee") RESTOCKING_FEE("RestockingFee"),
  /** The tax on a restocking fee. */
  @JsonProperty("RestockingFeeTax") RESTOCKING_FEE_TAX("RestockingFeeTax"),
  /** Gift wrap. */
  @JsonProperty("GiftWrap") GIFT_WRAP("GiftWrap"),
  /** The tax on gift wrap. */
  @JsonProperty("GiftWrapTax") GIFT_WRAP_TAX("GiftWrapTax"),
  /** A surcharge. */
  @JsonProperty("Surcharge") SURCHARGE("Surcharge"),
  /** Return shipping paid back to the buyer. */
  @JsonProperty("ReturnShipping") RETURN_SHIPPING("ReturnShipping"),
  /** A goodwill credit. */
  @JsonProperty("Goodwill") GOODWILL("Goodwill"),
  /** An export charge. */
  @JsonProperty("ExportCharge") EXPORT_CHARGE("ExportCharge"),
  /** The cash-on-delivery fee. */
  @JsonProperty("COD") COD("COD"),
  /** The tax on the cash-on-delivery fee. */
  @JsonProperty("CODTax") COD_TAX("CODTax"),
  /** Anything else. */
  @JsonProperty("Other") OTHER("Other"),
  /** Return shipping of a free replacement. */
  @JsonProperty("FreeReplacementReturnShipping") FREE_REPLACEMENT_RETURN_SHIPPING("FreeReplacementReturnShipping");

  private final String code;

  PriceComponent(String code) {
    this.code = code;
  }

  /** Returns the component as the feed writes it, such as {@code ShippingTax}. */
  public String code() {
    return code;
  }
}
