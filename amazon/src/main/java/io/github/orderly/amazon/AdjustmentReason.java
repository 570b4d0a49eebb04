package io.github.orderly.amazon;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The marketplace's reasons for a payment adjustment (a refund) in the payment adjustment feed
 * ({@code AdjustmentReason} of {@code OrderAdjustment}). {@link #code()} is the text the feed carries;
 * {@link ReasonCodes} maps Orderly's refund reasons to these.
 *
 * <p>Immutable and thread-safe.
 */
public enum AdjustmentReason {
  /** No stock: units that will not ship. */
  @JsonProperty("NoInventory") NO_INVENTORY("NoInventory"),
  /** The buyer returned the item. */
  @JsonProperty("CustomerReturn") CUSTOMER_RETURN("CustomerReturn"),
  /** Any other adjustment. */
  @JsonProperty("GeneralAdjustment") GENERAL_ADJUSTMENT("GeneralAdjustment"),
  /** The item could not be shipped. */
  @JsonProperty("CouldNotShip") COULD_NOT_SHIP("CouldNotShip"),
  /** The buyer received a different item. */
  @JsonProperty("DifferentItem") DIFFERENT_ITEM("DifferentItem"),
  /** The buyer abandoned the order. */
  @JsonProperty("Abandoned") ABANDONED("Abandoned"),
  /** The buyer cancelled. */
  @JsonProperty("CustomerCancel") CUSTOMER_CANCEL("CustomerCancel"),
  /** The listing had a wrong price. */
  @JsonProperty("PriceError") PRICE_ERROR("PriceError"),
  /** The product is out of stock. */
  @JsonProperty("ProductOutofStock") PRODUCT_OUT_OF_STOCK("ProductOutofStock"),
  /** The buyer's address was incorrect. */
  @JsonProperty("CustomerAddressIncorrect") CUSTOMER_ADDRESS_INCORRECT("CustomerAddressIncorrect"),
  /** An exchange. */
  @JsonProperty("Exchange") EXCHANGE("Exchange"),
  /** Another reason. */
  @JsonProperty("Other") OTHER("Other"),
  /** A carrier's credit decision. */
  @JsonProperty("CarrierCreditDecision") CARRIER_CREDIT_DECISION("CarrierCreditDecision"),
  /** The risk assessment information is not valid. */
  @JsonProperty("RiskAssessmentInformationNotValid") RISK_ASSESSMENT_INFORMATION_NOT_VALID("RiskAssessmentInformationNotValid"),
  /** The carrier cannot cover the shipment. */
  @JsonProperty("CarrierCoverageFailure") CARRIER_COVERAGE_FAILURE("CarrierCoverageFailure"),
  /** A transaction record. */
  @JsonProperty("TransactionRecord") TRANSACTION_RECORD("TransactionRecord"),
  /** The parcel could not be delivered. */
  @JsonProperty("Undeliverable") UNDELIVERABLE("Undeliverable"),
  /** The buyer refused delivery. */
  @JsonProperty("RefusedDelivery") REFUSED_DELIVERY("RefusedDelivery");

  private final String code;

  AdjustmentReason(String code) {
    this.code = code;
  }

  /** Returns the code as the feed writes it, such as {@code CustomerReturn}. */
  public String code() {
    return code;
  }

  /**
   * Returns the reason for its code.
   *
   * @param code the code, such as {@code CouldNotShip}
   * @return the reason
   * @throws IllegalArgumentException if the code is not one of the marketplace's
   */
  public static AdjustmentReason ofCode(String code) {
    for (AdjustmentReason r : values()) {
      if (r.code.equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException("adjustment reason '" + code + "' is not one of the marketplace's "
        + java.util.Arrays.stream(values()).map(AdjustmentReason::code).toList());
  }
}
