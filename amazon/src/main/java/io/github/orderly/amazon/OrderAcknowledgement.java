package io.github.orderly.amazon;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of the order acknowledgement feed ({@code POST_ORDER_ACKNOWLEDGEMENT_DATA},
 * {@code OrderAcknowledgement}): the seller accepts an order ({@link Status#SUCCESS}) or cancels items of it
 * ({@link Status#FAILURE}, each item with the marketplace's {@link CancelReason}).
 *
 * <p>Checked when built: the order id is required; a {@code Success} message carries no cancel reason; a
 * {@code Failure} message names at least one item and every item has a cancel reason; no item appears
 * twice. {@link FeedDocuments} writes messages into feed documents. Immutable and thread-safe.
 *
 * @param amazonOrderId {@code AmazonOrderID}
 * @param merchantOrderId {@code MerchantOrderID}: the seller's own id, mapped by the marketplace
 * @param statusCode {@code StatusCode}
 * @param items {@code Item}: the items and, for a cancellation, why
 */
@JsonPropertyOrder({"AmazonOrderID", "MerchantOrderID", "StatusCode", "Item"})
public record OrderAcknowledgement(
    @JsonProperty("AmazonOrderID") String amazonOrderId,
    @JsonProperty("MerchantOrderID") Optional<String> merchantOrderId,
    @JsonProperty("StatusCode") Status statusCode,
    @JsonProperty("Item") @JacksonXmlElementWrapper(useWrapping = false) List<Item> items) {

  /** Checks the values, as the type's documentation lists. */
  public OrderAcknowledgement {
    Check.text("AmazonOrderID", amazonOrderId);
    merchantOrderId = Check.optional(merchantOrderId);
    merchantOrderId.ifPresent(id -> Check.text("MerchantOrderID", id));
    Check.required("StatusCode", statusCode);
    items = Check.list("Item", items);
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      for (int j = 0; j < i; j++) {
        if (items.get(j).amazonOrderItemCode().equals(item.amazonOrderItemCode())) {
          throw AmazonPayloadException.atField("Item[" + i + "].AmazonOrderItemCode", item.amazonOrderItemCode(),
              "appears on two items");
        }
      }
      if (statusCode == Status.SUCCESS && item.cancelReason().isPresent()) {
        throw AmazonPayloadException.atField("Item[" + i + "].CancelReason", item.cancelReason().get().code(),
            "is only sent with the status Failure");
      }
      if (statusCode == Status.FAILURE && item.cancelReason().isEmpty()) {
        throw AmazonPayloadException.atField("Item[" + i + "].CancelReason", null,
            "is required: a Failure acknowledgement says why each item is cancelled");
      }
    }
    if (statusCode == Status.FAILURE && items.isEmpty()) {
      throw AmazonPayloadException.atField("Item", "[]",
          "a Failure acknowledgement names the items it cancels, each with a cancel reason");
    }
  }

  /**
   * Returns the acknowledgement that the seller accepts an order.
   *
   * @param amazonOrderId the order
   * @return the message
   */
  public static OrderAcknowledgement accepted(String amazonOrderId) {
    return new OrderAcknowledgement(amazonOrderId, Optional.empty(), Status.SUCCESS, List.of());
  }

  /**
   * Returns the acknowledgement that cancels items of an order, all for one reason.
   *
   * @param amazonOrderId the order
   * @param reason the marketplace's reason
   * @param orderItemIds the items' {@code OrderItemId}s, at least one
   * @return the message
   */
  public static OrderAcknowledgement cancelled(String amazonOrderId, CancelReason reason, List<String> orderItemIds) {
    Objects.requireNonNull(reason, "reason");
    return new OrderAcknowledgement(amazonOrderId, Optional.empty(), Status.FAILURE,
        orderItemIds.stream().map(id -> new Item(id, Optional.empty(), Optional.of(reason))).toList());
  }

  /**
   * Whether the seller accepts the order or cancels items ({@code StatusCode}).
   *
   * <p>Immutable and thread-safe.
   */
  public enum Status {
    /** The seller accepts the order. */
    @JsonProperty("Success") SUCCESS,
    /** The seller cancels the items named. */
    @JsonProperty("Failure") FAILURE
  }

  /**
   * One item of the acknowledgement ({@code Item}).
   *
   * <p>Immutable and thread-safe once built; a list it was given is kept as given, so do not change it afterwards.
   *
   * @param amazonOrderItemCode {@code AmazonOrderItemCode}: the item's {@code OrderItemId}
   * @param merchantOrderItemId {@code MerchantOrderItemID}: the seller's own id
   * @param cancelReason {@code CancelReason}: why it is cancelled, with the status {@code Failure}
   */
  @JsonPropertyOrder({"AmazonOrderItemCode", "MerchantOrderItemID", "CancelReason"})
  public record Item(
      @JsonProperty("AmazonOrderItemCode") String amazonOrderItemCode,
      @JsonProperty("MerchantOrderItemID") Optional<String> merchantOrderItemId,
      @JsonProperty("CancelReason") Optional<CancelReason> cancelReason) {
    /** Checks the values: the item code is required. */
    public Item {
      Check.text("AmazonOrderItemCode", amazonOrderItemCode);
      merchantOrderItemId = Check.optional(merchantOrderItemId);
      merchantOrderItemId.ifPresent(id -> Check.text("MerchantOrderItemID", id));
      cancelReason = Check.optional(cancelReason);
    }
  }
}
