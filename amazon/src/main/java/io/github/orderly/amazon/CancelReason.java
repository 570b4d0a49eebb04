package io.github.orderly.amazon;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The marketplace's reasons for cancelling items in an order acknowledgement feed ({@code CancelReason}
 * of {@code OrderAcknowledgement}, sent with the status {@code Failure}). {@link #code()} is the text the
 * feed carries; {@link ReasonCodes} maps Orderly's cancellation reasons to these.
 *
 * <p>Immutable and thread-safe.
 */
public enum CancelReason {
  /** No stock of the item. */
  @JsonProperty("NoInventory") NO_INVENTORY("NoInventory"),
  /** The shipping address cannot be served. */
  @JsonProperty("ShippingAddressUndeliverable") SHIPPING_ADDRESS_UNDELIVERABLE("ShippingAddressUndeliverable"),
  /** The buyer exchanges the item for another. */
  @JsonProperty("CustomerExchange") CUSTOMER_EXCHANGE("CustomerExchange"),
  /** The buyer cancelled. */
  @JsonProperty("BuyerCanceled") BUYER_CANCELED("BuyerCanceled"),
  /** Any other adjustment. */
  @JsonProperty("GeneralAdjustment") GENERAL_ADJUSTMENT("GeneralAdjustment"),
  /** A carrier's credit decision. */
  @JsonProperty("CarrierCreditDecision") CARRIER_CREDIT_DECISION("CarrierCreditDecision"),
  /** The risk assessment information is not valid. */
  @JsonProperty("RiskAssessmentInformationNotValid") RISK_ASSESSMENT_INFORMATION_NOT_VALID("RiskAssessmentInformationNotValid"),
  /** The carrier cannot cover the shipment. */
  @JsonProperty("CarrierCoverageFailure") CARRIER_COVERAGE_FAILURE("CarrierCoverageFailure"),
  /** The buyer returns the item. */
  @JsonProperty("CustomerReturn") CUSTOMER_RETURN("CustomerReturn"),
  /** The buyer did not receive the merchandise. */
  @JsonProperty("MerchandiseNotReceived") MERCHANDISE_NOT_RECEIVED("MerchandiseNotReceived");

  private final String code;

  CancelReason(String code) {
    this.code = code;
  }

  /** Returns the code as the feed writes it, such as {@code NoInventory}. */
  public String code() {
    return code;
  }

  /**
   * Returns the reason for its code.
   *
   * @param code the code, such as {@code BuyerCanceled}
   * @return the reason
   * @throws IllegalArgumentException if the code is not one of the marketplace's
   */
  public static CancelReason ofCode(String code) {
    for (CancelReason r : values()) {
      if (r.code.equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException("cancel reason '" + code + "' is not one of the marketplace's "
        + java.util.Arrays.stream(values()).map(CancelReason::code).toList());
  }
}
