package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The marketplace's order id, such as {@code 112-3456789-0123456}.
 *
 * <p>Immutable and thread-safe.
 */
public final class OrderId extends StringValue<OrderId> {
  private OrderId(String value) {
    super("orderId", value);
  }

  /**
   * Obtains the value for its text.
   *
   * @param value the text: not blank, at most 200 characters, no surrounding white space, one line (see
   *     {@link StringValue})
   * @return the value
   * @throws InvalidOrderException if the text is not valid, naming the field and the text
   */
  @JsonCreator
  public static OrderId of(String value) {
    return new OrderId(value);
  }
}
