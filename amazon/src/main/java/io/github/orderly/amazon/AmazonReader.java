package io.github.orderly.amazon;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads the responses of the Orders API, v0 and 2026-01-01, into the records of {@link OrdersV0} and
 * {@link Orders2026}, exactly: every documented field is mapped or deliberately skipped, required fields
 * are checked, amounts are {@link io.github.orderly.money.Money} at their currency's scale (a JPY amount
 * with decimals fails), timestamps are instants with an offset, codes outside the API's enumerations fail.
 *
 * <h2>Unknown fields</h2>
 * A field the API version does not document is an error by default ({@link #strict()}): a misread or a
 * newer API must not lose data silently. A host that must keep working when the marketplace adds fields
 * reads with {@link #tolerant(Consumer)}: the unknown field is skipped and its document and JSON path,
 * such as {@code getOrder $.payload.NewFlag}, go to the consumer to log or alert on. The documented fields
 * this module does not use are listed, each with its reason, in {@code docs/amazon.md}; they are skipped in
 * both modes.
 *
 * <h2>Errors</h2>
 * Input without the documented shape fails with an {@link AmazonPayloadException} naming the operation and
 * the JSON path; a response that is the API's error document fails with an {@link AmazonApiException}
 * carrying the errors. Immutable and thread-safe (a tolerant reader's consumer must be thread-safe too).
 */
public final class AmazonReader {
  private static final ObjectMapper V0 = AmazonJson.mapper(AmazonJson.Dialect.V0);
  private static final ObjectMapper V2026 = AmazonJson.mapper(AmazonJson.Dialect.V2026);

  /** Where unknown fields are reported; {@code null} to refuse them. */
  private final Consumer<String> unknown;

  private AmazonReader(Consumer<String> unknown) {
    this.unknown = unknown;
  }

  /** Returns a reader that rejects fields the API does not document. */
  public static AmazonReader strict() {
    return new AmazonReader(null);
  }

  /**
   * Returns a reader that skips fields the API does not document and reports each one.
   *
   * @param unknownFields receives the document and JSON path of each unknown field
   * @return the reader
   */
  public static AmazonReader tolerant(Consumer<String> unknownFields) {
    return new AmazonReader(Objects.requireNonNull(unknownFields, "unknownFields"));
  }

  /**
   * Reads a v0 {@code getOrders} response.
   *
   * @param json the response body
   * @return its payload: the orders and the next page's token
   * @throws AmazonPayloadException if the body does not have the documented shape
   * @throws AmazonApiException if the body is an error response
   */
  public OrdersV0.OrdersList readGetOrders(String json) {
    return v0("getOrders", json, OrdersV0.OrdersList.class);
  }

  /**
   * Reads a v0 {@code getOrder} response.
   *
   * @param json the response body
   * @return its payload, the order
   * @throws AmazonPayloadException if the body does not have the documented shape
   * @throws AmazonApiException if the body is an error response
   */
  public OrdersV0.Order readGetOrder(String json) {
    return v0("getOrder", json, OrdersV0.Order.class);
  }

  /**
   * Reads a v0 {@code getOrderItems} response: one page of an order's items.
   *
   * @param json the response body
   * @return its payload
   * @throws AmazonPayloadException if the body does not have the documented shape
   * @throws AmazonApiException if the body is an error response
   */
  public OrdersV0.OrderItemsList readGetOrderItems(String json) {
    return v0("getOrderItems", json, OrdersV0.OrderItemsList.class);
  }

  /**
   * Reads a v0 {@code getOrderAddress} response.
   *
   * @param json the response body
   * @return its payload
   * @throws AmazonPayloadException if the body does not have the documented shape
   * @throws AmazonApiException if the body is an error response
   */
  public OrdersV0.OrderAddress readGetOrderAddress(String json) {
    return v0("getOrderAddress", json, OrdersV0.OrderAddress.class);
  }

  /**
   * Reads a v0 {@code getOrderBuyerInfo} response.
   *
   * @param json the response body
   * @return its payload
   * @throws AmazonPayloadException if the body does not have the documented shape
   * @throws AmazonApiException if the body is an error response
   */
  public OrdersV0.OrderBuyerInfo readGetOrderBuyerInfo(String json) {
    return v0("getOrderBuyerInfo", json, OrdersV0.OrderBuyerInfo.class);
  }

  /**
   * Reads a v0 {@code getOrderItemsBuyerInfo} response: one page.
   *
   * @param json the response body
   * @return its payload
   * @throws AmazonPayloadException if the body does not have the documented shape
   * @throws AmazonApiException if the body is an error response
   */
  public OrdersV0.OrderItemsBuyerInfoList readGetOrderItemsBuyerInfo(String json) {
    return v0("getOrderItemsBuyerInfo", json, OrdersV0.OrderItemsBuyerInfoList.class);
  }

  /**
   * Reads a 2026-01-01 {@code searchOrders} response.
   *
   * @param json the response body
   * @return the orders and the next page's token
   * @throws AmazonPayloadException if the body does not have the documented shape
   * @throws AmazonApiException if the body is an error response
   */
  public Orders2026.SearchOrdersResponse readSearchOrders(String json) {
    return v2026("searchOrders", json, Orders2026.SearchOrdersResponse.class);
  }

  /**
   * Reads a 2026-01-01 {@code getOrder} response.
   *
   * @param json the response body
   * @return the order, with what {@code includedData} asked for
   * @throws AmazonPayloadException if the body does not have the documented shape
   * @throws AmazonApiException if the body is an error response
   */
  public Orders2026.Order readGetOrder2026(String json) {
    return v2026("getOrder(2026-01-01)", json, Orders2026.GetOrderResponse.class).order();
  }

  private <T> T v0(String document, String json, Class<T> payloadType) {
    Objects.requireNonNull(json, "json");
    JavaType type = V0.getTypeFactory().constructParametricType(V0Response.class, payloadType);
    V0Response<T> response;
    try {
      response = unknown == null
          ? V0.readerFor(type).withAttribute(AmazonJson.DOCUMENT, document).readValue(json)
          : AmazonJson.readTolerating(V0, document, V0.readTree(json), type, unknown);
    } catch (JsonProcessingException e) {
      throw AmazonJson.explain(document, e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (!response.errors().isEmpty()) {
      throw new AmazonApiException(document, response.errors());
    }
    return response.payload().orElseThrow(() -> new AmazonPayloadException(document, "$.payload", null,
        "is required: the response has neither a payload nor errors"));
  }

  private <T> T v2026(String document, String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    try {
      JsonNode tree = V2026.readTree(json);
      if (tree != null && tree.isObject() && tree.has("errors")) {
        ErrorList errors = V2026.readerFor(ErrorList.class).withAttribute(AmazonJson.DOCUMENT, document)
            .readValue(tree);
        throw new AmazonApiException(document, errors.errors());
      }
      return unknown == null
          ? V2026.readerFor(type).withAttribute(AmazonJson.DOCUMENT, document).readValue(tree)
          : AmazonJson.readTolerating(V2026, document, tree, V2026.constructType(type), unknown);
    } catch (JsonProcessingException e) {
      throw AmazonJson.explain(document, e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The error document of the 2026-01-01 API ({@code ErrorList}). */
  record ErrorList(@JsonProperty("errors") List<AmazonApiException.ApiError> errors) {
    ErrorList {
      errors = Check.list("errors", Check.required("errors", errors));
      if (errors.isEmpty()) {
        throw AmazonPayloadException.atField("errors", "[]", "an error document has at least one error");
      }
    }
  }
}
