package io.github.orderly.amazon;

import io.github.orderly.InvalidValueException;

/**
 * Thrown when a marketplace document does not have the shape the API documents: malformed JSON, a
 * missing required field, an unknown status or code, an amount with more decimals than its currency
 * allows, an item of another currency, an order with no items; and when a document this module writes
 * ({@link ShipmentConfirmation}, {@link OrderAcknowledgement}, {@link OrderAdjustment}) is built with a value
 * the marketplace refuses.
 *
 * <p>The field is the document and the JSON path of the offending place, such as
 * {@code getOrderItems $.payload.OrderItems[1].ItemPrice.Amount}; the message has the project's one form,
 * {@code getOrder $.payload.OrderStatus = 'Lost': is not one of [Pending, ...]}. A value type of this
 * package built directly (not read) reports the path inside itself, such as {@code QuantityShipped}.
 * Immutable and thread-safe.
 */
public final class AmazonPayloadException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** The document, such as {@code getOrder}; empty for a value built directly. */
  private final String document;
  /** The path inside the document: {@code $...} when read, relative when built directly. */
  private final String path;

  AmazonPayloadException(String document, String path, Object value, String problem) {
    super(document.isEmpty() ? path : document + " " + path, value, problem);
    this.document = document;
    this.path = path;
  }

  /** Creates the exception for a field of a value being built, before its place in a document is known. */
  static AmazonPayloadException atField(String field, Object value, String problem) {
    return new AmazonPayloadException("", field, value, problem);
  }

  /** Returns the document, such as {@code getOrder} or {@code getOrderItems[1]}; empty for a value built directly. */
  public String document() {
    return document;
  }

  /** Returns the JSON path, such as {@code $.payload.OrderStatus}; relative for a value built directly. */
  public String path() {
    return path;
  }
}
