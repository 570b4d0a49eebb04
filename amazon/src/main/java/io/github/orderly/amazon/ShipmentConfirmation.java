package io.github.orderly.amazon;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The request body of the Orders API v0 {@code confirmShipment} operation
 * ({@code POST /orders/v0/orders/{orderId}/shipmentConfirmation}, {@code ConfirmShipmentRequest}): one
 * package, its carrier, tracking number, ship date and the units of each item it carries.
 *
 * <p>Build one with {@link #builder()}; {@link #toJson()} is the body to send. Checked when built, as the
 * API documents: marketplace, package reference id (a positive number), carrier code, tracking number, ship
 * date and at least one item are required; a carrier name is required when the carrier code is
 * {@code Others}; each item's quantity is positive, no item appears twice, and no item carries more
 * Transparency codes than units. Immutable and thread-safe.
 *
 * @param marketplaceId {@code marketplaceId}, required
 * @param packageDetail {@code packageDetail}, required
 * @param codCollectionMethod {@code codCollectionMethod} (Japan only)
 */
@JsonPropertyOrder({"marketplaceId", "codCollectionMethod", "packageDetail"})
public record ShipmentConfirmation(
    @JsonProperty("marketplaceId") String marketplaceId,
    @JsonProperty("packageDetail") PackageDetail packageDetail,
    @JsonProperty("codCollectionMethod") Optional<CodCollectionMethod> codCollectionMethod) {

  private static final ObjectMapper JSON = AmazonJson.mapper(AmazonJson.Dialect.V0);

  /** Checks the values. */
  public ShipmentConfirmation {
    Check.text("marketplaceId", marketplaceId);
    Check.required("packageDetail", packageDetail);
    codCollectionMethod = Check.optional(codCollectionMethod);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the request body as compact JSON, the ship date as {@code 2026-03-02T10:00:00Z}. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a confirmShipment body: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * How a COD order's payment is collected ({@code codCollectionMethod}).
   *
   * <p>Immutable and thread-safe.
   */
  public enum CodCollectionMethod {
    /** Paid directly. */
    @JsonProperty("DirectPayment") DIRECT_PAYMENT
  }

  /**
   * The package ({@code PackageDetail}).
   *
   * <p>Immutable and thread-safe once built; a list it was given is kept as given, so do not change it afterwards.
   *
   * @param packageReferenceId {@code packageReferenceId}: the seller's id of the package within the order, a positive number
   * @param carrierCode {@code carrierCode}: the marketplace's carrier code, such as {@code UPS}, or {@code Others}
   * @param carrierName {@code carrierName}: required when the carrier code is {@code Others}
   * @param shippingMethod {@code shippingMethod}, such as {@code UPS Ground}
   * @param trackingNumber {@code trackingNumber}
   * @param shipDate {@code shipDate}
   * @param shipFromSupplySourceId {@code shipFromSupplySourceId}
   * @param orderItems {@code orderItems}: at least one
   */
  @JsonPropertyOrder({"packageReferenceId", "carrierCode", "carrierName", "shippingMethod", "trackingNumber",
      "shipDate", "shipFromSupplySourceId", "orderItems"})
  public record PackageDetail(
      @JsonProperty("packageReferenceId") String packageReferenceId,
      @JsonProperty("carrierCode") String carrierCode,
      @JsonProperty("carrierName") Optional<String> carrierName,
      @JsonProperty("shippingMethod") Optional<String> shippingMethod,
      @JsonProperty("trackingNumber") String trackingNumber,
      @JsonProperty("shipDate") Instant shipDate,
      @JsonProperty("shipFromSupplySourceId") Optional<String> shipFromSupplySourceId,
      @JsonProperty("orderItems") List<Item> orderItems) {
    /** Checks the values, as {@link ShipmentConfirmation} lists. */
    public PackageDetail {
      Check.text("packageDetail.packageReferenceId", packageReferenceId);
      if (!packageReferenceId.chars().allMatch(c -> c >= '0' && c <= '9')
          || packageReferenceId.chars().allMatch(c -> c == '0')) {
        throw AmazonPayloadException.atField("packageDetail.packageReferenceId", packageReferenceId,
            "must be a positive number, the only package reference ids the API supports");
      }
      Check.text("packageDetail.carrierCode", carrierCode);
      carrierName = Check.optional(carrierName);
      carrierName.ifPresent(n -> Check.text("packageDetail.carrierName", n));
      if (carrierCode.equals("Others") && carrierName.isEmpty()) {
        throw AmazonPayloadException.atField("packageDetail.carrierName", null,
            "is required when carrierCode is 'Others'");
      }
      shippingMethod = Check.optional(shippingMethod);
      shippingMethod.ifPresent(m -> Check.text("packageDetail.shippingMethod", m));
      Check.text("packageDetail.trackingNumber", trackingNumber);
      Check.required("packageDetail.shipDate", shipDate);
      shipFromSupplySourceId = Check.optional(shipFromSupplySourceId);
      orderItems = Check.list("packageDetail.orderItems", Check.required("packageDetail.orderItems", orderItems));
      if (orderItems.isEmpty()) {
        throw AmazonPayloadException.atField("packageDetail.orderItems", "[]", "a package carries at least one item");
      }
      for (int i = 0; i < orderItems.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (orderItems.get(j).orderItemId().equals(orderItems.get(i).orderItemId())) {
            throw AmazonPayloadException.atField("packageDetail.orderItems[" + i + "].orderItemId",
                orderItems.get(i).orderItemId(), "appears twice in one package");
          }
        }
      }
    }
  }

  /**
   * Units of one item in the package ({@code ConfirmShipmentOrderItem}).
   *
   * <p>Immutable and thread-safe once built; a list it was given is kept as given, so do not change it afterwards.
   *
   * @param orderItemId {@code orderItemId}
   * @param quantity {@code quantity}, positive
   * @param transparencyCodes {@code transparencyCodes}: at most one per unit
   */
  @JsonPropertyOrder({"orderItemId", "quantity", "transparencyCodes"})
  public record Item(
      @JsonProperty("orderItemId") String orderItemId,
      @JsonProperty("quantity") int quantity,
      @JsonProperty("transparencyCodes") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> transparencyCodes) {
    /** Checks the values. */
    public Item {
      Check.text("orderItemId", orderItemId);
      if (quantity <= 0) {
        throw AmazonPayloadException.atField("quantity", quantity, "must be positive");
      }
      transparencyCodes = Check.list("transparencyCodes", transparencyCodes);
      for (int i = 0; i < transparencyCodes.size(); i++) {
        Check.text("transparencyCodes[" + i + "]", transparencyCodes.get(i));
      }
      if (transparencyCodes.size() > quantity) {
        throw AmazonPayloadException.atField("transparencyCodes", transparencyCodes.size() + " codes",
            "must not exceed the quantity '" + quantity + "': one code per unit");
      }
    }
  }

  /** Builds a {@link ShipmentConfirmation}. Not thread-safe. */
  public static final class Builder {
    private String marketplaceId;
    private String packageReferenceId;
    private String carrierCode;
    private String carrierName;
    private String shippingMethod;
    private String trackingNumber;
    private Instant shipDate;
    private String shipFromSupplySourceId;
    private CodCollectionMethod codCollectionMethod;
    private final List<Item> items = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the marketplace, such as {@code ATVPDKIKX0DER}.
     *
     * @param marketplaceId the marketplace id
     * @return this builder
     */
    public Builder marketplaceId(String marketplaceId) {
      this.marketplaceId = Objects.requireNonNull(marketplaceId, "marketplaceId");
      return this;
    }

    /**
     * Sets the package's reference id within the order, a positive number such as {@code 1}.
     *
     * @param packageReferenceId the id
     * @return this builder
     */
    public Builder packageReferenceId(String packageReferenceId) {
      this.packageReferenceId = Objects.requireNonNull(packageReferenceId, "packageReferenceId");
      return this;
    }

    /**
     * Sets the marketplace's carrier code, such as {@code UPS}, or {@code Others} with a carrier name.
     *
     * @param carrierCode the code
     * @return this builder
     */
    public Builder carrierCode(String carrierCode) {
      this.carrierCode = Objects.requireNonNull(carrierCode, "carrierCode");
      return this;
    }

    /**
     * Sets the carrier's name.
     *
     * @param carrierName the name
     * @return this builder
     */
    public Builder carrierName(String carrierName) {
      this.carrierName = Objects.requireNonNull(carrierName, "carrierName");
      return this;
    }

    /**
     * Sets the shipping method, such as {@code UPS Ground}.
     *
     * @param shippingMethod the method
     * @return this builder
     */
    public Builder shippingMethod(String shippingMethod) {
      this.shippingMethod = Objects.requireNonNull(shippingMethod, "shippingMethod");
      return this;
    }

    /**
     * Sets the tracking number.
     *
     * @param trackingNumber the number
     * @return this builder
     */
    public Builder trackingNumber(String trackingNumber) {
      this.trackingNumber = Objects.requireNonNull(trackingNumber, "trackingNumber");
      return this;
    }

    /**
     * Sets when the package shipped.
     *
     * @param shipDate the instant
     * @return this builder
     */
    public Builder shipDate(Instant shipDate) {
      this.shipDate = Objects.requireNonNull(shipDate, "shipDate");
      return this;
    }

    /**
     * Sets the supply source the package left from.
     *
     * @param shipFromSupplySourceId the supply source id
     * @return this builder
     */
    public Builder shipFromSupplySourceId(String shipFromSupplySourceId) {
      this.shipFromSupplySourceId = Objects.requireNonNull(shipFromSupplySourceId, "shipFromSupplySourceId");
      return this;
    }

    /**
     * Sets how a Japanese COD order's payment is collected.
     *
     * @param method the method
     * @return this builder
     */
    public Builder codCollectionMethod(CodCollectionMethod method) {
      this.codCollectionMethod = Objects.requireNonNull(method, "method");
      return this;
    }

    /**
     * Adds units of an item.
     *
     * @param orderItemId the item's {@code OrderItemId}
     * @param quantity the units, positive
     * @return this builder
     */
    public Builder addItem(String orderItemId, int quantity) {
      return addItem(orderItemId, quantity, List.of());
    }

    /**
     * Adds units of an item with their Transparency codes.
     *
     * @param orderItemId the item's {@code OrderItemId}
     * @param quantity the units, positive
     * @param transparencyCodes one code per unit at most
     * @return this builder
     */
    public Builder addItem(String orderItemId, int quantity, List<String> transparencyCodes) {
      items.add(new Item(orderItemId, quantity, transparencyCodes));
      return this;
    }

    /**
     * Returns the request body.
     *
     * @return the body
     * @throws AmazonPayloadException naming the field that is missing or invalid
     */
    public ShipmentConfirmation build() {
      return new ShipmentConfirmation(marketplaceId,
          new PackageDetail(packageReferenceId, carrierCode, Optional.ofNullable(carrierName),
              Optional.ofNullable(shippingMethod), trackingNumber, shipDate, Optional.ofNullable(shipFromSupplySourceId),
              items),
          Optional.ofNullable(codCollectionMethod));
    }
  }
}
