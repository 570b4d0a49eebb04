package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The id of one refund.
 *
 * <p>Immutable and thread-safe.
 */
public final class RefundId extends StringValue<RefundId> {
  private RefundId(String value) {
    super("refundId", value);
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
  public static RefundId of(String value) {
    return new RefundId(value);
  }
}
