package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The marketplace or sales channel an order came from, such as {@code amazon.com}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MarketplaceId extends StringValue<MarketplaceId> {
  private MarketplaceId(String value) {
    super("marketplaceId", value);
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
  public static MarketplaceId of(String value) {
    return new MarketplaceId(value);
  }
}
