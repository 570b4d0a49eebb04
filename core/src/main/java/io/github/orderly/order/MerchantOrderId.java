package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The seller's own order id, when the seller gives one.
 *
 * <p>Immutable and thread-safe.
 */
public final class MerchantOrderId extends StringValue<MerchantOrderId> {
  private MerchantOrderId(String value) {
    super("merchantOrderId", value);
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
  public static MerchantOrderId of(String value) {
    return new MerchantOrderId(value);
  }
}
